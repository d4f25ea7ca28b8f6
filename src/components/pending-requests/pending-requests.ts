import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isAbort, type ApiError } from '../../api/errors.js';
import type { OrgSession } from '../../state/org-session.js';
import type { Member, MemberRole, MembershipRequest } from '../../api/models.js';
import { describeError, describeLoadError, fieldError, renderServerMessage } from '../../internal/error-message.js';
import { renderFormDialog, renderTextArea } from '../../internal/form-dialog.js';
import { renderLoadState } from '../../internal/load-state.js';
import { ModalController } from '../../internal/modal-controller.js';
import { OrgElement } from '../../internal/org-element.js';
import { FormatController } from '../../i18n/format.js';
import { requestsTerms } from './pending-requests.terms.js';
import { baseStyles, dialogStyles } from '../../internal/styles.js';
import { KeyedState } from '../../internal/keyed-state.js';
import { fullName, renderAvatar, userPageUrl } from '../../internal/users.js';
import { canDecideRequests, canSeePendingRequests } from '../../permissions/permissions.js';
import { pendingRequestsStyles } from './pending-requests.styles.js';
import { ownEntry } from '../../internal/lookup.js';
import { renderRoleHelp, roleHelpStyles, roleHelpTerms } from '../../internal/role-help.js';
import { avatarStyles } from '../../internal/avatar-styles.js';
import { acceptMembershipRequest, refuseMembershipRequest, updateMemberRole } from '../../api/members.js';
import { pendingRequestsOf } from '../../state/pending-requests-store.js';

export interface RequestAcceptedDetail {
  request: MembershipRequest;
  member: Member;
}
export interface RequestRefusedDetail {
  request: MembershipRequest;
  comment: string;
}
export interface RequestsCountDetail {
  count: number;
}

/** udata's "already handled" answers: the request is gone (404) or the user is a member (409). */
const alreadyHandled = (error: ApiError) => error.status === 404 || error.status === 409;

/**
 * @summary The pending join requests of an organization; admins accept or refuse them.
 *
 * Lists `GET {api}/organizations/{org}/membership/?status=pending` (join requests only; the
 * invitations are listed by `<org-members>`): applicant, comment as plain text, date.
 * Admins and sysadmins accept (as editor, or as admin with a second `PUT` of the role) or
 * refuse with a reason. Editors see the list read-only — or, when the server refuses it to
 * them (recent udata answers 403), a sentence saying only administrators can see it.
 * Anonymous visitors and non-members see a short message, never the requests.
 *
 * @tagname pending-requests
 * @fires org-requests-count - The number of pending requests changed. `detail: { count }`.
 * @fires org-request-accepted - A request was accepted. `detail: { request, member }`.
 * @fires org-request-refused - A request was refused. `detail: { request, comment }`.
 * @fires org-error - A request failed. `detail: { action, status, message }`.
 *
 * @csspart role-help - What each role may do (the accept-as selects point to it).
 * @csspart base - The wrapper.
 * @csspart list - The list of requests.
 * @csspart request - One request.
 * @csspart avatar - The applicant's avatar.
 * @csspart comment - The applicant's comment.
 * @csspart accept - The accept button.
 * @csspart refuse - The refuse button.
 * @csspart role - The role select shown next to the accept button.
 * @csspart message - A sentence instead of the list (empty, not allowed).
 * @csspart notice - The live region announcing decisions.
 * @csspart dialog - The refusal dialog.
 * @csspart reason - The refusal reason text area.
 * @csspart submit - The dialog's submit button.
 * @csspart cancel - The dialog's cancel button.
 * @csspart error - An error message.
 *
 * @cssprop --org-color-primary - Buttons and links.
 * @cssprop --org-color-danger - The refusal submit button.
 * @cssprop --org-color-border - Border of each request.
 * @cssprop --org-color-muted - Dates and hints.
 * @cssprop --org-radius - Corner radius.
 */
export class PendingRequests extends OrgElement {
  static override styles = [baseStyles, dialogStyles, avatarStyles, roleHelpStyles, pendingRequestsStyles];

  protected override readonly localize = new FormatController(this, { requests: requestsTerms, roleHelp: roleHelpTerms });

  /** The number of pending join requests shown (0 while unknown or not allowed). Read-only. */
  get count(): number {
    return this.visibleRequests()?.length ?? 0;
  }

  @state() private notice = '';
  private readonly busy = new KeyedState<true>(this);
  private readonly roleChoice = new KeyedState<MemberRole>(this);
  private readonly rowErrors = new KeyedState<ApiError>(this);
  @state() private refusing: MembershipRequest | null = null;
  @state() private reason = '';
  @state() private reasonMissing = false;
  @state() private refuseError: ApiError | null = null;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('[part~="list"], [part~="message"]') private listOrMessage?: HTMLElement;
  private readonly modal = new ModalController(this, () => this.dialog);
  private lastCount?: number; /** The request whose row takes focus once a decided one leaves the list. */
  private focusAfterRemoval?: string;

  /** The requests this viewer may see, or `undefined` while unknown or not allowed. */
  private visibleRequests(): MembershipRequest[] | undefined {
    const loaded = this.session && pendingRequestsOf(this.session).state;
    return loaded?.status === 'ready' ? loaded.value.filter((r) => r.kind !== 'invitation') : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const session = this.session;
    if (session?.ready && canSeePendingRequests(session.viewer) && pendingRequestsOf(session).state === null) {
      void pendingRequestsOf(session).load();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const requests = this.visibleRequests();
    if (requests && requests.length !== this.lastCount) {
      this.lastCount = requests.length;
      this.emit('org-requests-count', { count: requests.length });
    }
    const loaded = this.session && pendingRequestsOf(this.session).state;
    if (loaded?.status === 'error' && loaded.error !== this.reportedListError && loaded.error.status !== 403) {
      this.reportedListError = loaded.error;
      this.emitError(loaded.error, describeError(this.localize.t, loaded.error));
    }
  }

  private reportedListError?: ApiError;

  protected override render() {
    return html`<div part="base" lang=${this.localize.lang}>
      ${renderLoadState(this.session, this.localize.t) ?? this.renderContent()}
      <p part="notice" class="notice success" role="status">${this.notice}</p>
      ${this.renderRefuseDialog()}
    </div>`;
  }

  private renderContent() {
    const t = this.localize.t;
    const session = this.session!;
    const viewer = session.viewer;
    if (!canSeePendingRequests(viewer)) {
      return this.message(viewer.membership ? t.requests.adminsOnly : t.requests.membersOnly);
    }
    const loaded = pendingRequestsOf(session).state;
    if (!loaded || loaded.status === 'loading') {
      return html`<span part="loading" role="status"><span class="spinner" aria-hidden="true"></span> ${t.loading}</span>`;
    }
    if (loaded.status === 'error') {
      if (loaded.error.status === 403) return this.message(t.requests.adminsOnly);
      return html`<div part="error" class="error" role="alert">
        ${describeLoadError(t, loaded.error)}
        <button class="button secondary small" type="button" @click=${() => pendingRequestsOf(session).reload()}>
          ${t.retry}
        </button>
      </div>`;
    }
    const requests = this.visibleRequests()!;
    if (!requests.length) return this.message(t.requests.empty);
    const decides = canDecideRequests(viewer);
    return html`${decides ? renderRoleHelp(this.localize, ['editor', 'admin'], 'role-help') : nothing}
      <ul part="list" class="list" aria-label=${t.requests.listLabel} tabindex="-1">
        ${repeat(
          requests,
          (request) => request.id,
          (request) => this.renderRequest(request, decides),
        )}
      </ul>`;
  }

  private message(text: string) {
    return html`<p part="message" tabindex="-1">${text}</p>`;
  }

  private renderRequest(request: MembershipRequest, decides: boolean) {
    const t = this.localize.t;
    const name = fullName(request.user, request.email || t.unknownUser);
    const href = request.user ? userPageUrl(this.config.siteUrl, request.user) : undefined;
    const comment = request.comment?.trim();
    const busy = this.busy.has(request.id);
    const error = this.rowErrors.get(request.id);
    return html`<li part="request" class="request" data-request-id=${request.id}>
      ${renderAvatar(request.user)}
      <div class="who">
        ${href ? html`<a class="name link" href=${href}>${name}</a>` : html`<span class="name">${name}</span>`}
        <time
          class="date"
          datetime=${request.created}
          title=${this.localize.date(request.created, { dateStyle: 'full', timeStyle: 'short' })}
        >
          ${t.requests.requestedOn(this.localize.date(request.created))} (${this.localize.relative(request.created)})
        </time>
      </div>
      <p part="comment" class="comment ${comment ? '' : 'none'}">${comment || t.requests.noComment}</p>
      ${
        decides
          ? html`<div class="decide">
              <label
                >${t.requests.acceptAs}<span class="visually-hidden"> (${name})</span>
                <select
                  part="role"
                  aria-describedby="role-help"
                  .value=${this.roleChoice.get(request.id) ?? 'editor'}
                  @change=${(e: Event) => this.roleChoice.set(request.id, (e.target as HTMLSelectElement).value as MemberRole)}
                >
                  <option value="editor">${t.roles.editor}</option>
                  <option value="admin">${t.roles.admin}</option>
                </select>
              </label>
              <button
                part="accept"
                class="button small"
                type="button"
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${() => this.accept(request)}
              >
                ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.requests.accepting}` : t.requests.accept}
                <span class="visually-hidden">${name}</span>
              </button>
              <button
                part="refuse"
                class="button secondary small"
                type="button"
                @click=${(e: Event) => this.openRefusal(request, e)}
              >
                ${t.requests.refuse}<span class="visually-hidden">${name}</span>
              </button>
            </div>`
          : nothing
      }
      ${
        error
          ? html`<p part="error" class="row-error error" role="alert">
              ${describeError(t, error)}${renderServerMessage(t, error)}
            </p>`
          : nothing
      }
    </li>`;
  }

  private renderRefuseDialog() {
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
    const session = this.session;
    const org = session?.org;
    if (!session || !org || this.busy.has(request.id)) return;
    const t = this.localize.t;
    const role = this.roleChoice.get(request.id) ?? 'editor';
    const name = fullName(request.user, t.unknownUser);
    this.busy.set(request.id, true);
    this.rowErrors.set(request.id, undefined);
    const signal = this.removalSignal;
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
          if (!isAbort(error)) this.emitError(error as ApiError, announcement);
        }
      }
      this.removeDecided(session, request, announcement);
      session.putMember(member);
      this.emit('org-request-accepted', { request, member });
    } catch (error) {
      if (isAbort(error)) return; // the element is gone
      this.handleDecisionFailure(session, request, error as ApiError);
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
    void this.modal.open({
      opener: event.currentTarget as HTMLElement,
      focus: () => this.shadowRoot!.querySelector<HTMLElement>('#refuse-reason'),
      fallback: () => this.focusTargetAfterRemoval(),
    });
  }

  private async refuse(event: SubmitEvent) {
    event.preventDefault();
    const request = this.refusing;
    const session = this.session;
    const org = session?.org;
    if (!request || !session || !org || this.busy.has(request.id)) return;
    const t = this.localize.t;
    const comment = this.reason.trim();
    if (!comment) {
      this.reasonMissing = true;
      await this.updateComplete;
      this.shadowRoot!.querySelector<HTMLElement>('#refuse-reason')?.focus();
      return;
    }
    this.busy.set(request.id, true);
    this.refuseError = null;
    try {
      if (!(await this.stillPending(session, request))) {
        this.modal.close();
        this.refusing = null;
        return;
      }
      await refuseMembershipRequest(session.client, org.id, request.id, comment, { signal: this.removalSignal });
      this.removeDecided(session, request, t.requests.refused(fullName(request.user, t.unknownUser)));
      this.modal.close(() => this.focusTargetAfterRemoval());
      this.refusing = null;
      this.reason = '';
      this.emit('org-request-refused', { request, comment });
    } catch (error) {
      const failure = error as ApiError;
      if (isAbort(failure)) return; // the element is gone
      if (alreadyHandled(failure)) {
        this.modal.close();
        this.refusing = null;
        this.handleDecisionFailure(session, request, failure);
      } else {
        this.refuseError = failure;
        this.emitError(failure, describeError(t, failure));
      }
    } finally {
      this.busy.set(request.id, undefined);
    }
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
      fresh = await session.client.listMembershipRequests(session.org!.id, { status: 'pending' }, { signal: this.removalSignal });
    } catch (error) {
      if (isAbort(error)) throw error;
      return true;
    }
    pendingRequestsOf(session).set(fresh);
    if (fresh.some((r) => r.id === request.id)) return true;
    this.notice = this.localize.t.requests.alreadyHandled;
    return false;
  }

  /** Another admin was faster (404/409): say so and refresh, the list is what matters. */
  private handleDecisionFailure(session: OrgSession, request: MembershipRequest, error: ApiError) {
    const t = this.localize.t;
    if (alreadyHandled(error)) {
      this.notice = t.requests.alreadyHandled;
      this.emitError(error, t.requests.alreadyHandled);
      if (error.status === 409 && isMember(error.body)) session.putMember(error.body);
      void pendingRequestsOf(session).reload();
      return;
    }
    this.rowErrors.set(request.id, error);
    this.emitError(error, describeError(t, error));
  }

  /** Takes the request out of the list, announces the decision and keeps focus in the list. */
  private removeDecided(session: OrgSession, request: MembershipRequest, announcement: string) {
    const ids = (this.visibleRequests() ?? []).map((r) => r.id);
    const index = ids.indexOf(request.id);
    pendingRequestsOf(session).remove(request.id);
    this.notice = announcement;
    this.focusAfterRemoval = ids[index + 1] ?? ids[index - 1];
    void this.updateComplete.then(() => {
      // A closing dialog gives focus back itself, through focusTargetAfterRemoval().
      if (!this.modal.isOpen && !this.refusing) this.focusTargetAfterRemoval()?.focus();
    });
  }

  /** The next request's first control, or the list (or the "no request" sentence). */
  private focusTargetAfterRemoval(): HTMLElement | null | undefined {
    const row = this.focusAfterRemoval
      ? this.shadowRoot!.querySelector(`[data-request-id="${CSS.escape(this.focusAfterRemoval)}"]`)
      : null;
    return row?.querySelector<HTMLElement>('[part~="accept"]') ?? row?.querySelector<HTMLElement>('a') ?? this.listOrMessage;
  }
}

function isMember(body: unknown): body is Member {
  return Boolean(body && typeof body === 'object' && 'user' in body && 'role' in body);
}

declare global {
  interface GlobalEventHandlersEventMap {
    'org-requests-count': CustomEvent<RequestsCountDetail>;
    'org-request-accepted': CustomEvent<RequestAcceptedDetail>;
    'org-request-refused': CustomEvent<RequestRefusedDetail>;
  }
}
