import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { UdataClient } from '../../api/client.js';
import { isAbort, toApiError, type ApiError } from '../../api/errors.js';
import type { Member, MemberRole, MembershipRequest, OrgInvitation } from '../../api/models.js';
import { updateMemberRole } from '../../api/members.js';
import type { UdataNotification } from '../../api/notifications.js';
import type { FormatController } from '../../i18n/format.js';
import { describeError } from '../../internal/error-message.js';
import { KeyedState } from '../../internal/keyed-state.js';
import { ownEntry } from '../../internal/lookup.js';
import { fullName } from '../../internal/users.js';
import { invitationTerms } from '../join-request-button/invitation.terms.js';
import { requestsTerms } from '../pending-requests/pending-requests.terms.js';
import { transfersTerms } from '../org-transfers/org-transfers.terms.js';
import { answerTransfer, getTransfer, type Transfer } from '../../api/transfers.js';
import type { notificationsTerms } from './org-notifications.terms.js';
import { actionOf } from './notification-text.js';
import { renderInvitationDecision, renderRequestDecision, renderTransferDecision } from './decision-views.js';
import { SubjectLookups } from './decision-subjects.js';
import { answerMyInvitation } from '../../api/invitations.js';
import { acceptMembershipRequest, refuseMembershipRequest } from '../../api/membership-requests.js';

type Localize = FormatController<{
  notifications: typeof notificationsTerms;
  requests: typeof requestsTerms;
  invitation: typeof invitationTerms;
  transfers: typeof transfersTerms;
}>;

/** The words the decisions share with `<pending-requests>` and `<join-request-button>`. */
export const decisionTerms = { requests: requestsTerms, invitation: invitationTerms, transfers: transfersTerms };

export interface DecisionOptions {
  client: () => UdataClient | null;
  localize: Localize;
  signal: () => AbortSignal;
  /** The decision was taken: udata has marked the notification handled. */
  onDecided: (notification: UdataNotification, said: string) => void;
  /** Says something in the element's live region. */
  announce: (message: string) => void;
  onRequestAccepted: (request: MembershipRequest, member: Member, orgId: string) => void;
  onRequestRefused: (request: MembershipRequest, comment: string, orgId: string) => void;
  onInvitationAnswered: (invitation: OrgInvitation, accepted: boolean) => void;
  onTransferAnswered: (transfer: Transfer, accepted: boolean) => void;
  onFailed: (error: ApiError, message: string) => void;
}

/**
 * Decisions taken in the inbox, as the other elements take them: an admin accepts a join
 * request (as editor, or as admin with a second `PUT` of the role) or refuses it with a reason;
 * the invited viewer accepts or declines their invitation. A notification carries no request
 * id: the pending request is looked up (`?user=&status=pending`, which also says whether it is
 * still pending) and looked up again just before deciding, since udata checks no status.
 */
export class NotificationDecisions {
  private readonly lookups: SubjectLookups;
  private readonly busy: KeyedState<true>;
  private readonly errors: KeyedState<ApiError>;
  private readonly roles: KeyedState<MemberRole>;
  /** Notifications whose refusal (or decline) form is open, with the reason typed so far. */
  private readonly refusing: KeyedState<string>;
  private readonly reasonMissing: KeyedState<true>;
  /** Transfers whose answer is being confirmed. */
  private readonly transferAnswers: KeyedState<'accept' | 'refuse'>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DecisionOptions,
  ) {
    this.lookups = new SubjectLookups(host, options);
    this.busy = new KeyedState(host);
    this.errors = new KeyedState(host);
    this.roles = new KeyedState(host);
    this.refusing = new KeyedState(host);
    this.reasonMissing = new KeyedState(host);
    this.transferAnswers = new KeyedState(host);
  }

  /** Forgets what was looked up (the panel opens again, another tab decided). */
  reset(): void {
    this.lookups.reset();
  }

  /** The controls of an unhandled join request or invitation; nothing for the other kinds. */
  render(notification: UdataNotification) {
    const action = actionOf(notification.details);
    if (notification.handled_at || (action !== 'join-request' && action !== 'invitation' && action !== 'transfer'))
      return nothing;
    const t = this.options.localize.t;
    const state = this.lookups.get(notification);
    if (state.status === 'loading') return html`<p class="hint" role="status">${t.loading}</p>`;
    if (state.status === 'error') {
      return html`<div part="error" class="error" role="alert">
        ${describeError(t, state.error)}
        <button class="button secondary small" type="button" @click=${() => this.lookups.lookUp(notification)}>${t.retry}</button>
      </div>`;
    }
    const subject = state.value;
    if (!subject) {
      return html`<p part="handled" class="hint">
        ${action === 'invitation' ? t.notifications.invitationGone : action === 'transfer' ? t.transfers.alreadyAnswered : t.requests.alreadyHandled}
      </p>`;
    }
    const id = notification.id;
    const common = {
      t,
      id,
      busy: this.busy.has(id),
      error: this.errors.get(id),
      onCancel: () => this.closeRefusal(id),
      onOpen: () => this.openRefusal(id),
    };
    if (subject.kind === 'invitation') {
      const { invitation } = subject;
      return renderInvitationDecision({
        ...common,
        invitation,
        declining: this.refusing.has(id),
        onAccept: () => this.answer(notification, invitation, true),
        onDecline: () => this.answer(notification, invitation, false),
      });
    }
    if (subject.kind === 'transfer') {
      const { transfer } = subject;
      return renderTransferDecision({
        ...common,
        transfer,
        orgName: notification.details.transfer_recipient?.name ?? '',
        answering: this.transferAnswers.get(id),
        comment: this.refusing.get(id) ?? '',
        onAnswer: (accept) => {
          this.transferAnswers.set(id, accept ? 'accept' : 'refuse');
          this.openRefusal(id);
        },
        onComment: (value) => this.refusing.set(id, value),
        onConfirm: () => this.answerTransfer(notification, transfer),
        onCancel: () => {
          this.transferAnswers.set(id, undefined);
          this.closeRefusal(id);
        },
      });
    }
    const { request } = subject;
    return renderRequestDecision({
      ...common,
      request,
      role: this.roles.get(id) ?? 'editor',
      refusing: this.refusing.get(id),
      reasonMissing: this.reasonMissing.has(id),
      onRole: (role) => this.roles.set(id, role),
      onAccept: () => this.accept(notification, request),
      onReason: (value) => {
        this.refusing.set(id, value);
        if (value.trim()) this.reasonMissing.set(id, undefined);
      },
      onRefuse: (event) => this.refuse(event, notification, request),
    });
  }

  private openRefusal(id: string) {
    if (!this.refusing.has(id)) this.refusing.set(id, '');
    void this.host.updateComplete.then(() =>
      this.host.shadowRoot
        ?.querySelector<HTMLElement>(
          `#reason-${CSS.escape(id)}, [data-notification-id="${CSS.escape(id)}"] [part~="decline-submit"]`,
        )
        ?.focus(),
    );
  }

  private closeRefusal(id: string) {
    this.refusing.set(id, undefined);
    this.reasonMissing.set(id, undefined);
    void this.host.updateComplete.then(() =>
      this.host.shadowRoot
        ?.querySelector<HTMLElement>(`[data-notification-id="${CSS.escape(id)}"] :is([part~="refuse"], [part~="decline"])`)
        ?.focus(),
    );
  }

  /** Looks the subject up again just before deciding: another admin may have been faster. */
  private async stillPending(notification: UdataNotification): Promise<boolean> {
    if (await this.lookups.again(notification)) return true;
    this.options.announce(this.options.localize.t.requests.alreadyHandled);
    return false;
  }

  private async accept(notification: UdataNotification, request: MembershipRequest) {
    const client = this.options.client();
    const org = notification.details.request_organization;
    const id = notification.id;
    if (!client || !org || this.busy.has(id)) return;
    const t = this.options.localize.t;
    const role = this.roles.get(id) ?? 'editor';
    const name = fullName(request.user, t.unknownUser);
    const signal = this.options.signal();
    await this.deciding(id, 'accept-request', async () => {
      if (!(await this.stillPending(notification))) return;
      let member = await acceptMembershipRequest(client, org.id, request.id, { signal });
      let said = t.requests.accepted(name, ownEntry(t.roles, member.role) ?? member.role);
      if (role === 'admin' && member.role !== 'admin') {
        try {
          member = await updateMemberRole(client, org.id, member.user.id, 'admin', { signal });
          said = t.requests.accepted(name, t.roles.admin);
        } catch (error) {
          said = t.requests.acceptedNotPromoted(name);
          if (!isAbort(error)) this.options.onFailed(toApiError(error, 'change-role'), said);
        }
      }
      this.options.onRequestAccepted(request, member, org.id);
      this.options.onDecided(notification, said);
    });
  }

  private async refuse(event: SubmitEvent, notification: UdataNotification, request: MembershipRequest) {
    event.preventDefault();
    const client = this.options.client();
    const org = notification.details.request_organization;
    const id = notification.id;
    if (!client || !org || this.busy.has(id)) return;
    const t = this.options.localize.t;
    const comment = (this.refusing.get(id) ?? '').trim();
    if (!comment) {
      this.reasonMissing.set(id, true);
      await this.host.updateComplete;
      this.host.shadowRoot?.querySelector<HTMLElement>(`#reason-${CSS.escape(id)}`)?.focus();
      return;
    }
    await this.deciding(id, 'refuse-request', async () => {
      if (!(await this.stillPending(notification))) return;
      await refuseMembershipRequest(client, org.id, request.id, comment, { signal: this.options.signal() });
      this.refusing.set(id, undefined);
      this.options.onRequestRefused(request, comment, org.id);
      this.options.onDecided(notification, t.requests.refused(fullName(request.user, t.unknownUser)));
    });
  }

  private async answer(notification: UdataNotification, invitation: OrgInvitation, accept: boolean) {
    const client = this.options.client();
    const id = notification.id;
    if (!client || this.busy.has(id)) return;
    const t = this.options.localize.t;
    await this.deciding(id, accept ? 'accept-invitation' : 'refuse-invitation', async () => {
      if (!(await this.stillPending(notification))) return;
      await answerMyInvitation(client, invitation.id, accept ? 'accept' : 'refuse', { signal: this.options.signal() });
      this.refusing.set(id, undefined);
      this.options.onInvitationAnswered(invitation, accept);
      const role = ownEntry(t.roles, invitation.role) ?? invitation.role;
      this.options.onDecided(notification, accept ? t.invitation.invitationAccepted(role) : t.invitation.invitationRefused);
    });
  }

  /** Answers a transfer as `<org-transfers>` does: read again first, then the answer with the optional comment. */
  private async answerTransfer(notification: UdataNotification, transfer: Transfer) {
    const client = this.options.client();
    const id = notification.id;
    const accept = this.transferAnswers.get(id) === 'accept';
    if (!client || this.busy.has(id)) return;
    const t = this.options.localize.t;
    await this.deciding(id, accept ? 'accept-transfer' : 'refuse-transfer', async () => {
      const signal = this.options.signal();
      const now = await getTransfer(client, transfer.id, { signal });
      if (now.status !== 'pending') {
        this.lookups.gone(id);
        return this.options.announce(t.transfers.alreadyAnswered);
      }
      const answered = await answerTransfer(
        client,
        transfer.id,
        accept ? 'accept' : 'refuse',
        (this.refusing.get(id) ?? '').trim(),
        { signal },
      );
      this.refusing.set(id, undefined);
      this.transferAnswers.set(id, undefined);
      this.options.onTransferAnswered({ ...transfer, ...answered }, accept);
      const title = transfer.subject?.title || t.transfers.untitled;
      const org = notification.details.transfer_recipient?.name ?? '';
      this.options.onDecided(notification, accept ? t.transfers.accepted(title, org) : t.transfers.refused(title));
    });
  }

  /** One decision at a time per notification; a failure is shown beside it, what was typed kept. */
  private async deciding(id: string, action: string, decide: () => Promise<void>) {
    this.busy.set(id, true);
    this.errors.set(id, undefined);
    try {
      await decide();
    } catch (error) {
      if (isAbort(error)) return;
      const failure = toApiError(error, action);
      const t = this.options.localize.t;
      const notPending = failure.status === 400 && (action.endsWith('invitation') || action.endsWith('transfer'));
      if (failure.status === 404 || failure.status === 409 || notPending) {
        // Handled meanwhile (udata: 404 unknown, 409 already a member, 400 not pending).
        this.lookups.gone(id);
        this.options.announce(t.requests.alreadyHandled);
      } else {
        this.errors.set(id, failure);
      }
      this.options.onFailed(failure, describeError(t, failure));
    } finally {
      this.busy.set(id, undefined);
    }
  }
}
