/**
 * `dist/udata-org-elements.loader.js` as a portal developer uses it: one script tag in a
 * plain page, the package served as a CDN would (the built `dist/` as is), a udata-like API
 * on another origin; in every engine (`engines.ts`). What the browser fetched is read on the
 * server, so it holds whatever the browser. Engines differ on a module that failed to load
 * (some fetch it again, some keep the failure until a reload): the tests accept what either
 * shows a user, after asking the engine which it does.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startMockServer } from '../../mocks/node-server.js';
import type { MockUdata } from '../../mocks/backend.js';
import { ORG_SLUGS, VIEWER_KEYS } from '../../mocks/seed.js';
import { VIEWER_FIELDS } from '../../src/state/org-session.js';
import { loaderCost, loaderModules } from '../../bench/loader-sizes.js';
import { CARD_TAGS } from '../../src/components/org-dashboard/card-tag-names.js';
import { enginesUnderTest, ERROR_RECORDER, type Engine, type Tab } from './engines.js';
import { distFile } from './cdn.js';

const dist = new URL('../../dist/', import.meta.url).pathname;
const LOADER = '<script type="module" src="/cdn/udata-org-elements.loader.js"></script>';
const BUNDLE = '<script type="module" src="/cdn/udata-org-elements.min.js"></script>';

for (const [name, launch] of enginesUnderTest()) {
  describe(`the loader in ${name}, from another origin`, () => {
    let api: { server: Server; backend: MockUdata; apiBase: string };
    let site: Server;
    let origin: string;
    let browser: Engine;
    /** Whether this engine fetches again a module whose first fetch failed (else only a reload does). */
    let retriesFailedImports: boolean;
    const pages: Record<string, string> = {};
    const probed = new Set<string>();
    /** Files of the package the browser asked for, in order. */
    let fetched: string[] = [];
    /** A file of the package answered 503 once (a CDN hiccup). */
    let failOnce: string | null = null;
    /** A file of the package answered after this long (a slow CDN), and when each file was asked. */
    let slow: { file: string; ms: number } | null = null;
    const askedAt = new Map<string, number>();

    before(async () => {
      api = await startMockServer();
      site = createServer((req, res) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
        if (path.startsWith('/cdn/')) {
          const served = distFile(path);
          if (!served) return res.writeHead(404).end();
          fetched.push(served.name);
          askedAt.set(served.name, Date.now());
          if (failOnce === served.name) {
            failOnce = null;
            return res.writeHead(503).end();
          }
          const send = () => res.writeHead(200, { 'Content-Type': served.type }).end(readFileSync(served.file));
          if (slow?.file === served.name) return void setTimeout(send, slow.ms);
          return send();
        }
        if (path.startsWith('/probe/')) {
          // Fails the first time each probe is asked, then serves an empty module.
          if (!probed.has(path)) return (probed.add(path), res.writeHead(503).end());
          return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end('export default 1;');
        }
        if (pages[path]) return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pages[path]);
        res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      });
      await new Promise<void>((resolve) => site.listen(0, 'localhost', resolve));
      const address = site.address();
      origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
      assert.notEqual(new URL(api.apiBase).origin, origin);
      browser = await launch();
      pages['/probe.html'] = `<!doctype html><title>probe</title>`;
      const tab = await browser.newTab();
      await tab.goto(`${origin}/probe.html`);
      retriesFailedImports = await tab.evaluate(async (url: string) => {
        await import(url).catch(() => undefined);
        return import(url).then(
          () => true,
          () => false,
        );
      }, `${origin}/probe/once.js`);
      await tab.close();
    });

    after(async () => {
      await browser?.close();
      site?.close();
      api?.server.close();
    });

    async function open(path: string, head: string, body: string): Promise<Tab> {
      pages[path] =
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portail</title>${ERROR_RECORDER}${head}</head><body>${body}</body></html>`;
      fetched = [];
      const tab = await browser.newTab();
      await tab.goto(origin + path);
      return tab;
    }

    const shadowText = (tab: Tab, selector: string, text: string) =>
      tab.waitFor(
        (sel: string, t: string) => document.querySelector(sel)?.shadowRoot?.textContent?.includes(t),
        15_000,
        selector,
        text,
      );

    const attrs = (key: string) => `api-base="${api.apiBase}" org="${ORG_SLUGS.certified}" api-key="${key}"`;

    it('a page with only the join button fetches only its files, and the button works', async () => {
      const tab = await open('/join.html', LOADER, `<join-request-button ${attrs(VIEWER_KEYS.nonMember)}></join-request-button>`);
      await shadowText(tab, 'join-request-button', "Demander à rejoindre l'organisation");
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.deepEqual(new Set(fetched.filter((f) => f.endsWith('.js'))), new Set(loaderCost('join-request-button').files));
      const others = [...loaderModules()].filter(([tag]) => tag !== 'join-request-button' && tag !== 'org-provider');
      for (const [tag, module] of others) {
        if (!loaderCost('join-request-button').files.includes(module))
          assert.ok(!fetched.includes(module), `<${tag}> not fetched`);
      }
      assert.ok(!fetched.includes('udata-org-elements.min.js'));
      assert.deepEqual(await tab.errors(), []);
      // With a key (preflighted anyway), only the fields the button shows (X-Fields).
      const reads = api.backend.recorded('GET').filter((r) => r.path === `organizations/${ORG_SLUGS.certified}/`);
      assert.deepEqual(
        reads.map((r) => r.fields),
        [VIEWER_FIELDS],
      );
      await tab.close();
    });

    it('a server whose preflight does not allow X-Fields: the organization is asked again without it, and the button works', async () => {
      const strict = await startMockServer(0, { allowHeaders: 'Content-Type, X-API-KEY' });
      try {
        const tab = await open(
          '/strict-cors.html',
          LOADER,
          `<join-request-button api-base="${strict.apiBase}" org="${ORG_SLUGS.certified}" api-key="${VIEWER_KEYS.nonMember}"></join-request-button>`,
        );
        await shadowText(tab, 'join-request-button', "Demander à rejoindre l'organisation");
        // The masked request never passed the preflight: the server saw only the plain one.
        const reads = strict.backend.recorded('GET').filter((r) => r.path === `organizations/${ORG_SLUGS.certified}/`);
        assert.deepEqual(
          reads.map((r) => r.fields),
          [null],
        );
        await tab.close();
      } finally {
        strict.server.close();
      }
    });

    it('fetches every file of a tag at once, not one after the other', async () => {
      const files = loaderCost('join-request-button').files.filter((f) => f.startsWith('lazy/'));
      const button = files.find((f) => f.startsWith('lazy/join-request-button-'))!;
      const core = files.find((f) => f.startsWith('lazy/core-'))!;
      assert.ok(button && core, files.join(', '));
      slow = { file: button, ms: 1500 };
      const tab = await open(
        '/parallel.html',
        LOADER,
        `<join-request-button ${attrs(VIEWER_KEYS.nonMember)}></join-request-button>`,
      );
      try {
        await shadowText(tab, 'join-request-button', "Demander à rejoindre l'organisation");
      } finally {
        slow = null;
      }
      // The core was asked while the button's own file was still on its way.
      assert.ok(
        askedAt.get(core)! - askedAt.get(button)! < 1000,
        `core asked ${askedAt.get(core)! - askedAt.get(button)!} ms after`,
      );
      await tab.close();
    });

    it('an invited viewer gets the invitation flow on demand; a failed fetch of it is said, with Retry (then a reload)', async () => {
      const flow = readdirSync(join(dist, 'lazy')).find((f) => /^invitation-.*\.js$/.test(f))!;
      assert.ok(flow, 'the invitation flow is a file of its own');
      assert.ok(!loaderCost('join-request-button').files.includes(`lazy/${flow}`), 'not part of the join page');
      failOnce = `lazy/${flow}`;
      const tab = await open(
        '/invited.html',
        LOADER,
        `<join-request-button ${attrs(VIEWER_KEYS.invited)}></join-request-button>`,
      );
      await shadowText(tab, 'join-request-button', 'Impossible de joindre le serveur.');
      // Asked once: after a failure only the Retry button asks again (no loop of requests).
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(
        fetched.filter((f) => f === `lazy/${flow}`),
        [`lazy/${flow}`],
      );
      const errors = await tab.errors();
      assert.ok(
        errors.some((e) => e.includes('the invitation flow could not be loaded')),
        errors.join(' | '),
      );
      const invited = 'en tant qu’éditeur.'; // "Vous êtes invité à rejoindre <the organization> en tant qu’éditeur."
      await tab.click('join-request-button', '[part~="error"] button');
      // An engine that fetches a failed module again shows the invitation; one that keeps the
      // failure for the page's life turns Retry into a page reload, which works.
      await tab.waitFor(
        (texts: string[]) =>
          texts.some((t) => document.querySelector('join-request-button')?.shadowRoot?.textContent?.includes(t)),
        15_000,
        [invited, 'Recharger la page'],
      );
      const reloaded = await tab.evaluate(() =>
        document.querySelector('join-request-button')!.shadowRoot!.textContent!.includes('Recharger la page'),
      );
      assert.equal(reloaded, !retriesFailedImports, 'Retry becomes a reload exactly when the engine keeps the failure');
      if (reloaded) await tab.click('join-request-button', '[part~="error"] button');
      await shadowText(tab, 'join-request-button', invited);
      await tab.close();
    });

    it('a tag added later is defined and works; our elements’ own tags inside their shadow roots too', async () => {
      const tab = await open('/later.html', LOADER, '<main></main>');
      await tab.evaluate(
        (html: string) => {
          document.querySelector('main')!.innerHTML = html;
        },
        `<org-members ${attrs(VIEWER_KEYS.admin)}></org-members>`,
      );
      await shadowText(tab, 'org-members', 'Élodie');
      // A tag rendered inside one of our shadow roots (none of ours imports it there) is seen too.
      assert.equal(await tab.evaluate(() => Boolean(customElements.get('delete-org-dialog'))), false);
      await tab.evaluate(() => {
        document.querySelector('org-members')!.shadowRoot!.append(document.createElement('delete-org-dialog'));
      });
      await tab.waitFor(() => customElements.get('delete-org-dialog'), 15_000);
      await tab.evaluate(
        (html: string) => {
          document.querySelector('main')!.insertAdjacentHTML('beforeend', html);
        },
        `<org-dashboard ${attrs(VIEWER_KEYS.admin)}></org-dashboard>`,
      );
      await tab.waitFor(() => {
        const root = document.querySelector('org-dashboard')?.shadowRoot;
        return root?.querySelector('delete-org-dialog')?.shadowRoot?.querySelector('[part~="button"]');
      }, 15_000);
      assert.deepEqual(await tab.errors(), []);
      await tab.close();
    });

    it('leaves a tag the page defined alone; the loader twice and the one-file bundle together throw nothing', async () => {
      const own = `<script>customElements.define('pending-requests', class extends HTMLElement { connectedCallback() { this.textContent = 'mine'; } });</script>`;
      const tab = await open(
        '/twice.html',
        `${own}${LOADER}<script type="module" src="/cdn/udata-org-elements.loader.js?again"></script>${BUNDLE}`,
        `<pending-requests></pending-requests><join-request-button ${attrs(VIEWER_KEYS.nonMember)}></join-request-button>`,
      );
      await shadowText(tab, 'join-request-button', "Demander à rejoindre l'organisation");
      assert.equal(await tab.evaluate(() => document.querySelector('pending-requests')!.textContent), 'mine');
      assert.ok(!fetched.includes(loaderModules().get('pending-requests')!), 'the page’s own <pending-requests> is kept');
      assert.deepEqual(await tab.errors(), []);
      await tab.close();
    });

    it('a page with the dashboard fetches the dashboard and its header first, its cards’ tags once its datasets are listed', async () => {
      const tab = await open('/dashboard.html', LOADER, `<org-dashboard ${attrs(VIEWER_KEYS.admin)}></org-dashboard>`);
      const first = loaderCost('org-dashboard').files;
      await tab.waitFor(
        () => document.querySelector('org-dashboard')?.shadowRoot?.querySelector('[part~="datasets"] tbody tr'),
        15_000,
      );
      await tab.waitFor(
        () =>
          document
            .querySelector('org-dashboard')
            ?.shadowRoot?.querySelector('org-members')
            ?.shadowRoot?.querySelector('tbody tr'),
        15_000,
      );
      const cardModules = CARD_TAGS.map((tag) => loaderModules().get(tag)!);
      // Each file the dashboard needs first came, before any module of its cards or its
      // description's Markdown renderer (a chunk of its own, not among the first files).
      const markdown = fetched.filter((file) => /^lazy\/markdown-[\w-]+\.js$/.test(file));
      assert.equal(markdown.length, 1, 'the Markdown renderer fetched once');
      assert.ok(!first.includes(markdown[0]), 'not among the first files');
      const later = [...cardModules, ...markdown];
      const firstCard = Math.min(...later.map((m) => fetched.indexOf(m)).filter((i) => i >= 0), fetched.length);
      assert.deepEqual(new Set(fetched.slice(0, firstCard).filter((f) => f.endsWith('.js'))), new Set(first));
      for (const module of cardModules) assert.ok(fetched.includes(module), `${module} fetched`);
      assert.ok(!fetched.includes('udata-org-elements.min.js'));
      assert.deepEqual(await tab.errors(), []);
      await tab.close();
    });

    it('a module that fails to load is said in the console, and loaded when asked again (or after a reload)', async () => {
      const module = loaderModules().get('delete-org-dialog')!;
      failOnce = module;
      const tab = await open('/retry.html', LOADER, `<delete-org-dialog ${attrs(VIEWER_KEYS.admin)}></delete-org-dialog>`);
      await tab.waitFor(() => (window as unknown as { __errors: string[] }).__errors.length > 0, 15_000).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const errors = await tab.errors();
      assert.ok(
        errors.some((e) => e.includes('<delete-org-dialog> could not be loaded')),
        errors.join(' | '),
      );
      assert.equal(await tab.evaluate(() => Boolean(customElements.get('delete-org-dialog'))), false);
      await tab.evaluate(
        (html: string) => document.body.insertAdjacentHTML('beforeend', html),
        `<delete-org-dialog ${attrs(VIEWER_KEYS.admin)}></delete-org-dialog>`,
      );
      if (retriesFailedImports) {
        // The tag appearing again asks for its module again.
        await tab.waitFor(() => customElements.get('delete-org-dialog'), 15_000);
      } else {
        // The engine keeps the failure until the page is reloaded: nothing loops meanwhile,
        // and the reloaded page has the tag.
        await new Promise((resolve) => setTimeout(resolve, 500));
        assert.ok(fetched.filter((f) => f === module).length <= 2, fetched.join(', '));
        await tab.evaluate(() => location.reload());
        await tab.waitFor(() => customElements.get('delete-org-dialog'), 15_000);
      }
      await shadowText(tab, 'delete-org-dialog', 'Supprimer l’organisation');
      await tab.close();
    });

    it('the one-file bundle still works on its own', async () => {
      const tab = await open(
        '/bundle.html',
        BUNDLE,
        `<join-request-button ${attrs(VIEWER_KEYS.nonMember)}></join-request-button>`,
      );
      await shadowText(tab, 'join-request-button', "Demander à rejoindre l'organisation");
      assert.deepEqual(
        fetched.filter((f) => f.endsWith('.js')),
        ['udata-org-elements.min.js'],
      );
      assert.deepEqual(await tab.errors(), []);
      await tab.close();
    });
  });
}
