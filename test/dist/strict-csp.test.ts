/**
 * The built package on a page that enforces a strict Content-Security-Policy, sent as an HTTP
 * header (`script-src 'self'; style-src 'self'`: no inline script, no `style` attribute, no
 * `<style>` element), through the one-file bundle and through the loader, in every engine
 * (`engines.ts`): every element renders, styled, the logo's crop previews show the chosen image
 * from the first render, and nothing is refused (the page records CSP violations). The logo
 * upload is also tried against a real server that answers 307 to another origin: the key and
 * the file go nowhere else, in every engine (msw's made-up redirects fail in WebKit).
 */
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startMockServer } from '../../mocks/node-server.js';
import type { MockRequest, MockResponse, MockUdata } from '../../mocks/backend.js';
import { ORG_IDS, ORG_SLUGS, VIEWER_KEYS } from '../../mocks/seed.js';
import { enginesUnderTest, ERROR_RECORDER, type Engine, type Tab } from './engines.js';
import { distFile } from './cdn.js';

/** The page's one inline script, the error recorder, allowed by its hash and nothing else. */
const recorderHash = createHash('sha256')
  .update(ERROR_RECORDER.replace(/^<script>/, '').replace(/<\/script>$/, ''))
  .digest('base64');
const CSP = `script-src 'self' 'sha256-${recorderHash}'; style-src 'self'`;

const SCRIPTS = {
  'the one-file bundle': '<script type="module" src="/cdn/udata-org-elements.min.js"></script>',
  'the loader': '<script type="module" src="/cdn/udata-org-elements.loader.js"></script>',
};

/** Every tag, on one organization, as its admin sees it. */
function body(apiBase: string): string {
  const on = `api-base="${apiBase}" org="${ORG_SLUGS.certified}" api-key="${VIEWER_KEYS.admin}"`;
  return `<org-provider ${on}>
    <join-request-button></join-request-button>
    <org-members></org-members>
    <pending-requests></pending-requests>
    <delete-org-dialog></delete-org-dialog>
  </org-provider>
  <org-dashboard ${on}></org-dashboard>
  <org-profile-form ${on}></org-profile-form>`;
}

/** What each element shows once loaded: a selector in its shadow root, and a text of it. */
const SHOWN: Array<[tag: string, selector: string, text: string]> = [
  ['join-request-button', '[part~="base"]', 'Vous êtes membre de cette organisation'],
  ['org-members', '[part~="row"]', '4 membres'],
  ['pending-requests', '[part~="base"]', 'Je travaille au service SIG de la DREAL'],
  ['delete-org-dialog', '[part~="button"]', 'Supprimer l’organisation'],
  ['org-dashboard', '.description', 'La DREAL publie les données environnementales de la région.'],
  ['org-profile-form', '#logo-file', 'Modifier le profil de l’organisation'],
];

for (const [name, launch] of enginesUnderTest())
  describe(`the built package under a strict Content-Security-Policy, in ${name}`, () => {
    let api: { server: Server; backend: MockUdata; apiBase: string };
    let site: Server;
    let origin: string;
    let elsewhere: Server;
    let elsewhereOrigin: string;
    /** What reached the other origin (it answers CORS to anything, as a hostile host would). */
    let reachedElsewhere: Array<{ method: string; url: string; headers: IncomingHttpHeaders }> = [];
    let browser: Engine;
    const pages: Record<string, string> = {};

    before(async () => {
      api = await startMockServer();
      site = createServer((req, res) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
        if (path.startsWith('/cdn/')) {
          const served = distFile(path);
          if (!served) return res.writeHead(404).end();
          return res.writeHead(200, { 'Content-Type': served.type }).end(readFileSync(served.file));
        }
        if (pages[path]) {
          return res
            .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP })
            .end(pages[path]);
        }
        res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      });
      elsewhere = createServer((req, res) => {
        reachedElsewhere.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
        req.resume();
        res
          .writeHead(req.method === 'OPTIONS' ? 204 : 200, {
            'Access-Control-Allow-Origin': '*',
            'Access-Control-Allow-Methods': '*',
            'Access-Control-Allow-Headers': '*',
            'Content-Type': 'application/json',
          })
          .end(req.method === 'OPTIONS' ? '' : JSON.stringify({ image: `${elsewhereOrigin}/stolen.png` }));
      });
      const listen = (server: Server, host: string) =>
        new Promise<string>((resolve) =>
          server.listen(0, host, () => {
            const address = server.address();
            resolve(`http://${host}:${typeof address === 'object' && address ? address.port : 0}`);
          }),
        );
      origin = await listen(site, 'localhost');
      elsewhereOrigin = await listen(elsewhere, '127.0.0.1');
      assert.notEqual(new URL(api.apiBase).origin, origin);
      assert.notEqual(new URL(api.apiBase).origin, elsewhereOrigin);
      browser = await launch();
    });

    after(async () => {
      await browser?.close();
      site?.close();
      elsewhere?.close();
      api?.server.close();
    });

    async function open(path: string, script: string, html = body(api.apiBase)): Promise<Tab> {
      pages[path] = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Portail</title>${ERROR_RECORDER}
${script}</head>
<body><main>${html}</main></body></html>`;
      const tab = await browser.newTab();
      await tab.goto(origin + path);
      return tab;
    }

    /** The shadow text of the first `tag`, white space folded (said when a wait fails). */
    const textOf = (tab: Tab, tag: string) =>
      tab.evaluate((t: string) => document.querySelector(t)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '', tag);

    for (const [what, script] of Object.entries(SCRIPTS))
      it(`renders every element through ${what}, styled, with nothing refused`, async () => {
        const tab = await open(`/${what.replace(/\W+/g, '-')}.html`, script);
        for (const [tag, selector, text] of SHOWN) {
          await tab
            .waitFor(
              (t: string, s: string, x: string) => {
                const root = document.querySelector(t)?.shadowRoot;
                return root?.querySelector(s) && root.textContent!.replace(/\s+/g, ' ').includes(x);
              },
              15_000,
              tag,
              selector,
              text,
            )
            .catch(async (error) => {
              throw new Error(
                `${tag}: ${(error as Error).message}; shows: ${await textOf(tab, tag)}; errors: ${(await tab.errors()).join(' | ')}`,
              );
            });
        }
        // Styled: the shared styles (adopted style sheets, which the policy allows) apply.
        const lineHeights = await tab.evaluate(
          (tags: string[]) => tags.map((t) => getComputedStyle(document.querySelector(t)!).lineHeight),
          SHOWN.map(([tag]) => tag),
        );
        assert.deepEqual(
          lineHeights,
          SHOWN.map(() => '24px'),
        ); // 1.5 × 16 px
        // The shared dialog opens (clicked from the page: WebKit's driver misses a button it had to scroll to).
        await tab.evaluate(() =>
          document.querySelector('delete-org-dialog')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click(),
        );
        await tab.waitFor(() => document.querySelector('delete-org-dialog')!.shadowRoot!.querySelector('dialog[open]'), 15_000);
        assert.deepEqual(await tab.errors(), []);
        await tab.close();
      });

    it('shows the chosen logo in its crop previews from the first render; a redirected upload takes the key nowhere', async () => {
      const tab = await open(
        '/logo.html',
        SCRIPTS['the one-file bundle'],
        `<org-profile-form api-base="${api.apiBase}" org="${ORG_SLUGS.certified}" api-key="${VIEWER_KEYS.admin}"></org-profile-form>`,
      );
      await tab.waitFor(() => document.querySelector('org-profile-form')?.shadowRoot?.querySelector('#logo-file'), 15_000);
      // A person chooses a 300 × 200 image.
      await tab.evaluate(async () => {
        const canvas = document.createElement('canvas');
        canvas.width = 300;
        canvas.height = 200;
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#000091';
        context.fillRect(0, 0, 150, 200);
        context.fillStyle = '#e1000f';
        context.fillRect(150, 0, 150, 200);
        const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
        const input = document.querySelector('org-profile-form')!.shadowRoot!.querySelector<HTMLInputElement>('#logo-file')!;
        const transfer = new DataTransfer();
        transfer.items.add(new File([blob], 'logo.png', { type: 'image/png' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await tab.waitFor(
        () => document.querySelector('org-profile-form')!.shadowRoot!.querySelectorAll('[part~="logo-preview"] img').length === 3,
        15_000,
      );
      // Each preview is its size, and shows the centred square: the 200 px square from x = 50,
      // scaled to the preview (at 100 px: the image 150 × 100, shifted 25 px left).
      const previews = await tab.evaluate(() =>
        Array.from(
          document.querySelector('org-profile-form')!.shadowRoot!.querySelectorAll('[part~="logo-preview"]'),
          (preview) => {
            const img = preview.querySelector('img')!;
            const box = preview.getBoundingClientRect();
            const image = img.getBoundingClientRect();
            return [box.width, box.height, image.width, image.height, image.left - box.left - preview.clientLeft];
          },
        ),
      );
      assert.deepEqual(previews, [
        [102, 102, 150, 100, -25], // with borders
        [62, 62, 90, 60, -15],
        [27, 27, 37.5, 25, -6.25],
      ]);
      assert.deepEqual(await tab.errors(), []);

      // udata's API answers the upload with a redirect to another origin.
      const logoPath = `/organizations/${ORG_IDS.certified}/logo/`;
      const handle = api.backend.handle.bind(api.backend);
      api.backend.handle = (req: MockRequest): MockResponse => {
        const answer = handle(req);
        const redirect = req.method === 'POST' && new URL(req.url).pathname.endsWith(logoPath);
        return redirect ? { status: 307, headers: { Location: `${elsewhereOrigin}/collect/` }, text: '' } : answer;
      };
      reachedElsewhere = [];
      try {
        await tab.click('org-profile-form', '[part~="logo-submit"]');
        await tab.waitFor(
          () =>
            document
              .querySelector('org-profile-form')!
              .shadowRoot!.querySelector('[part~="logo"] [role="alert"]')
              ?.textContent?.includes('Le serveur a répondu par une redirection'),
          15_000,
        );
      } finally {
        api.backend.handle = handle;
      }
      assert.equal(api.backend.recorded('POST', logoPath.slice(1)).at(-1)?.apiKey, VIEWER_KEYS.admin);
      assert.deepEqual(reachedElsewhere, [], 'nothing went to the other origin');
      // The image and its crop stay, for a retry.
      const kept = await tab.evaluate(
        () => document.querySelector('org-profile-form')!.shadowRoot!.querySelectorAll('[part~="logo-preview"] img').length,
      );
      assert.equal(kept, 3);
      assert.deepEqual(await tab.errors(), []);
      await tab.close();
    });
  });
