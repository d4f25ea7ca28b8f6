/**
 * The custom-elements manifest (generated from the JSDoc by `npm run build`) documents every
 * public tag: a summary, and a description for each attribute, event, part and CSS property.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TAGS } from './tags.js';

interface Documented {
  name: string;
  description?: string;
  summary?: string;
}
interface Declaration extends Documented {
  tagName?: string;
  customElement?: boolean;
  attributes?: Documented[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  members?: Array<Documented & { kind: string; privacy?: string; static?: boolean }>;
}

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as {
  modules: Array<{ declarations?: Declaration[] }>;
};
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

describe('custom-elements.json', () => {
  it('lists the seven tags of the public interface', () => {
    assert.deepEqual(tags.map((t) => t.tagName).sort(), [...TAGS].sort());
  });

  for (const tag of TAGS) {
    it(`documents <${tag}> completely`, () => {
      const element = tags.find((t) => t.tagName === tag)!;
      assert.ok(element.summary, `${tag} has a @summary`);
      const undocumented = [
        ...(element.attributes ?? []).map((a) => ['attribute', a] as const),
        ...(element.events ?? []).map((e) => ['event', e] as const),
        ...(element.cssParts ?? []).map((p) => ['part', p] as const),
        ...(element.cssProperties ?? []).map((p) => ['CSS property', p] as const),
        ...(element.members ?? [])
          .filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.name.startsWith('_'))
          .map((m) => ['property', m] as const),
      ]
        .filter(([, item]) => !item.description?.trim())
        .map(([kind, item]) => `${kind} ${item.name}`);
      assert.deepEqual(undocumented, []);
      assert.ok(
        (element.events ?? []).some((e) => e.name === 'org-error'),
        `${tag} documents org-error`,
      );
    });
  }
});
