import type { Member, MemberRole } from '../../api/models.js';
import { fold } from '../../internal/users.js';

export type SortKey = 'name' | 'role' | 'since' | 'email' | 'lastLogin';
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

/** The value a member is sorted on for a key that may be unknown (a date, an e-mail). */
function optionalValue(m: Member, key: SortKey): string | null | undefined {
  if (key === 'since') return m.since;
  if (key === 'lastLogin') return m.user.last_login_at;
  if (key === 'email') return m.user.email;
  return undefined;
}

function compare(a: Member, b: Member, key: SortKey): number {
  if (key === 'role') return (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || compare(a, b, 'name');
  if (key !== 'name') {
    // Unknown values go last whatever the direction's sign.
    const [x, y] = [optionalValue(a, key), optionalValue(b, key)];
    const [at, bt] = key === 'email' ? [x ? 0 : NaN, y ? 0 : NaN] : [x ? Date.parse(x) : NaN, y ? Date.parse(y) : NaN];
    if (Number.isNaN(at) || Number.isNaN(bt)) return Number.isNaN(at) ? (Number.isNaN(bt) ? 0 : 1) : -1;
    return key === 'email' ? collator.compare(x!, y!) : at - bt;
  }
  return collator.compare(`${a.user.last_name} ${a.user.first_name}`, `${b.user.last_name} ${b.user.first_name}`);
}

/** Whether a member has no value for a key that may be unknown (it then sorts last). */
const unknown = (m: Member, key: SortKey) => key !== 'name' && key !== 'role' && !optionalValue(m, key);

/** Filters (name ignoring case and accents, role), sorts and cuts one page of members. */
export function viewMembers(members: Member[], query: MembersQuery): MembersPage {
  const needle = fold(query.text.trim());
  const keys = keysOf(members);
  const matching = members.filter((m, i) => (!needle || keys[i].includes(needle)) && (!query.role || m.role === query.role));
  const sign = query.direction === 'ascending' ? 1 : -1;
  matching.sort((a, b) => {
    const order = compare(a, b, query.sort);
    // Keep unknown values at the end in both directions.
    if (unknown(a, query.sort) || unknown(b, query.sort)) return order;
    return sign * order;
  });
  const pages = Math.max(1, Math.ceil(matching.length / query.pageSize));
  const page = Math.min(Math.max(1, query.page), pages);
  const start = (page - 1) * query.pageSize;
  return { rows: matching.slice(start, start + query.pageSize), matching: matching.length, page, pages };
}
