import type {
  CurrentUser,
  Dataset,
  Discussion,
  HarvestSource,
  Member,
  MembershipRequest,
  Organization,
  Page,
  Reuse,
  RoleDescription,
  UserSuggestion,
} from './models.js';

/**
 * What the client accepts from udata, checked where it receives it: a body of an unexpected
 * shape (`{}` where a page is expected, `null` members, a number for a name) fails as an
 * unreadable answer of the one request, so the element or section that asked says so and the
 * others keep working; nothing of the wrong shape ever reaches a `render()`. Only what the
 * elements read is checked; optional fields of the wrong type are dropped, not trusted.
 */

export class ShapeError extends Error {}

type Check<T> = (value: unknown, path: string) => T;

const fail = (path: string, expected: string): never => {
  throw new ShapeError(`${path}: ${expected} expected`);
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const record = (value: unknown, path: string) => (isRecord(value) ? value : fail(path, 'an object'));
const text = (value: unknown, path: string) => (typeof value === 'string' ? value : fail(path, 'a string'));
const id = (value: unknown, path: string) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : fail(path, 'an id');
const list =
  <T>(item: Check<T>): Check<T[]> =>
  (value, path) =>
    Array.isArray(value) ? value.map((v, i) => item(v, `${path}[${i}]`)) : fail(path, 'an array');
/** An optional field: kept when of the expected kind, dropped (undefined) otherwise. */
const optionalText = (value: unknown) => (typeof value === 'string' ? value : undefined);
const optionalNumber = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const numbers = (value: unknown): Record<string, number> =>
  isRecord(value)
    ? (Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'number' && Number.isFinite(v))) as Record<
        string,
        number
      >)
    : {};

const user = <T extends object>(value: unknown, path: string): T => {
  const u = record(value, path);
  return {
    ...u,
    id: id(u.id, `${path}.id`),
    first_name: optionalText(u.first_name) ?? '',
    last_name: optionalText(u.last_name) ?? '',
    slug: optionalText(u.slug) ?? '',
  } as T;
};

export const member: Check<Member> = (value, path) => {
  const m = record(value, path);
  return {
    ...m,
    user: user(m.user, `${path}.user`),
    role: text(m.role, `${path}.role`),
    since: optionalText(m.since) ?? null,
  } as Member;
};

export const organization: Check<Organization> = (value, path) => {
  const o = record(value, path);
  return {
    ...o,
    id: id(o.id, `${path}.id`),
    name: text(o.name, `${path}.name`),
    slug: optionalText(o.slug) ?? String(o.id),
    description: optionalText(o.description) ?? '',
    members: list(member)(o.members, `${path}.members`),
    badges: Array.isArray(o.badges)
      ? o.badges.filter((b): b is { kind: string } => isRecord(b) && typeof b.kind === 'string')
      : [],
    metrics: numbers(o.metrics),
    permissions: isRecord(o.permissions) ? o.permissions : undefined,
    deleted: optionalText(o.deleted) ?? null,
  } as unknown as Organization;
};

export const currentUser: Check<CurrentUser> = (value, path) => {
  const u = user<CurrentUser>(value, path);
  return { ...u, roles: Array.isArray(u.roles) ? u.roles.filter((r) => typeof r === 'string') : [] };
};

export const membershipRequest: Check<MembershipRequest> = (value, path) => {
  const r = record(value, path);
  return {
    ...r,
    id: id(r.id, `${path}.id`),
    kind: r.kind === 'invitation' ? 'invitation' : 'request',
    status: text(r.status, `${path}.status`),
    user: r.user === null || r.user === undefined ? null : user(r.user, `${path}.user`),
    comment: optionalText(r.comment) ?? null,
    created: optionalText(r.created) ?? '',
  } as MembershipRequest;
};

const titled = <T>(value: unknown, path: string): T => {
  const x = record(value, path);
  return {
    ...x,
    id: id(x.id, `${path}.id`),
    title: text(x.title, `${path}.title`),
    slug: optionalText(x.slug) ?? '',
    metrics: numbers(x.metrics),
  } as T;
};

export const dataset: Check<Dataset> = (value, path) => {
  const d = titled<Dataset>(value, path);
  return { ...d, quality: isRecord(d.quality) ? d.quality : undefined };
};
export const reuse: Check<Reuse> = titled;

export const discussion: Check<Discussion> = (value, path) => {
  const d = record(value, path);
  return {
    ...d,
    id: id(d.id, `${path}.id`),
    title: optionalText(d.title) ?? '',
    subject: isRecord(d.subject) ? d.subject : { class: '', id: '' },
    user: isRecord(d.user) ? user(d.user, `${path}.user`) : null,
    created: optionalText(d.created) ?? '',
  } as Discussion;
};

export const harvestSource: Check<HarvestSource> = (value, path) => {
  const s = record(value, path);
  return {
    ...s,
    id: id(s.id, `${path}.id`),
    name: text(s.name, `${path}.name`),
    last_job: isRecord(s.last_job) ? s.last_job : null,
  } as HarvestSource;
};

export const role: Check<RoleDescription> = (value, path) => {
  const r = record(value, path);
  return { ...r, id: text(r.id, `${path}.id`) } as RoleDescription;
};

export const suggestion: Check<UserSuggestion> = (value, path) => user<UserSuggestion>(value, path);

/** udata's pagination envelope: `data` must be a list; the figures default from it. */
export const page =
  <T>(item: Check<T>): Check<Page<T>> =>
  (value, path) => {
    const p = record(value, path);
    const data = list(item)(p.data, `${path}.data`);
    return {
      data,
      page: optionalNumber(p.page) ?? 1,
      page_size: optionalNumber(p.page_size) ?? Math.max(1, data.length),
      total: optionalNumber(p.total) ?? data.length,
      next_page: optionalText(p.next_page) ?? null,
      previous_page: optionalText(p.previous_page) ?? null,
    };
  };

export { list };
export type { Check };
