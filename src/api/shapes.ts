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

export type Check<T> = (value: unknown, path: string) => T;

/**
 * A field's rule: `id` (string or number, as a string), `text`, `list` (an array),
 * `record` (an object), each optional with a `?` (dropped when of another kind, a list
 * becoming `[]`), or a check of its own.
 */
type Rule = 'id' | 'text' | 'text?' | 'list?' | 'record?' | Check<unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const KINDS: Record<string, (v: unknown) => boolean> = {
  id: (v) => typeof v === 'string' || typeof v === 'number',
  text: (v) => typeof v === 'string',
  list: Array.isArray,
  record: isRecord,
};

function expect(ok: boolean, path: string, kind: string): void {
  if (!ok) throw new Error(`${path}: ${kind} expected`);
}

/** An object with these fields (others kept as sent). */
export function shape<T>(rules: Record<string, Rule>): Check<T> {
  return (value, path) => {
    expect(isRecord(value), path, 'record');
    const result: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const [key, rule] of Object.entries(rules)) {
      const field = result[key];
      const at = `${path}.${key}`;
      if (typeof rule === 'function') result[key] = rule(field, at);
      else if (rule.endsWith('?')) {
        const kind = rule.slice(0, -1);
        if (!KINDS[kind](field)) result[key] = kind === 'list' ? [] : undefined;
      } else {
        expect(KINDS[rule](field), at, rule);
        if (rule === 'id') result[key] = String(field);
      }
    }
    return result as T;
  };
}

export const list =
  <T>(item: Check<T>): Check<T[]> =>
  (value, path) => {
    expect(Array.isArray(value), path, 'list');
    return (value as unknown[]).map((v, i) => item(v, `${path}[${i}]`));
  };

/** An optional nested object: checked when present, null when absent. */
export const maybe =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path) =>
    value === null || value === undefined ? null : check(value, path);

/** Badges udata may add later are kept; anything that is not `{ kind: string }` is dropped. */
const badges: Check<Array<{ kind: string }>> = (value) =>
  Array.isArray(value) ? value.filter((b): b is { kind: string } => isRecord(b) && typeof b.kind === 'string') : [];

export const user = shape<UserSuggestion>({ id: 'id', first_name: 'text?', last_name: 'text?', slug: 'text?' });
export const member = /* @__PURE__ */ shape<Member>({ user, role: 'text', since: 'text?' });
export const organization = /* @__PURE__ */ shape<Organization>({
  id: 'id',
  name: 'text',
  slug: 'text?',
  description: 'text?',
  members: list(member),
  badges,
  metrics: 'record?',
  permissions: 'record?',
  deleted: 'text?',
});
export const currentUser = /* @__PURE__ */ shape<CurrentUser>({
  id: 'id',
  first_name: 'text?',
  last_name: 'text?',
  roles: 'list?',
  organizations: 'list?',
});
export const membershipRequest = /* @__PURE__ */ shape<MembershipRequest>({
  id: 'id',
  status: 'text',
  kind: 'text?',
  user: maybe(user),
  comment: 'text?',
  created: 'text?',
});
export const invitation = /* @__PURE__ */ shape<OrgInvitation>({
  id: 'id',
  organization: shape({ id: 'id', name: 'text?' }),
  role: 'text',
  comment: 'text?',
  created: 'text?',
});
export const suggestion = user;

/** udata's pagination envelope: `data` must be a list. */
export const page = <T>(item: Check<T>): Check<Page<T>> => shape<Page<T>>({ data: list(item) });
