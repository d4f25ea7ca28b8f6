import { changedFields, emitActivity } from '../activity.js';
import { MESSAGES, argumentError, forbidden, internalError, json, message, paginate, paginationArguments } from '../responses.js';
import type { RouteBackend, RouteTable } from '../route-types.js';
import { permissionsFor, serializeOrganization } from '../serialize.js';
import { toUserRef, type MockOrganization, type MockUser } from '../seed.js';
import { checkUpload, pyRepr } from '../uploads.js';
import { PROFILE_FIELDS, patchProfile, slugify, uniqueSlug, type ProfileValues } from './profile-fields.js';

/**
 * `udata/core/organization/api.py`, the organization's profile: the list and its filters, the
 * suggestion, creation, update and the logo. Registered before the other organization routes:
 * werkzeug prefers `/organizations/suggest/` to `/organizations/<org>/`.
 */

const BADGES = ['public-service', 'certified', 'association', 'company', 'local-authority'];
/** `OrgApiParser.sorts` (a `-` prefix for descending). */
const SORTS: Record<string, (o: MockOrganization) => string | number> = {
  name: (o) => o.name,
  reuses: (o) => o.metrics.reuses ?? 0,
  datasets: (o) => o.metrics.datasets ?? 0,
  followers: (o) => o.metrics.followers ?? 0,
  views: (o) => o.metrics.views ?? 0,
  created: (o) => o.created_at,
  last_modified: (o) => o.last_modified,
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const tokens = (s: string) =>
  fold(s)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * MongoDB's `$text` on the `$name` index, each word of `q` quoted (all must be there): whole
 * words, case and accents ignored. The mock does not stem (udata's index stems in English).
 */
function matchesText(name: string, q: string): boolean {
  const words = tokens(name);
  return q
    .split(' ')
    .filter(Boolean)
    .every((phrase) => tokens(phrase).every((t) => words.includes(t)) && fold(name).includes(fold(phrase)));
}

function sortBy(list: MockOrganization[], sort: string): MockOrganization[] {
  const key = SORTS[sort.replace(/^-/, '')];
  const sign = sort.startsWith('-') ? -1 : 1;
  return [...list].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return sign * (x < y ? -1 : x > y ? 1 : 0);
  });
}

/** A JSON body udata's `request.json.get()` / `data.items()` would choke on (`AttributeError`: 500). */
const notAnObject = (body: unknown) => body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body));

const profileOf = (org: MockOrganization): ProfileValues => ({
  name: org.name,
  acronym: org.acronym ?? null,
  description: org.description,
  url: org.url ?? null,
  business_number_id: org.business_number_id ?? null,
});

export function profileRoutes(r: RouteTable, udata: RouteBackend): void {
  const serialize = (org: MockOrganization, caller: MockUser | null) =>
    serializeOrganization(udata.data, org, caller, udata.flavour.sendsPermissions);
  const checkSirets = () => udata.flavour.orgBidFormat === 'siret';

  /**
   * `populate_slug` (`udata/mongo/slug_fields.py`): the name slugified, made unique among all
   * organizations (deleted ones included); the old slug keeps answering 308 (`follow=True`) and
   * a redirect from the new slug, if any, is dropped.
   */
  const claimSlug = (org: MockOrganization, name: string) => {
    const others = udata.data.organizations.filter((o) => o !== org);
    const slug = uniqueSlug(slugify(name), new Set(others.map((o) => o.slug)));
    const old = org.slug;
    if (slug === old) return;
    for (const o of udata.data.organizations) o.previous_slugs = o.previous_slugs?.filter((s) => s !== slug);
    if (old) {
      org.previous_slugs = [...(org.previous_slugs ?? []), old];
      org.page = org.page?.replace(`/organizations/${old}`, `/organizations/${slug}`);
      org.uri = org.uri?.replace(`/organizations/${old}`, `/organizations/${slug}`);
    }
    org.slug = slug;
  };

  // Live organizations only; `q` (text search), `badge`, `name` (case-insensitive equality)
  // and `business_number_id` (exact), checked in the parser's order. Newest first by default.
  r.add('GET', 'organizations/', ({ url, query, caller }) => {
    const sort = query.get('sort');
    if (sort !== null && !(sort in SORTS || (sort.startsWith('-') && sort.slice(1) in SORTS)))
      return argumentError(
        'sort',
        `The field (and direction) on which sorting apply The value '${sort}' is not a valid choice for 'sort'.`,
      );
    const pages = paginationArguments(query);
    if ('status' in pages) return pages;
    const badge = query.get('badge');
    if (badge !== null && !BADGES.includes(badge))
      return argumentError('badge', `The value '${badge}' is not a valid choice for 'badge'.`);
    const [q, name, siret] = ['q', 'name', 'business_number_id'].map((k) => query.get(k));
    const list = udata.data.organizations.filter(
      (o) =>
        !o.deleted &&
        (!q || matchesText(o.name, q)) &&
        (!badge || o.badges.some((b) => b.kind === badge)) &&
        (!name || o.name.toLowerCase() === name.toLowerCase()) &&
        (!siret || o.business_number_id === siret),
    );
    return paginate(
      url.href,
      query,
      sortBy(list, sort ?? '-created').map((o) => serialize(o, caller)),
    );
  });

  // Name or acronym containing `q` (case-insensitive, accents kept), live organizations only,
  // most followed first, `size` (10 by default; 0 means all) of them. Not paginated.
  r.add('GET', 'organizations/suggest/', ({ query }) => {
    const q = query.get('q');
    if (q === null)
      return argumentError('q', 'The string to autocomplete/suggest Missing required parameter in the query string');
    const rawSize = query.get('size');
    if (rawSize !== null && !/^\s*[+-]?\d(_?\d)*\s*$/.test(rawSize))
      return argumentError(
        'size',
        `The amount of suggestion to fetch invalid literal for int() with base 10: ${pyRepr(rawSize)}`,
      );
    const size = rawSize === null ? 10 : Math.abs(Number(rawSize.replace(/_/g, '').trim()));
    const needle = q.toLowerCase();
    const found = udata.data.organizations
      .filter((o) => !o.deleted && (o.name.toLowerCase().includes(needle) || (o.acronym ?? null)?.toLowerCase().includes(needle)))
      .sort((a, b) => (b.metrics.followers ?? 0) - (a.metrics.followers ?? 0));
    return json(
      200,
      (size ? found.slice(0, size) : found).map((o) => ({
        id: o.id,
        name: o.name,
        acronym: o.acronym ?? null,
        slug: o.slug,
        image_url: o.logo_thumbnail ?? null,
        page: o.page ?? null,
      })),
    );
  });

  // The caller becomes the only member, an admin.
  r.add(
    'POST',
    'organizations/',
    ({ req, body, caller, url }) => {
      if (notAnObject(req.body)) return internalError();
      const empty = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, null])) as ProfileValues;
      const values = patchProfile(body, empty, null, checkSirets());
      if ('status' in values) return values;
      const now = new Date().toISOString();
      const org: MockOrganization = {
        ...(values as Pick<MockOrganization, 'name' | 'description'>),
        acronym: values.acronym as string | null,
        url: values.url as string | null,
        business_number_id: values.business_number_id as string | null,
        id: udata.newObjectId(),
        slug: '',
        logo: null,
        logo_thumbnail: null,
        badges: [],
        members: [{ user: toUserRef(caller!), role: 'admin', since: now }],
        metrics: { datasets: 0, reuses: 0, dataservices: 0, followers: 0, views: 0, members: 1 },
        created_at: now,
        last_modified: now,
        deleted: null,
      };
      claimSlug(org, org.name);
      org.page = `${url.origin}/organizations/${org.slug}/`;
      org.uri = `${url.origin}/api/1/organizations/${org.slug}/`;
      udata.data.organizations.push(org);
      return json(201, serialize(org, caller));
    },
    { secure: true },
  );

  // 401, then 410 (before the permission: any logged-in caller learns it is gone — unless the
  // body says `"deleted": null`, udata's `request.json.get("deleted", True)`), then 403, then
  // the fields. `deleted` itself is read-only: a deleted organization stays deleted.
  r.add(
    'PUT',
    'organizations/:org/',
    ({ req, org, caller, body }) => {
      if (notAnObject(req.body)) return internalError();
      if (org.deleted && body.deleted !== null) return message(410, MESSAGES.orgDeleted);
      if (!permissionsFor(org, caller).edit) return forbidden();
      const before = profileOf(org);
      const values = patchProfile(body, before, org.id, checkSirets());
      if ('status' in values) return values;
      const renamed = values.name !== org.name && values.name !== org.slug;
      Object.assign(org, values);
      if (renamed) claimSlug(org, org.name);
      org.last_modified = new Date().toISOString();
      // `Organization.on_update` (the slug and `last_modified` are not auditable).
      const changes = changedFields(before, values, Object.keys(body));
      if (changes.length) emitActivity(udata, 'organization:updated', caller!, org.id, org.id, changes);
      return json(200, serialize(org, caller));
    },
    { secure: true },
  );

  // `{"success": true, "image": <URL of the stored image>}` for both; only POST saves the
  // organization: udata's PUT stores the new files and answers their URL but never calls
  // `org.save()`, so the organization keeps its previous logo. No 410 for a deleted one.
  for (const method of ['POST', 'PUT'] as const) {
    r.add(
      method,
      'organizations/:org/logo/',
      ({ req, org, caller, url }) => {
        if (!permissionsFor(org, caller).edit) return forbidden();
        const apiRoot = url.href.slice(0, url.href.indexOf('/api/1/') + '/api/1/'.length);
        const upload = checkUpload(req.form, apiRoot);
        if ('status' in upload) return upload;
        const stored = udata.uploads.saveImage(url.origin, upload.file);
        if (method === 'POST') {
          org.logo = stored.image;
          org.logo_thumbnail = stored.thumbnail;
          org.last_modified = new Date().toISOString();
          // The saved `ImageReference` never compares equal to the one before: always a change.
          emitActivity(udata, 'organization:updated', caller!, org.id, org.id, ['logo']);
        }
        return json(200, { success: true, image: stored.image });
      },
      { secure: true },
    );
  }
}
