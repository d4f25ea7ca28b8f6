/**
 * The join-button page and the dashboard page as a visitor on a slow phone gets them: CPU 4×
 * slower, "slow 4G" (150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up), the package served
 * gzipped from a CDN-like origin and udata (the mock, JSON not compressed) from another, both cold. Printed: bytes,
 * requests, API round trips in a row and the time until the element is usable (the median of
 * three cold loads), each beside the floor: a plain Lit element that asks, in one parallel
 * round, the API requests ours had answered when it became usable (the same field masks
 * included) and renders the same control, lit in one file. Figures only (`npm run bench`).
 */
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleSource } from './bundle-source.js';
import type { Browser } from 'puppeteer-core';
import { ORG_IDS, ORG_SLUGS, VIEWER_KEYS } from '../mocks/seed.js';

export interface UsableContext {
  browser: Browser;
  apiBase: string;
  row: (label: string, value: string, target?: string) => void;
}

const dist = new URL('../dist/', import.meta.url).pathname;
/** Cold loads of each page; each figure is the median one's. */
const ROUNDS = 3;
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };

/** An API request our element had answered before it was usable: its path and query, and its field mask if any. */
interface Asked {
  path: string;
  fields?: string;
}

interface Figures {
  ms: number;
  bytes: number;
  requests: number;
}

/** The floor's one file: lit and a plain element that asks `urls` at once (with the same field masks), then shows `button`. */
async function floorModule(): Promise<string> {
  const source = `
    import { LitElement, html } from 'lit';
    class FloorElement extends LitElement {
      static properties = { ready: { state: true } };
      connectedCallback() {
        super.connectedCallback();
        const key = { 'X-API-KEY': this.getAttribute('api-key') };
        const urls = JSON.parse(this.getAttribute('urls'));
        const ask = ([url, fields]) => fetch(url, { headers: fields ? { ...key, 'X-Fields': fields } : key, cache: 'no-store' });
        Promise.all(urls.map((u) => ask(u).then((r) => r.json()))).then(() => (this.ready = true));
      }
      render() {
        return this.ready ? html\`<button part="button">Demander à rejoindre l'organisation</button>\` : html\`<span>Chargement…</span>\`;
      }
    }
    customElements.define('floor-element', FloorElement);`;
  return bundleSource(source);
}

export async function benchTimeToUsable({ browser, apiBase, row }: UsableContext): Promise<void> {
  const floor = await floorModule();
  const pages: Record<string, string> = {};
  // Compressed as a CDN would (gzip: browsers ask brotli only over https).
  const send = (res: ServerResponse, type: string, body: string | Buffer) =>
    res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip' }).end(gzipSync(body));
  const site = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (path === '/floor.js') return send(res, 'text/javascript', floor);
    if (path.startsWith('/cdn/')) {
      const file = normalize(join(dist, path.slice(5)));
      if (!file.startsWith(dist)) return res.writeHead(404).end();
      return send(res, extname(file) === '.js' ? 'text/javascript' : 'application/json', readFileSync(file));
    }
    if (pages[path]) return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pages[path]);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => site.listen(0, 'localhost', resolve));
  const address = site.address();
  const origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;

  /** The median of `ROUNDS` cold loads of the page (one load varies by ±15 % on a shared machine). */
  async function measure(path: string, html: string, host: string, ready: string): Promise<Figures & { api: Asked[] }> {
    const loads: Array<Figures & { api: Asked[] }> = [];
    for (let round = 0; round < ROUNDS; round++) loads.push(await load(path, html, host, ready));
    return loads.sort((a, b) => a.ms - b.ms)[Math.floor(ROUNDS / 2)];
  }

  /** Opens `html` cold and throttled; resolves when `host`'s shadow root has `ready`. */
  async function load(path: string, html: string, host: string, ready: string): Promise<Figures & { api: Asked[] }> {
    pages[path] = html;
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let bytes = 0;
    let requests = 0;
    const api: Asked[] = [];
    cdp.on('Network.requestWillBeSent', (e) => {
      requests++;
      const url = new URL(e.request.url);
      if (e.request.url.startsWith(apiBase) && e.request.method !== 'OPTIONS')
        api.push({ path: url.pathname + url.search, fields: e.request.headers['X-Fields'] });
    });
    cdp.on('Network.loadingFinished', (e) => void (bytes += e.encodedDataLength));
    await tab.goto(origin + path);
    const usable = await tab.waitForFunction(
      (h: string, r: string, base: string) => {
        if (!document.querySelector(h)?.shadowRoot?.querySelector(r)) return false;
        const now = performance.now();
        // The API answers it had by then (a request still on its way was not needed to be usable).
        const answered = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => e.name.startsWith(base) && e.responseEnd > 0 && e.responseEnd <= now)
          .map((e) => e.name);
        return { ms: now, answered };
      },
      { timeout: 60_000, polling: 50 },
      host,
      ready,
      apiBase,
    );
    const { ms, answered } = (await usable.jsonValue()) as { ms: number; answered: string[] };
    const needed = api.filter((a) => answered.includes(new URL(a.path, apiBase).href));
    const figures = { ms, bytes, requests, api: needed };
    await context.close();
    return figures;
  }

  const doc = (head: string, body: string) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portail</title>${head}</head><body>${body}</body></html>`;
  const attrs = (key: string, org: string = ORG_SLUGS.certified) => `api-base="${apiBase}" org="${org}" api-key="${key}"`;
  const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(1)}× floor`;
  const show = (label: string, ours: Figures, base: Figures) => {
    row(`${label}: usable after`, `${Math.round(ours.ms)} ms`, ratio(ours.ms, base.ms));
    row(`  downloaded`, `${(ours.bytes / 1000).toFixed(1)} kB`, ratio(ours.bytes, base.bytes));
    row(`  requests (CORS preflights included)`, String(ours.requests), ratio(ours.requests, base.requests));
  };

  /** A page with `tag` through the loader (or `script`), and the floor asking the same API requests in one round. */
  const loaderScript = '<script type="module" src="/cdn/udata-org-elements.loader.js"></script>';
  const ourPage = (name: string, tag: string, usable: string, script = loaderScript) =>
    measure(`/${name}.html`, doc(script, tag), tag.slice(1, tag.search(/[\s>]/)), usable);
  const floorOf = (name: string, ours: Figures & { api: Asked[] }, key: string) => {
    const asked = new Map(ours.api.map(({ path, fields }) => [`${path} ${fields}`, [new URL(path, apiBase).href, fields]]));
    const urls = [...asked.values()];
    const floor = `<floor-element api-key="${key}" urls='${JSON.stringify(urls)}'></floor-element>`;
    return measure(
      `/${name}-floor.html`,
      doc('<script type="module" src="/floor.js"></script>', floor),
      'floor-element',
      'button',
    );
  };

  console.log(
    `\nOn a slow phone (CPU 4× slower, slow 4G, cold; median of ${ROUNDS} loads): time to usable, bytes, requests, beside the floor`,
  );
  const joinTag = `<join-request-button ${attrs(VIEWER_KEYS.nonMember)}></join-request-button>`;
  const viaLoader = await ourPage('join-loader', joinTag, 'button[part~="button"]');
  const viaBundle = await ourPage(
    'join-bundle',
    joinTag,
    'button[part~="button"]',
    '<script type="module" src="/cdn/udata-org-elements.min.js"></script>',
  );
  // The floor asks, at once, the API requests the button needed before it was usable.
  const base = await floorOf('join', viaLoader, VIEWER_KEYS.nonMember);
  show('<join-request-button> through the loader', viaLoader, base);
  show('<join-request-button> through the one-file bundle', viaBundle, base);
  row('  its API requests before usable', viaLoader.api.map((a) => a.path).join(', '), 'floor: the same, in one round');

  // The largest organization (the crowd of members): the button asks only its members' roles and ids (X-Fields).
  const large = await ourPage(
    'join-large',
    `<join-request-button ${attrs(VIEWER_KEYS.nonMember, ORG_SLUGS.large)}></join-request-button>`,
    'button[part~="button"]',
  );
  show(
    '<join-request-button> of the 320-member organization, through the loader',
    large,
    await floorOf('join-large', large, VIEWER_KEYS.nonMember),
  );

  const dashboard = await ourPage(
    'dashboard',
    `<org-dashboard ${attrs(VIEWER_KEYS.admin)}></org-dashboard>`,
    '[part~="section"][part~="datasets"] tbody tr',
  );
  show('<org-dashboard> (datasets listed)', dashboard, await floorOf('dashboard', dashboard, VIEWER_KEYS.admin));
  // Given the organization's id, it asks the datasets beside the organization (udata filters them by id only).
  const byId = await ourPage(
    'dashboard-id',
    `<org-dashboard ${attrs(VIEWER_KEYS.admin, ORG_IDS.certified)}></org-dashboard>`,
    '[part~="section"][part~="datasets"] tbody tr',
  );
  show('<org-dashboard org="<its id>"> (datasets listed)', byId, await floorOf('dashboard-id', byId, VIEWER_KEYS.admin));
  const firstRound = (figures: typeof byId) =>
    figures.api
      .map((a) => a.path.replace(/\?.*/, ''))
      .slice(0, 3)
      .join(', ');
  row('  its first API requests, by slug', firstRound(dashboard), 'udata filters datasets by organization id only');
  row('  its first API requests, by id', firstRound(byId), 'the datasets beside the organization');
  site.close();
}
