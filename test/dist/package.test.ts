/** `npm pack` ships exactly what a user needs: the built modules, types, manifests, README and licence. */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { TAGS } from './tags.js';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const files = new Set<string>(packed.files.map((f: { path: string }) => f.path));

describe('the npm package', () => {
  it('holds only dist/, the manifests, README, LICENSE and package.json', () => {
    const unexpected = [...files].filter((f) => !/^(dist\/|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/.test(f));
    assert.deepEqual(unexpected, []);
  });

  it('holds every file that package.json points to', () => {
    const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements];
    for (const target of Object.values(pkg.exports) as Array<string | Record<string, string>>) {
      targets.push(...(typeof target === 'string' ? [target] : Object.values(target)));
    }
    const missing = targets.map((t: string) => t.replace(/^\.\//, '')).filter((t: string) => !files.has(t));
    assert.deepEqual(missing, []);
  });

  it('has one entry per tag, the bundle, types and editor data', () => {
    for (const tag of TAGS) {
      assert.ok(files.has(`dist/${tag}.js`), tag);
      assert.ok(pkg.exports[`./${tag}.js`], `exports ./${tag}.js`);
    }
    for (const file of [
      'dist/udata-org-elements.min.js',
      'dist/udata-org-elements.loader.js',
      'dist/define.js',
      'dist/index.js',
      'dist/types/index.d.ts',
      'dist/vscode.html-custom-data.json',
      'LICENSE',
    ]) {
      assert.ok(files.has(file), file);
    }
  });

  it('declares its side effects so that bundlers keep the define modules', () => {
    for (const tag of TAGS) {
      assert.ok(pkg.sideEffects.includes(`./dist/${tag}.js`), tag);
    }
  });

  it('a bundler that drops modules without side effects still defines each entry’s tags', async () => {
    // esbuild reads package.json's `sideEffects` as webpack and Vite do: a module that defines
    // a tag and is not listed there (a shared chunk) would be left out of the app.
    for (const entry of [...TAGS, 'define']) {
      const result = await build({
        stdin: { contents: `import './dist/${entry}.js';`, resolveDir: root },
        bundle: true,
        format: 'esm',
        write: false,
        external: ['lit', 'lit/*', '@lit/*', 'marked'],
        logLevel: 'error',
      });
      const code = result.outputFiles[0].text;
      const tags = entry === 'define' ? TAGS : entry === 'org-dashboard' ? [...TAGS].filter((t) => t !== 'org-notifications') : [entry];
      for (const tag of tags) assert.match(code, new RegExp(`defineElement\\("${tag}"`), `${entry}: <${tag}> defined`);
    }
  });
});
