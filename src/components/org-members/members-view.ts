import type { Member, MemberRole, Organization } from '../../api/models.js';
import { ownEntry } from '../../internal/lookup.js';
import { fold, fullName } from '../../internal/users.js';
import { isLastAdmin } from '../../permissions/permissions.js';

import type { SortDirection } from '../../internal/sortable-header.js';

export type { SortDirection };
export type SortKey = 'name' | 'role' | 'since' | 'email' | 'lastLogin';

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
const roleOrder = (role: string) => ownEntry(ROLE_ORDER, role) ?? 9;

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Letters that folding keeps but the collator reads as others. */
const SPELLED_OUT: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

/**
 * A cheap guess at the collator's order from a folded text (ligatures spelled out, numbers by
 * length first), to presort with: the collator, which decides, then checks the order in one
 * pass. A wrong guess costs a sort by the collator, never a different order.
 */
function roughKey(folded: string): string {
  let key = folded;
  if (/[^\x00-\x7f]/.test(key)) key = key.replace(/[œæßøłđ]/g, (letter) => SPELLED_OUT[letter]);
  return /\d/.test(key) ? key.replace(/\d+/g, (digits) => String.fromCharCode(0x30 + Math.min(digits.length, 9)) + digits) : key;
}

/**
 * Each text's rank in the collator's ascending order (equal texts share a rank), -1 for an
 * unknown one. Sorted on the rough keys, then checked by the collator in one pass; only a
 * list the guess got wrong is sorted by the collator (ties by position: the stable order).
 */
function textRanks(texts: Array<string | undefined>, rough: Array<string | undefined>): Int32Array {
  const ranks = new Int32Array(texts.length).fill(-1);
  const known: number[] = [];
  texts.forEach((text, i) => text !== undefined && known.push(i));
  known.sort((a, b) => (rough[a]! < rough[b]! ? -1 : rough[a]! > rough[b]! ? 1 : a - b));
  for (let attempt = 0; attempt < 2; attempt++) {
    let rank = 0;
    let sorted = true;
    for (let j = 0; j < known.length && sorted; j++) {
      const order = j ? collator.compare(texts[known[j - 1]]!, texts[known[j]]!) : 0;
      sorted = order < 0 || (order === 0 && (j === 0 || known[j - 1] < known[j]));
      if (order < 0) rank++;
      ranks[known[j]] = rank;
    }
    if (sorted) break;
    known.sort((a, b) => collator.compare(texts[a]!, texts[b]!) || a - b);
  }
  return ranks;
}

/** Member indexes in order of `ranks`, descending or not; unknown (-1) last either way, ties in list order. */
function orderOf(ranks: Int32Array, descending: boolean): Int32Array {
  const n = ranks.length;
  let top = 0;
  for (const rank of ranks) top = Math.max(top, rank);
  // One number per member, rank then position: a typed array sorts it with no comparator call.
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const rank = ranks[i] < 0 ? top + 1 : descending ? top - ranks[i] : ranks[i];
    packed[i] = rank * n + i;
  }
  packed.sort();
  const order = new Int32Array(n);
  for (let j = 0; j < n; j++) order[j] = packed[j] % n;
  return order;
}

/** A date's time, NaN when there is none or it cannot be read. */
const timeOf = (value: string | null | undefined) => (value ? Date.parse(value) : NaN);

/** A 64-bit key's low word comes first in memory (as on every engine this runs on; checked). */
const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * Member indexes in order of their times, descending or not; unknown (NaN) last either way, ties
 * in list order. Each member becomes one 64-bit key, the time above (from the earliest, or the
 * latest when descending) and the position below, which a typed array sorts natively: no rank
 * per distinct time, no comparator call (50,000 dates: ~15 ms in a fresh tab, where ranks then
 * their order took ~40 ms). A list that does not fit the key (over 2^20 members, times centuries
 * apart, no BigUint64Array) is sorted with a comparator.
 */
function timeOrder(times: Float64Array, descending: boolean): Int32Array {
  const n = times.length;
  let min = Infinity;
  let max = -Infinity;
  // NaN compares false: the known times only.
  for (const time of times) {
    if (time < min) min = time;
    if (time > max) max = time;
  }
  if (typeof BigUint64Array !== 'function' || !littleEndian || n > 2 ** 20 || max - min >= 2 ** 43) {
    const unknown = (i: number) => (Number.isNaN(times[i]) ? 1 : 0);
    const sign = descending ? -1 : 1;
    return Int32Array.from(times.keys()).sort((a, b) => unknown(a) - unknown(b) || sign * (times[a] - times[b]) || a - b);
  }
  const keys = new BigUint64Array(n);
  const words = new Uint32Array(keys.buffer);
  for (let i = 0; i < n; i++) {
    // Whole milliseconds below 2^43: 31 bits in the high word, 12 in the low one above the position's 20.
    const from = descending ? max - times[i] : times[i] - min;
    const known = !Number.isNaN(from);
    words[2 * i + 1] = known ? Math.floor(from / 4096) : 0xffffffff;
    words[2 * i] = (known ? (from % 4096) * 2 ** 20 : 0) + i;
  }
  keys.sort();
  const order = new Int32Array(n);
  for (let j = 0; j < n; j++) order[j] = words[2 * j] & 0xfffff;
  return order;
}

/**
 * What is worked out once per members list (the session replaces the list on each change): the
 * folded names, the ranks of each sort key, each order asked for, the last filter's result.
 */
class MembersIndex {
  /** `fold("first last")` of each member, what the filter looks in. */
  private readonly searchKeys: string[];
  /** The name as shown ("first last"), undefined for a member without one (sorted last). */
  private readonly names: Array<string | undefined>;
  /** The same folded, to presort the names with. */
  private readonly roughNames: Array<string | undefined>;
  private readonly ranks = new Map<SortKey, Int32Array>();
  private readonly times = new Map<SortKey, Float64Array>();
  private readonly orders = new Map<string, Int32Array>();
  private lastFilter?: { order: Int32Array; needle: string; role: string; matching: Int32Array };

  constructor(readonly members: Member[]) {
    // fold("first last") is fold("first") + " " + fold("last"), as a space changes nothing
    // around it; so are the rough keys. Names repeat (first names above all): each is folded once.
    const parts = new Map<string, { folded: string; rough: string }>();
    const partOf = (name: unknown) => {
      const text = typeof name === 'string' ? name : '';
      let part = parts.get(text);
      if (!part) {
        const folded = /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : fold(text);
        parts.set(text, (part = { folded, rough: roughKey(folded) }));
      }
      return part;
    };
    const first = members.map((m) => partOf(m.user.first_name));
    const last = members.map((m) => partOf(m.user.last_name));
    this.searchKeys = first.map((name, i) => `${name.folded} ${last[i].folded}`);
    // Sorted by what the table shows: the full name, first name first (`fullName`).
    this.names = members.map((m) => fullName(m.user, '') || undefined);
    this.roughNames = first.map((name, i) =>
      name.rough && last[i].rough ? `${name.rough} ${last[i].rough}` : name.rough || last[i].rough || undefined,
    );
  }

  private ranksFor(key: 'name' | 'role' | 'email'): Int32Array {
    let ranks = this.ranks.get(key);
    if (ranks) return ranks;
    const members = this.members;
    if (key === 'role') {
      // Role, then name (a member without one last of their role): one number per member.
      const names = this.ranksFor('name');
      let span = 0;
      for (const rank of names) span = Math.max(span, rank + 2);
      ranks = Int32Array.from(members, (m, i) => roleOrder(m.role) * span + (names[i] < 0 ? span - 1 : names[i]));
    } else if (key === 'name') {
      ranks = textRanks(this.names, this.roughNames);
    } else {
      const emails = members.map((m) => m.user.email || undefined);
      ranks = textRanks(
        emails,
        emails.map((email) => email && roughKey(fold(email))),
      );
    }
    this.ranks.set(key, ranks);
    return ranks;
  }

  /** Each member's time for a date key, read once per list (both directions sort the same times). */
  private timesFor(key: 'since' | 'lastLogin'): Float64Array {
    let times = this.times.get(key);
    if (!times) {
      const members = this.members;
      times = new Float64Array(members.length);
      for (let i = 0; i < members.length; i++)
        times[i] = timeOf(key === 'since' ? members[i].since : members[i].user.last_login_at);
      this.times.set(key, times);
    }
    return times;
  }

  /** Member indexes in the table's order. */
  order(key: SortKey, direction: SortDirection): Int32Array {
    const id = `${key} ${direction}`;
    let order = this.orders.get(id);
    if (!order) {
      const descending = direction === 'descending';
      order =
        key === 'since' || key === 'lastLogin'
          ? timeOrder(this.timesFor(key), descending)
          : orderOf(this.ranksFor(key), descending);
      this.orders.set(id, order);
    }
    return order;
  }

  /** The indexes of `order` whose member matches; filtering keeps the order. */
  filter(order: Int32Array, needle: string, role: string): Int32Array {
    if (!needle && !role) return order;
    const last = this.lastFilter?.order === order && this.lastFilter.role === role ? this.lastFilter : undefined;
    if (last?.needle === needle) return last.matching;
    // A longer text (a keystroke more) only keeps some of the last matches.
    const from = last && needle.includes(last.needle) ? last.matching : order;
    const { members, searchKeys } = this;
    const matching = new Int32Array(from.length);
    let count = 0;
    for (const i of from) {
      if ((!needle || searchKeys[i].includes(needle)) && (!role || members[i].role === role)) matching[count++] = i;
    }
    this.lastFilter = { order, needle, role, matching: matching.slice(0, count) };
    return this.lastFilter.matching;
  }
}

const indexes = new WeakMap<Member[], MembersIndex>();

function indexOf(members: Member[]): MembersIndex {
  let index = indexes.get(members);
  if (!index) indexes.set(members, (index = new MembersIndex(members)));
  return index;
}

/** Filters (name ignoring case and accents, role), sorts and cuts one page of members. */
export function viewMembers(members: Member[], query: MembersQuery): MembersPage {
  const index = indexOf(members);
  const order = index.order(query.sort, query.direction);
  const matching = index.filter(order, fold(query.text.trim()), query.role);
  const pages = Math.max(1, Math.ceil(matching.length / query.pageSize));
  const page = Math.min(Math.max(1, query.page), pages);
  const start = (page - 1) * query.pageSize;
  const rows = Array.from(matching.subarray(start, start + query.pageSize), (i) => members[i]);
  return { rows, matching: matching.length, page, pages };
}

const soleAdmins = new WeakMap<Member[], string | null>();

/** The id of the organization's only admin (who can be neither demoted nor removed), if it has only one; once per members list. */
export function lastAdminOf(org: Organization): string | null {
  let id = soleAdmins.get(org.members);
  if (id === undefined) {
    const candidate = org.members.find((m) => m.role === 'admin')?.user.id;
    id = candidate !== undefined && isLastAdmin(org, candidate) ? candidate : null;
    soleAdmins.set(org.members, id);
  }
  return id;
}
