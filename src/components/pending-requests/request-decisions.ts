import { html, nothing, type ReactiveControllerHost } from 'lit';
import { isAbort, type ApiError } from '../../api/errors.js';
import type { Member, MemberRole, MembershipRequest } from '../../api/models.js';
import { acceptMembershipRequest, refuseMembershipRequest, updateMemberRole } from '../../api/members.js';
import type { FormatController } from '../../i18n/format.js';
import { describeError, fieldError, renderServerMessage } from '../../internal/error-message.js';
import { FlowController } from '../../internal/flow-controller.js';
import { renderFormDialog, renderTextArea } from '../../internal/form-dialog.js';
import { KeyedState } from '../../internal/keyed-state.js';
import { ownEntry } from '../../internal/lookup.js';
import { ModalController } from '../../internal/modal-controller.js';
import { fullName } from '../../internal/users.js';
import type { OrgSession } from '../../state/org-session.js';
import { pendingRequestsOf } from '../../state/pending-requests-store.js';
import type { requestsTerms } from './pending-requests.terms.js';
import type { RequestRowDecision } from './request-row.js';

/** What the decisions need from the element that lists the requests. */
export interface RequestDecisionsHost extends ReactiveControllerHost, HTMLElement {
  /** The ids of the requests shown, in order (focus goes to a neighbour of a decided one). */
  shownRequestIds(): string[];
  /** Says a decision, or that another admin was faster, in the element's live region. */
  announce(message: string): void;
  accepted(request: MembershipRequest, member: Member): void;
  refused(request: MembershipRequest, comment: string): void;
  /** A decision failed (the row or the dialog shows why): tell the page. */
  failed(error: ApiError, message: string): void;
}

type Localize = FormatController<{ requests: typeof requestsTerms }>;

/** udata's "already handled" answers: the request is gone (404) or the user is a member (409). */
const alreadyHandled = (error: ApiError) => error.status === 404 || error.status === 409;

const isMember = (body: unknown): body is Member => Boolean(body && typeof body === 'object' && 'user' in body && 'role' in body);

/**
 * What an admin decides on a pending request: accept (as editor, or as admin with a second
 * `PUT` of the role) or refuse with a reason (required by udata, asked in a dialog). Each
 * decision first checks the request is still pending (udata does not); a request another
 * admin handled leaves the list with a word saying so. Focus stays in the list.
 */
export class RequestDecisions extends FlowController<RequestDecisionsHost, Localize> {
  /** Requests with a decision in flight (one click sends one request). */
  private readonly busy: KeyedState<true>;
  private readonly roleChoice: KeyedState<MemberRole>;
  /** The last failure of each request. */
  readonly rowErrors: KeyedState<ApiError>;
  private refusing: MembershipRequest | null = null;
  private reason = '';
  private reasonMissing = false;
  private refuseError: ApiError | null = null;
  private readonly modal: ModalController;
  /** The request whose row takes focus once a decided one leaves the list. */
  private focusAfterRemoval?: string;

  constructor(
    host: RequestDecisionsHost,
    session: () => OrgSession | undefined,
    localize: Localize,
    removalSignal: () => AbortSignal,
  ) {
    super(host, session, localize, removalSignal);
    this.busy = new KeyedState(host);
    this.roleChoice = new KeyedState(host);
    this.rowErrors = new KeyedState(host);
    this.modal = new ModalController(host, () => host.shadowRoot?.querySelector('dialog'));
  }

  /** The admin's controls on one request's row. */
  decision(request: MembershipRequest): RequestRowDecision {
    return {
      busy: this.busy.has(request.id),
      role: this.roleChoice.get(request.id) ?? 'editor',
      onRole: (role) => this.roleChoice.set(request.id, role),
      onAccept: () => void this.accept(request),
      onRefuse: (event) => this.openRefusal(request, event),
    };
  }

  renderRefuseDialog() {
    const t = this.localize.t;
    const request = this.refusing;
    if (!request) return nothing;
    const name = fullName(request.user, request.email || t.unknownUser);
    return renderFormDialog({
      id: 'refuse',
      title: t.requests.refuseTitle(name),
      body: renderTextArea({
        id: 'refuse-reason',
        part: 'reason',
        label: t.requests.refuseReason,
        hint: t.requests.refuseHint,
        required: true,
        requiredLabel: t.required,
        value: this.reason,
        error: this.reasonMissing ? t.requests.reasonRequired : fieldError(this.refuseError, 'comment'),
        onInput: (value) => {
          this.reason = value;
          if (value.trim()) this.reasonMissing = false;
          this.host.requestUpdate();
        },
      }),
      error:
        this.refuseError && !fieldError(this.refuseError, 'comment')
          ? html`${describeError(t, this.refuseError)}${renderServerMessage(t, this.refuseError)}`
          : null,
      submitLabel: t.requests.refuseSubmit,
      busyLabel: t.requests.sending,
      cancelLabel: t.cancel,
      busy: this.busy.has(request.id),
      danger: true,
      onSubmit: (event) => void this.refuse(event),
      onCancel: () => this.modal.close(),
    });
  }

  private async accept(request: MembershipRequest) {
    const session = this.session();
    const org = session?.org;
    if (!session || !org || this.busy.has(request.id)) return;
    const t = this.localize.t;
    const role = this.roleChoice.get(request.id) ?? 'editor';
    const name = fullName(request.user, t.unknownUser);
    this.busy.set(request.id, true);
    this.rowErrors.set(request.id, undefined);
    const signal = this.removalSignal();
    try {
      if (!(await this.stillPending(session, request))) return;
      let member = await acceptMembershipRequest(session.client, org.id, request.id, { signal });
      let announcement = t.requests.accepted(name, ownEntry(t.roles, member.role) ?? member.role);
      if (role === 'admin' && member.role !== 'admin') {
        try {
          member = await updateMemberRole(session.client, org.id, member.user.id, 'admin', { signal });
          announcement = t.requests.accepted(name, t.roles.admin);
        } catch (error) {
          // Accepted as editor all the same: say what is left to do.
          announcement = t.requests.acceptedNotPromoted(name);
          if (!isAbort(error)) this.host.failed(error as ApiError, announcement);
        }
      }
      this.removeDecided(session, request, announcement);
      session.putMember(member);
      this.host.accepted(request, member);
    } catch (error) {
      if (isAbort(error)) return; // the element is gone
      this.handleFailure(session, request, error as ApiError);
    } finally {
      this.busy.set(request.id, undefined);
    }
  }

  private openRefusal(request: MembershipRequest, event: Event) {
    if (this.refusing?.id !== request.id) {
      this.reason = '';
      this.refuseError = null;
      this.reasonMissing = false;
    }
    this.refusing = request;
    this.host.requestUpdate();
    void this.modal.open({
      opener: event.currentTarget as HTMLElement,
      focus: () => this.reasonField(),
      fallback: () => this.focusTargetAfterRemoval(),
    });
  }

  private reasonField() {
    return this.host.shadowRoot?.querySelector<HTMLElement>('#refuse-reason');
  }

  private async refuse(event: SubmitEvent) {
    event.preventDefault();
    const request = this.refusing;
    const session = this.session();
    const org = session?.org;
    if (!request || !session || !org || this.busy.has(request.id)) return;
    const t = this.localize.t;
    const comment = this.reason.trim();
    if (!comment) {
      this.reasonMissing = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.reasonField()?.focus();
      return;
    }
    this.busy.set(request.id, true);
    this.refuseError = null;
    try {
      if (!(await this.stillPending(session, request))) return this.endRefusal();
      await refuseMembershipRequest(session.client, org.id, request.id, comment, { signal: this.removalSignal() });
      this.removeDecided(session, request, t.requests.refused(fullName(request.user, t.unknownUser)));
      this.modal.close(() => this.focusTargetAfterRemoval());
      this.refusing = null;
      this.reason = '';
      this.host.refused(request, comment);
    } catch (error) {
      const failure = error as ApiError;
      if (isAbort(failure)) return; // the element is gone
      if (alreadyHandled(failure)) {
        this.endRefusal();
        this.handleFailure(session, request, failure);
      } else {
        this.refuseError = failure;
        this.host.failed(failure, describeError(t, failure));
      }
    } finally {
      this.busy.set(request.id, undefined);
    }
  }

  private endRefusal() {
    this.modal.close();
    this.refusing = null;
    this.host.requestUpdate();
  }

  /**
   * udata accepts or refuses a request whatever its status (accepting one another admin
   * refused adds the member): re-read the pending list right before deciding. A request no
   * longer in it leaves the list, and the admin is told it was handled already. When the list
   * cannot be read, the server decides.
   */
  private async stillPending(session: OrgSession, request: MembershipRequest): Promise<boolean> {
    let fresh: MembershipRequest[];
    try {
      fresh = await session.client.listMembershipRequests(
        session.org!.id,
        { status: 'pending' },
        { signal: this.removalSignal() },
      );
    } catch (error) {
      if (isAbort(error)) throw error;
      return true;
    }
    pendingRequestsOf(session).set(fresh);
    if (fresh.some((r) => r.id === request.id)) return true;
    this.host.announce(this.localize.t.requests.alreadyHandled);
    return false;
  }

  /** Another admin was faster (404/409): say so and refresh, the list is what matters. */
  private handleFailure(session: OrgSession, request: MembershipRequest, error: ApiError) {
    const t = this.localize.t;
    if (alreadyHandled(error)) {
      this.host.announce(t.requests.alreadyHandled);
      this.host.failed(error, t.requests.alreadyHandled);
      if (error.status === 409 && isMember(error.body)) session.putMember(error.body);
      void pendingRequestsOf(session).reload();
      return;
    }
    this.rowErrors.set(request.id, error);
    this.host.failed(error, describeError(t, error));
  }

  /** Takes the request out of the list, announces the decision and keeps focus in the list. */
  private removeDecided(session: OrgSession, request: MembershipRequest, announcement: string) {
    const ids = this.host.shownRequestIds();
    const index = ids.indexOf(request.id);
    pendingRequestsOf(session).remove(request.id);
    this.host.announce(announcement);
    this.focusAfterRemoval = ids[index + 1] ?? ids[index - 1];
    void this.host.updateComplete.then(() => {
      // A closing dialog gives focus back itself, through focusTargetAfterRemoval().
      if (!this.modal.isOpen && !this.refusing) this.focusTargetAfterRemoval()?.focus();
    });
  }

  /** The next request's first control, or the list (or the "no request" sentence). */
  private focusTargetAfterRemoval(): HTMLElement | null | undefined {
    const root = this.host.shadowRoot;
    const row = this.focusAfterRemoval ? root?.querySelector(`[data-request-id="${CSS.escape(this.focusAfterRemoval)}"]`) : null;
    return (
      row?.querySelector<HTMLElement>('[part~="accept"]') ??
      row?.querySelector<HTMLElement>('a') ??
      root?.querySelector<HTMLElement>('[part~="list"], [part~="message"]')
    );
  }
}
