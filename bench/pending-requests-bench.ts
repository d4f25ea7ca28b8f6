/**
 * `<pending-requests>` with 10,000 and 100,000 pending requests (udata sends them all in one
 * answer): the time from that answer to the first row an admin can act on, how many rows
 * are in the DOM, a page change and a decision. Figures only, printed by `npm run bench`.
 */
import type { Page } from 'puppeteer-core';
import type { MockUdata } from '../mocks/backend.js';
import { addPeople, addPendingRequests } from '../mocks/bulk.js';
import { oid, uuid, ORG_SLUGS, type MockUser } from '../mocks/seed.js';

export interface BenchContext {
  backend: MockUdata;
  apiBase: string;
  /** The admin's API key (the certified organization's admin). */
  apiKey: string;
  freshTab: () => Promise<Page>;
  row: (label: string, value: string, target?: string) => void;
}

/** Applicants: a pool, so that the mock serializes 100,000 requests in reasonable time. */
const POOL = 500;

function applicants(backend: MockUdata): MockUser[] {
  const names = ['Éloïse', 'Jérôme', 'Maëlys', 'Noël'];
  return addPeople(backend, POOL, (i) => ({
    id: oid('0e', i),
    first_name: names[(i - 1) % 4],
    last_name: `Demandeur ${i}`,
    slug: `demandeur-${i}`,
  }));
}

/** A copy of the certified organization (its admin included) with `count` pending requests. */
function organizationWith(backend: MockUdata, users: MockUser[], count: number, n: number): string {
  const id = oid('0a', 200 + n);
  const certified = backend.organization(ORG_SLUGS.certified)!;
  backend.data.organizations.push({ ...certified, id, slug: `demandes-${count}`, members: [...certified.members] });
  addPendingRequests(backend, id, users, count, (i) => ({
    id: uuid(`d${n}`, i),
    comment: `Je souhaite publier les données du service n° ${i}.\nMerci d’avance.`,
    created: new Date(Date.UTC(2020, 0, 1) + (i - 1) * 60_000).toISOString(),
  }));
  return id;
}

interface Figures {
  answerToRow: number;
  parse: number;
  fromMemory: number;
  rows: number;
  count: number;
  nextPage: number;
  decision: number;
  rowsAfter: number;
}

/**
 * In the page: mounts the element, waits for a usable row (and times udata's answer's
 * JSON.parse), mounts a second one on the list already in memory, pages once, accepts one.
 */
function measure(tab: Page, attrs: Record<string, string>): Promise<Figures> {
  return tab.evaluate(async (attrs) => {
    type Element = HTMLElement & { count: number; updateComplete: Promise<unknown> };
    let parse = 0;
    const jsonParse = JSON.parse;
    JSON.parse = function (text: string, ...rest: unknown[]) {
      const start = performance.now();
      const value = jsonParse.call(JSON, text, ...(rest as []));
      if (text.length > 100_000) parse += performance.now() - start;
      return value;
    };
    await customElements.whenDefined('pending-requests');
    const mount = () => {
      const el = document.createElement('pending-requests') as Element;
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      document.body.append(el);
      return el;
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    /** When a row of `el` is usable: its accept button is on screen. */
    const usable = async (el: Element) => {
      while (!el.shadowRoot?.querySelector('[part~="request"] [part~="accept"]')) await frame();
      return performance.now();
    };
    const el = mount();
    const firstRow = await usable(el);
    const answer = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/membership/'))
      .at(-1) as PerformanceResourceTiming;
    const rows = () => el.shadowRoot!.querySelectorAll('[part~="request"]').length;
    // A second element of the same organization reads the list the first one loaded.
    let start = performance.now();
    const second = mount();
    const fromMemory = (await usable(second)) - start;
    second.remove();
    const figures = { answerToRow: firstRow - answer.responseEnd, parse, fromMemory, rows: rows(), count: el.count };
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="pagination"] button');
    start = performance.now();
    buttons[buttons.length - 1].click();
    await el.updateComplete;
    await frame();
    const nextPage = performance.now() - start;
    const before = el.count;
    start = performance.now();
    el.shadowRoot!.querySelector<HTMLElement>('[part~="request"] [part~="accept"]')!.click();
    while (el.count === before) await frame();
    return { ...figures, nextPage, decision: performance.now() - start, rowsAfter: rows() };
  }, attrs);
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

export async function benchPendingRequests({ backend, apiBase, apiKey, freshTab, row }: BenchContext): Promise<void> {
  const users = applicants(backend);
  for (const [n, count] of [10_000, 100_000].entries()) {
    const org = organizationWith(backend, users, count, n);
    console.log(`\n<pending-requests> with ${count.toLocaleString('en')} pending requests (one answer from udata)`);
    const tab = await freshTab();
    const figures = await measure(tab, { 'api-base': apiBase, org, 'api-key': apiKey });
    row('answer → first usable row', ms(figures.answerToRow), `target < 300 ms ${figures.answerToRow < 300 ? 'ok' : 'OVER'}`);
    row('  of which JSON.parse of the answer', ms(figures.parse));
    row('list in memory → first usable row', ms(figures.fromMemory), 'a second element: no request, no parse');
    row('rows in the DOM', `${figures.rows}`, `of ${figures.count.toLocaleString('en')}; bounded by the page size (20)`);
    row('next page', ms(figures.nextPage));
    row('accept one (re-read of the whole list included)', ms(figures.decision));
    row('rows in the DOM after it', `${figures.rowsAfter}`);
    await tab.close();
  }
}
