/**
 * React 19 and Vue 3 pages use the built npm modules (through the package's `exports`), set
 * properties (the API key never goes into an attribute) and listen to the elements' events.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, type Plugin } from 'esbuild';
import { waitForShadow } from './shadow.js';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { MockUdata } from '../../mocks/backend.js';
import { startMockServer } from '../../mocks/node-server.js';
import { ORG_SLUGS, VIEWER_KEYS } from '../../mocks/seed.js';
// @ts-expect-error plain ESM config shared with the test runner
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../config/browsers.mjs';

const projectRoot = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, { default: string }>;
};

/** Resolves `udata-org-elements[/…]` through package.json's `exports`, as a bundler would from node_modules. */
const throughExports: Plugin = {
  name: 'package-exports',
  setup(b) {
    b.onResolve({ filter: /^udata-org-elements(\/.*)?$/ }, (args) => {
      const subpath = args.path === pkg.name ? '.' : `.${args.path.slice(pkg.name.length)}`;
      const target = pkg.exports[subpath];
      assert.ok(target, `package.json exports ${subpath}`);
      return { path: join(projectRoot, target.default) };
    });
  },
};

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(projectRoot, entry)],
    bundle: true,
    format: 'esm',
    write: false,
    jsx: 'automatic',
    plugins: [throughExports],
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'error',
    absWorkingDir: dirname(join(projectRoot, entry)),
  });
  return result.outputFiles[0].text;
}

describe('the elements in React 19 and Vue 3 pages', () => {
  let api: { server: Server; backend: MockUdata; apiBase: string };
  let site: Server;
  let origin: string;
  let browser: Browser;
  const files: Record<string, string> = {};

  before(async () => {
    api = await startMockServer();
    files['/react.js'] = await bundle('test/frameworks/react-app.tsx');
    files['/vue.js'] = await bundle('test/frameworks/vue-app.ts');
    site = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/favicon.ico') return res.writeHead(204).end();
      if (files[path]) return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(files[path]);
      if (path === '/react.html' || path === '/vue.html') {
        const script = path.replace('.html', '.js');
        const config = JSON.stringify({ apiBase: api.apiBase, org: ORG_SLUGS.certified, apiKey: VIEWER_KEYS.nonMember });
        return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
          .end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>app</title><script>window.TEST_CONFIG=${config}</script>
            <script type="module" src="${script}"></script></head><body><div id="app"></div></body></html>`);
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => site.listen(0, 'localhost', resolve));
    const address = site.address();
    origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });

  after(async () => {
    await browser?.close();
    site?.close();
    api?.server.close();
  });

  for (const [framework, page] of [
    ['React 19', '/react.html'],
    ['Vue 3', '/vue.html'],
  ] as const) {
    it(`${framework}: the API key as a property, a join request, and the event back in the app`, async () => {
      api.backend.reset();
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(String(error)));
      tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await tab.goto(origin + page);
      const button = await waitForShadow(tab, 'join-request-button', 'button[part="button"]', 10_000);
      assert.equal(
        await tab.$eval('org-provider', (p) => p.hasAttribute('api-key') || p.hasAttribute('apikey')),
        false,
        'the key is a property',
      );
      await button!.click();
      const textarea = await waitForShadow(tab, 'join-request-button', 'dialog[open] textarea');
      await textarea!.type(`Depuis ${framework}`);
      await (await waitForShadow(tab, 'join-request-button', 'button[part="submit"]'))!.click();
      await tab.waitForFunction(() => document.querySelector('#framework-state')!.textContent!.includes('a reçu la demande'), {
        timeout: 10_000,
      });
      const [post] = api.backend.recorded('POST', 'membership/');
      assert.deepEqual(post.body, { comment: `Depuis ${framework}` });
      assert.equal(post.apiKey, VIEWER_KEYS.nonMember);
      const id = (await tab.$eval('#framework-state', (p) => p.textContent!)).split(' ').at(-1);
      assert.match(id!, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'udata request ids are UUIDs');
      assert.deepEqual(errors, []);
      await tab.close();
    });
  }
});
