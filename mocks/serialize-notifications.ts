import type { MockNotification, MockNotificationDetails, MockRef } from './notifications.js';
import { isSysadmin, organizationRef } from './serialize.js';
import { datasetFields } from './serialize-dataset.js';
import type { MockData, MockHarvestSource, MockUser } from './seed.js';

/**
 * `Notification.__read_fields__` as udata 17.6 marshals it (`udata/api_fields.py`): `details`
 * is a `GenericEmbeddedDocumentField`, so its fields come with the class name under `class`.
 * A `ReferenceField` without `nested_fields` uses the document's generated `__ref_fields__`
 * (`id`, `class` and the `show_as_ref` fields); a `GenericReferenceField` the same, per class.
 * A reference to a document that no longer exists answers `null`.
 */

type Data = Pick<MockData, 'users' | 'organizations' | 'datasets' | 'reuses' | 'discussions' | 'harvestSources' | 'assignments'>;

export interface NotificationContext {
  data: Data;
  caller: MockUser | null;
  /** `…/api/1/` of the request: `url_for(…, _external=True)` builds API links from it. */
  apiRoot: string;
}

/** What a serializer needs of the request: the data, the caller, and the API root of the URL asked. */
export function requestContext(data: Data, url: URL, caller: MockUser | null): NotificationContext {
  const root = url.pathname.indexOf('/api/1/');
  const apiRoot = root >= 0 ? `${url.origin}${url.pathname.slice(0, root)}/api/1/` : `${url.origin}/api/1/`;
  return { data, caller, apiRoot };
}

/** `User.__ref_fields__`: `BaseReference` (`id`, `class`) and the user's `show_as_ref` fields. */
export function userReference(ctx: NotificationContext, id: string | null | undefined) {
  const user = ctx.data.users.find((u) => u.id === id);
  if (!user) return null;
  return {
    id: user.id,
    class: 'User',
    slug: user.slug,
    first_name: user.first_name,
    last_name: user.last_name,
    avatar: user.avatar ?? null,
    avatar_thumbnail: user.avatar_thumbnail ?? null,
    page: user.page ?? null,
    uri: `${ctx.apiRoot}users/${user.slug}/`,
  };
}

/** `Organization.__ref_fields__`, its `permissions` computed for the caller. */
export function organizationReference(ctx: NotificationContext, id: string | null | undefined) {
  const org = ctx.data.organizations.find((o) => o.id === id);
  return org ? organizationRef(org, ctx.caller) : null;
}

/** `Reuse.__ref_fields__`. */
export function reuseReference(ctx: NotificationContext, id: string | null) {
  const reuse = ctx.data.reuses.find((r) => r.id === id);
  if (!reuse) return null;
  return {
    id: reuse.id,
    class: 'Reuse',
    title: reuse.title,
    image: null,
    image_thumbnail: null,
    page: reuse.page ?? null,
    uri: `${ctx.apiRoot}reuses/${reuse.slug}/`,
  };
}

const site = (ctx: NotificationContext) => new URL(ctx.apiRoot).origin;

/** A `GenericReferenceField` without `nested_fields`: each class's `__ref_fields__` (a dataset's is only `id` and `class`). */
function genericReference(ctx: NotificationContext, ref: MockRef | null) {
  if (!ref) return null;
  switch (ref.class) {
    case 'User':
      return userReference(ctx, ref.id);
    case 'Organization':
      return organizationReference(ctx, ref.id);
    case 'Reuse':
      return reuseReference(ctx, ref.id);
    default:
      return { id: ref.id, class: ref.class };
  }
}

/** `DiscussionMessage` ids do not exist in the mock's discussions: a stable UUID per message. */
export const messageId = (discussionId: string, index: number) =>
  `d15c0000-0000-4000-8000-${discussionId.slice(-8)}${index.toString(16).padStart(4, '0')}`;

/** `OwnablePermission`: admins, editors, assigned partial editors of the organization, or else the owner; sysadmins. */
export function ownsSubject(ctx: NotificationContext, org: string | null, subject: MockRef, owner?: string | null) {
  const { caller } = ctx;
  if (!caller) return false;
  if (isSysadmin(caller)) return true;
  if (!org) return Boolean(owner) && owner === caller.id;
  const role = ctx.data.organizations.find((o) => o.id === org)?.members.find((m) => m.user.id === caller.id)?.role;
  if (role === 'admin' || role === 'editor') return true;
  return ctx.data.assignments.some(
    (a) => a.user === caller.id && a.subject.class === subject.class && a.subject.id === subject.id,
  );
}

/** `Discussion.__read_fields__` (the notification nests the whole discussion). */
function discussionFields(ctx: NotificationContext, id: string | null) {
  const d = ctx.data.discussions.find((x) => x.id === id);
  if (!d) return null;
  const isCaller = (userId: string | undefined) => Boolean(ctx.caller && (isSysadmin(ctx.caller) || ctx.caller.id === userId));
  const author = isCaller(d.user?.id);
  const dataset = ctx.data.datasets.find((x) => x.id === d.subject.id);
  const subjectPath = `/${d.subject.class.toLowerCase()}s/${dataset?.slug ?? d.subject.id}`;
  return {
    id: d.id,
    user: userReference(ctx, d.user?.id),
    organization: null,
    subject: { class: d.subject.class, id: d.subject.id },
    title: d.title,
    discussion: d.discussion.map((m, i) => ({
      id: messageId(d.id, i),
      content: m.content,
      posted_on: m.posted_on,
      posted_by: userReference(ctx, m.posted_by?.id),
      posted_by_organization: null,
      last_modified_at: null,
      permissions: { delete: isCaller(m.posted_by?.id), edit: isCaller(m.posted_by?.id) },
    })),
    created: d.created,
    closed: d.closed ?? null,
    closed_by: null,
    closed_by_organization: null,
    extras: {},
    permissions: { delete: author, edit: author, close: author || ownsSubject(ctx, d.org, d.subject) },
    self_web_url: `${site(ctx)}${subjectPath}/discussions?discussion_id=${d.id}`,
    url: `${ctx.apiRoot}discussions/${d.id}/`,
  };
}

const ITEM_STATUSES = ['pending', 'started', 'done', 'failed', 'skipped', 'archived'];

/** `HarvestSource.__read_fields__`, with its `last_job` (`HarvestJob.__read_fields__`). */
function harvestSourceFields(ctx: NotificationContext, id: string | null) {
  const s = ctx.data.harvestSources.find((x) => x.id === id) as (MockHarvestSource & { created_at?: string }) | undefined;
  if (!s) return null;
  const { caller } = ctx;
  const role = s.org
    ? ctx.data.organizations.find((o) => o.id === s.org)?.members.find((m) => m.user.id === caller?.id)?.role
    : null;
  const admin = isSysadmin(caller) || (s.org ? role === 'admin' : Boolean(caller && caller.id === s.owner));
  const preview = admin || role === 'editor';
  const job = s.last_job;
  const jobId = `${s.id.slice(4)}0b0b`;
  return {
    id: s.id,
    name: s.name,
    slug: s.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    description: null,
    url: s.url,
    backend: s.backend,
    config: {},
    created_at: s.created_at ?? job?.started ?? null,
    active: s.active,
    autoarchive: true,
    validation: { state: s.validation?.state ?? 'pending', by: null, on: null, comment: null },
    deleted: null,
    owner: s.org ? null : userReference(ctx, s.owner),
    organization: organizationReference(ctx, s.org),
    schedule: null,
    permissions: { edit: admin, delete: admin, run: admin, preview, validate: isSysadmin(caller), schedule: isSysadmin(caller) },
    last_job: job
      ? {
          id: jobId,
          created: job.started ?? null,
          started: job.started ?? null,
          ended: job.ended ?? null,
          status: job.status,
          errors: (job.errors ?? []).map(() => ({ created_at: job.ended ?? null, message: null, details: null })),
          items: {
            rel: 'subsection',
            href: `${ctx.apiRoot}harvest/job/${jobId}/items/`,
            type: 'GET',
            total: 0,
            by_status: Object.fromEntries(ITEM_STATUSES.map((k) => [k, 0])),
            by_type: { dataset: 0, dataservice: 0 },
          },
          source: { id: s.id, class: 'HarvestSource' },
        }
      : null,
  };
}

/** Each details class, its fields marshalled, then `class` (`GenericField.format`). */
function serializeDetails(ctx: NotificationContext, details: MockNotificationDetails) {
  switch (details.class) {
    case 'MembershipRequestNotificationDetails':
      return {
        request_organization: organizationReference(ctx, details.request_organization),
        request_user: userReference(ctx, details.request_user),
        kind: details.kind,
        class: details.class,
      };
    case 'TransferRequestNotificationDetails':
      return {
        transfer_owner: genericReference(ctx, details.transfer_owner),
        transfer_recipient: genericReference(ctx, details.transfer_recipient),
        transfer_subject: genericReference(ctx, details.transfer_subject),
        class: details.class,
      };
    case 'NewBadgeNotificationDetails':
      return { organization: organizationReference(ctx, details.organization), kind: details.kind, class: details.class };
    case 'DiscussionNotificationDetails':
      return {
        status: details.status,
        message_id: details.message_id,
        discussion: discussionFields(ctx, details.discussion),
        class: details.class,
      };
    case 'MembershipAcceptedNotificationDetails':
    case 'MembershipRefusedNotificationDetails':
      return { organization: organizationReference(ctx, details.organization), class: details.class };
    case 'ValidateHarvesterNotificationDetails':
      return { source: harvestSourceFields(ctx, details.source), status: details.status, class: details.class };
    case 'ReuseCreatedNotificationDetails':
      return { reuse: reuseReference(ctx, details.reuse), dataset: datasetFields(ctx, details.dataset), class: details.class };
    case 'DataserviceCreatedNotificationDetails': {
      const ds = details.dataservice;
      return {
        dataservice: ds && {
          id: ds.id,
          class: 'Dataservice',
          title: ds.title,
          self_api_url: `${ctx.apiRoot}dataservices/${ds.slug}/`,
          self_web_url: `${site(ctx)}/dataservices/${ds.slug}`,
        },
        dataset: datasetFields(ctx, details.dataset),
        class: details.class,
      };
    }
    default:
      // A class of a newer udata (tests play such a server): its fields as stored, with its class.
      return { ...(details as object) };
  }
}

/** One notification (`Notification.__read_fields__`). */
export function serializeNotification(ctx: NotificationContext, n: MockNotification) {
  return {
    id: n.id,
    created_at: n.created_at,
    last_modified: n.last_modified,
    handled_at: n.handled_at,
    user: userReference(ctx, n.user),
    details: serializeDetails(ctx, n.details),
  };
}
