import type { ReactiveControllerHost } from 'lit';
import type { UdataClient } from '../../api/client.js';
import { isAbort, toApiError } from '../../api/errors.js';
import { KeyedState } from '../../internal/keyed-state.js';
import type { Loadable } from '../../state/org-session.js';
import type { MembershipRequest, OrgInvitation } from '../../api/models.js';
import type { UdataNotification } from '../../api/notifications.js';
import { listTransfers, type Transfer } from '../../api/transfers.js';
import { actionOf } from './notification-text.js';
import { listMyInvitations } from '../../api/invitations.js';
import { listMembershipRequests } from '../../api/membership-requests.js';

/** What a decision is about, as it stands now (null: no longer pending). */
export type DecisionSubject =
  | { kind: 'request'; request: MembershipRequest }
  | { kind: 'invitation'; invitation: OrgInvitation }
  | { kind: 'transfer'; transfer: Transfer }
  | null;

/**
 * Finds what a notification asks to decide. udata's notifications carry no request or
 * transfer id: the applicant's pending request (`?user=&status=pending`), the viewer's
 * invitation to the organization (`/me/org_invitations/`, asked once through `invitations`),
 * or the pending transfer of the subject to the recipient (`/transfer/?subject=&recipient=&status=pending`).
 * Each answer also says whether it is still pending.
 */
export async function findDecisionSubject(
  client: UdataClient,
  notification: UdataNotification,
  signal: AbortSignal,
  invitations: () => Promise<OrgInvitation[]>,
): Promise<DecisionSubject> {
  const d = notification.details;
  const action = actionOf(d);
  if (action === 'transfer') {
    if (!d.transfer_subject || !d.transfer_recipient) return null;
    const found = await listTransfers(
      client,
      { subject: d.transfer_subject.id, recipient: d.transfer_recipient.id, status: 'pending' },
      { signal },
    );
    // Several pending transfers of one object are allowed: the newest is the one notified last.
    const transfer = found.filter((t) => t.status === 'pending').sort((a, b) => b.created.localeCompare(a.created))[0];
    return transfer ? { kind: 'transfer', transfer } : null;
  }
  const org = d.request_organization;
  if (!org) return null;
  if (action === 'invitation') {
    const invitation = (await invitations()).find((i) => i.organization.id === org.id);
    return invitation ? { kind: 'invitation', invitation } : null;
  }
  const user = d.request_user;
  if (action !== 'join-request' || !user) return null;
  const requests = await listMembershipRequests(client, org.id, { user: user.id, status: 'pending' }, { signal });
  const request = requests.find((r) => r.kind !== 'invitation' && r.user?.id === user.id && r.status === 'pending');
  return request ? { kind: 'request', request } : null;
}

/** What each shown notification asks to decide, looked up once when first shown, and again before deciding. */
export class SubjectLookups {
  private readonly subjects: KeyedState<Loadable<DecisionSubject>>;
  private invitations?: Promise<OrgInvitation[]>;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: { client: () => UdataClient | null; signal: () => AbortSignal },
  ) {
    this.subjects = new KeyedState(host);
  }

  /** What is known of the notification's subject (its lookup starts the first time). */
  get(notification: UdataNotification): Loadable<DecisionSubject> {
    const state = this.subjects.get(notification.id);
    if (state) return state;
    void this.lookUp(notification);
    return { status: 'loading' };
  }

  async lookUp(notification: UdataNotification): Promise<void> {
    const id = notification.id;
    this.subjects.set(id, { status: 'loading' });
    try {
      this.subjects.set(id, { status: 'ready', value: await this.find(notification) });
    } catch (error) {
      if (!isAbort(error)) this.subjects.set(id, { status: 'error', error: toApiError(error, 'load-notification-subject') });
    }
  }

  /** Asks again (the invitations too): whether the subject is still pending. */
  async again(notification: UdataNotification): Promise<boolean> {
    this.invitations = undefined;
    if (await this.find(notification)) return true;
    this.gone(notification.id);
    return false;
  }

  /** Decided, or found no longer pending. */
  gone(id: string): void {
    this.subjects.set(id, { status: 'ready', value: null });
  }

  /** Forgets everything (the panel opens again). */
  reset(): void {
    this.invitations = undefined;
    this.subjects.clear();
  }

  private find(notification: UdataNotification): Promise<DecisionSubject> {
    const client = this.options.client();
    if (!client) return Promise.resolve(null);
    const signal = this.options.signal();
    return findDecisionSubject(client, notification, signal, () => (this.invitations ??= listMyInvitations(client, { signal })));
  }
}
