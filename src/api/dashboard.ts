import type { UdataClient } from './client.js';
import type { Dataset, Discussion, HarvestSource, Page, Reuse } from './models.js';
import * as shapes from './shapes.js';
import type { CallOptions } from './transport.js';

const datasetShape = /* @__PURE__ */ shapes.shape<Dataset>({
  id: 'id',
  title: 'text',
  slug: 'text?',
  metrics: 'record?',
  quality: 'record?',
  archived: 'text?',
  deleted: 'text?',
});
const reuseShape = /* @__PURE__ */ shapes.shape<Reuse>({
  id: 'id',
  title: 'text',
  slug: 'text?',
  metrics: 'record?',
  archived: 'text?',
  deleted: 'text?',
});
const discussionShape = /* @__PURE__ */ shapes.shape<Discussion>({
  id: 'id',
  title: 'text?',
  subject: 'record?',
  user: shapes.maybe(shapes.user),
  created: 'text?',
});
const harvestSourceShape = /* @__PURE__ */ shapes.shape<HarvestSource>({ id: 'id', name: 'text', last_job: 'record?' });

/**
 * What only `<org-dashboard>` reads (datasets, reuses, discussions, harvesters): apart from
 * the client class so that the other tags do not carry it.
 */

/**
 * What the dashboard reads of a page of datasets (udata's `X-Fields` mask): a dataset of
 * udata's list carries its resources, tags, extras and owner, dozens of kB on a large portal.
 */
export const DATASET_PAGE_FIELDS =
  'data{id,title,slug,page,private,archived,deleted,last_update,metrics,quality},page,page_size,total,next_page,previous_page';

/**
 * The organization's live datasets through udata's dataset search (`GET /datasets/?organization=`):
 * unlike `/organizations/{org}/datasets/`, deleted ones are neither listed nor counted.
 * Public, non-archived datasets for everyone; a member also gets the private and archived
 * ones, and `excludeDeleted` (only for a logged-in caller: udata answers it 401 otherwise)
 * leaves out the deleted ones visible to them. Only the fields shown are asked, where that
 * costs no extra round trip (see `Transport.masksForFree`).
 */
export function searchOrganizationDatasets(
  client: UdataClient,
  orgId: string,
  query: { page?: number; pageSize?: number; sort?: string; q?: string; excludeDeleted?: boolean } = {},
  options: CallOptions = {},
) {
  return client.request<Page<Dataset>>({
    method: 'GET',
    path: 'datasets/',
    query: {
      organization: orgId,
      q: query.q,
      deleted: query.excludeDeleted ? 'false' : undefined,
      page: query.page,
      page_size: query.pageSize,
      sort: query.sort,
    },
    check: shapes.page(datasetShape),
    fields: DATASET_PAGE_FIELDS,
    action: 'load-datasets',
    ...options,
  });
}

/** A plain array on udata (not paginated); deleted and archived reuses included. */
export function listReuses(client: UdataClient, org: string, options: CallOptions = {}) {
  return client.request<Reuse[]>({
    method: 'GET',
    path: `organizations/${encodeURIComponent(org)}/reuses/`,
    check: shapes.list(reuseShape),
    action: 'load-reuses',
    ...options,
  });
}

/** Open discussions on the organization's content; `orgId` must be the id, not the slug. */
export function listOpenDiscussions(
  client: UdataClient,
  orgId: string,
  query: { page?: number; pageSize?: number } = {},
  options: CallOptions = {},
) {
  return client.request<Page<Discussion>>({
    method: 'GET',
    path: 'discussions/',
    query: { org: orgId, closed: 'false', page: query.page, page_size: query.pageSize, sort: '-created' },
    check: shapes.page(discussionShape),
    action: 'load-discussions',
    ...options,
  });
}

/**
 * One page of the organization's harvest sources. Recent udata paginates them (`page`,
 * `page_size`, `total`: newest first, 20 a page by default); old servers ignore both and answer
 * the whole list as a plain array. The answer comes back as it came: a page, or every source.
 */
export function listHarvestSources(
  client: UdataClient,
  orgId: string,
  query: { page?: number; pageSize?: number } = {},
  options: CallOptions = {},
) {
  return client.request<Page<HarvestSource> | HarvestSource[]>({
    method: 'GET',
    path: 'harvest/sources/',
    query: { organization: orgId, page: query.page, page_size: query.pageSize },
    check: (value) => (Array.isArray(value) ? shapes.list(harvestSourceShape) : shapes.page(harvestSourceShape))(value),
    action: 'load-harvesters',
    ...options,
  });
}
