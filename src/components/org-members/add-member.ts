import { html, nothing, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { live } from 'lit/directives/live.js';
import { isAbort, type ApiError, toApiError } from '../../api/errors.js';
import type { Member, MemberRole, MembershipRequest, UserSuggestion } from '../../api/models.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { describeError, renderServerMessage } from '../../internal/error-message.js';
import { renderFormDialog, renderTextArea } from '../../internal/form-dialog.js';
import { ModalController } from '../../internal/modal-controller.js';
import { fullName } from '../../internal/users.js';
import type { OrgSession } from '../../state/org-session.js';
import { pendingRequestsOf } from '../../state/pending-requests-store.js';
import { placeInvitationErrors, refusedAsAlready } from './invitation-errors.js';
import { InviteePicker } from './invitee-picker.js';
import { AssignmentPicker } from './assignment-picker.js';
import type { MemberInvitation } from '../../api/members.js';
import { roleHint, type roleHelpTerms } from '../../internal/role-help.js';
import type { membersTerms } from './org-members.terms.js';
import { inviteMember, addMemberDirectly } from '../../api/members.js';
import { FlowController, type FlowOptions } from '../../internal/flow-controller.js';
import { suggestUsers } from '../../api/users.js';

/** What the add-member dialog needs from the element that hosts it. */
export interface AddMemberOptions extends FlowOptions<
  LocalizeController<{ members: typeof membersTerms; roleHelp: typeof roleHelpTerms }>
> {
  /** Roles the server offers (partial editor only when `/organizations/roles/` lists it). */
  assignableRoles: () => MemberRole[];
  onInvited(invitation: MembershipRequest, who: string, session: OrgSession): void;
  onAdded(member: Member, session: OrgSession): void;
}

/**
 * The "add a member" dialog: who (a person with an account, found with a user search, or an
 * e-mail address for someone without one — one at a time, see `InviteePicker`), a role, an
 * optional message. Sends udata's invitation (`POST …/member/` with `user` or `email`, never
 * both), or on servers before invitations (404/405) the direct add.
 */
export class AddMemberController extends FlowController<AddMemberOptions> {
  role: MemberRole = 'editor';
  comment = '';
  busy = false;
  error: ApiError | null = null;
  /** Whether the refused invitation was sent by e-mail (udata then names the account in `user`). */
  private sentByEmail = false;
  readonly modal: ModalController;
  /** Who is invited: a user or an e-mail address. */
  readonly invitee: InviteePicker;
  /** What a partial editor will be able to edit (sent as the invitation's `assignments`). */
  readonly picker: AssignmentPicker;

  /** The dialog, bound by its template. */
  private readonly dialog = createRef<HTMLDialogElement>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: AddMemberOptions) {
    super(host, options);
    const { session, localize } = options;
    this.modal = new ModalController(host, () => this.dialog.value);
    this.picker = new AssignmentPicker(host, { session, localize, id: 'add-assign' });
    this.invitee = new InviteePicker(host, {
      session,
      lang: () => localize.lang,
      search: (q, signal) => suggestUsers(this.session()!.client, q, 10, { signal }),
      // Whoever is invited now, udata's answer about the previous one is stale.
      changed: () => (this.error = null),
    });
  }

  open(event: Event) {
    void this.modal.open({
      opener: event.currentTarget as HTMLElement,
      focus: () => this.invitee.focusTarget(),
    });
  }

  render() {
    const t = this.localize.t;
    const refused = placeInvitationErrors(t.members, this.error, this.sentByEmail);
    const body = html`${this.invitee.render(t, t.members, refused)}
      <fieldset
        class="field roles"
        aria-describedby=${refused.role ? 'add-role-error' : nothing}
        aria-invalid=${refused.role ? 'true' : nothing}
      >
        <legend>${t.members.roleLabel}</legend>
        ${this.options
          .assignableRoles()
          .map(
            (role) =>
              html`<label class="radio"
                ><input
                  type="radio"
                  name="add-role"
                  value=${role}
                  aria-describedby="add-role-hint-${role}"
                  .checked=${live(this.role === role)}
                  @change=${() => this.update({ role })}
                />
                ${t.roles[role]} <span id="add-role-hint-${role}" class="hint">— ${roleHint(this.localize, role)}</span></label
              >`,
          )}
        ${refused.role ? html`<span id="add-role-error" part="field-error" class="error">${refused.role}</span>` : nothing}
      </fieldset>
      ${this.role === 'partial_editor' ? this.picker.render() : nothing}
      ${renderTextArea({
        id: 'add-comment',
        label: t.members.message,
        hint: t.members.messageHint,
        value: this.comment,
        onInput: (comment) => this.update({ comment }),
      })}`;
    return html`<div class="add-member-dialog">
      ${renderFormDialog({
        dialog: ref(this.dialog),
        id: 'add',
        title: t.members.addTitle,
        body,
        error: this.error ? html`${this.describe(this.error)}${renderServerMessage(t, this.error)}` : null,
        submitLabel: t.members.invite,
        busyLabel: t.members.inviting,
        cancelLabel: t.cancel,
        busy: this.busy,
        onSubmit: (event) => void this.submit(event),
        onCancel: () => this.modal.close(),
      })}
    </div>`;
  }

  /** Servers before invitations (404/405) cannot invite by e-mail: say so plainly. */
  private describe(error: ApiError): string {
    const t = this.localize.t;
    // Each refusal stands at its field; the summary repeats them in words, never a bare "see the fields".
    const refused = placeInvitationErrors(t.members, error, this.sentByEmail);
    const fieldMessages = [refused.user, refused.email, refused.role, ...refused.other].filter(Boolean);
    if (fieldMessages.length) return `${t.members.notInvited} ${fieldMessages.join(' ')}`;
    const noInvitations = [404, 405].includes(error.status) && this.sentByEmail;
    return noInvitations ? t.members.emailNeedsInvitations : describeError(t, error);
  }

  private update(changes: Partial<Pick<AddMemberController, 'role' | 'comment'>>) {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const session = this.session();
    const org = session?.org;
    if (this.busy || !session || !org) return;
    // Exactly what the dialog shows is sent: the chosen user, or the address (never both).
    const invitee = this.invitee.invitee();
    if (!invitee) return;
    this.busy = true;
    this.error = null;
    this.sentByEmail = 'email' in invitee;
    this.host.requestUpdate();
    const comment = this.comment.trim() || undefined;
    const assignments = this.role === 'partial_editor' && this.picker.picked.size ? this.picker.subjects : undefined;
    try {
      if ('user' in invitee) {
        await this.inviteOrAdd(session, org.id, invitee.user, comment, assignments);
      } else {
        const invitation = await inviteMember(
          session.client,
          org.id,
          { email: invitee.email, role: this.role, comment, assignments },
          { signal: this.removalSignal() },
        );
        this.done();
        this.options.onInvited(invitation, invitee.email, session);
      }
    } catch (error) {
      if (isAbort(error)) return; // the host is gone
      this.error = toApiError(error, 'invite-member');
      // Refused as already invited or asked: another admin acted meanwhile; the list catches up
      // (the invitation shows under the table, the person is marked in the search).
      if (refusedAsAlready(this.error)) void pendingRequestsOf(session).reload();
      this.options.onFailed(this.error, this.describe(this.error));
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** The invitation of current udata, or the direct add of servers before it (404/405). */
  private async inviteOrAdd(
    session: OrgSession,
    orgId: string,
    user: UserSuggestion,
    comment: string | undefined,
    assignments: MemberInvitation['assignments'],
  ) {
    const signal = this.removalSignal();
    try {
      const invitation = await inviteMember(
        session.client,
        orgId,
        { user: user.id, role: this.role, comment, assignments },
        { signal },
      );
      this.done();
      this.options.onInvited(invitation, fullName(user, user.slug), session);
    } catch (error) {
      if (![404, 405].includes(toApiError(error, 'invite-member').status)) throw error;
      const member = await addMemberDirectly(session.client, orgId, user.id, this.role, { signal });
      this.done();
      this.options.onAdded(member, session);
    }
  }

  private done() {
    this.modal.close();
    this.invitee.reset();
    this.picker.reset();
    Object.assign(this, { comment: '', role: 'editor', error: null });
  }
}
