/**
 * The built bundle, used as a portal developer would: a plain HTML page (no bundler, no msw)
 * loads `dist/udata-org-elements.min.js` with one script tag and talks to a udata-like
 * server on another origin that answers CORS like udata (`Access-Control-Allow-Origin: *`);
 * in every engine (`engines.ts`).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startMockServer } from '../../mocks/node-server.js';
import type { MockUdata } from '../../mocks/backend.js';
import { ORG_OLD_SLUGS, ORG_SLUGS, VIEWER_KEYS } from '../../mocks/seed.js';
import { enginesUnderTest, ERROR_RECORDER, type Engine, type Tab } from './engines.js';

/** The admin of the deleted organization of the seed. */
const DELETED_ORG_ADMIN_KEY = 'key-solo-aicha';

const bundle = readFileSync(new URL('../../dist/udata-org-elements.min.js', import.meta.url), 'utf8');

function page(apiBase: string, body: string): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Portail</title>${ERROR_RECORDER}
<script type="module" src="/udata-org-elements.min.js"></script></head>
<body><main>${body}</main></body></html>`;
}

for (const [name, launch] of enginesUnderTest())
  describe(`dist/udata-org-elements.min.js in a plain page on another origin, in ${name}`, () => {
    let api: { server: Server; backend: MockUdata; apiBase: string };
    let site: Server;
    let siteOrigin: string;
    let pages: Record<string, string>;
    let browser: Engine;

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
      browser = await launch();
    });

    after(async () => {
      await browser?.close();
      site?.close();
      api?.server.close();
    });

    async function open(path: string, html: string): Promise<Tab> {
      pages[path] = html;
      const tab = await browser.newTab();
      await tab.goto(siteOrigin + path);
      return tab;
    }

    const shadowHas = (tab: Tab, host: string, inner: string) =>
      tab.waitFor((h: string, i: string) => document.querySelector(h)?.shadowRoot?.querySelector(i), 15_000, host, inner);

    it('completes a join request with an API key, and leaks the key nowhere', async () => {
      const tab = await open(
        '/join.html',
        page(
          api.apiBase,
          `<join-request-button api-base="${api.apiBase}" org="${ORG_SLUGS.certified}" api-key="${VIEWER_KEYS.nonMember}"></join-request-button>`,
        ),
      );
      await shadowHas(tab, 'join-request-button', 'button[part="button"]').catch(async (error) => {
        // Say what the page showed and what the server saw, not just "timeout".
        const shown = await tab.evaluate(() =>
          document.querySelector('join-request-button')?.shadowRoot?.textContent?.replace(/\s+/g, ' '),
        );
        const seen = api.backend.requests.map((r) => `${r.method} ${r.path}`).join(', ');
        const errors = await tab.errors();
        throw new Error(`${(error as Error).message}; page shows: ${shown}; server saw: ${seen}; errors: ${errors.join(' | ')}`);
      });
      const label = await tab.evaluate(
        () => document.querySelector('join-request-button')!.shadowRoot!.querySelector('button[part="button"]')!.textContent,
      );
      assert.equal(label!.trim(), "Demander à rejoindre l'organisation");
      await tab.click('join-request-button', 'button[part="button"]');
      await tab.type('join-request-button', 'dialog[open] textarea', 'Je publie les données de la région.');
      await tab.click('join-request-button', 'button[part="submit"]');
      await tab.waitFor(
        () => document.querySelector('join-request-button')!.shadowRoot!.textContent!.includes("Demande d'adhésion en attente"),
        15_000,
      );

      const posts = api.backend.recorded('POST', 'membership/');
      assert.equal(posts.length, 1);
      assert.deepEqual(posts[0].body, { comment: 'Je publie les données de la région.' });
      assert.equal(posts[0].apiKey, VIEWER_KEYS.nonMember);
      const shadowHtml = await tab.evaluate(() => document.querySelector('join-request-button')!.shadowRoot!.innerHTML);
      assert.ok(!shadowHtml.includes(VIEWER_KEYS.nonMember), 'the key is not rendered');
      assert.deepEqual(await tab.errors(), []);
      await tab.close();
    });

    it('loads a renamed organization from its old slug with an API key (udata answers 308), the key staying with the API', async () => {
      const tab = await open(
        '/renamed.html',
        page(
          api.apiBase,
          `<join-request-button api-base="${api.apiBase}" org="${ORG_OLD_SLUGS.certified}" api-key="${VIEWER_KEYS.editor}"></join-request-button>`,
        ),
      );
      await tab.waitFor(
        () =>
          document
            .querySelector('join-request-button')
            ?.shadowRoot?.textContent?.includes('Vous êtes membre de cette organisation'),
        15_000,
      );
      const all = api.backend.recorded('GET', 'organizations/').map((r) => [r.path, r.apiKey]);
      const gets = all.slice(all.findIndex(([path]) => path === `organizations/${ORG_OLD_SLUGS.certified}/`));
      assert.deepEqual(gets[0], [`organizations/${ORG_OLD_SLUGS.certified}/`, VIEWER_KEYS.editor]);
      // The redirect was resolved without the key (the browser may answer the old slug from
      // its cache of the permanent redirect, so the server may see only the new one).
      assert.equal(gets[1][1], null);
      assert.ok(gets.some(([path, key]) => path === `organizations/${ORG_SLUGS.certified}/` && key === VIEWER_KEYS.editor));
      assert.deepEqual(await tab.errors(), []);
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
      await (await open('/warm.html', page(api.apiBase, ''))).close();
      const tab = await open('/trusted-types.html', html);
      await tab.waitFor(() => document.querySelector('org-dashboard')?.shadowRoot?.querySelector('.description strong'), 15_000);
      const text = await tab.evaluate(() =>
        document.querySelector('org-dashboard')!.shadowRoot!.querySelector('.description')!.textContent!.replace(/\s+/g, ' '),
      );
      assert.ok(text.includes('Gras été AB'), text);
      assert.ok(text.includes('Texte HTML') && !text.includes('__pwned'), text);
      assert.equal(await tab.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null), null);
      assert.deepEqual(await tab.errors(), []);
      await tab.close();
    });

    it('never serves a cached answer: after an anonymous visit to a deleted organization, its admin still reaches the API', async () => {
      // udata sends no Cache-Control; here the 410 even says it may be cached, which a browser
      // would do by itself (heuristically) and serve to any later request, keyed or not.
      api.backend.fail({
        method: 'GET',
        path: `organizations/${ORG_SLUGS.deleted}/`,
        headers: { 'Cache-Control': 'max-age=600' },
      });
      const button = (key?: string) =>
        `<join-request-button api-base="${api.apiBase}" org="${ORG_SLUGS.deleted}"${key ? ` api-key="${key}"` : ''}></join-request-button>`;
      const anonymous = await open('/deleted-anonymous.html', page(api.apiBase, button()));
      await anonymous.waitFor(
        () => document.querySelector('join-request-button')?.shadowRoot?.textContent?.includes('supprimée'),
        15_000,
      );
      await anonymous.close();
      const asked = api.backend.recorded('GET', `organizations/${ORG_SLUGS.deleted}/`).length;
      const admin = await open('/deleted-admin.html', page(api.apiBase, button(DELETED_ORG_ADMIN_KEY)));
      await admin.waitFor(
        () => document.querySelector('join-request-button')?.shadowRoot?.textContent?.includes('Vous êtes membre'),
        15_000,
      );
      const keyed = api.backend.recorded('GET', `organizations/${ORG_SLUGS.deleted}/`).slice(asked);
      assert.ok(
        keyed.some((r) => r.apiKey === DELETED_ORG_ADMIN_KEY),
        'the keyed request reached the server',
      );
      assert.deepEqual(await admin.errors(), []);
      await admin.close();
    });

    it('shows the log-in link to an anonymous visitor', async () => {
      const tab = await open(
        '/anonymous.html',
        page(api.apiBase, `<join-request-button api-base="${api.apiBase}" org="${ORG_SLUGS.certified}"></join-request-button>`),
      );
      await shadowHas(tab, 'join-request-button', 'a[part="login-link"]');
      const href = await tab.evaluate(
        () =>
          document.querySelector('join-request-button')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="login-link"]')!
            .href,
      );
      assert.equal(href, `${new URL(api.apiBase).origin}/login?next=${encodeURIComponent(`${siteOrigin}/anonymous.html`)}`);
      assert.deepEqual(await tab.errors(), []);
      await tab.close();
    });

    it('leaves alone a tag the page defined already, without an exception', async () => {
      const tab = await open(
        '/predefined.html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title>${ERROR_RECORDER}
      <script>customElements.define('join-request-button', class extends HTMLElement { connectedCallback() { this.textContent = 'mine'; } });</script>
      <script type="module" src="/udata-org-elements.min.js"></script>
      <script type="module" src="/udata-org-elements.min.js?again"></script></head>
      <body><join-request-button></join-request-button><org-provider></org-provider></body></html>`,
      );
      await tab.waitFor(() => customElements.get('org-provider') !== undefined, 15_000);
      assert.equal(await tab.evaluate(() => document.querySelector('join-request-button')!.textContent), 'mine');
      assert.deepEqual(await tab.errors(), []);
      await tab.close();
    });
  });
