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

/** The kinds of a field's rule, by number: the check's loop switches on it. */
const KINDS = ['id', 'text', 'number', 'bool', 'list', 'record'];
const ID = 0;
const TEXT = 1;
const NUMBER = 2;
const BOOL = 3;
const LIST = 4;
/** A rule that is a check of its own. */
const OWN = -1;

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
  // Compiled once into flat lists, read by index: the check runs once per field of every
  // member of a large organization, mostly before the engine has optimized it.
  const names = entries.map(([name]) => name);
  const checks = entries.map(([, rule]) => (typeof rule === 'function' ? rule : null));
  const kinds = entries.map(([, rule]) => (typeof rule === 'function' ? OWN : KINDS.indexOf(rule.replace('?', ''))));
  const optionals = entries.map(([, rule]) => typeof rule === 'string' && rule.endsWith('?'));
  const count = names.length;
  return (value) => {
    expect(isRecord(value), 'record');
    const result = value as Record<string, unknown>;
    for (let i = 0; i < count; i++) {
      const name = names[i];
      const field = result[name];
      const kind = kinds[i];
      let fits: boolean;
      switch (kind) {
        case OWN:
          result[name] = checks[i]!(field);
          continue;
        case TEXT:
          fits = typeof field === 'string';
          break;
        case ID:
          fits = typeof field === 'string' || typeof field === 'number';
          if (typeof field === 'number') result[name] = String(field);
          break;
        case NUMBER:
          fits = typeof field === 'number' && Number.isFinite(field);
          break;
        case BOOL:
          fits = typeof field === 'boolean';
          break;
        case LIST:
          fits = Array.isArray(field);
          break;
        default:
          fits = isRecord(field);
      }
      if (fits) continue;
      if (optionals[i]) result[name] = kind === LIST ? [] : undefined;
      else expect(false, KINDS[kind], name);
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
