/**
 * The built bundle, used as a portal developer would: a plain HTML page (no bundler, no msw)
 * loads `dist/udata-org-elements.min.js` with one script tag and talks to a udata-like
 * server on another origin that answers CORS like udata (`Access-Control-Allow-Origin: *`).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { waitForShadow } from './shadow.js';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startMockServer } from '../../mocks/node-server.js';
import type { MockUdata } from '../../mocks/backend.js';
import { ORG_OLD_SLUGS, ORG_SLUGS, VIEWER_KEYS } from '../../mocks/seed.js';
// @ts-expect-error plain ESM config shared with the test runner
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../config/browsers.mjs';

const bundle = readFileSync(new URL('../../dist/udata-org-elements.min.js', import.meta.url), 'utf8');

function page(apiBase: string, body: string): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Portail</title>
<script type="module" src="/udata-org-elements.min.js"></script></head>
<body><main>${body}</main></body></html>`;
}

describe('dist/udata-org-elements.min.js in a plain page on another origin', () => {
  let api: { server: Server; backend: MockUdata; apiBase: string };
  let site: Server;
  let siteOrigin: string;
  let pages: Record<string, string>;
  let browser: Browser;

  before(async () => {
    api = await startMockServer();
    pages = {};
    site = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/udata-org-elements.min.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle);
      if (path === '/favicon.ico') return res.writeHead(204).end();
      if (pages[path]) return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pages[path]);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => site.listen(0, 'localhost', resolve));
    const address = site.address();
    siteOrigin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    assert.notEqual(new URL(api.apiBase).origin, siteOrigin);
    browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });

  after(async () => {
    await browser?.close();
    site?.close();
    api?.server.close();
  });

  async function open(path: string, html: string): Promise<{ tab: Page; errors: string[] }> {
    pages[path] = html;
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on(
      'console',
      (message) => message.type() === 'error' && errors.push(`${message.text()} ${message.location().url ?? ''}`),
    );
    await tab.goto(siteOrigin + path);
    return { tab, errors };
  }

  it('completes a join request with an API key, and leaks the key nowhere', async () => {
    const { tab, errors } = await open(
      '/join.html',
      page(
        api.apiBase,
        `<join-request-button api-base="${api.apiBase}" org="${ORG_SLUGS.certified}" api-key="${VIEWER_KEYS.nonMember}"></join-request-button>`,
      ),
    );
    const button = await waitForShadow(tab, 'join-request-button', 'button[part="button"]').catch(async (error) => {
      // Say what the page showed and what the server saw, not just "timeout".
      const shown = await tab.evaluate(() =>
        document.querySelector('join-request-button')?.shadowRoot?.textContent?.replace(/\s+/g, ' '),
      );
      const seen = api.backend.requests.map((r) => `${r.method} ${r.path}`).join(', ');
      throw new Error(`${(error as Error).message}; page shows: ${shown}; server saw: ${seen}; errors: ${errors.join(' | ')}`);
    });
    assert.equal((await button!.evaluate((b) => b.textContent))!.trim(), "Demander à rejoindre l'organisation");
    await button!.click();
    const textarea = await waitForShadow(tab, 'join-request-button', 'dialog[open] textarea');
    await textarea!.type('Je publie les données de la région.');
    await (await waitForShadow(tab, 'join-request-button', 'button[part="submit"]'))!.click();
    await tab.waitForFunction(() =>
      document.querySelector('join-request-button')!.shadowRoot!.textContent!.includes("Demande d'adhésion en attente"),
    );

    const posts = api.backend.recorded('POST', 'membership/');
    assert.equal(posts.length, 1);
    assert.deepEqual(posts[0].body, { comment: 'Je publie les données de la région.' });
    assert.equal(posts[0].apiKey, VIEWER_KEYS.nonMember);
    const shadowHtml = await tab.evaluate(() => document.querySelector('join-request-button')!.shadowRoot!.innerHTML);
    assert.ok(!shadowHtml.includes(VIEWER_KEYS.nonMember), 'the key is not rendered');
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('loads a renamed organization from its old slug with an API key (udata answers 308), the key staying with the API', async () => {
    const { tab, errors } = await open(
      '/renamed.html',
      page(
        api.apiBase,
        `<join-request-button api-base="${api.apiBase}" org="${ORG_OLD_SLUGS.certified}" api-key="${VIEWER_KEYS.editor}"></join-request-button>`,
      ),
    );
    await tab.waitForFunction(
      () =>
        document
          .querySelector('join-request-button')!
          .shadowRoot!.textContent!.includes('Vous êtes membre de cette organisation'),
      { timeout: 10_000 },
    );
    const all = api.backend.recorded('GET', 'organizations/').map((r) => [r.path, r.apiKey]);
    const gets = all.slice(all.findIndex(([path]) => path === `organizations/${ORG_OLD_SLUGS.certified}/`));
    assert.deepEqual(gets[0], [`organizations/${ORG_OLD_SLUGS.certified}/`, VIEWER_KEYS.editor]);
    // The redirect was resolved without the key (the browser may answer the old slug from
    // its cache of the permanent redirect, so the server may see only the new one).
    assert.equal(gets[1][1], null);
    assert.ok(gets.some(([path, key]) => path === `organizations/${ORG_SLUGS.certified}/` && key === VIEWER_KEYS.editor));
    assert.deepEqual(
      errors.filter((e) => !/Failed to load resource/.test(e)),
      [],
    );
    await tab.close();
  });

  it('works on a page that enforces Trusted Types: nothing assigns innerHTML, the description renders in full', async () => {
    api.backend.organization(ORG_SLUGS.certified)!.description =
      '**Gras** &eacute;t&eacute; &#x41;&#66; — <div align="center">Texte <em>HTML</em><script>window.__pwned=1</script></div>\n\n[lien](https://www.example.gouv.fr)';
    const body = `<org-dashboard api-base="${api.apiBase}" org="${ORG_SLUGS.certified}" api-key="${VIEWER_KEYS.admin}"></org-dashboard>`;
    const html = page(api.apiBase, body).replace(
      '<meta charset="utf-8">',
      `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">`,
    );
    await open('/warm.html', page(api.apiBase, ''));
    pages['/trusted-types.html'] = html;
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
    });
    await tab.goto(`${siteOrigin}/trusted-types.html`);
    await tab.waitForFunction(() => document.querySelector('org-dashboard')?.shadowRoot?.querySelector('.description strong'), {
      timeout: 10_000,
    });
    const text = await tab.evaluate(() =>
      document.querySelector('org-dashboard')!.shadowRoot!.querySelector('.description')!.textContent!.replace(/\s+/g, ' '),
    );
    assert.ok(text.includes('Gras été AB'), text);
    assert.ok(text.includes('Texte HTML') && !text.includes('__pwned'), text);
    assert.equal(await tab.evaluate(() => (window as { __pwned?: unknown }).__pwned), undefined);
    assert.deepEqual(
      errors.filter((e) => !/Failed to load resource/.test(e)),
      [],
    );
    await tab.close();
  });

  it('shows the log-in link to an anonymous visitor', async () => {
    const { tab, errors } = await open(
      '/anonymous.html',
      page(api.apiBase, `<join-request-button api-base="${api.apiBase}" org="${ORG_SLUGS.certified}"></join-request-button>`),
    );
    const link = await waitForShadow(tab, 'join-request-button', 'a[part="login-link"]');
    const href = await link!.evaluate((a) => (a as HTMLAnchorElement).href);
    assert.equal(href, `${new URL(api.apiBase).origin}/login?next=${encodeURIComponent(`${siteOrigin}/anonymous.html`)}`);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('leaves alone a tag the page defined already, without an exception', async () => {
    const { tab, errors } = await open(
      '/predefined.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title>
      <script>customElements.define('join-request-button', class extends HTMLElement { connectedCallback() { this.textContent = 'mine'; } });</script>
      <script type="module" src="/udata-org-elements.min.js"></script>
      <script type="module" src="/udata-org-elements.min.js?again"></script></head>
      <body><join-request-button></join-request-button><org-provider></org-provider></body></html>`,
    );
    await tab.waitForFunction(() => customElements.get('org-provider') !== undefined);
    assert.equal(await tab.evaluate(() => document.querySelector('join-request-button')!.textContent), 'mine');
    assert.deepEqual(errors, []);
    await tab.close();
  });
});
