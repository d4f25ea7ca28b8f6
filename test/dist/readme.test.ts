/** The README documents every attribute, event and part of every tag that the manifest lists. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(`${root}README.md`, 'utf8');
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const tags = manifest.modules
  .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
  .filter((d: { customElement?: boolean; tagName?: string }) => d.customElement && d.tagName) as Array<{
  tagName: string;
  attributes?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
}>;

describe('README', () => {
  for (const tag of tags) {
    it(`documents <${tag.tagName}>`, () => {
      assert.ok(readme.includes(`\`<${tag.tagName}>\``), 'the tag has a section');
      const names = [
        ...(tag.attributes ?? []).map((a) => `\`${a.name}\``),
        ...(tag.events ?? []).map((e) => `\`${e.name}\``),
        ...(tag.cssParts ?? []).map((p) => `\`${p.name}\``),
      ];
      assert.deepEqual(
        names.filter((name) => !readme.includes(name)),
        [],
      );
    });
  }
});
