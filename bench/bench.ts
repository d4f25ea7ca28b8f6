/**
 * `npm run bench`: prints each figure next to its target, from one run in headless Chromium.
 * Not a test: it exits non-zero only when a size budget is broken (size-limit, at the end).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer, { type Page } from 'puppeteer-core';
import { startMockServer } from '../mocks/node-server.js';
import { VIEWER_KEYS, ORG_SLUGS } from '../mocks/seed.js';
// @ts-expect-error plain ESM config shared with the test runner
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../config/browsers.mjs';
import { cardTagsCost, loaderBrotli, loaderCost, loaderModules } from './loader-sizes.js';
import { benchMembers } from './members-bench.js';
import { benchPendingRequests } from './pending-requests-bench.js';
import { benchTimeToUsable } from './time-to-usable.js';

/** Decimal kilobytes, as size-limit counts them (`.size-limit.json` holds the budgets). */
const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
interface Budget {
  name: string;
  limit: string;
  ignore?: string[];
}
const budgets: Budget[] = JSON.parse(readFileSync('.size-limit.json', 'utf8'));
/** The size-limit entry whose name starts with `name`. */
function budgetEntry(name: string): Budget {
  const entry = budgets.find((b) => b.name.startsWith(name));
  if (!entry) throw new Error(`no budget named "${name}…" in .size-limit.json`);
  return entry;
}
/** Its limit in bytes. */
const budget = (name: string) => Number.parseFloat(budgetEntry(name).limit) * 1000;
const row = (label: string, value: string, target = '') => console.log(`  ${label.padEnd(46)} ${value.padStart(12)}   ${target}`);

const brotliOf = (code: string) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function sizes(label: string, code: string, brotliTarget: number) {
  const min = Buffer.byteLength(code);
  const gz = gzipSync(code, { level: 9 }).length;
  const br = brotliOf(code);
  console.log(`\n${label}`);
  row('minified', kb(min));
  row('gzip', kb(gz));
  row('brotli', kb(br), `target ≤ ${kb(brotliTarget)} ${br <= brotliTarget ? 'ok' : 'OVER'}`);
}

/** `entry` bundled with its dependencies and minified, as size-limit does; `external` left out. */
async function bundleOf(entry: string, external: string[] = []) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    external,
    conditions: ['production'],
    logLevel: 'error',
  });
  const [output] = Object.values(result.metafile.outputs);
  return { code: result.outputFiles[0].text, inputs: output.inputs };
}

/**
 * What an app loads first from `entry`: the entry bundled with lit, the modules it imports
 * only on demand (the size-limit entry's `ignore`) left out, as size-limit measures it.
 */
async function firstLoad(entry: string, name: string) {
  const { ignore = [] } = budgetEntry(name);
  const br = brotliOf((await bundleOf(entry, ignore)).code);
  const target = budget(name);
  row(`first load (without ${ignore.join(', ')})`, kb(br), `target ≤ ${kb(target)} ${br <= target ? 'ok' : 'OVER'}`);
}

/** What the minified bytes are made of: each npm package, and this library's own code. */
function composition(inputs: Record<string, { bytesInOutput: number }>) {
  const shares = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'udata-org-elements (own code)';
    shares.set(pkg, (shares.get(pkg) ?? 0) + bytesInOutput);
  }
  const total = [...shares.values()].reduce((a, b) => a + b, 0);
  for (const [pkg, bytes] of [...shares].sort((a, b) => b[1] - a[1])) {
    if (bytes) row(`  ${pkg}`, `${kb(bytes)} min`, `${Math.round((100 * bytes) / total)} %`);
  }
}

/** Minified bytes per package, and per folder of this library's own code (components one by one). */
function partsOf(inputs: Record<string, { bytesInOutput: number }>): Array<[string, number]> {
  const shares = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const part =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? /src\/(components\/[\w-]+|[\w-]+)/.exec(path)?.[1] ?? path;
    shares.set(part, (shares.get(part) ?? 0) + bytesInOutput);
  }
  return [...shares].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);
}

const whole = readFileSync('dist/udata-org-elements.min.js', 'utf8');
const wholeBrotli = brotliOf(whole);
const joinButton = await bundleOf('dist/join-request-button.js');
console.log('Bundle sizes');
sizes('dist/udata-org-elements.min.js (everything, lit included)', whole, budget('the one-file bundle'));
composition((await bundleOf('dist/define.js')).inputs);
sizes(
  'join-request-button npm entry (dist/join-request-button.js + lit, its on-demand invitation flow inlined)',
  joinButton.code,
  budget('join-request-button npm entry, all it may load'),
);
composition(joinButton.inputs);
await firstLoad('dist/join-request-button.js', 'join-request-button npm entry, first load');

console.log('\nThrough the loader: what a page with only this tag downloads (brotli, loader included)');
const loaderBudget = budget('the loader itself');
row('the loader itself', kb(loaderBrotli()), `target ≤ ${kb(loaderBudget)} ${loaderBrotli() <= loaderBudget ? 'ok' : 'OVER'}`);
const loaderTargets: Record<string, number> = {
  'join-request-button': budget('a page with only <join-request-button> through the loader'),
  // The dashboard and its header first: less than the one-file bundle it once fetched.
  'org-dashboard': wholeBrotli,
};
for (const tag of loaderModules().keys()) {
  const { files, brotli } = loaderCost(tag);
  const target = loaderTargets[tag];
  row(`<${tag}> (${files.length} files)`, kb(brotli), target ? `target ≤ ${kb(target)} ${brotli <= target ? 'ok' : 'OVER'}` : '');
  if (tag === 'org-dashboard') {
    // The tags of its cards, fetched once its first datasets are listed (card-tags.ts).
    const later = cardTagsCost(files);
    row(`  then its cards' tags (${later.files.length} more files)`, kb(later.brotli));
  }
}

console.log('\nEach tag alone (its source bundled with lit, templates not minified) and what it is made of');
for (const tag of loaderModules().keys()) {
  const { code, inputs } = await bundleOf(`src/components/${tag}/define.ts`);
  const br = brotliOf(code);
  console.log(`  <${tag}>: ${kb(br)} brotli, ${kb(code.length)} minified`);
  for (const [part, bytes] of partsOf(inputs).slice(0, 8)) row(`    ${part}`, kb(bytes));
}

// ---- runtime, against the mock udata on another origin ----------------------------------
const api = await startMockServer();
const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/udata-org-elements.min.js"></script></head><body></body></html>`;
const markdownProbe = (await bundleOf('bench/markdown-probe.ts')).code;
const site = createServer((req, res) => {
  if (req.url?.startsWith('/markdown-probe.js'))
    return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(markdownProbe);
  if (req.url?.startsWith('/udata-org-elements.min.js'))
    return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(whole);
  if (req.url === '/favicon.ico') return res.writeHead(204).end();
  res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
});
await new Promise<void>((resolve) => site.listen(0, 'localhost', resolve));
const address = site.address();
const origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });

/** Milliseconds from inserting the tag until `ready` matches in its shadow root. */
async function firstRender(tab: Page, tag: string, attrs: Record<string, string>, ready: string): Promise<number> {
  return tab.evaluate(
    async (tag, attrs, ready) => {
      await customElements.whenDefined(tag);
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      const start = performance.now();
      document.body.append(el);
      return new Promise<number>((resolve) => {
        const check = () =>
          el.shadowRoot?.querySelector(ready) ? resolve(performance.now() - start) : requestAnimationFrame(check);
        check();
      });
    },
    tag,
    attrs,
    ready,
  );
}

async function freshTab() {
  const tab = await browser.newPage();
  // tsx keeps function names with a helper that the page lacks; evaluated functions need it.
  await tab.evaluateOnNewDocument('globalThis.__name = (fn) => fn');
  await tab.goto(origin);
  return tab;
}

const common = { 'api-base': api.apiBase, org: ORG_SLUGS.certified, 'api-key': VIEWER_KEYS.admin };
console.log('\nTime to first render (mock API on localhost; includes the HTTP round trips)');
const elements: Array<[string, Record<string, string>, string]> = [
  ['join-request-button', { ...common, 'api-key': VIEWER_KEYS.nonMember }, '[part~="button"]'],
  ['org-members', common, 'tbody tr'],
  ['pending-requests', common, '[part~="request"]'],
  ['delete-org-dialog', common, '[part~="button"]'],
  ['org-dashboard', common, '[part~="datasets-table"] tbody tr'],
  // The inbox of a page's header: every organization of the viewer, the count on its button.
  ['org-notifications', { 'api-base': api.apiBase, 'api-key': VIEWER_KEYS.admin }, '[part~="count"]'],
  ['org-transfers', common, '[part~="transfer"]'],
  ['org-activity', common, '[part~="activity"]'],
  ['org-stats', common, '[data-chart="datasets"]'],
];
for (const [tag, attrs, ready] of elements) {
  const tab = await freshTab();
  row(`<${tag}>`, `${(await firstRender(tab, tag, attrs, ready)).toFixed(0)} ms`);
  await tab.close();
}

await benchMembers({ backend: api.backend, apiBase: api.apiBase, freshTab, row });

await benchPendingRequests({ backend: api.backend, apiBase: api.apiBase, apiKey: VIEWER_KEYS.admin, freshTab, row });

console.log('\n<org-dashboard>: requests on first render (target: each resource once)');
{
  const tab = await freshTab();
  api.backend.requests.length = 0;
  await firstRender(tab, 'org-dashboard', common, '[part~="datasets-table"] tbody tr');
  await tab.waitForFunction(() => !document.querySelector('org-dashboard')!.shadowRoot!.querySelector('.loading'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const byPath = new Map<string, number>();
  for (const r of api.backend.requests.filter((r) => r.method === 'GET')) byPath.set(r.path, (byPath.get(r.path) ?? 0) + 1);
  for (const [path, count] of byPath)
    row(path.length > 44 ? `…${path.slice(-43)}` : path, `${count}×`, count === 1 ? 'ok' : 'REPEATED');
  row('total', `${[...byPath.values()].reduce((a, b) => a + b, 0)} requests`);
  await tab.close();
}

console.log('\nMarkdown description: hostile inputs (description to DOM; target: under one frame, 16 ms)');
{
  const tab = await freshTab();
  await tab.addScriptTag({ url: `${origin}/markdown-probe.js`, type: 'module' });
  await tab.waitForFunction(() => 'measureMarkdown' in globalThis);
  const inputs: Array<[string, string]> = [
    ["'>' × 2,000 + ' x' (nested quotes)", '>'.repeat(2000) + ' x'],
    ["'- ' × 2,000 + 'x' (nested lists)", '- '.repeat(2000) + 'x'],
    ["'<b>' × 2,000 (nested inline tags)", '<b>'.repeat(2000) + 'x' + '</b>'.repeat(2000)],
    ["'*a ' × 1,500 + 'b' (emphasis markers)", '*a '.repeat(1500) + 'b'],
    ["'**' × 3,000 + 'x'", '**'.repeat(3000) + 'x'],
    ["'[' × 5,000 + 'x' + ']' × 5,000", '['.repeat(5000) + 'x' + ']'.repeat(5000)],
    ['200 KB of paragraphs (cut at 20,000 chars)', 'Un paragraphe de description assez long. '.repeat(5000)],
    ['the seeded description (ordinary)', api.backend.organization(ORG_SLUGS.certified)!.description],
  ];
  for (const [label, source] of inputs) {
    // The median of 5 runs on fresh copies of the source (the renderer keeps its last result).
    const runs = await tab.evaluate(
      (source) =>
        Array.from({ length: 5 }, (_, i) =>
          (globalThis as unknown as { measureMarkdown: (s: string) => number }).measureMarkdown(source + ' '.repeat(i + 1)),
        ),
      source,
    );
    const median = runs.sort((a, b) => a - b)[2];
    row(label.length > 46 ? `${label.slice(0, 45)}…` : label, `${median.toFixed(1)} ms`, median < 16 ? 'ok' : 'OVER');
  }
  await tab.close();
}

await benchTimeToUsable({ browser, apiBase: api.apiBase, row });
await browser.close();
site.close();
api.server.close();

console.log('\nSize budgets (size-limit)');
const limit = spawnSync('npx', ['size-limit'], { stdio: 'inherit' });
process.exit(limit.status ?? 1);
