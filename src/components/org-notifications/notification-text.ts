import type {
  NotificationDetails,
  NotifiedObject,
  NotifiedOrganization,
  NotifiedReference,
  UdataNotification,
} from '../../api/notifications.js';
import { ownEntry } from '../../internal/lookup.js';
import { fullName } from '../../internal/users.js';
import type { NotificationsTerms } from './org-notifications.terms.js';

/** What a notification asks of the viewer, if anything. */
export type NotificationAction = 'join-request' | 'invitation' | 'transfer' | 'harvester' | null;

/** A notification as the inbox shows it: a sentence in the viewer's language, and where it points. */
export interface NotificationView {
  text: string;
  /** The object's page on the site (built from `site-url`, never from the API's links). */
  href?: string;
  action: NotificationAction;
}

const CLASS = {
  request: 'MembershipRequestNotificationDetails',
  transfer: 'TransferRequestNotificationDetails',
  badge: 'NewBadgeNotificationDetails',
  accepted: 'MembershipAcceptedNotificationDetails',
  refused: 'MembershipRefusedNotificationDetails',
  discussion: 'DiscussionNotificationDetails',
  harvester: 'ValidateHarvesterNotificationDetails',
  reuse: 'ReuseCreatedNotificationDetails',
  dataservice: 'DataserviceCreatedNotificationDetails',
} as const;

const PAGES: Record<string, string> = {
  Dataset: 'datasets',
  Reuse: 'reuses',
  Dataservice: 'dataservices',
  Organization: 'organizations',
};

const page = (siteUrl: string, kind: string, object: { slug?: string; id: string } | null | undefined) =>
  siteUrl && object && ownEntry(PAGES, kind)
    ? `${siteUrl}/${PAGES[kind]}/${encodeURIComponent(object.slug || object.id)}/`
    : undefined;

const orgName = (org: NotifiedOrganization | null | undefined, t: NotificationsTerms) => org?.name || t.anOrganization;
const title = (object: NotifiedObject | null | undefined, t: NotificationsTerms) => object?.title || object?.name || t.untitled;

/** Needs the viewer's answer: a pending join request, invitation, transfer or harvester validation. */
export function actionOf(details: NotificationDetails): NotificationAction {
  if (details.class === CLASS.request) return details.kind === 'invitation' ? 'invitation' : 'join-request';
  if (details.class === CLASS.transfer) return 'transfer';
  if (details.class === CLASS.harvester && (details.status ?? 'pending') === 'pending') return 'harvester';
  return null;
}

/** The sentence and link of one notification; an unknown class gets a neutral line. */
export function describeNotification(notification: UdataNotification, t: NotificationsTerms, siteUrl: string): NotificationView {
  const d = notification.details;
  const action = actionOf(d);
  switch (d.class) {
    case CLASS.request:
      return {
        text:
          action === 'invitation'
            ? t.invitation(orgName(d.request_organization, t))
            : t.joinRequest(fullName(d.request_user, t.someone), orgName(d.request_organization, t)),
        href: page(siteUrl, 'Organization', d.request_organization),
        action,
      };
    case CLASS.accepted:
    case CLASS.refused:
      return {
        text: (d.class === CLASS.accepted ? t.accepted : t.refused)(orgName(d.organization, t)),
        href: page(siteUrl, 'Organization', d.organization),
        action,
      };
    case CLASS.badge:
      return {
        text: t.badge(orgName(d.organization, t), ownEntry(t.badges, d.kind) ?? d.kind ?? ''),
        href: page(siteUrl, 'Organization', d.organization),
        action,
      };
    case CLASS.transfer: {
      const subject = d.transfer_subject;
      const party = (ref: NotifiedReference | null | undefined) =>
        ref?.name || (ref?.class === 'User' ? fullName(ref, t.someone) : t.someone);
      return {
        text: t.transfer(
          party(d.transfer_owner),
          ownEntry(t.objects, subject?.class) ?? t.objects.other,
          subject?.title,
          party(d.transfer_recipient),
        ),
        href: subject ? page(siteUrl, subject.class, subject) : undefined,
        action,
      };
    }
    case CLASS.discussion:
      return describeDiscussion(d, t, siteUrl);
    case CLASS.harvester: {
      const sentence = ownEntry(t.harvester, d.status ?? 'pending') ?? t.harvester.pending;
      return { text: sentence(title(d.source, t)), action };
    }
    case CLASS.reuse:
      return { text: t.reuseCreated(title(d.reuse, t), title(d.dataset, t)), href: page(siteUrl, 'Reuse', d.reuse), action };
    case CLASS.dataservice:
      return {
        text: t.dataserviceCreated(title(d.dataservice, t), title(d.dataset, t)),
        href: page(siteUrl, 'Dataservice', d.dataservice),
        action,
      };
    default:
      return { text: t.unknown, action: null };
  }
}

function describeDiscussion(d: NotificationDetails, t: NotificationsTerms, siteUrl: string): NotificationView {
  const discussion = d.discussion;
  const messages = discussion?.discussion ?? [];
  // The message the notification is about (udata keeps its id), else the last one.
  const message = messages.find((m) => m.id && m.id === d.message_id) ?? messages[messages.length - 1];
  const author = fullName(message?.posted_by ?? discussion?.user, t.someone);
  const subject = discussion?.subject;
  const href = subject ? page(siteUrl, subject.class, subject) : undefined;
  const name = title(discussion, t);
  const text =
    d.status === 'closed'
      ? t.discussionClosed(name)
      : d.status === 'new_comment'
        ? t.discussionAnswered(author, name)
        : t.discussionOpened(author, name);
  return { text, href: href && discussion ? `${href}#discussion-${encodeURIComponent(discussion.id)}` : href, action: null };
}

/** The organization a notification is about, by its details (udata has no filter of its own). */
export function organizationsOf(d: NotificationDetails): Array<{ id: string; slug?: string }> {
  const found: Array<{ id: string; slug?: string } | null | undefined> = [
    d.request_organization,
    d.organization,
    d.source?.organization,
    d.reuse?.organization,
    d.dataservice?.organization,
    d.dataset?.organization,
    d.discussion?.organization,
  ];
  for (const ref of [d.transfer_recipient, d.transfer_owner]) if (ref?.class === 'Organization') found.push(ref);
  if (d.discussion?.subject?.class === 'Organization') found.push(d.discussion.subject);
  return found.filter((ref): ref is { id: string; slug?: string } => Boolean(ref));
}

/** Whether a notification concerns the organization given by id or slug. */
export function concerns(notification: UdataNotification, org: { id?: string; slug?: string; key: string }): boolean {
  return organizationsOf(notification.details).some(
    (ref) => ref.id === org.key || ref.slug === org.key || (org.id && ref.id === org.id) || (org.slug && ref.slug === org.slug),
  );
}
