import {
  addNotification,
  makeNotification,
  type MockNotification,
  type MockNotificationDetails,
  type NotificationStore,
} from './notifications.js';
import { ORG_IDS, oid, uuid, type MockData } from './seed.js';

/**
 * The notifications udata would hold for the seed (see seed.ts), built from it as udata's
 * receivers and tasks build them, so that each one matches what the other endpoints show:
 *
 * - a join request → every admin of its organization, dated as the request; handled (for
 *   all of them) once decided, and then the applicant is told (accepted / refused);
 * - an invitation → the invited user (Inès: `VIEWER_KEYS.invited`);
 * - the certified badge of the DREAL → every member;
 * - a new discussion on the DREAL's datasets → its members and earlier posters, not its author;
 * - a transfer offered to the DREAL (by Chloé, `VIEWER_KEYS.nonMember`) → its admins.
 *
 * Élodie (`VIEWER_KEYS.admin`) thus has six unhandled notifications (two join requests, the
 * badge, two discussions, the transfer) and two handled older ones (Gérald's refused request,
 * an October discussion). Decisions older than the seed's autumn are left out: udata deletes
 * handled notifications 90 days after.
 */
export function seedNotifications(data: Omit<MockData, 'notifications' | 'activities'>): MockNotification[] {
  // When the recent decisions were taken (udata's `handled_on`; the seed's requests do not keep it).
  const handledOn: Record<string, string> = { [uuid('0c', 3)]: '2026-10-02T08:30:00+00:00' };
  const discussionsReadOn: Record<string, string> = { [oid('1f', 3)]: '2026-10-05T07:45:00+00:00' };
  const RECENT = '2026-10-01T00:00:00+00:00';
  const BADGE_ADDED = '2026-11-12T16:20:00+00:00';

  const made: Array<{ user: string; details: MockNotificationDetails; created_at: string; handled_at?: string | null }> = [];
  const add = (user: string, details: MockNotificationDetails, created_at: string, handled_at: string | null = null) =>
    made.push({ user, details, created_at, handled_at });
  const orgById = (id: string) => data.organizations.find((o) => o.id === id);
  const adminsOf = (id: string) => (orgById(id)?.members ?? []).filter((m) => m.role === 'admin').map((m) => m.user.id);

  // Join requests and invitations (`on_new_membership_request`, `on_handle_membership_request`).
  for (const request of data.requests) {
    const org = orgById(request.org);
    if (!org || org.deleted) continue;
    const decided = request.status !== 'pending' ? handledOn[request.id] : null;
    if (request.status !== 'pending' && !decided) continue;
    const recipients = request.kind === 'invitation' ? (request.user ? [request.user.id] : []) : adminsOf(org.id);
    for (const recipient of recipients) {
      add(
        recipient,
        {
          class: 'MembershipRequestNotificationDetails',
          request_organization: org.id,
          request_user: request.user?.id ?? null,
          kind: request.kind,
        },
        request.created,
        decided,
      );
    }
    // `notify_membership_response`: the applicant learns the decision.
    if (decided && request.kind === 'request' && request.user) {
      add(
        request.user.id,
        {
          class: request.status === 'accepted' ? 'MembershipAcceptedNotificationDetails' : 'MembershipRefusedNotificationDetails',
          organization: org.id,
        },
        decided,
      );
    }
  }

  // The certified badge (`notify_badge_certified`): every member.
  const certified = orgById(ORG_IDS.certified)!;
  for (const member of certified.members) {
    add(member.user.id, { class: 'NewBadgeNotificationDetails', organization: certified.id, kind: 'certified' }, BADGE_ADDED);
  }

  // New discussions (`notify_new_discussion`, `Discussion.owner_recipients(sender=author)`).
  for (const discussion of data.discussions) {
    if (discussion.created < RECENT) continue;
    const recipients = new Set([
      ...discussion.discussion.map((m) => m.posted_by?.id).filter((id): id is string => Boolean(id)),
      ...(orgById(discussion.org)?.members ?? []).map((m) => m.user.id),
    ]);
    if (discussion.user) recipients.delete(discussion.user.id);
    for (const recipient of recipients) {
      add(
        recipient,
        { class: 'DiscussionNotificationDetails', status: 'new_discussion', message_id: null, discussion: discussion.id },
        discussion.created,
        discussionsReadOn[discussion.id] ?? null,
      );
    }
  }

  // The transfers (seed-transfers.ts: Chloé, `VIEWER_KEYS.nonMember`, offers the DREAL one of her
  // datasets), as `on_transfer_created` notifies them: the recipient user, or the recipient
  // organization's admins; handled once answered (`on_handle_transfer`).
  for (const transfer of data.transfers) {
    const { owner, recipient, subject } = transfer;
    const recipients = recipient.class === 'User' ? [recipient.id] : adminsOf(recipient.id);
    for (const user of recipients) {
      add(
        user,
        {
          class: 'TransferRequestNotificationDetails',
          transfer_owner: { ...owner },
          transfer_recipient: { ...recipient },
          transfer_subject: { ...subject },
        },
        transfer.created,
        transfer.responded,
      );
    }
  }

  // Stored in the order udata would have saved them.
  return made
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))
    .map((n, i) =>
      makeNotification(uuid('0d', i + 1), n.user, n.details, { created_at: n.created_at, handled_at: n.handled_at }),
    );
}

/**
 * One notification of each kind udata 17.6 sends that the seed does not already give the
 * admin (for the "every kind" story): the answers to a request, a harvester validated and
 * refused, a reuse and an API made from a dataset, a comment and a closed discussion.
 */
export function addEveryKind(store: NotificationStore & { data: MockData }, user: string): void {
  const { datasets, reuses, harvestSources, discussions } = store.data;
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();
  const kinds: MockNotificationDetails[] = [
    { class: 'MembershipAcceptedNotificationDetails', organization: ORG_IDS.solo },
    { class: 'MembershipRefusedNotificationDetails', organization: ORG_IDS.large },
    { class: 'ValidateHarvesterNotificationDetails', source: harvestSources[0]?.id ?? null, status: 'accepted' },
    { class: 'ValidateHarvesterNotificationDetails', source: harvestSources[1]?.id ?? null, status: 'refused' },
    { class: 'ReuseCreatedNotificationDetails', reuse: reuses[0]?.id ?? null, dataset: datasets[0]?.id ?? null },
    {
      class: 'DataserviceCreatedNotificationDetails',
      dataservice: { id: oid('2d', 1), title: 'API Qualité de l’air', slug: 'api-qualite-de-lair' },
      dataset: datasets[1]?.id ?? null,
    },
    { class: 'DiscussionNotificationDetails', status: 'new_comment', message_id: null, discussion: discussions[0]?.id ?? null },
    { class: 'DiscussionNotificationDetails', status: 'closed', message_id: null, discussion: discussions[1]?.id ?? null },
  ];
  kinds.forEach((details, i) => addNotification(store, user, details, { created_at: at(22 + (i % 8)) }));
}
