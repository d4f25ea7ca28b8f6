import type { Member, MemberRole } from '../../api/models.js';
import { fold } from '../../internal/users.js';

export type SortKey = 'name' | 'role' | 'since';
export type SortDirection = 'ascending' | 'descending';

export interface MembersQuery {
  text: string;
  role: MemberRole | '';
  sort: SortKey;
  direction: SortDirection;
  page: number;
  pageSize: number;
}

export interface MembersPage {
  rows: Member[];
  /** Members matching the filters, all pages together. */
  matching: number;
  page: number;
  pages: number;
}

const ROLE_ORDER: Record<string, number> = { admin: 0, editor: 1, partial_editor: 2 };

/** Folded names, computed once per members array (a large organization filters on each key). */
const searchKeys = new WeakMap<Member[], string[]>();

function keysOf(members: Member[]): string[] {
  let keys = searchKeys.get(members);
  if (!keys) {
    keys = members.map((m) => fold(`${m.user.first_name} ${m.user.last_name}`));
    searchKeys.set(members, keys);
  }
  return keys;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function compare(a: Member, b: Member, key: SortKey): number {
  if (key === 'role') return (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || compare(a, b, 'name');
  if (key === 'since') {
    // Unknown dates go last whatever the direction's sign.
    const at = a.since ? Date.parse(a.since) : Number.NaN;
    const bt = b.since ? Date.parse(b.since) : Number.NaN;
    if (Number.isNaN(at) || Number.isNaN(bt)) return Number.isNaN(at) ? (Number.isNaN(bt) ? 0 : 1) : -1;
    return at - bt;
  }
  return collator.compare(`${a.user.last_name} ${a.user.first_name}`, `${b.user.last_name} ${b.user.first_name}`);
}

/** Filters (name ignoring case and accents, role), sorts and cuts one page of members. */
export function viewMembers(members: Member[], query: MembersQuery): MembersPage {
  const needle = fold(query.text.trim());
  const keys = keysOf(members);
  const matching = members.filter((m, i) => (!needle || keys[i].includes(needle)) && (!query.role || m.role === query.role));
  const sign = query.direction === 'ascending' ? 1 : -1;
  matching.sort((a, b) => {
    const order = compare(a, b, query.sort);
    // Keep unknown dates at the end in both directions.
    if (query.sort === 'since' && (!a.since || !b.since)) return order;
    return sign * order;
  });
  const pages = Math.max(1, Math.ceil(matching.length / query.pageSize));
  const page = Math.min(Math.max(1, query.page), pages);
  const start = (page - 1) * query.pageSize;
  return { rows: matching.slice(start, start + query.pageSize), matching: matching.length, page, pages };
}
