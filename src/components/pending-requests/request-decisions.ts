import { html, nothing, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { isAbort, toApiError, type ApiError } from '../../api/errors.js';
import type { Member, MemberRole, MembershipRequest } from '../../api/models.js';
import { updateMemberRole } from '../../api/members.js';
import type { FormatController } from '../../i18n/format.js';
import { describeError, fieldError, renderServerMessage } from '../../internal/error-message.js';
import { FlowController, type FlowOptions } from '../../internal/flow-controller.js';
import { renderFormDialog, renderTextArea } from '../../internal/form-dialog.js';
import { KeyedState } from '../../internal/keyed-state.js';
import { ownEntry } from '../../internal/lookup.js';
import { ModalController } from '../../internal/modal-controller.js';
import { fullName } from '../../internal/users.js';
import type { OrgSession } from '../../state/org-session.js';
import { pendingRequestsOf } from '../../state/pending-requests-store.js';
import type { requestsTerms } from './pending-requests.terms.js';
import { rereadPending, showOutcome, type Reread } from './request-reread.js';
import { FocusAfterRemoval, neighbourStaying } from '../../internal/focus-after-removal.js';
import type { RequestRowDecision } from './request-row.js';
import { acceptMembershipRequest, refuseMembershipRequest } from '../../api/membership-requests.js';

/** What the decisions need from the element that lists the requests. */
export interface RequestDecisionsOptions extends FlowOptions<Localize> {
  /** Every pending request shown, all pages, in order (focus goes to a neighbour of a decided one). */
  requests(): readonly MembershipRequest[];
  /** Whether the request's row is on the page shown. */
  isShown(id: string): boolean;
  /**
   * Shows the page that holds this request (`undefined`: the same page, or the last when it is
   * past it); `index`, its place in the list when the caller knows it.
   */
  reveal(id: string | undefined, index?: number): void;
  /** Says a decision, or that another admin was faster, in the element's live region. */
  announce(message: string): void;
  onAccepted(request: MembershipRequest, member: Member): void;
  onRefused(request: MembershipRequest, comment: string): void;
}

type Localize = FormatController<{ requests: typeof requestsTerms }>;

/** udata's "already handled" answers: the request is gone (404) or the user is a member (409). */
const alreadyHandled = (error: ApiError) => error.status === 404 || error.status === 409;

const isMember = (body: unknown): body is Member => Boolean(body && typeof body === 'object' && 'user' in body && 'role' in body);

/**
 * What an admin decides on a pending request: accept (as editor, or as admin with a second
 * `PUT` of the role) or refuse with a reason (required by udata, asked in a dialog). Each
 * decision first checks the request is still pending (udata does not); a request another
 * admin handled leaves the list with a word saying so. The outcome and what the check found
 * are shown in one change. Focus stays in the list, on the page of the decided request.
 */
export class RequestDecisions extends FlowController<RequestDecisionsOptions> {
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
  /** The refusal dialog, bound by its template. */
  private readonly dialog = createRef<HTMLDialogElement>();
  /** Once a decided request left the list: the next request's first control, or the list (or the "no request" sentence). */
  private readonly focusAfter: FocusAfterRemoval;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RequestDecisionsOptions) {
    super(host, options);
    this.busy = new KeyedState(host);
    this.roleChoice = new KeyedState(host);
    this.rowErrors = new KeyedState(host);
    this.modal = new ModalController(host, () => this.dialog.value);
    this.focusAfter = new FocusAfterRemoval(host, {
      row: (id) => `[data-request-id="${id}"]`,
      controls: ['[part~="accept"]', 'a'],
      fallback: '[part~="list"], [part~="message"]',
    });
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
      dialog: ref(this.dialog),
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
    let reread: Reread | null = null;
    try {
      reread = await rereadPending(session, request, signal);
      if (!this.stillPending(session, request, reread)) return;
      let member = await acceptMembershipRequest(session.client, org.id, request.id, { signal });
      let announcement = t.requests.accepted(name, ownEntry(t.roles, member.role) ?? member.role);
      if (role === 'admin' && member.role !== 'admin') {
        try {
          member = await updateMemberRole(session.client, org.id, member.user.id, 'admin', { signal });
          announcement = t.requests.accepted(name, t.roles.admin);
        } catch (error) {
          // Accepted as editor all the same: say what is left to do.
          announcement = t.requests.acceptedNotPromoted(name);
          if (!isAbort(error)) this.options.onFailed(toApiError(error, 'change-role'), announcement);
        }
      }
      this.removeDecided(session, request, reread, announcement);
      session.putMember(member);
      this.options.onAccepted(request, member);
    } catch (error) {
      if (isAbort(error)) return; // the element is gone
      this.handleFailure(session, request, toApiError(error, 'accept-request'), reread);
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
      fallback: () => this.focusAfter.target(),
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
    let reread: Reread | null = null;
    try {
      reread = await rereadPending(session, request, this.removalSignal());
      if (!this.stillPending(session, request, reread)) return this.endRefusal();
      await refuseMembershipRequest(session.client, org.id, request.id, comment, { signal: this.removalSignal() });
      this.removeDecided(session, request, reread, t.requests.refused(fullName(request.user, t.unknownUser)));
      this.modal.close(() => this.focusAfter.target());
      this.refusing = null;
      this.reason = '';
      this.options.onRefused(request, comment);
    } catch (error) {
      const failure = toApiError(error, 'refuse-request');
      if (isAbort(failure)) return; // the element is gone
      if (alreadyHandled(failure)) {
        this.endRefusal();
        this.handleFailure(session, request, failure, reread);
      } else {
        this.refuseError = failure;
        this.keepShown(session, request, reread);
        this.options.onFailed(failure, describeError(t, failure));
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
   * Whether the re-read still lists the request (or could not be read: the server decides).
   * One no longer pending leaves the list, and the admin is told it was handled already.
   */
  private stillPending(session: OrgSession, request: MembershipRequest, reread: Reread | null): boolean {
    if (!reread || reread.pending.has(request.id)) return true;
    this.removeDecided(session, request, reread, this.localize.t.requests.alreadyHandled);
    return false;
  }

  /** Another admin was faster (404/409): say so and refresh, the list is what matters. */
  private handleFailure(session: OrgSession, request: MembershipRequest, error: ApiError, reread: Reread | null) {
    const t = this.localize.t;
    if (alreadyHandled(error)) {
      // Two admins at the same instant both send (udata checks neither status): the second
      // hears that the person is a member already, with the role the first one gave.
      const member = error.status === 409 && isMember(error.body) ? error.body : null;
      const role = member && (ownEntry(t.roles, member.role) ?? member.role).toLowerCase();
      const said = member ? t.requests.alreadyMember(fullName(request.user, t.unknownUser), role!) : t.requests.alreadyHandled;
      this.options.announce(said);
      this.options.onFailed(error, said);
      if (member) session.putMember(member);
      void pendingRequestsOf(session).reload();
      return;
    }
    this.rowErrors.set(request.id, error);
    this.keepShown(session, request, reread);
    this.options.onFailed(error, describeError(t, error));
  }

  /** A failed decision: the list as re-read, with the request's row kept on the page shown. */
  private keepShown(session: OrgSession, request: MembershipRequest, reread: Reread | null) {
    const shown = this.options.isShown(request.id);
    showOutcome(session, reread);
    if (shown) this.options.reveal(request.id);
  }

  /**
   * Shows the list without the request (and as re-read), announces why, and — when its row
   * was on the page shown — shows the page of its neighbour and moves focus there.
   */
  private removeDecided(session: OrgSession, request: MembershipRequest, reread: Reread | null, announcement: string) {
    const shown = this.options.isShown(request.id);
    const before = this.options.requests();
    const stays = showOutcome(session, reread, request.id);
    this.options.announce(announcement);
    // The admin went to another page meanwhile: they stay there (a closing dialog gives focus to the list).
    const neighbour = shown ? neighbourStaying(before, request.id, stays) : undefined;
    this.focusAfter.id = neighbour?.id;
    if (!shown) return;
    this.options.reveal(neighbour?.id, neighbour?.index);
    void this.host.updateComplete.then(() => {
      // A closing dialog gives focus back itself, through focusAfter.target().
      if (!this.modal.isOpen && !this.refusing) this.focusAfter.target()?.focus();
    });
  }
}
