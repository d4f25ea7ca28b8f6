import { argumentError, json, message, notFound, paginate, unauthorized } from '../responses.js';
import type { RouteBackend, RouteTable } from '../route-types.js';
import { isSysadmin, permissionsFor } from '../serialize.js';
import { datasetFieldsOf } from '../serialize-dataset.js';
import { requestContext } from '../serialize-notifications.js';
import type { MockDataset, MockUser } from '../seed.js';

/**
 * What the dashboard reads: datasets (the organization's own list, which keeps deleted and
 * archived ones, and the search `/datasets/`, which does not unless asked), reuses,
 * discussions and harvest sources.
 */

const OBJECT_ID = /^[0-9a-f]{24}$/i;
const SORTS: Record<string, (d: MockDataset) => string | number> = {
  title: (d) => d.title,
  created: (d) => d.created_at,
  last_update: (d) => d.last_update ?? '',
  reuses: (d) => d.metrics.reuses ?? 0,
  followers: (d) => d.metrics.followers ?? 0,
  views: (d) => d.metrics.views ?? 0,
};

/** flask-restx's `inputs.boolean`; `undefined` when absent, an error answer when malformed. */
function booleanArgument(query: URLSearchParams, name: string, help: string) {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const value = raw.toLowerCase();
  if (['true', '1', 'on'].includes(value)) return true;
  if (['false', '0', ''].includes(value)) return false;
  return argumentError(name, `${help} Invalid literal for boolean(): ${raw}`);
}

/** udata's dataset `sort` choices (a `-` prefix for descending); anything else is 400. */
function sortDatasets(datasets: MockDataset[], sort: string | null) {
  if (!sort) return datasets;
  const by = SORTS[sort.replace(/^-/, '')];
  if (!by)
    return argumentError(
      'sort',
      `The field (and direction) on which sorting apply The value '${sort}' is not a valid choice for 'sort'.`,
    );
  const sign = sort.startsWith('-') ? -1 : 1;
  return [...datasets].sort((a, b) => {
    const [x, y] = [by(a), by(b)];
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'fr'));
  });
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function contentRoutes(r: RouteTable, udata: RouteBackend): void {
  const pageOf = (url: URL, query: URLSearchParams, caller: MockUser | null, items: MockDataset[]) => {
    const sorted = sortDatasets(items, query.get('sort'));
    if (!Array.isArray(sorted)) return sorted;
    const ctx = requestContext(udata.data, url, caller);
    return paginate(url.href, query, sorted, 20, (d) => datasetFieldsOf(ctx, d));
  };

  // Every dataset of the organization, deleted and archived ones included; private ones
  // for its members. Only `page`, `page_size` and `sort` are used.
  r.add('GET', 'organizations/:org/datasets/', ({ org, caller, url, query }) => {
    const mayPrivate = permissionsFor(org, caller).private;
    return pageOf(
      url,
      query,
      caller,
      udata.data.datasets.filter((d) => d.org === org.id && (mayPrivate || !d.private)),
    );
  });

  // The dataset search: public, live, not archived for everyone; all of their own
  // organizations' datasets for members (`visible_by_user`), narrowed by the filters.
  r.add('GET', 'datasets/', ({ caller, url, query }) => {
    const matches = searchFilter(udata, caller, query);
    if (typeof matches !== 'function') return matches;
    const flags = {
      archived: booleanArgument(query, 'archived', 'If set to true, it will filter on archived datasets only.'),
      deleted: booleanArgument(query, 'deleted', 'If set to true, it will filter on deleted datasets only.'),
      private: booleanArgument(query, 'private', 'If set to true, it will filter on private datasets only.'),
    };
    for (const flag of Object.values(flags)) if (flag && typeof flag === 'object') return flag;
    if (Object.values(flags).some((f) => f !== undefined) && !caller) return unauthorized();
    const list = udata.data.datasets.filter(
      (d) =>
        matches(d) &&
        (flags.archived === undefined || Boolean(d.archived) === flags.archived) &&
        (flags.deleted === undefined || Boolean(d.deleted) === flags.deleted) &&
        (flags.private === undefined || Boolean(d.private) === flags.private),
    );
    return pageOf(url, query, caller, query.get('sort') ? list : (sortDatasets(list, '-created') as MockDataset[]));
  });

  // The reuse search (what the assignment picker searches): like `/datasets/`.
  r.add('GET', 'reuses/', ({ caller, url, query }) => {
    const matches = searchFilter(udata, caller, query);
    if (typeof matches !== 'function') return matches;
    const list = udata.data.reuses.filter((x) => matches(x) && !x.deleted).map(({ org: _org, owner: _owner, ...reuse }) => reuse);
    return paginate(url.href, query, list);
  });

  // One dataset or reuse (private ones for their organization's members or their owner, as udata does).
  for (const [path, list] of [
    ['datasets/:object/', () => udata.data.datasets],
    ['reuses/:object/', () => udata.data.reuses],
  ] as const) {
    r.add('GET', path, ({ caller, params }) => {
      const item = (list() as Array<Owned & { id: string; private?: boolean }>).find((x) => x.id === params.object);
      if (!item || (item.private && !isSysadmin(caller) && !ownedBy(udata, caller)(item))) return notFound();
      const { org: _org, owner: _owner, ...rest } = item;
      void [_org, _owner];
      return json(200, rest);
    });
  }

  // The mock organizations publish no dataservice: the search answers an empty page.
  r.add('GET', 'dataservices/', ({ url, query }) => paginate(url.href, query, []));

  // A plain array, not paginated, deleted and archived reuses included.
  r.add('GET', 'organizations/:org/reuses/', ({ org, caller }) => {
    const mayPrivate = permissionsFor(org, caller).private;
    const list = udata.data.reuses
      .filter((x) => x.org === org.id && (mayPrivate || !x.private))
      .sort((a, b) => b.created_at.localeCompare(a.created_at))
      .map(({ org: _org, ...reuse }) => ({
        ...reuse,
        private: reuse.private ?? false,
        deleted: reuse.deleted ?? null,
        archived: reuse.archived ?? null,
      }));
    return json(200, list);
  });

  // Every discussion on the organization's content, open and closed, as a plain array.
  r.add('GET', 'organizations/:org/discussions/', ({ org }) =>
    json(
      200,
      discussionsOf(udata, org.id).map(({ org: _org, ...d }) => d),
    ),
  );

  // `org` must be the organization's id: a slug (or an unknown id) is 404.
  r.add('GET', 'discussions/', ({ url, query }) => {
    const org = query.get('org');
    if (org !== null && (!OBJECT_ID.test(org) || !udata.data.organizations.some((o) => o.id === org))) return notFound();
    const closed = booleanArgument(query, 'closed', 'Filters discussions on their closed status if specified');
    if (closed && typeof closed === 'object') return closed;
    const list = (
      org ? discussionsOf(udata, org) : [...udata.data.discussions].sort((a, b) => b.created.localeCompare(a.created))
    )
      .filter((d) => closed === undefined || Boolean(d.closed) === closed)
      .map(({ org: _org, ...d }) => d);
    return paginate(url.href, query, list);
  });

  // `organization=` is an organization id, `owner=` a user id; paginated on current udata.
  r.add('GET', 'harvest/sources/', ({ url, query }) => {
    for (const name of ['organization', 'owner']) {
      const value = query.get(name);
      if (value && !OBJECT_ID.test(value)) return message(400, `\`${name}\` must be an identifier`);
    }
    const organization = query.get('organization');
    const owner = query.get('owner');
    const list = udata.data.harvestSources
      .filter((s) => (!organization || s.org === organization) && (!owner || s.owner === owner))
      .map(({ org: _org, owner: _owner, ...s }) => s);
    return udata.flavour.harvestPlainArray ? json(200, list) : paginate(url.href, query, list);
  });
}

/**
 * What udata's searches share: `visible_by_user` (public, live, not archived for everyone; all
 * of their own organizations' objects for members; everything for sysadmins), then the
 * `organization` id and the words of `q`. An `organization` that is not an id is 400.
 */
function searchFilter(udata: RouteBackend, caller: MockUser | null, query: URLSearchParams) {
  const organization = query.get('organization');
  if (organization && !OBJECT_ID.test(organization)) return message(400, 'Organization arg must be an identifier');
  const own = ownedBy(udata, caller);
  const words = fold(query.get('q') ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return (x: Owned & { title: string; private?: boolean; archived?: string | null; deleted?: string | null }) =>
    (isSysadmin(caller) || own(x) || (!x.private && !x.archived && !x.deleted)) &&
    (!organization || x.org === organization) &&
    words.every((w) => fold(x.title).includes(w));
}

/** An object of an organization (`org`), or of a user (`owner`). */
type Owned = { org: string | null; owner?: string | null };

/** `owned_by(*user.organizations, user)`: the caller's organizations' objects and their own. */
function ownedBy(udata: RouteBackend, caller: MockUser | null) {
  const own = ownOrganizations(udata, caller);
  return (x: Owned) => (x.org !== null && own.has(x.org)) || Boolean(caller && x.owner === caller.id);
}

function ownOrganizations(udata: RouteBackend, caller: MockUser | null): Set<string> {
  if (!caller) return new Set();
  return new Set(
    udata.data.organizations.filter((o) => !o.deleted && o.members.some((m) => m.user.id === caller.id)).map((o) => o.id),
  );
}

function discussionsOf(udata: RouteBackend, orgId: string) {
  return udata.data.discussions.filter((d) => d.org === orgId).sort((a, b) => b.created.localeCompare(a.created));
}
