/**
 * Every story of the built Storybook (`npm run build-storybook`) opens in headless Chromium
 * without a render error, a console error or an axe violation.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TAGS } from './tags.js';
import { createRequire } from 'node:module';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error plain ESM config shared with the test runner
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../config/browsers.mjs';

const root = new URL('../../storybook-static/', import.meta.url).pathname;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string; name: string }>;
};
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

describe('Storybook: every story renders, quietly and accessibly', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  before(async () => {
    assert.ok(existsSync(join(root, 'iframe.html')), 'run npm run build-storybook first');
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^\/+/, '');
      const file = join(root, path || 'index.html');
      if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
    const address = server.address();
    origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('has stories for the seven elements', () => {
    const titles = new Set(stories.map((s) => s.title));
    assert.ok(stories.length >= 30, `${stories.length} stories`);
    for (const tag of TAGS.filter((t) => t !== 'org-provider')) {
      assert.ok(titles.has(`Elements/${tag}`), tag);
    }
  });

  it('passes the element’s own properties from the controls (loginUrl)', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/iframe.html?id=elements-join-request-button--custom-login-url&viewMode=story`);
    const href = await tab.waitForFunction(
      () =>
        document.querySelector('join-request-button')?.shadowRoot?.querySelector<HTMLAnchorElement>('a[part="login-link"]')?.href,
      { timeout: 15_000 },
    );
    assert.match(String(await href.jsonValue()), /^https:\/\/sso\.example\.org\/login\?next=/);
    await tab.close();
  });

  for (const story of stories) {
    it(`${story.title} › ${story.name}`, async () => {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(String(error)));
      tab.on('console', (message) => {
        // Network failures that a story asks for on purpose are logged by the browser, not by us.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
      });
      await tab.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
      await tab.waitForFunction(
        () => {
          const host = document.querySelector('#storybook-root [api-base]');
          const root = host?.shadowRoot;
          // Rendered: something other than the loading state (or a deliberate loading story).
          return Boolean(root && root.innerHTML.length > 20);
        },
        { timeout: 15_000 },
      );
      await new Promise((resolve) => setTimeout(resolve, story.name.includes('Loading') ? 200 : 600));
      assert.equal(await tab.$eval('body', (b) => b.classList.contains('sb-show-errordisplay')), false, 'no render error');
      await tab.addScriptTag({ content: axeSource });
      const violations = await tab.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
        return (result.violations as Array<{ id: string; nodes: Array<{ target: string[] }> }>).map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      });
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      await tab.close();
    });
  }
});
