import type { UdataClient } from './client.js';
import type { Page } from './models.js';
import * as shapes from './shapes.js';
import type { CallOptions } from './transport.js';

/**
 * The caller's notifications (`/notifications/`, udata ≥ 14.3): the guide's envelope. Only
 * `<org-notifications>` reads them. udata sends a notification's `details` as one of a few
 * classes (`details.class`), each with references marshalled its own way; newer servers add
 * classes, so every field is optional and an unknown class is kept as it came.
 */

/** An organization as a notification embeds it (udata's `Organization.__ref_fields__`). */
export interface NotifiedOrganization {
  id: string;
  name?: string;
  acronym?: string | null;
  slug?: string;
  page?: string;
  logo_thumbnail?: string | null;
}

/** A person as a notification embeds it. */
export interface NotifiedUser {
  id: string;
  first_name?: string;
  last_name?: string;
  slug?: string;
  avatar_thumbnail?: string | null;
}

/** A generic reference (`{ class, id }`), as transfer notifications carry owner, recipient and subject. */
export interface NotifiedReference {
  class: string;
  id: string;
  /** Present when udata sends a nested object (a title, a name, a slug). */
  title?: string;
  name?: string;
  slug?: string;
  first_name?: string;
  last_name?: string;
}

/** Any object a notification points to (a dataset, a reuse, an API, a harvest source, a discussion). */
export interface NotifiedObject {
  id: string;
  title?: string;
  name?: string;
  slug?: string;
  page?: string;
  organization?: NotifiedOrganization | null;
  owner?: NotifiedUser | null;
  subject?: { class: string; id: string } | null;
  user?: NotifiedUser | null;
  discussion?: Array<{ id?: string; content?: string; posted_by?: NotifiedUser | null; posted_on?: string }>;
}

export interface NotificationDetails {
  /** `MembershipRequestNotificationDetails`, `NewBadgeNotificationDetails`… (newer servers add others). */
  class: string;
  /** A join request (`request`) to the org's admins, or an invitation (`invitation`) to the invited person; a badge's kind. */
  kind?: string | null;
  request_organization?: NotifiedOrganization | null;
  request_user?: NotifiedUser | null;
  organization?: NotifiedOrganization | null;
  transfer_owner?: NotifiedReference | null;
  transfer_recipient?: NotifiedReference | null;
  transfer_subject?: NotifiedReference | null;
  /** A discussion's event (`new_discussion`, `new_comment`, `closed`), or a harvester's validation (`pending`, `accepted`, `refused`). */
  status?: string | null;
  discussion?: NotifiedObject | null;
  message_id?: string | null;
  source?: NotifiedObject | null;
  reuse?: NotifiedObject | null;
  dataservice?: NotifiedObject | null;
  dataset?: NotifiedObject | null;
}

/** One notification of `GET /notifications/`. */
export interface UdataNotification {
  id: string;
  created_at: string;
  last_modified?: string;
  /** When it was read or its decision taken; `null` while unhandled (unread). */
  handled_at: string | null;
  details: NotificationDetails;
}

const PERSON = { 'text?': 'first_name last_name slug avatar_thumbnail' };
const tolerant = <T>(check: shapes.Check<T>): shapes.Check<T | null> =>
  shapes.optional(shapes.maybe(check)) as shapes.Check<T | null>;
const orgRef = tolerant(shapes.shape<NotifiedOrganization>({ id: 'id' }, { 'text?': 'name acronym slug page logo_thumbnail' }));
const userRef = tolerant(shapes.shape<NotifiedUser>({ id: 'id' }, PERSON));
const reference = tolerant(
  shapes.shape<NotifiedReference>({ class: 'text', id: 'id' }, { 'text?': 'title name slug first_name last_name' }),
);
const message = shapes.shape({ posted_by: userRef }, { 'text?': 'id content posted_on' });
const object = tolerant(
  shapes.shape<NotifiedObject>(
    { organization: orgRef, owner: userRef, user: userRef, subject: tolerant(shapes.shape({ class: 'text', id: 'id' })) },
    { 'text?': 'title name slug page', 'list?': 'discussion' },
  ),
);
const objectWithMessages: shapes.Check<NotifiedObject | null> = (value) => {
  const checked = object(value);
  if (checked?.discussion) checked.discussion = checked.discussion.flatMap((m) => shapes.optional(message)(m) ?? []);
  return checked;
};

const details = shapes.shape<NotificationDetails>(
  {
    class: 'text',
    request_organization: orgRef,
    request_user: userRef,
    organization: orgRef,
    transfer_owner: reference,
    transfer_recipient: reference,
    transfer_subject: reference,
    discussion: objectWithMessages,
    source: object,
    reuse: object,
    dataservice: object,
    dataset: object,
  },
  { 'text?': 'kind status message_id' },
);

/** Details udata could not marshal (a dangling reference): an unknown kind, not an unreadable list. */
const someDetails: shapes.Check<NotificationDetails> = (value) => shapes.optional(details)(value) ?? { class: '' };

const notification = /* @__PURE__ */ shapes.shape<UdataNotification>(
  { id: 'id', created_at: 'text', details: someDetails },
  { 'text?': 'last_modified handled_at' },
);

/** One page of the caller's notifications, newest first (`handled`: only read or only unread ones). */
export function listNotifications(
  client: UdataClient,
  query: { page?: number; pageSize?: number; handled?: boolean } = {},
  options: CallOptions = {},
) {
  return client.request<Page<UdataNotification>>({
    method: 'GET',
    path: 'notifications/',
    query: { handled: query.handled, page: query.page, page_size: query.pageSize },
    check: shapes.page(notification),
    action: 'load-notifications',
    ...options,
  });
}

/** How many notifications are unhandled: the `total` of a one-item page. */
export async function countUnhandledNotifications(client: UdataClient, options: CallOptions = {}): Promise<number> {
  const page = await listNotifications(client, { handled: false, pageSize: 1 }, options);
  return typeof page.total === 'number' ? page.total : page.data.length;
}

/** Marks one notification read (udata sets `handled_at`); 403 for anyone but its owner. */
export function markNotificationRead(client: UdataClient, id: string, options: CallOptions = {}) {
  return client.request<UdataNotification>({
    method: 'POST',
    path: `notifications/${encodeURIComponent(id)}/read/`,
    check: notification,
    action: 'read-notification',
    ...options,
  });
}
