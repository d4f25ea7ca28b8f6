import { changedFields, emitActivity } from './activity.js';
import { addNotification, type MockRef, type NotificationStore } from './notifications.js';
import { isSysadmin } from './serialize.js';
import type { MockData, MockUser } from './seed.js';

/**
 * udata's `Transfer` documents (`udata/features/transfer/models.py`), the actions that make and
 * answer them (`actions.py`), their permissions (`permissions.py`) and the receivers of their
 * signals (`notifications.py`). References are stored as a `GenericReferenceField` keeps them
 * (class and id); serialize-transfers.ts dereferences them.
 */

export type TransferStatus = 'pending' | 'accepted' | 'refused';

export interface MockTransfer {
  id: string;
  /** Who asked (`current_user`). */
  user: string | null;
  /** Who owned the subject when it was asked: its organization, else its owner user. */
  owner: MockRef;
  recipient: MockRef;
  subject: MockRef;
  comment: string | null;
  status: TransferStatus;
  created: string;
  responded: string | null;
  responder: string | null;
  /** Stored, but `transfer_fields` reads a `reponse_comment` (sic) attribute: never sent. */
  response_comment: string | null;
}

/** What udata's `Owned` mixin gives a dataset or a reuse: an organization, else an owner user. */
export interface OwnedSubject {
  id: string;
  org: string | null;
  owner?: string | null;
}

export interface TransferStore extends NotificationStore {
  data: Pick<MockData, 'transfers' | 'datasets' | 'reuses' | 'organizations' | 'notifications' | 'activities'>;
  newObjectId(): string;
}

/** What the actions raise: `PermissionDenied` (403) or a `ValueError` (400 with its message). */
export class TransferError extends Error {
  constructor(
    readonly status: 400 | 403 | 500,
    message: string,
  ) {
    super(message);
  }
}

const now = () => new Date().toISOString();

/** The subject a reference points to; the mock has no dataservice collection. */
export function findSubject(data: TransferStore['data'], ref: MockRef): OwnedSubject | undefined {
  if (ref.class === 'Dataset') return data.datasets.find((d) => d.id === ref.id);
  if (ref.class === 'Reuse') return data.reuses.find((r) => r.id === ref.id);
  return undefined;
}

/** `subject.organization or subject.owner`. */
export function ownerOf(subject: OwnedSubject): MockRef | null {
  if (subject.org) return { class: 'Organization', id: subject.org };
  if (subject.owner) return { class: 'User', id: subject.owner };
  return null;
}

/** `OrganizationAdminNeed`: the identity gets it for every organization the user is admin of, deleted ones too. */
function isOrgAdmin(data: TransferStore['data'], orgId: string, caller: MockUser): boolean {
  const org = data.organizations.find((o) => o.id === orgId);
  return Boolean(org?.members.some((m) => m.user.id === caller.id && m.role === 'admin'));
}

/** Whether the caller holds the need for this owner or recipient (admin of the organization, or the user), or is a sysadmin. */
function holds(data: TransferStore['data'], party: MockRef | null, caller: MockUser | null): boolean {
  if (!caller) return false;
  if (isSysadmin(caller)) return true;
  if (party?.class === 'Organization') return isOrgAdmin(data, party.id, caller);
  if (party?.class === 'User') return party.id === caller.id;
  return false;
}

/** `TransferPermission(subject)`: an admin of the subject's organization (now), else its owner user. */
export const mayTransfer = (data: TransferStore['data'], subject: OwnedSubject, caller: MockUser | null) =>
  holds(data, ownerOf(subject), caller);

/** `TransferResponsePermission(transfer)`: an admin of the recipient organization, or the recipient user. */
export const mayAnswer = (data: TransferStore['data'], transfer: MockTransfer, caller: MockUser | null) =>
  holds(data, transfer.recipient, caller);

/**
 * `request_transfer`: the permission first (403), then a recipient that already owns the
 * subject (400). Nothing forbids another pending transfer of the same subject.
 */
export function requestTransfer(
  store: TransferStore,
  caller: MockUser,
  subject: MockRef,
  recipient: MockRef,
  comment: string | null,
): MockTransfer {
  const owned = findSubject(store.data, subject)!;
  const owner = ownerOf(owned);
  // Neither organization nor owner: `TransferPermission` fails to build its need (a crash).
  if (!owner) throw new TransferError(500, 'Internal Server Error');
  if (!mayTransfer(store.data, owned, caller)) throw new TransferError(403, 'PermissionDenied');
  if (owner.class === recipient.class && owner.id === recipient.id) {
    throw new TransferError(400, 'Recipient should be different than the current owner');
  }
  return saveTransfer(store, {
    id: store.newObjectId(),
    user: caller.id,
    owner,
    recipient: { ...recipient },
    subject: { ...subject },
    comment,
    status: 'pending',
    created: now(),
    responded: null,
    responder: null,
    response_comment: null,
  });
}

/** `Transfer.objects.create(...)` (or `TransferFactory`): stored, then `Transfer.on_create`. */
export function saveTransfer(store: TransferStore, transfer: MockTransfer): MockTransfer {
  store.data.transfers.push(transfer);
  onTransferCreated(store, transfer);
  return transfer;
}

/**
 * `accept_transfer` / `refuse_transfer`: the recipient's permission (403), then the answer is
 * saved, `Transfer.after_handle` sent, and an accepted subject moves: to the organization (its
 * owner cleared by `Owned.clean`) or to the user (its organization cleared). The subject moves
 * whoever owns it by now.
 */
export function answerTransfer(
  store: TransferStore,
  caller: MockUser,
  transfer: MockTransfer,
  response: 'accept' | 'refuse',
  comment: string | null,
): MockTransfer {
  if (!mayAnswer(store.data, transfer, caller)) throw new TransferError(403, 'PermissionDenied');
  Object.assign(transfer, {
    responded: now(),
    responder: caller.id,
    status: response === 'accept' ? 'accepted' : 'refused',
    response_comment: comment,
  });
  onTransferHandled(store, transfer);
  if (response === 'accept') {
    const subject = findSubject(store.data, transfer.subject);
    if (!subject) return transfer;
    const before = { organization: subject.org, owner: subject.owner ?? null };
    if (transfer.recipient.class === 'Organization') Object.assign(subject, { org: transfer.recipient.id, owner: null });
    if (transfer.recipient.class === 'User') Object.assign(subject, { org: null, owner: transfer.recipient.id });
    // `subject.save()`: `on_update` with the owner fields in the order they were set (the
    // recipient's, then the other one `Owned.clean` clears), by the one who answered.
    const order = transfer.recipient.class === 'User' ? ['owner', 'organization'] : ['organization', 'owner'];
    const changes = changedFields(before, { organization: subject.org, owner: subject.owner ?? null }, order);
    const key = transfer.subject.class === 'Reuse' ? 'reuse:updated' : 'dataset:updated';
    if (changes.length) emitActivity(store, key, caller, subject.id, subject.org, changes);
  }
  return transfer;
}

const sameRef = (a: MockRef | null, b: MockRef) => Boolean(a && a.class === b.class && a.id === b.id);

/**
 * `on_transfer_created`: a `TransferRequestNotificationDetails` to the recipient user, or to
 * every admin of the recipient organization (not its editors), dated as the transfer; none for
 * a user who still has an unhandled one for the same owner, recipient and subject.
 */
export function onTransferCreated(store: TransferStore, transfer: MockTransfer): void {
  const { recipient, owner, subject } = transfer;
  let users: string[] = [];
  if (recipient.class === 'User') users = [recipient.id];
  else if (recipient.class === 'Organization') {
    const org = store.data.organizations.find((o) => o.id === recipient.id);
    users = (org?.members ?? []).filter((m) => m.role === 'admin').map((m) => m.user.id);
  }
  for (const user of users) {
    const existing = store.data.notifications.some(
      (n) =>
        n.user === user &&
        n.handled_at === null &&
        n.details.class === 'TransferRequestNotificationDetails' &&
        sameRef(n.details.transfer_recipient, recipient) &&
        sameRef(n.details.transfer_owner, owner) &&
        sameRef(n.details.transfer_subject, subject),
    );
    if (existing) continue;
    addNotification(
      store,
      user,
      {
        class: 'TransferRequestNotificationDetails',
        transfer_owner: { ...owner },
        transfer_recipient: { ...recipient },
        transfer_subject: { ...subject },
      },
      { created_at: transfer.created },
    );
  }
}

/**
 * `on_handle_transfer`: every unhandled notification (of any user) about the same subject,
 * owner and recipient gets `handled_at` = now; handled ones keep their date.
 */
export function onTransferHandled(store: TransferStore, transfer: MockTransfer): void {
  const at = now();
  for (const n of store.data.notifications) {
    if (
      n.handled_at === null &&
      n.details.class === 'TransferRequestNotificationDetails' &&
      sameRef(n.details.transfer_subject, transfer.subject) &&
      sameRef(n.details.transfer_owner, transfer.owner) &&
      sameRef(n.details.transfer_recipient, transfer.recipient)
    ) {
      n.handled_at = at;
      n.last_modified = at;
    }
  }
}
