import type { CurrentUser, Member, MembershipRequest, OrgInvitation, Organization, Page, UserSuggestion } from './models.js';

/**
 * What the client accepts from udata, checked where it receives it: a body of an unexpected
 * shape (`{}` where a page is expected, `null` members, a number for a name) fails as an
 * unreadable answer of the one request, so the element or section that asked says so and the
 * others keep working; nothing of the wrong shape ever reaches a `render()`. Only what the
 * elements read is checked: required fields must have their kind, optional ones of another
 * kind are dropped (a list becomes empty), never trusted.
 *
 * Here: the rules and what every tag reads; the shapes that one tag's endpoints read are
 * beside those endpoints (`dashboard.ts`, `assignments.ts`, `members.ts`).
 */

/** Checks (and normalizes, in place: the value is freshly parsed JSON) one value. */
export type Check<T> = (value: unknown) => T;

/**
 * A field's rule: `id` (string or number, as a string), `text`, `number`, `bool`, `list`
 * (an array), `record` (an object), each optional with a `?` (dropped when of another kind,
 * a list becoming `[]`), or a check of its own.
 */
type Rule = 'id' | 'text' | 'text?' | 'number?' | 'bool?' | 'list?' | 'record?' | Check<unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const KINDS: Record<string, (v: unknown) => boolean> = {
  id: (v) => typeof v === 'string' || typeof v === 'number',
  text: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  bool: (v) => typeof v === 'boolean',
  list: Array.isArray,
  record: isRecord,
};

/** No path is built for an answer that fits: a list of 100,000 requests is checked in one pass. */
function expect(ok: boolean, kind: string, key = ''): void {
  if (!ok) throw new Error(`${kind} expected ${key}`);
}

/**
 * An object with these fields, and these optional ones of one kind (`'text?'`, space-separated
 * names); other fields are kept as sent.
 */
export function shape<T>(rules: Record<string, Rule>, optional: Record<string, string> = {}): Check<T> {
  const entries = Object.entries(rules);
  for (const [rule, names] of Object.entries(optional)) for (const name of names.split(' ')) entries.push([name, rule as Rule]);
  // Compiled once: [name, check of its own | test of its kind, optional, kind].
  const fields = entries.map(([name, rule]) => {
    const kind = typeof rule === 'function' ? '' : rule.replace('?', '');
    return [name, typeof rule === 'function' ? rule : KINDS[kind], typeof rule === 'string' && rule !== kind, kind] as const;
  });
  return (value) => {
    expect(isRecord(value), 'record');
    const result = value as Record<string, unknown>;
    // Read by index: destructuring each field's tuple went through the iterator protocol, once
    // per field of every member of a large organization, mostly before the engine optimized it.
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      const name = field[0];
      const test = field[1];
      const kind = field[3];
      const given = result[name];
      if (!kind) result[name] = test(given);
      else if (test(given)) {
        if (kind === 'id') result[name] = String(given);
      } else if (field[2]) result[name] = kind === 'list' ? [] : undefined;
      else expect(false, kind, name);
    }
    return result as T;
  };
}

export const list =
  <T>(item: Check<T>): Check<T[]> =>
  (value) => {
    expect(Array.isArray(value), 'list');
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) items[i] = item(items[i]);
    return items as T[];
  };

/** An optional nested object: checked when present, null when absent. */
export const maybe =
  <T>(check: Check<T>): Check<T | null> =>
  (value) =>
    value === null || value === undefined ? null : check(value);

/** Optional, and of its shape when present: anything else is dropped (undefined). */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value) => {
    try {
      return check(value);
    } catch {
      return undefined;
    }
  };

/** Badges udata may add later are kept; anything that is not `{ kind: string }` is dropped. */
const badges: Check<Array<{ kind: string }>> = (value) =>
  Array.isArray(value) ? value.filter((b): b is { kind: string } => isRecord(b) && typeof b.kind === 'string') : [];

/** Every field of a person that an element shows (name, page, avatar, private fields). */
const PERSON = { 'text?': 'first_name last_name slug page avatar avatar_thumbnail avatar_url email last_login_at' };

export const user = shape<UserSuggestion>({ id: 'id' }, PERSON);
export const member = /* @__PURE__ */ shape<Member>({ user, role: 'text' }, { 'text?': 'since' });
export const organization = /* @__PURE__ */ shape<Organization>(
  {
    id: 'id',
    name: 'text',
    members: list(member),
    badges,
    metrics: optional(shape({}, { 'number?': 'datasets reuses dataservices followers views members' })),
    permissions: optional(shape({}, { 'bool?': 'edit delete members harvest private' })),
  },
  {
    'text?': 'acronym slug description url business_number_id logo logo_thumbnail page uri created_at last_modified deleted',
  },
);
export const currentUser = /* @__PURE__ */ shape<CurrentUser>(
  { id: 'id', roles: 'list?' },
  { 'text?': `${PERSON['text?']} since` },
);
export const membershipRequest = /* @__PURE__ */ shape<MembershipRequest>(
  { id: 'id', status: 'text', user: maybe(user) },
  { 'text?': 'kind email role comment created' },
);
export const invitation = /* @__PURE__ */ shape<OrgInvitation>(
  { id: 'id', organization: shape({ id: 'id' }, { 'text?': 'name slug acronym logo_thumbnail' }), role: 'text' },
  { 'text?': 'comment created' },
);
export const suggestion = user;

/** udata's pagination envelope: `data` must be a list. */
export const page = <T>(item: Check<T>): Check<Page<T>> => shape<Page<T>>({ data: list(item) });
