import { html, nothing, type ReactiveControllerHost } from 'lit';
import { isAbort, type ApiError, toApiError } from '../../api/errors.js';
import type { OrgInvitation } from '../../api/models.js';
import { LocalizeController } from '../../i18n/localize.js';
import { describeError } from '../../internal/error-message.js';
import { renderFormDialog } from '../../internal/form-dialog.js';
import { ownEntry } from '../../internal/lookup.js';
import { ModalController } from '../../internal/modal-controller.js';
import { invitationTerms } from './invitation.terms.js';
import { FlowController, type FlowOptions } from '../../internal/flow-controller.js';
import { answerMyInvitation } from '../../api/invitations.js';

/**
 * What the invitation flow needs from the element that shows it. Its words come with it (this
 * module is fetched only for an invited viewer): `localize` is the element's own controller.
 */
export interface InvitationOptions extends FlowOptions<unknown> {
  /** The invitation was answered: say so and tell the page. */
  onAnswered(answer: 'accepted' | 'refused', invitation: OrgInvitation, message: string): void;
}

/**
 * The invited person's side (udata 15+): which organization invites them, as what and when,
 * what a partial editor would edit, the inviter's message as plain text, "accept"
 * (`POST /me/org_invitations/{id}/accept/`) and "decline" (`…/refuse/`), declining after a
 * confirmation. An invitation no longer pending (400) or gone (404) is said plainly and the
 * viewer's state read again.
 *
 * Few viewers have an invitation: the join button imports this module (and its words) only
 * for them, so everyone else does not download it.
 */
export class InvitationController extends FlowController<
  InvitationOptions & { localize: LocalizeController<{ join: typeof invitationTerms }> }
> {
  busy: 'accept' | 'refuse' | null = null;
  error: ApiError | null = null;
  readonly modal: ModalController;

  constructor(host: ReactiveControllerHost & HTMLElement, options: InvitationOptions) {
    super(host, { ...options, localize: new LocalizeController(host, { join: invitationTerms }) });
    // Found by its class, not lit's ref(): this module is the join button's, whose bytes every visitor pays.
    this.modal = new ModalController(host, () => host.shadowRoot?.querySelector<HTMLDialogElement>('.decline-dialog dialog'));
  }

  render(invitation: OrgInvitation) {
    const t = this.localize.t;
    const role = ownEntry(t.roles, invitation.role) ?? invitation.role;
    const org = invitation.organization.name ?? this.session()?.org?.name ?? '';
    // An absent or unreadable date is an invalid Date (getDate() is NaN): nothing is said then.
    const sent = new Date(invitation.created ?? '');
    const day = sent.getDate() ? sent.toLocaleDateString(this.localize.lang, { dateStyle: 'long' }) : '';
    const assigned = this.assigned(invitation);
    return html`<div part="invitation" class="invitation">
      <p part="state" class="state" tabindex="-1">${t.join.invited(org, role)}</p>
      ${day ? html`<p class="hint"><time datetime=${invitation.created!}>${t.join.sentOn(day)}</time></p>` : nothing}
      ${assigned ? html`<p class="hint">${assigned}</p>` : nothing}
      ${
        invitation.comment?.trim()
          ? html`<p class="hint">${t.join.invitationMessage}</p>
              <blockquote part="invitation-message" class="invitation-message">${invitation.comment}</blockquote>`
          : nothing
      }
      ${this.error && !this.modal.isOpen ? html`<p part="error" class="error" role="alert">${describeError(t, this.error)}</p>` : nothing}
      <div class="answers">
        <button
          part="accept-invitation"
          class="button"
          type="button"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${() => void this.answer(invitation, 'accept')}
        >
          ${this.busy === 'accept' ? html`<span class="spinner" aria-hidden="true"></span>${t.join.accepting}` : t.join.acceptInvitation}
        </button>
        <button
          part="decline-invitation"
          class="button secondary"
          type="button"
          aria-haspopup="dialog"
          @click=${(e: Event) => this.askDecline(e)}
        >
          ${t.join.declineInvitation}
        </button>
      </div>
      <div class="decline-dialog">
        ${renderFormDialog({
          id: 'decline',
          title: t.join.declineTitle(org),
          intro: t.join.declineIntro,
          body: nothing,
          error: this.error && this.modal.isOpen ? describeError(t, this.error) : null,
          submitLabel: t.join.declineSubmit,
          busyLabel: t.join.sending,
          cancelLabel: t.cancel,
          busy: this.busy === 'refuse',
          danger: true,
          onSubmit: (event) => {
            event.preventDefault();
            void this.answer(invitation, 'refuse');
          },
          onCancel: () => this.modal.close(),
        })}
      </div>
    </div>`;
  }

  /**
   * What a partial editor would edit once they accept: how many datasets, reuses and APIs the
   * invitation carries, or that it carries none; '' for other roles, and when udata sent no
   * list (the client passes `assignments` on unchecked: anything but a list counts as none sent).
   */
  private assigned(invitation: OrgInvitation): string {
    const list: unknown = invitation.assignments;
    if (invitation.role !== 'partial_editor' || !Array.isArray(list)) return '';
    if (!list.length) return this.localize.t.join.nothingAssigned;
    const counts = ['Dataset', 'Reuse', 'Dataservice'].map(
      (kind) => list.filter((item) => (item as { class?: unknown } | null)?.class === kind).length,
    );
    return counts.some(Boolean) ? this.localize.t.join.assigned(counts) : '';
  }

  private askDecline(event: Event) {
    this.error = null;
    void this.modal.open({
      opener: event.currentTarget as HTMLElement,
      focus: () => this.host.shadowRoot?.querySelector<HTMLElement>('.decline-dialog [part~="cancel"]'),
      fallback: () => this.host.shadowRoot?.querySelector<HTMLElement>('[part~="button"], [part~="state"]'),
    });
  }

  private async answer(invitation: OrgInvitation, answer: 'accept' | 'refuse') {
    const session = this.session();
    if (this.busy || !session) return;
    const t = this.localize.t;
    this.busy = answer;
    this.error = null;
    this.host.requestUpdate();
    try {
      await answerMyInvitation(session.client, invitation.id, answer, { signal: this.removalSignal() });
      this.modal.close(() => this.host.shadowRoot?.querySelector<HTMLElement>('[part~="state"], [part~="button"]'));
      session.forgetInvitation();
      if (answer === 'accept') {
        // udata answers only a message: the member state shows at once, then the organization is read again.
        const me = session.me!;
        session.putMember({
          user: { id: me.id, first_name: me.first_name, last_name: me.last_name, slug: me.slug },
          role: invitation.role,
          since: new Date().toISOString(),
        });
        void session.refreshOrganization().catch(() => undefined);
      }
      const role = ownEntry(t.roles, invitation.role) ?? invitation.role;
      this.options.onAnswered(
        answer === 'accept' ? 'accepted' : 'refused',
        invitation,
        answer === 'accept' ? t.join.invitationAccepted(role) : t.join.invitationRefused,
      );
    } catch (error) {
      if (isAbort(error)) return; // the element is gone
      const failure = toApiError(error, answer === 'accept' ? 'accept-invitation' : 'refuse-invitation');
      if (failure.status === 400 || failure.status === 404) {
        // Not pending any more (answered elsewhere, canceled by an admin): read the state again.
        this.modal.close();
        this.options.onFailed(failure, t.join.invitationGone);
        void session.reloadMyInvitation();
        void session.refreshOrganization().catch(() => undefined);
      } else {
        this.error = failure;
        this.options.onFailed(failure, describeError(t, failure));
      }
    } finally {
      this.busy = null;
      this.host.requestUpdate();
    }
  }
}
