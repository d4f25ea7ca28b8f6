import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isAbort, type ApiError, toApiError } from '../../api/errors.js';
import { LazyInvitation } from './lazy-invitation.js';
import { checkIcon, clockIcon } from '../../internal/icons.js';
import { describeError, fieldError, renderServerMessage } from '../../internal/error-message.js';
import { renderFormDialog, renderTextArea } from '../../internal/form-dialog.js';
import { ModalController } from '../../internal/modal-controller.js';
import { OrgElement } from '../../internal/org-element.js';
import { LocalizeController } from '../../i18n/localize.js';
import { joinTerms } from './join-request-button.terms.js';
import { renderLoadState } from '../../internal/load-state.js';
import { baseStyles, dialogStyles } from '../../internal/styles.js';
import { canAskToJoin, memberRole } from '../../permissions/viewer.js';
import { loginHref } from '../../urls/host-url.js';
import { joinRequestButtonStyles } from './join-request-button.styles.js';
import { ownEntry } from '../../internal/lookup.js';
import { requestMembership } from '../../api/membership-requests.js';
export type { JoinRequestedDetail, InvitationAnsweredDetail } from './join-request-button.events.js';

/**
 * @summary Lets a logged-in visitor ask to join an organization, with a comment for its
 * administrators.
 *
 * Anonymous visitors get a "log in to join" link, members see their role, a visitor whose
 * request is pending sees so, a visitor invited by the organization's admins sees who they
 * are invited as and accepts or declines (`POST {api}/me/org_invitations/{id}/accept/` or
 * `…/refuse/`); anyone else gets the "ask to join" button, which opens a modal dialog with a
 * required comment and sends `POST {api}/organizations/{org}/membership/`.
 *
 * @tagname join-request-button
 * @fires org-join-requested - The request was sent (or a pending one updated). `detail: { request }`.
 * @fires org-invitation-accepted - The viewer accepted their invitation: they are a member. `detail: { invitation }`.
 * @fires org-invitation-refused - The viewer declined their invitation. `detail: { invitation }`.
 * @fires org-error - A request failed. `detail: { action, status, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart button - The "ask to join" button.
 * @csspart login-link - The "log in to join" link shown to anonymous visitors.
 * @csspart state - The sentence shown to members and to applicants with a pending request.
 * @csspart notice - The live region that announces the outcome of a request.
 * @csspart dialog - The modal dialog.
 * @csspart comment - The comment text area.
 * @csspart submit - The dialog's submit button.
 * @csspart cancel - The dialog's cancel button.
 * @csspart error - An error message.
 * @csspart invitation - What an invited viewer sees: the role, the message, the two buttons.
 * @csspart invitation-message - The inviter's message (plain text).
 * @csspart accept-invitation - The "accept the invitation" button.
 * @csspart decline-invitation - The "decline" button (it asks for confirmation).
 *
 * Colours and sizes: the custom properties every element reads (see `OrgElement`, README "Theming") and `theme`.
 */
export class JoinRequestButton extends OrgElement {
  static override styles = [baseStyles, dialogStyles, joinRequestButtonStyles];
  /** @internal Who the viewer is and the name: udata may send only those fields (`X-Fields`). */
  static override orgFields = 'viewer' as const;

  protected override readonly localize = new LocalizeController(this, { join: joinTerms });

  /** @internal */
  static override properties: PropertyDeclarations = {
    loginUrl: { attribute: 'login-url' },
    comment: { state: true, attribute: false },
    sending: { state: true, attribute: false },
    submitError: { state: true, attribute: false },
    commentMissing: { state: true, attribute: false },
    notice: { state: true, attribute: false },
  };

  /**
   * Where an anonymous visitor logs in; the current page URL is appended as `next=`. Default: `{site-url}/login`.
   * @attr login-url
   */
  declare loginUrl?: string;

  private comment = '';
  private sending = false;
  private submitError: ApiError | null = null;
  private commentMissing = false;
  private notice = '';

  private get dialog() {
    return this.renderRoot.querySelector('dialog');
  }
  private get textarea() {
    return this.renderRoot.querySelector('textarea');
  }
  private get stateText() {
    return this.renderRoot.querySelector<HTMLElement>('[part~="state"]');
  }

  private readonly modal = new ModalController(this, () => this.dialog);
  private readonly invitation = new LazyInvitation(this, {
    session: () => this.session,
    localize: this.localize,
    signal: () => this.removalSignal,
    onAnswered: (answer, invitation, message) => {
      this.notice = message;
      this.emit(answer === 'accepted' ? 'org-invitation-accepted' : 'org-invitation-refused', { invitation });
      // The button that had focus is gone: focus what replaces it (the member line, or "ask to join").
      void this.updateComplete.then(() => {
        if (this.shadowRoot?.activeElement) return;
        this.shadowRoot?.querySelector<HTMLElement>('[part~="state"], [part~="button"]')?.focus();
      });
    },
    onFailed: (error, message) => {
      if (error.status === 400 || error.status === 404) this.notice = message;
      this.emitError(error, message);
    },
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Whether the viewer has asked already: only worth asking for someone who may ask.
    const session = this.session;
    // Beside the organization and /me/: the button is usable after one round trip.
    if (session && !session.knowsViewer) session.prefetchInvitations();
    if (session?.knowsViewer && canAskToJoin(session.viewer)) {
      void session.loadMyInvitation();
      void session.loadOwnRequest();
      if (session.myInvitation?.status === 'ready' && session.myInvitation.value) this.invitation.request();
    }
  }

  protected override sessionChanged(): void {
    this.notice = '';
    this.submitError = null;
  }

  protected override render() {
    const t = this.localize.t;
    return html`<div part="base" lang=${this.localize.lang}>
      ${renderLoadState(this.session, t, this.session?.knowsViewer) ?? this.renderState()}
      <p part="notice" class="notice success" role="status">${this.notice}</p>
      ${this.renderDialog()}
    </div>`;
  }

  private renderState(): TemplateResult {
    const t = this.localize.t;
    const viewer = this.session!.viewer;
    const role = memberRole(viewer);
    if (role) return this.stateLine(checkIcon, t.join.member(ownEntry(t.roles, role) ?? role));
    if (viewer.kind === 'anonymous') {
      return html`<a part="login-link" class="link" href=${loginHref(this.loginUrl, this.config.siteUrl)}
        >${t.join.loginLink}</a
      >`;
    }
    const { ownRequest: own, myInvitation: invited } = this.session!;
    if (invited?.status !== 'ready') return html`<span role="status">${t.loading}</span>`;
    // Invited by the admins: never offered "ask to join" (it would add a second pending entry).
    if (invited.value) return this.invitation.render(invited.value);
    // The button is offered while the viewer's own request is still looked for (it needs
    // /me/'s id: a second round trip); asking again only updates a pending request.
    if (own?.status === 'ready' && own.value) return this.stateLine(clockIcon, t.join.pending);
    return html`<button part="button" class="button" type="button" aria-haspopup="dialog" @click=${this.openDialog}>
      ${t.join.button}
    </button>`;
  }

  /** The "ask to join" button is on offer: a logged-in non-member with no known pending request. */
  private get offersToJoin(): boolean {
    const session = this.session;
    return Boolean(
      session?.knowsViewer &&
      canAskToJoin(session.viewer) &&
      !(session.ownRequest?.status === 'ready' && session.ownRequest.value) &&
      session.myInvitation?.status === 'ready' &&
      !session.myInvitation.value,
    );
  }

  private stateLine(icon: unknown, text: string) {
    return html`<p part="state" class="state" tabindex="-1">${icon}${text}</p>`;
  }

  private renderDialog() {
    const t = this.localize.t;
    const org = this.session?.org;
    if (!org || !(this.modal.isOpen || this.offersToJoin)) return nothing;
    return renderFormDialog({
      id: 'join',
      title: t.join.dialogTitle(org.name),
      intro: t.join.dialogIntro,
      body: renderTextArea({
        id: 'join-comment',
        part: 'comment',
        label: t.join.commentLabel,
        hint: t.join.commentHint,
        required: true,
        requiredLabel: t.required,
        value: this.comment,
        error: this.commentMissing ? t.join.commentRequired : fieldError(this.submitError, 'comment'),
        onInput: (value) => {
          this.comment = value;
          if (value.trim()) this.commentMissing = false;
        },
      }),
      error: this.submitError && !fieldError(this.submitError, 'comment') ? this.renderSubmitError(this.submitError) : null,
      submitLabel: t.join.submit,
      busyLabel: t.join.sending,
      cancelLabel: t.cancel,
      busy: this.sending,
      onSubmit: (event) => void this.submit(event),
      onCancel: () => this.modal.close(),
    });
  }

  private renderSubmitError(error: ApiError) {
    return html`${this.describe(error)}${renderServerMessage(this.localize.t, error)}`;
  }

  private describe(error: ApiError): string {
    return describeError(this.localize.t, error, { notFound: this.localize.t.errors.orgNotFound });
  }

  private openDialog(event: Event) {
    this.notice = '';
    void this.modal.open({
      opener: event.currentTarget as HTMLElement,
      focus: () => this.textarea,
      fallback: () => this.stateText,
    });
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.sending) return;
    const t = this.localize.t;
    const session = this.session;
    const org = session?.org;
    if (!session || !org) return;
    const comment = this.comment.trim();
    if (!comment) {
      this.commentMissing = true;
      await this.updateComplete;
      this.textarea?.focus();
      return;
    }
    this.sending = true;
    this.submitError = null;
    try {
      // udata records a join request even from a member: make sure the viewer is not one
      // (added meanwhile, or an invitation accepted elsewhere) before asking.
      const fresh = await session.refreshOrganization();
      const me = session.me;
      if (me && fresh.members.some((m) => m.user.id === me.id)) {
        this.modal.close(() => this.stateText);
        this.notice = t.errors.alreadyMember;
        return;
      }
      const { request, created } = await requestMembership(session.client, fresh.id, comment, { signal: this.removalSignal });
      this.modal.close(() => this.stateText);
      session.setOwnRequest(request);
      this.comment = '';
      this.notice = created ? t.join.notified : t.join.requestUpdated;
      this.emit('org-join-requested', { request });
    } catch (error) {
      const failure = toApiError(error, 'join-request');
      if (isAbort(failure)) return; // the element is gone (or the session was reloaded)
      this.emitError(failure, this.describe(failure));
      this.submitError = failure;
    } finally {
      this.sending = false;
    }
  }
}
