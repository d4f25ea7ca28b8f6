/**
 * `<org-members>` with 1,000, 10,000 and 50,000 members next to its floor: a plain Lit table
 * doing the same job on the same JSON, in the same page (a sort on a precomputed key, a filter
 * with `includes` on precomputed lowercased keys, accents folded so that both find the same
 * members, one page of 50 rows in a <table>). Figures only, printed by `npm run bench`: first
 * render, a filter keystroke, a sort, a page change, each with its ratio to the floor.
 */
import { floorLit } from './bundle-source.js';
import type { Page } from 'puppeteer-core';
import type { MockUdata } from '../mocks/backend.js';
import { oid, ORG_SLUGS } from '../mocks/seed.js';

export interface MembersBenchContext {
  backend: MockUdata;
  apiBase: string;
  freshTab: () => Promise<Page>;
  row: (label: string, value: string, target?: string) => void;
}

const FIRST = 'Éloïse|Jérôme|Maëlys|Noël|Hélène|Loïc|Chloé|Raphaël|Inès|Benoît|Léa|Cécile|Anne|Paul|Zoé|Yann'.split('|');
const LAST = "Dubois|Lefèvre|Nguyễn|D'Aubigné|Da Silva|Bœuf|Lemaître|Müller|Le Goff|Østergaard".split('|');
const SYLLABLES = 'ba|bé|ca|ché|dou|fa|gué|la|lè|ma|mo|na|pe|ra|ri|ro|sa|ti|va|zé'.split('|');
const SIZES = [1_000, 10_000, 50_000];
/** Fresh tabs per size; each figure is the median of the rounds. */
const ROUNDS = 5;
const TYPED = ['e', 'el', 'elo', 'eloi', 'elois', 'eloise', 'eloise ', 'eloise m', 'eloise ma', 'eloise mar'];

/** A copy of the large organization with `count` members in no particular order (as udata sends them). */
function organizationWith(backend: MockUdata, count: number, n: number): string {
  const id = oid('0a', 300 + n);
  let seed = 7 + n;
  const next = () => (seed = (seed * 48_271) % 2_147_483_647);
  const pick = <T>(list: T[]) => list[next() % list.length];
  const made = () => {
    const name = Array.from({ length: 2 + (next() % 2) }, () => pick(SYLLABLES)).join('');
    return name[0].toUpperCase() + name.slice(1);
  };
  // Made-up names (a few thousand, as many repeat in a large organization), some real ones.
  const lastName = () => (next() % 10 ? made() : pick(LAST));
  const day = 86_400_000;
  backend.data.organizations.push({
    ...backend.organization(ORG_SLUGS.large)!,
    id,
    slug: `membres-${count}`,
    members: Array.from({ length: count }, (_, i) => ({
      user: {
        id: oid('1f', n * 100_000 + i + 1),
        first_name: pick(FIRST),
        last_name: i % 6 ? lastName() : `${lastName()}-${lastName()}`,
        slug: `membre-${n}-${i + 1}`,
      },
      role: i % 500 === 0 ? ('admin' as const) : i % 7 === 0 ? ('partial_editor' as const) : ('editor' as const),
      since: i % 20 === 0 ? null : new Date(Date.UTC(2012, 0, 1) + (next() % 5000) * day).toISOString(),
    })),
  });
  return id;
}

/** In the page: defines `<members-floor src>`, the floor (same columns, same controls, same parts). */
function defineFloor() {
  type Lit = typeof import('lit');
  const { LitElement, html } = (globalThis as unknown as { floorLit: Pick<Lit, 'LitElement' | 'html'> }).floorLit;
  interface Member {
    user: { first_name: string; last_name: string; slug: string };
    role: string;
    since: string | null;
  }
  interface Row {
    member: Member;
    name: string;
    search: string;
    since: number;
    role: number;
  }
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const dates = new Intl.DateTimeFormat('fr', { dateStyle: 'long' });
  const labels: Record<string, string> = { admin: 'Administrateur', editor: 'Éditeur', partial_editor: 'Éditeur partiel' };
  const ranks: Record<string, number> = { admin: 0, editor: 1, partial_editor: 2 };
  class MembersFloor extends LitElement {
    static override properties = {
      rows: { state: true },
      text: { state: true },
      sort: { state: true },
      descending: { state: true },
      page: { state: true },
    };
    declare rows: Row[];
    declare text: string;
    declare sort: 'name' | 'role' | 'since';
    declare descending: boolean;
    declare page: number;
    declare sorted?: { sort: string; descending: boolean; rows: Row[] };
    constructor() {
      super();
      Object.assign(this, { rows: [], text: '', sort: 'name', descending: false, page: 1 });
    }
    override connectedCallback() {
      super.connectedCallback();
      void fetch(this.getAttribute('src')!, { cache: 'no-store' })
        .then((response) => response.json())
        .then((org: { members: Member[] }) => {
          this.rows = org.members.map((member) => ({
            member,
            name: fold(`${member.user.first_name} ${member.user.last_name}`),
            search: fold(`${member.user.first_name} ${member.user.last_name}`),
            since: member.since ? Date.parse(member.since) : Infinity,
            role: ranks[member.role] ?? 9,
          }));
        });
    }
    private inOrder(): Row[] {
      const { sort, descending } = this;
      if (this.sorted?.rows.length === this.rows.length && this.sorted.sort === sort && this.sorted.descending === descending)
        return this.sorted.rows;
      const sign = descending ? -1 : 1;
      const byName = (a: Row, b: Row) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      const rows = [...this.rows].sort((a, b) => {
        if (sort === 'since')
          return a.since === Infinity || b.since === Infinity ? a.since - b.since || 0 : sign * (a.since - b.since);
        return sign * (sort === 'role' ? a.role - b.role || byName(a, b) : byName(a, b));
      });
      this.sorted = { sort, descending, rows };
      return rows;
    }
    private sortBy(sort: 'name' | 'role' | 'since') {
      this.descending = this.sort === sort && !this.descending;
      this.sort = sort;
      this.page = 1;
    }
    override render() {
      const needle = fold(this.text.trim());
      const matching = needle ? this.inOrder().filter((r) => r.search.includes(needle)) : this.inOrder();
      const pages = Math.max(1, Math.ceil(matching.length / 50));
      const page = Math.min(this.page, pages);
      const header = (sort: 'name' | 'role' | 'since', label: string) =>
        html`<th scope="col"><button type="button" @click=${() => this.sortBy(sort)}>${label}</button></th>`;
      return html`<input
          part="filter"
          type="search"
          aria-label="Filtrer"
          .value=${this.text}
          @input=${(e: Event) => ((this.text = (e.target as HTMLInputElement).value), (this.page = 1))}
        />
        <p>${matching.length} membres sur ${this.rows.length}</p>
        <table>
          <thead>
            <tr>
              ${header('name', 'Nom')}${header('role', 'Rôle')}${header('since', 'Membre depuis')}
            </tr>
          </thead>
          <tbody>
            ${matching.slice((page - 1) * 50, page * 50).map(
              ({ member: { user, role }, since }) =>
                html`<tr>
                  <th scope="row">
                    <span aria-hidden="true">${user.first_name[0]}${user.last_name[0]}</span>
                    <a href=${`/users/${user.slug}/`}>${user.first_name} ${user.last_name}</a>
                  </th>
                  <td>${labels[role] ?? role}</td>
                  <td>${since === Infinity ? 'Date inconnue' : dates.format(since)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        <nav>
          Page ${page} sur ${pages}
          ${page < pages ? html`<button type="button" @click=${() => (this.page = page + 1)}>Page suivante</button>` : ''}
        </nav>`;
    }
  }
  customElements.define('members-floor', MembersFloor);
}

interface Figures {
  firstRender: number;
  answerToRow: number;
  keystroke: number;
  matches: number[];
  sortByDate: number;
  sortAgain: number;
  nextPage: number;
}

/**
 * In the page: mounts `tag`, times its first row, then a user's filter, sort and page actions;
 * with `unstyled`, those actions once its stylesheets are taken away (what its design costs).
 */
function measure(
  tag: string,
  attrs: Record<string, string>,
  orgPath: string,
  typed: string[],
  unstyled = false,
): Promise<Figures> {
  type Measured = HTMLElement & { updateComplete: Promise<unknown> };
  return (async () => {
    await customElements.whenDefined(tag);
    const el = document.createElement(tag) as Measured;
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    const channel = new MessageChannel();
    const task = () => new Promise((resolve) => ((channel.port1.onmessage = resolve), channel.port2.postMessage(null)));
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const $ = (selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector);
    const button = (text: string, within: string) =>
      Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>(`${within} button`)).find((b) =>
        b.textContent!.includes(text),
      )!;
    /** Milliseconds from `action` to its result laid out. */
    const time = async (action: () => void) => {
      await frame();
      const start = performance.now();
      action();
      await el.updateComplete;
      void document.body.offsetHeight;
      return performance.now() - start;
    };
    const start = performance.now();
    document.body.append(el);
    while (!$('tbody tr')) await task();
    void document.body.offsetHeight;
    const firstRow = performance.now();
    const answer = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith(orgPath) && entry.startTime >= start)
      .at(-1) as PerformanceResourceTiming | undefined;
    if (unstyled) el.shadowRoot!.adoptedStyleSheets = [];
    const input = $('[part~="filter"]') as HTMLInputElement;
    const type = (value: string) => () => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const keystrokes: number[] = [];
    const matches: number[] = [];
    for (const value of typed) {
      keystrokes.push(await time(type(value)));
      matches.push(el.shadowRoot!.querySelectorAll('tbody tr').length);
    }
    await time(type(''));
    const sortByDate = await time(() => button('Membre depuis', 'thead').click());
    const sortAgain = await time(() => button('Membre depuis', 'thead').click());
    const pages: number[] = [];
    for (let i = 0; i < 3; i++) pages.push(await time(() => button('suivante', 'nav').click()));
    el.remove();
    const average = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
    return {
      firstRender: firstRow - start,
      answerToRow: answer ? firstRow - answer.responseEnd : NaN,
      keystroke: average(keystrokes),
      matches,
      sortByDate,
      sortAgain,
      nextPage: average(pages),
    };
  })();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchMembers({ backend, apiBase, freshTab, row }: MembersBenchContext): Promise<void> {
  const lit = await floorLit();
  for (const [n, count] of SIZES.entries()) {
    const org = organizationWith(backend, count, n);
    const orgPath = `/organizations/${org}/`;
    const ours: Figures[] = [];
    const floor: Figures[] = [];
    const unstyled: Figures[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const tab = await freshTab();
      await tab.addScriptTag({ content: lit, type: 'module' });
      await tab.waitForFunction(() => 'floorLit' in globalThis);
      await tab.evaluate(defineFloor);
      const element = () => tab.evaluate(measure, 'org-members', { 'api-base': apiBase, org }, orgPath, TYPED);
      const plain = () => tab.evaluate(measure, 'members-floor', { src: `${apiBase}organizations/${org}/` }, orgPath, TYPED);
      // Each goes first in turn: neither always gets the warmer engine.
      if (round % 2) floor.push(await plain());
      ours.push(await element());
      if (!(round % 2)) floor.push(await plain());
      unstyled.push(await tab.evaluate(measure, 'org-members', { 'api-base': apiBase, org }, orgPath, TYPED, true));
      if (ours.at(-1)!.matches.join() !== floor.at(-1)!.matches.join())
        console.warn('  the floor and the element disagree on the rows');
      await tab.close();
    }
    console.log(
      `\n<org-members> with ${count.toLocaleString('en')} members (median of ${ROUNDS} tabs; target: within 1.5× the floor)`,
    );
    const line = (label: string, key: Exclude<keyof Figures, 'matches'>, of = ours) => {
      const [value, base] = [median(of.map((f) => f[key])), median(floor.map((f) => f[key]))];
      const ms = (x: number) => `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`;
      row(label, ms(value), `floor ${ms(base).padStart(7)}   ${(value / base).toFixed(1)}× floor`);
    };
    line('first render (insertion → first row laid out)', 'firstRender');
    line('  of which from the answer (JSON parse included)', 'answerToRow');
    line(`filter keystroke (average of ${TYPED.length})`, 'keystroke');
    line('sort: first click on « Membre depuis »', 'sortByDate');
    line('sort: same header again (descending)', 'sortAgain');
    line('page change (average of 3)', 'nextPage');
    // The floor is an unstyled table: the same element without its stylesheets tells what the
    // code costs apart from the design (borders, avatars, the sticky column laid out).
    line('  without its stylesheets: keystroke', 'keystroke', unstyled);
    line('  without its stylesheets: page change', 'nextPage', unstyled);
  }
}
