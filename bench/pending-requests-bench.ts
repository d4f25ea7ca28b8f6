/**
 * `<pending-requests>` with 1,000, 10,000 and 100,000 pending requests (udata sends them all in
 * one answer) next to its floor: a plain Lit element doing the same job on the same JSON, in
 * the same page (the list fetched with the same key and parsed, one page of 20 requests with
 * the same content and controls as ours, unstyled — the initials, the applicant linked, the
 * date and how long ago, the comment as plain text, the role to accept as, an accept and a
 * refuse button named with the applicant — and an accept that re-reads the applicant's
 * pending requests first, as ours does). Figures only, printed by `npm run bench`: the time from udata's
 * answer to the first row an admin can act on, a page change (the average of 3), a decision
 * (the average of 5 in a row), the rows in the DOM, each with its ratio to the floor.
 */
import { floorLit } from './bundle-source.js';
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
const SIZES = [1_000, 10_000, 100_000];
/** Fresh tabs per size; each figure is the median of the rounds. */
const ROUNDS = 5;
/** Decisions made in each tab, their time averaged. */
const DECISIONS = 5;

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

/**
 * In the page: defines `<pending-floor api-base org api-key>`, the floor. Its rows show what
 * ours show (the initials, the applicant linked, the date with how long ago and the exact
 * moment on hover, the comment, the role to accept as, the two buttons, each control named
 * with the applicant for screen readers), unstyled. Same parts as ours
 * (`request`, `accept`, `pagination`, `data-request-id`) and a `count`, so that one `measure`
 * reads both. Accept sends what ours sends for one decision, no more: the applicant's pending
 * requests (`?user=…&status=pending`), then `POST …/accept/`; the row leaves the list with
 * the applicant's entries the re-read no longer has, and the next one moves up.
 */
function defineFloor() {
  type Lit = typeof import('lit');
  const { LitElement, html, css } = (globalThis as unknown as { floorLit: Pick<Lit, 'LitElement' | 'html' | 'css'> }).floorLit;
  interface Request {
    id: string;
    kind?: string;
    user: { id: string; first_name: string; last_name: string; slug: string } | null;
    email?: string | null;
    comment?: string | null;
    created: string;
  }
  const dates = new Intl.DateTimeFormat('fr', { dateStyle: 'long' });
  const full = new Intl.DateTimeFormat('fr', { dateStyle: 'full', timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat('fr', { numeric: 'auto' });
  const nameOf = (r: Request) => (r.user ? `${r.user.first_name} ${r.user.last_name}` : (r.email ?? ''));
  const SIZE = 20;
  class PendingFloor extends LitElement {
    static override properties = { requests: { state: true }, page: { state: true }, busy: { state: true } };
    // Names for screen readers only, as ours has them (one rule: the floor has no other style).
    static override styles = css`
      .hidden {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    `;
    declare requests: Request[] | null;
    declare page: number;
    declare busy: string | null;
    constructor() {
      super();
      Object.assign(this, { requests: null, page: 1, busy: null });
    }
    get count() {
      return this.requests?.length ?? 0;
    }
    private url(query: string, path = '') {
      const [api, org] = [this.getAttribute('api-base')!, this.getAttribute('org')!];
      return `${api}organizations/${encodeURIComponent(org)}/membership/${path}${query}`;
    }
    private send(url: string, method = 'GET') {
      const headers = { Accept: 'application/json', 'X-API-KEY': this.getAttribute('api-key')! };
      return fetch(url, { method, headers, cache: 'no-store' }).then(async (response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return JSON.parse(await response.text()) as unknown;
      });
    }
    override connectedCallback() {
      super.connectedCallback();
      void this.send(this.url('?status=pending')).then((list) => {
        this.requests = (list as Request[]).filter((r) => r.kind !== 'invitation');
      });
    }
    private async accept(request: Request) {
      if (this.busy) return;
      this.busy = request.id;
      try {
        const applicant = request.user!.id;
        const still = (await this.send(this.url(`?user=${encodeURIComponent(applicant)}&status=pending`))) as Request[];
        const pending = new Set(still.map((r) => r.id));
        if (pending.has(request.id)) await this.send(this.url('', `${encodeURIComponent(request.id)}/accept/`), 'POST');
        this.requests = this.requests!.filter((r) => r.id !== request.id && (r.user?.id !== applicant || pending.has(r.id)));
      } finally {
        this.busy = null;
      }
    }
    /** What ours shows of a request: the initials, the applicant linked, the date and how long ago, the comment. */
    private renderRow(request: Request) {
      const created = new Date(request.created);
      const days = Math.round((created.getTime() - Date.now()) / 86_400_000);
      return html`<span aria-hidden="true"
          >${request.user ? `${request.user.first_name[0]}${request.user.last_name[0]}` : '?'}</span
        >
        ${
          request.user
            ? html`<a href=${`/users/${request.user.slug}/`}>${nameOf(request)}</a>`
            : html`<span>${request.email}</span>`
        }
        <time datetime=${request.created} title=${full.format(created)}
          >Demande du ${dates.format(created)} (${relative.format(days, 'day')})</time
        >
        <p part="comment">${request.comment}</p>`;
    }
    override render() {
      const requests = this.requests;
      if (!requests) return html`<p>Chargement…</p>`;
      const pages = Math.max(1, Math.ceil(requests.length / SIZE));
      const page = Math.min(this.page, pages);
      return html`<p part="count">${requests.length} demandes en attente</p>
        <ul part="list">
          ${requests.slice((page - 1) * SIZE, page * SIZE).map(
            (request) =>
              html`<li part="request" data-request-id=${request.id}>
                ${this.renderRow(request)}
                <label
                  >Rôle à l’acceptation<span class="hidden"> (${nameOf(request)})</span>
                  <select part="role">
                    <option value="editor">Éditeur</option>
                    <option value="admin">Administrateur</option>
                  </select>
                </label>
                <button part="accept" type="button" ?disabled=${this.busy === request.id} @click=${() => this.accept(request)}>
                  Accepter<span class="hidden"> ${nameOf(request)}</span>
                </button>
                <button part="refuse" type="button">Refuser<span class="hidden"> ${nameOf(request)}</span></button>
              </li>`,
          )}
        </ul>
        <nav part="pagination">
          ${page > 1 ? html`<button type="button" @click=${() => (this.page = page - 1)}>Page précédente</button>` : ''} Page
          ${page} sur ${pages}
          ${page < pages ? html`<button type="button" @click=${() => (this.page = page + 1)}>Page suivante</button>` : ''}
        </nav>`;
    }
  }
  customElements.define('pending-floor', PendingFloor);
}

interface Figures {
  answerToRow: number;
  parse: number;
  /** A second element on the list already in memory (ours only; NaN for the floor). */
  fromMemory: number;
  rows: number;
  count: number;
  nextPage: number;
  decision: number;
  rowsAfter: number;
  countAfter: number;
  /** What the page fetched from the click on accept until the row was replaced (and 200 ms after). */
  decisionRequests: string[];
}

/**
 * In the page: mounts `tag`, waits for a usable row (its accept button enabled and laid out;
 * udata's answer's JSON.parse timed), mounts a second one when `second` (ours reads the list
 * the first one loaded), changes pages three times and accepts the first request of page 2
 * five times in a row; with `unstyled`, those once its stylesheets are taken away.
 */
function measure(
  tag: string,
  attrs: Record<string, string>,
  decisions: number,
  second: boolean,
  unstyled = false,
): Promise<Figures> {
  type Measured = HTMLElement & { count: number; updateComplete: Promise<unknown> };
  return (async () => {
    await customElements.whenDefined(tag);
    let parse = 0;
    let loading = true;
    const jsonParse = JSON.parse;
    JSON.parse = function (text: string, ...rest: unknown[]) {
      const start = performance.now();
      const value = jsonParse.call(JSON, text, ...(rest as []));
      if (loading && text.length > 100_000) parse += performance.now() - start;
      return value;
    };
    const channel = new MessageChannel();
    const task = () => new Promise((resolve) => ((channel.port1.onmessage = resolve), channel.port2.postMessage(null)));
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const mount = () => {
      const el = document.createElement(tag) as Measured;
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      document.body.append(el);
      return el;
    };
    const rowsOf = (el: Measured) => Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="request"]') ?? []);
    const enabled = (row: HTMLElement | undefined) => {
      const button = row?.querySelector<HTMLButtonElement>('[part~="accept"]');
      return Boolean(button && !button.disabled && button.getAttribute('aria-disabled') !== 'true');
    };
    /** When a row of `el` is usable: its accept button enabled, laid out. */
    const usable = async (el: Measured) => {
      while (!enabled(rowsOf(el)[0])) await task();
      void document.body.offsetHeight;
      return performance.now();
    };
    const start = performance.now();
    const el = mount();
    const firstRow = await usable(el);
    loading = false;
    const answer = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/membership/?status=pending') && e.startTime >= start)
      .at(-1) as PerformanceResourceTiming | undefined;
    let fromMemory = NaN;
    if (second) {
      const begin = performance.now();
      const other = mount();
      fromMemory = (await usable(other)) - begin;
      other.remove();
    }
    // Without its stylesheets: what the code costs apart from the design (the floor has none).
    if (unstyled) el.shadowRoot!.adoptedStyleSheets = [];
    const rows = rowsOf(el).length;
    const count = el.count;

    let begin: number;
    // Three page changes (to page 2, 3, then back to 2), averaged: one is a few ms, as noisy as a timer.
    const pageButtons = () => el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="pagination"] button');
    let nextPage = 0;
    for (const forward of [true, true, false]) {
      await frame();
      begin = performance.now();
      const buttons = pageButtons();
      buttons[forward ? buttons.length - 1 : 0].click();
      await el.updateComplete;
      void document.body.offsetHeight;
      nextPage += (performance.now() - begin) / 3;
    }

    // Decisions in a row on the page's first request, averaged: each is two requests to the
    // server and a few ms of rendering, so that one alone varies by a third from run to run.
    let decision = 0;
    let decisionRequests: string[] = [];
    for (let made = 0; made < decisions && !Number.isNaN(decision); made++) {
      await frame();
      const shown = rowsOf(el);
      const id = shown[0].dataset.requestId;
      begin = performance.now();
      shown[0].querySelector<HTMLElement>('[part~="accept"]')!.click();
      let took = NaN;
      for (;;) {
        const now = rowsOf(el);
        if (now.length === shown.length && !now.some((r) => r.dataset.requestId === id) && enabled(now[0])) {
          void document.body.offsetHeight;
          took = performance.now() - begin;
          break;
        }
        if (performance.now() - begin > 20_000) break;
        await task();
      }
      decision += took / decisions;
      if (made === 0) {
        // What the first one fetched (and 200 ms after it, in case the element asks more later).
        await new Promise((resolve) => setTimeout(resolve, 200));
        decisionRequests = performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime >= begin)
          .map((e) => e.name);
      }
    }
    const figures = {
      answerToRow: answer ? firstRow - answer.responseEnd : NaN,
      parse,
      fromMemory,
      rows,
      count,
      nextPage,
      decision,
      rowsAfter: rowsOf(el).length,
      countAfter: el.count,
      decisionRequests,
    };
    el.remove();
    JSON.parse = jsonParse;
    return figures;
  })();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (x: number) => (Number.isNaN(x) ? '—' : `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`);

/** A fetched URL with its ids and query values left out, to compare what both sent. */
const shapeOf = (url: string) => {
  const { pathname, searchParams } = new URL(url);
  const path = pathname.replace(/\/[0-9a-f]{24}\//g, '/:id/').replace(/\/[0-9a-f-]{36}\//g, '/:uuid/');
  return `${path}${[...searchParams.keys()].length ? `?${[...searchParams.keys()].sort().join('&')}` : ''}`;
};

export async function benchPendingRequests({ backend, apiBase, apiKey, freshTab, row }: BenchContext): Promise<void> {
  const lit = await floorLit();
  const users = applicants(backend);
  const attrs = (org: string) => ({ 'api-base': apiBase, org, 'api-key': apiKey });
  /** How many requests of `org` the server has pending now. */
  const pending = (org: string) => backend.data.requests.filter((r) => r.org === org && r.status === 'pending').length;
  for (const [n, count] of SIZES.entries()) {
    const org = organizationWith(backend, users, count, n);
    const ours: Figures[] = [];
    const floor: Figures[] = [];
    const unstyled: Figures[] = [];
    const warnings = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const tab = await freshTab();
      await tab.addScriptTag({ content: lit, type: 'module' });
      await tab.waitForFunction(() => 'floorLit' in globalThis);
      await tab.evaluate(defineFloor);
      // Each decides on another request: the server's count is read before each, and no
      // URL (a preflight answer cached by the browser) is asked twice.
      const run = async (tag: string, into: Figures[]) => {
        const expected = pending(org);
        const figures = await tab.evaluate(measure, tag, attrs(org), DECISIONS, tag === 'pending-requests');
        if (figures.count !== expected || figures.countAfter !== expected - DECISIONS)
          warnings.add(`<${tag}> counted ${figures.count} then ${figures.countAfter}, the server had ${expected} pending`);
        into.push(figures);
      };
      // Each goes first in turn: neither always gets the warmer engine.
      if (round % 2) await run('pending-floor', floor);
      await run('pending-requests', ours);
      if (!(round % 2)) await run('pending-floor', floor);
      const [a, b] = [ours.at(-1)!, floor.at(-1)!];
      if (a.rows !== b.rows || a.rowsAfter !== b.rowsAfter)
        warnings.add(`the floor and the element disagree on the rows: ${b.rows}/${b.rowsAfter} and ${a.rows}/${a.rowsAfter}`);
      const [sentByOurs, sentByFloor] = [a.decisionRequests.map(shapeOf).join(' '), b.decisionRequests.map(shapeOf).join(' ')];
      if (sentByOurs !== sentByFloor)
        warnings.add(`one decision: the element fetched ${sentByOurs || 'nothing'}, the floor ${sentByFloor || 'nothing'}`);
      if (Number.isNaN(a.decision) || Number.isNaN(b.decision)) warnings.add('a decision did not replace its row within 20 s');
      await tab.close();
      // In a tab of its own, as the others: a list of 100,000 read twice before weighs on the third.
      const alone = await freshTab();
      unstyled.push(await alone.evaluate(measure, 'pending-requests', attrs(org), DECISIONS, false, true));
      await alone.close();
    }
    console.log(
      `\n<pending-requests> with ${count.toLocaleString('en')} pending requests (one answer from udata; median of ${ROUNDS} tabs; target: within 1.5× the floor)`,
    );
    for (const warning of warnings) console.warn(`  ${warning}`);
    const line = (label: string, key: 'answerToRow' | 'parse' | 'nextPage' | 'decision', of = ours) => {
      const [value, base] = [median(of.map((f) => f[key])), median(floor.map((f) => f[key]))];
      row(label, ms(value), `floor ${ms(base).padStart(7)}   ${(value / base).toFixed(1)}× floor`);
    };
    line('answer → first usable row', 'answerToRow');
    line('  of which JSON.parse of the answer', 'parse');
    row('list in memory → first usable row', ms(median(ours.map((f) => f.fromMemory))), 'a second element: no request, no parse');
    const [a, b] = [ours[0], floor[0]];
    row(
      'rows in the DOM',
      `${a.rows}`,
      `floor ${String(b.rows).padStart(7)}   of ${count.toLocaleString('en')}; bounded by the page size (20)`,
    );
    line('page change (average of 3)', 'nextPage');
    line(`decision (average of ${DECISIONS}): row replaced, laid out`, 'decision');
    row('rows in the DOM after it', `${a.rowsAfter}`, `floor ${String(b.rowsAfter).padStart(7)}`);
    line('  without its stylesheets: page change', 'nextPage', unstyled);
    line('  without its stylesheets: decision', 'decision', unstyled);
  }
}
