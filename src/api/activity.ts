import type { UdataClient } from './client.js';
import type { Page } from './models.js';
import * as shapes from './shapes.js';
import type { CallOptions } from './transport.js';

/** One event of `GET /activity/`: who did what to which object, when. Only `<org-activity>` reads it. */
export interface Activity {
  actor: { id: string; first_name?: string; last_name?: string; slug?: string; avatar_thumbnail?: string | null } | null;
  /** The object's title (udata's `related_to`). Untrusted text. */
  related_to?: string;
  related_to_id?: string;
  /** `Dataset`, `Reuse`, `Dataservice`, `Organization`… */
  related_to_kind?: string;
  created_at: string;
  /** `dataset:created`, `organization:updated`… (newer servers add keys). */
  key: string;
  /** udata's own words for the key, in the language asked (`?lang=`): for keys this version does not know. */
  label?: string;
  /** The fields an update changed. */
  changes: string[];
}

const activity = /* @__PURE__ */ shapes.shape<Activity>(
  { key: 'text', created_at: 'text', actor: shapes.optional(shapes.maybe(shapes.user)) as shapes.Check<Activity['actor']> },
  { 'text?': 'related_to related_to_id related_to_kind label', 'list?': 'changes' },
);

/**
 * One page of an organization's activity, newest first. udata drops what the caller may not
 * read after paging: a page may hold fewer items than asked, and still have a next one.
 */
export function listActivity(
  client: UdataClient,
  query: { organization: string; page?: number; pageSize?: number; lang?: string },
  options: CallOptions = {},
) {
  return client.request<Page<Activity>>({
    method: 'GET',
    path: 'activity/',
    query: { organization: query.organization, page: query.page, page_size: query.pageSize, lang: query.lang },
    check: shapes.page(activity),
    action: 'load-activity',
    ...options,
  });
}
