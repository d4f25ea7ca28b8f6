import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { Member } from '../../src/api/models.js';
import type { OrgMembers } from '../../src/components/org-members/org-members.js';
import { viewMembers, type SortDirection, type SortKey } from '../../src/components/org-members/members-view.js';
import { $, textOf, waitForText } from '../support/dom.js';
import { ORG_IDS, mountOnMock, useMockApi } from '../support/mock-api.js';

/**
 * Counts the comparisons a sort makes: the name and e-mail collator, and the dates parsed.
 * A table that sorts once per list and per order makes none on a keystroke or a page change.
 */
function countComparisons() {
  const collatorCompare = Object.getOwnPropertyDescriptor(Intl.Collator.prototype, 'compare')!;
  const parse = Date.parse;
  const counts = { compare: 0, parse: 0 };
  Object.defineProperty(Intl.Collator.prototype, 'compare', {
    ...collatorCompare,
    get(this: Intl.Collator) {
      const compare = collatorCompare.get!.call(this) as Intl.Collator['compare'];
      return (a: string, b: string) => (counts.compare++, compare(a, b));
    },
  });
  Date.parse = (text: string) => (counts.parse++, parse(text));
  const restore = () => {
    Object.defineProperty(Intl.Collator.prototype, 'compare', collatorCompare);
    Date.parse = parse;
  };
  const reset = () => Object.assign(counts, { compare: 0, parse: 0 });
  return { counts, reset, restore };
}

describe('<org-members>: sorting a large organization', () => {
  useMockApi();
  const names = (el: OrgMembers) => [...el.shadowRoot!.querySelectorAll('tbody th a')].map((a) => a.textContent!.trim());
  const headerButton = (el: OrgMembers, label: string) =>
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead button')].find((b) => b.textContent!.includes(label))!;
  const act = async (el: OrgMembers, action: () => void) => {
    action();
    await el.updateComplete;
  };
  const type = (el: OrgMembers, text: string) =>
    act(el, () => {
      const filter = $<HTMLInputElement>(el, '[part~="filter"]')!;
      filter.value = text;
      filter.dispatchEvent(new Event('input'));
    });
  const nextPage = (el: OrgMembers) =>
    act(el, () =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="pagination"] button')]
        .find((b) => b.textContent!.includes('suivante'))!
        .click(),
    );

  let spy: ReturnType<typeof countComparisons>;
  beforeEach(() => (spy = countComparisons()));
  afterEach(() => spy.restore());

  it('sorts once per list and order: typing, paging and turning an order around compare nothing again', async () => {
    const el = await mountOnMock<OrgMembers>('org-members', undefined, ORG_IDS.large);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 50, 'the first page');
    // One sort of 320 names on load, on an almost sorted list: a few comparisons per name (a
    // comparison sort from scratch makes about n·log2(n) ≈ 2,660, each render sorting again more).
    expect(spy.counts.compare)
      .to.be.greaterThan(0)
      .and.at.most(3 * 320);

    spy.reset();
    for (const text of ['e', 'el', 'elo', 'eloi', 'eloise']) await type(el, text);
    await waitForText(el, '22 membres sur 320');
    expect(names(el).every((name) => name.startsWith('Éloïse'))).to.equal(true);
    await type(el, '');
    await nextPage(el);
    await waitForText(el, 'Page 2 sur 7');
    await act(el, () => headerButton(el, 'Nom').click());
    expect(headerButton(el, 'Nom').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    await act(el, () => headerButton(el, 'Rôle').click());
    expect(el.shadowRoot!.querySelector('tbody tr')!.textContent).to.include('Administrateur');
    expect(spy.counts).to.deep.equal({ compare: 0, parse: 0 });

    await act(el, () => headerButton(el, 'Membre depuis').click());
    expect(spy.counts.parse, 'each date parsed once').to.equal(320);
    spy.reset();
    await act(el, () => headerButton(el, 'Membre depuis').click());
    for (const text of ['a', 'an']) await type(el, text);
    await type(el, '');
    await nextPage(el);
    expect(textOf(el)).to.include('Page 2 sur 7');
    expect(spy.counts).to.deep.equal({ compare: 0, parse: 0 });
  });
});

/**
 * The table's order as a plain sort would give it (each update sorted with this before the
 * order was worked out once per list). Names as shown: first name first.
 */
function referenceOrder(members: Member[], key: SortKey, direction: SortDirection): Member[] {
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  const ranks: Record<string, number> = { admin: 0, editor: 1, partial_editor: 2 };
  const value = (m: Member) => (key === 'since' ? m.since : key === 'lastLogin' ? m.user.last_login_at : m.user.email);
  const byName = (a: Member, b: Member) =>
    collator.compare(`${a.user.first_name} ${a.user.last_name}`, `${b.user.first_name} ${b.user.last_name}`);
  const compare = (a: Member, b: Member): number => {
    if (key === 'name') return byName(a, b);
    if (key === 'role') return (ranks[a.role] ?? 9) - (ranks[b.role] ?? 9) || byName(a, b);
    const [x, y] = [value(a), value(b)];
    if (!x || !y) return !x ? (!y ? 0 : 1) : -1;
    return key === 'email' ? collator.compare(x, y) : Date.parse(x) - Date.parse(y);
  };
  const unknown = (m: Member) => key !== 'name' && key !== 'role' && !value(m);
  const sign = direction === 'ascending' ? 1 : -1;
  return [...members].sort((a, b) => (unknown(a) || unknown(b) ? compare(a, b) : sign * compare(a, b)));
}

describe('members-view: sorting by name follows the name as shown', () => {
  const member = (id: string, first_name: string, last_name: string): Member => ({
    user: { id, first_name, last_name, slug: id },
    role: 'editor',
  });
  const shown = (members: Member[], direction: SortDirection) =>
    viewMembers(members, { text: '', role: '', sort: 'name', direction, page: 1, pageSize: 50 }).rows.map(
      (m) => `${m.user.first_name} ${m.user.last_name}`.trim() || '(no name)',
    );

  it('first name first, ignoring accents and case as French does; a member without a name last', () => {
    const members = [
      member('a', 'émile', 'Abel'),
      member('b', '', ''),
      member('c', 'Adam', 'Zola'),
      member('d', 'Éloïse', 'Martin'),
      member('e', 'Eloise', 'Durand'),
      member('f', 'Œdipe', 'Roi'),
      member('g', 'Odile', 'Blanc'),
    ];
    expect(shown(members, 'ascending')).to.deep.equal([
      'Adam Zola',
      'Eloise Durand',
      'Éloïse Martin',
      'émile Abel',
      'Odile Blanc',
      'Œdipe Roi',
      '(no name)',
    ]);
    expect(shown(members, 'descending')).to.deep.equal([
      'Œdipe Roi',
      'Odile Blanc',
      'émile Abel',
      'Éloïse Martin',
      'Eloise Durand',
      'Adam Zola',
      '(no name)',
    ]);
    const byRole = viewMembers(members, { text: '', role: '', sort: 'role', direction: 'ascending', page: 1, pageSize: 50 });
    expect(byRole.rows.map((m) => m.user.id)).to.deep.equal(['c', 'e', 'd', 'a', 'g', 'f', 'b']);
  });
});

describe('members-view: the same order as a plain sort', () => {
  const first = ['Éloïse', 'eloise', 'Zoé', 'Théo', 'Noël', 'Ana', 'Ana', 'Łukasz', 'Ærwen', 'ÉLOÏSE'];
  const last = ['Martin', 'Membre 2', 'Membre 10', "L'Hôte", 'Le Goff', 'Nguyễn', 'Martin', 'de la Tour', 'Æther', 'Ōta'];
  const members: Member[] = Array.from({ length: 240 }, (_, i) => ({
    user: {
      id: `u${i}`,
      first_name: first[(i * 7) % first.length],
      last_name: `${last[(i * 3) % last.length]}${i % 5 ? '' : ` ${i % 17}`}`,
      slug: `u${i}`,
      email: i % 6 ? `${first[i % first.length].toLowerCase()}.${i % 13}@example.org` : null,
      last_login_at: i % 4 ? new Date(Date.UTC(2025, 0, 1 + (i % 11))).toISOString() : null,
    },
    role: (['admin', 'editor', 'editor', 'partial_editor', 'owner'] as const)[i % 5] as Member['role'],
    since: i % 9 ? new Date(Date.UTC(2020, 0, 1 + (i % 23))).toISOString() : undefined,
  }));

  for (const key of ['name', 'role', 'since', 'email', 'lastLogin'] as const) {
    for (const direction of ['ascending', 'descending'] as const) {
      it(`${key}, ${direction}, with ties and unknown values`, () => {
        const query = { text: '', role: '' as const, sort: key, direction, page: 1, pageSize: members.length };
        const ids = (list: Member[]) => list.map((m) => m.user.id);
        expect(ids(viewMembers(members, query).rows)).to.deep.equal(ids(referenceOrder(members, key, direction)));
        const folded = (m: Member) =>
          m.user.first_name
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase();
        const eloise = referenceOrder(members, key, direction).filter((m) => folded(m).startsWith('eloi'));
        expect(eloise).to.have.length.greaterThan(20);
        expect(ids(viewMembers(members, { ...query, text: ' ELOÏ ' }).rows)).to.deep.equal(ids(eloise));
        const editors = viewMembers(members, { ...query, text: 'eloi', role: 'editor' }).rows;
        expect(ids(editors)).to.deep.equal(ids(eloise.filter((m) => m.role === 'editor')));
      });
    }
  }
});
