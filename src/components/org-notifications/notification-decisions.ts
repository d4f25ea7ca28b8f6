import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { UdataClient } from '../../api/client.js';
import { isAbort, toApiError, type ApiError } from '../../api/errors.js';
import type { Member, MemberRole, MembershipRequest, OrgInvitation } from '../../api/models.js';
import { acceptMembershipRequest, refuseMembershipRequest, updateMemberRole } from '../../api/members.js';
import type { UdataNotification } from '../../api/notifications.js';
import type { FormatController } from '../../i18n/format.js';
import { describeError } from '../../internal/error-message.js';
import { KeyedState } from '../../internal/keyed-state.js';
import { ownEntry } from '../../internal/lookup.js';
import { fullName } from '../../internal/users.js';
import type { Loadable } from '../../state/org-session.js';
import { invitationTerms } from '../join-request-button/invitation.terms.js';
import { requestsTerms } from '../pending-requests/pending-requests.terms.js';
import type { notificationsTerms } from './org-notifications.terms.js';
import { actionOf } from './notification-text.js';
import { renderInvitationDecision, renderRequestDecision } from './decision-views.js';

type Localize = FormatController<{
  notifications: typeof notificationsTerms;
  requests: typeof requestsTerms;
  invitation: typeof invitationTerms;
}>;

/** The words the decisions share with `<pending-requests>` and `<join-request-button>`. */
export const decisionTerms = { requests: requestsTerms, invitation: invitationTerms };

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
  onFailed: (error: ApiError, message: string) => void;
}

/** What a decision is about: the pending request, or the viewer's invitation (null: no longer pending). */
type Subject = { kind: 'request'; request: MembershipRequest } | { kind: 'invitation'; invitation: OrgInvitation } | null;

/**
 * Decisions taken in the inbox, as the other elements take them: an admin accepts a join
 * request (as editor, or as admin with a second `PUT` of the role) or refuses it with a reason;
 * the invited viewer accepts or declines their invitation. A notification carries no request
 * id: the pending request is looked up (`?user=&status=pending`, which also says whether it is
 * still pending) and looked up again just before deciding, since udata checks no status.
 */
export class NotificationDecisions {
  private readonly subjects: KeyedState<Loadable<Subject>>;
  private readonly busy: KeyedState<true>;
  private readonly errors: KeyedState<ApiError>;
  private readonly roles: KeyedState<MemberRole>;
  /** Notifications whose refusal (or decline) form is open, with the reason typed so far. */
  private readonly refusing: KeyedState<string>;
  private readonly reasonMissing: KeyedState<true>;
  private invitations?: Promise<OrgInvitation[]>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DecisionOptions,
  ) {
    this.subjects = new KeyedState(host);
    this.busy = new KeyedState(host);
    this.errors = new KeyedState(host);
    this.roles = new KeyedState(host);
    this.refusing = new KeyedState(host);
    this.reasonMissing = new KeyedState(host);
  }

  /** Forgets what was looked up (the panel opens again, another tab decided). */
  reset(): void {
    this.invitations = undefined;
    this.subjects.clear();
  }

  /** The controls of an unhandled join request or invitation; nothing for the other kinds. */
  render(notification: UdataNotification) {
    const action = actionOf(notification.details);
    if (notification.handled_at || (action !== 'join-request' && action !== 'invitation')) return nothing;
    const t = this.options.localize.t;
    const state = this.subjects.get(notification.id);
    if (!state) {
      void this.lookUp(notification);
      return html`<p class="hint" role="status">${t.loading}</p>`;
    }
    if (state.status === 'loading') return html`<p class="hint" role="status">${t.loading}</p>`;
    if (state.status === 'error') {
      return html`<div part="error" class="error" role="alert">
        ${describeError(t, state.error)}
        <button class="button secondary small" type="button" @click=${() => this.lookUp(notification)}>${t.retry}</button>
      </div>`;
    }
    const subject = state.value;
    if (!subject) {
      return html`<p part="handled" class="hint">
        ${action === 'invitation' ? t.notifications.invitationGone : t.requests.alreadyHandled}
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

  /** Finds the pending request or invitation the notification is about. */
  private async lookUp(notification: UdataNotification): Promise<Subject | undefined> {
    const id = notification.id;
    this.subjects.set(id, { status: 'loading' });
    try {
      const subject = await this.find(notification);
      this.subjects.set(id, { status: 'ready', value: subject });
      return subject;
    } catch (error) {
      if (isAbort(error)) return undefined;
      this.subjects.set(id, { status: 'error', error: toApiError(error, 'load-notification-subject') });
      return undefined;
    }
  }

  private async find(notification: UdataNotification): Promise<Subject> {
    const client = this.options.client();
    const { request_organization: org, request_user: user } = notification.details;
    if (!client || !org) return null;
    const signal = this.options.signal();
    if (actionOf(notification.details) === 'invitation') {
      this.invitations ??= client.listMyInvitations({ signal });
      const invitation = (await this.invitations).find((i) => i.organization.id === org.id);
      return invitation ? { kind: 'invitation', invitation } : null;
    }
    if (!user) return null;
    const requests = await client.listMembershipRequests(org.id, { user: user.id, status: 'pending' }, { signal });
    const request = requests.find((r) => r.kind !== 'invitation' && r.user?.id === user.id && r.status === 'pending');
    return request ? { kind: 'request', request } : null;
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

  /** Looks the request up again just before deciding: another admin may have been faster. */
  private async stillPending(notification: UdataNotification): Promise<boolean> {
    this.invitations = undefined;
    const subject = await this.find(notification);
    if (subject) return true;
    this.subjects.set(notification.id, { status: 'ready', value: null });
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
      await client.answerMyInvitation(invitation.id, accept ? 'accept' : 'refuse', { signal: this.options.signal() });
      this.refusing.set(id, undefined);
      this.options.onInvitationAnswered(invitation, accept);
      const role = ownEntry(t.roles, invitation.role) ?? invitation.role;
      this.options.onDecided(notification, accept ? t.invitation.invitationAccepted(role) : t.invitation.invitationRefused);
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
      if (failure.status === 404 || failure.status === 409 || (failure.status === 400 && action.endsWith('invitation'))) {
        // Handled meanwhile (udata: 404 unknown, 409 already a member, 400 not pending).
        this.subjects.set(id, { status: 'ready', value: null });
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
