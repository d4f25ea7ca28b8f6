import type { MockData, MockMembershipRequest, MockOrganization } from './seed.js';

/**
 * udata's `Notification` documents (`udata/features/notifications/models.py`) and what creates
 * or handles them: the signal receivers of `udata/core/organization/notifications.py` and the
 * notification half of `notify_membership_response` and of the `notify_badge_*` tasks
 * (`udata/core/organization/tasks.py`). Stored as udata stores them: references are ids (a
 * `GenericReferenceField` keeps its class too); `serialize-notifications.ts` dereferences them.
 */

/** A `GenericReferenceField` as stored: the referenced document's class and id. */
export interface MockRef {
  class: string;
  id: string;
}

/** The mock has no dataservice collection: a `DataserviceCreated` notification keeps what its reference shows. */
export interface MockDataserviceStub {
  id: string;
  title: string;
  slug: string;
}

export type DiscussionStatus = 'new_discussion' | 'new_comment' | 'closed';
export type HarvesterValidation = 'pending' | 'accepted' | 'refused';

/** The `choices` of `Notification.details`, each with its `class` (udata's generic key). */
export type MockNotificationDetails =
  | {
      class: 'MembershipRequestNotificationDetails';
      request_organization: string | null;
      request_user: string | null;
      /** StringField(default="request"): udata does not restrict it. */
      kind: string;
    }
  | {
      class: 'TransferRequestNotificationDetails';
      transfer_owner: MockRef | null;
      transfer_recipient: MockRef | null;
      transfer_subject: MockRef | null;
    }
  | { class: 'NewBadgeNotificationDetails'; organization: string | null; kind: string | null }
  | { class: 'DiscussionNotificationDetails'; status: DiscussionStatus; message_id: string | null; discussion: string | null }
  | { class: 'MembershipAcceptedNotificationDetails'; organization: string | null }
  | { class: 'MembershipRefusedNotificationDetails'; organization: string | null }
  | { class: 'ValidateHarvesterNotificationDetails'; source: string | null; status: HarvesterValidation }
  | { class: 'ReuseCreatedNotificationDetails'; reuse: string | null; dataset: string | null }
  | { class: 'DataserviceCreatedNotificationDetails'; dataservice: MockDataserviceStub | null; dataset: string | null };

export type NotificationClass = MockNotificationDetails['class'];

export interface MockNotification {
  /** An `AutoUUIDField`. */
  id: string;
  /** The recipient's id (`null` once the account is deleted: `reverse_delete_rule=NULLIFY`). */
  user: string | null;
  created_at: string;
  last_modified: string;
  handled_at: string | null;
  details: MockNotificationDetails;
}

/** What these helpers need of the backend: its data and a UUID generator (`MockUdata` fits). */
export interface NotificationStore {
  data: Pick<MockData, 'notifications' | 'organizations'>;
  newUuid(): string;
}

const now = () => new Date().toISOString();

/** A notification as `Notification(user=…, details=…)` makes it; `created_at` defaults to now. */
export function makeNotification(
  id: string,
  user: string,
  details: MockNotificationDetails,
  fields: { created_at?: string; handled_at?: string | null; last_modified?: string } = {},
): MockNotification {
  const created = fields.created_at ?? now();
  return {
    id,
    user,
    created_at: created,
    last_modified: fields.last_modified ?? fields.handled_at ?? created,
    handled_at: fields.handled_at ?? null,
    details,
  };
}

/** Saves a notification of any details class (seeding; udata's `Notification(...).save()`). */
export function addNotification(
  store: NotificationStore,
  user: string,
  details: MockNotificationDetails,
  fields: { created_at?: string; handled_at?: string | null } = {},
): MockNotification {
  const notification = makeNotification(store.newUuid(), user, details, fields);
  store.data.notifications.push(notification);
  return notification;
}

const adminsOf = (org: MockOrganization) => org.members.filter((m) => m.role === 'admin').map((m) => m.user.id);

/**
 * `on_new_membership_request` (`MembershipRequest.after_create`, sent by
 * `Organization.add_membership_request` and `create_invitation`): a request notifies every
 * admin, an invitation the invited user (none for an e-mail invitation). No new notification
 * while one for the same recipient, organization and requester is unhandled, whatever its kind.
 */
export function onMembershipRequestCreated(store: NotificationStore, request: MockMembershipRequest): void {
  const org = store.data.organizations.find((o) => o.id === request.org);
  if (!org) return;
  let recipients: string[];
  if (request.kind === 'invitation') {
    if (!request.user) return;
    recipients = [request.user.id];
  } else {
    recipients = adminsOf(org);
  }
  for (const recipient of recipients) {
    const existing = store.data.notifications.find(
      (n) =>
        n.user === recipient &&
        n.handled_at === null &&
        n.details.class === 'MembershipRequestNotificationDetails' &&
        n.details.request_organization === org.id &&
        n.details.request_user === (request.user?.id ?? null),
    );
    if (existing) continue;
    addNotification(
      store,
      recipient,
      {
        class: 'MembershipRequestNotificationDetails',
        request_organization: org.id,
        request_user: request.user?.id ?? null,
        kind: request.kind,
      },
      { created_at: request.created },
    );
  }
}

/**
 * `on_handle_membership_request` (`MembershipRequest.after_handle`: accept, refuse, cancel, and
 * the invited user's accept or refuse): every notification of any recipient about this
 * organization and this requester gets `handled_at = request.handled_on` — already handled
 * ones included (their date is overwritten), whatever their kind.
 */
export function onMembershipRequestHandled(store: NotificationStore, request: MockMembershipRequest): void {
  const requester = request.user?.id ?? null;
  for (const n of store.data.notifications) {
    if (
      n.details.class === 'MembershipRequestNotificationDetails' &&
      n.details.request_organization === request.org &&
      n.details.request_user === requester
    ) {
      n.handled_at = request.handled_on ?? now();
      n.last_modified = now();
    }
  }
}

/**
 * The notification half of the `notify_membership_response` task (the admin's accept or refuse
 * of a join request, never an invitation's answer nor a cancel): accepted, or else refused.
 */
export function notifyMembershipResponse(store: NotificationStore, request: MockMembershipRequest): void {
  if (!request.user) return;
  addNotification(store, request.user.id, {
    class: request.status === 'accepted' ? 'MembershipAcceptedNotificationDetails' : 'MembershipRefusedNotificationDetails',
    organization: request.org,
  });
}

/** `Organization.__badges__` (every kind udata knows; `ORGANIZATION_HIDDEN_BADGES` is empty). */
export const ORGANIZATION_BADGES = ['public-service', 'certified', 'association', 'company', 'local-authority'] as const;

/**
 * `Organization.add_badge(kind)` and the `notify_badge_*` task it triggers: the badge is
 * prepended, then every member gets a `NewBadgeNotificationDetails`. A badge the
 * organization already has changes nothing; an unknown kind is refused (a `ValidationError`).
 */
export function addBadge(store: NotificationStore, org: MockOrganization, kind: string): { kind: string } {
  const existing = org.badges.find((b) => b.kind === kind);
  if (existing) return existing;
  if (!(ORGANIZATION_BADGES as readonly string[]).includes(kind)) {
    throw new Error(`Unknown badge type for Organization: ${kind}`);
  }
  const badge = { kind };
  org.badges.unshift(badge);
  for (const member of org.members) {
    addNotification(store, member.user.id, { class: 'NewBadgeNotificationDetails', organization: org.id, kind });
  }
  return badge;
}
