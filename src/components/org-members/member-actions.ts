import { html, nothing, type ReactiveControllerHost } from 'lit';
import { isAbort, type ApiError, toApiError } from '../../api/errors.js';
import type { Member, MemberRole } from '../../api/models.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { describeError, renderServerMessage } from '../../internal/error-message.js';
import { renderFormDialog } from '../../internal/form-dialog.js';
import { KeyedState } from '../../internal/keyed-state.js';
import { ownEntry } from '../../internal/lookup.js';
import { ModalController } from '../../internal/modal-controller.js';
import { fullName } from '../../internal/users.js';
import type { OrgSession } from '../../state/org-session.js';
import type { membersTerms } from './org-members.terms.js';
import { updateMemberRole, removeMember } from '../../api/members.js';
import { FlowController } from '../../internal/flow-controller.js';

/** What an admin's row actions need from the element that shows them. */
export interface MemberActionsHost extends ReactiveControllerHost, HTMLElement {
  roleChanged(member: Member, previousRole: MemberRole, message: string): void;
  memberRemoved(member: Member, message: string): void;
  /** The action failed (the row or the dialog shows why): tell the page. */
  failed(error: ApiError, message: string): void;
}

/** A role change waiting for the admin's confirmation (a partial editor loses their assignments). */
interface PendingRoleChange {
  member: Member;
  role: MemberRole;
  /** How many objects the partial editor may edit now, when known. */
  assigned: number | null;
}

/**
 * What an admin does on a member's row: change the role (at once in the table, put back if
 * the server refuses; confirmed first for a partial editor, whose assignments udata then
 * deletes) and remove from the organization (confirmed; the user's account stays).
 */
export class MemberActions extends FlowController<MemberActionsHost, LocalizeController<{ members: typeof membersTerms }>> {
  /** Rows with a request in flight (one click sends one request). */
  readonly busy: KeyedState<true>;
  /** The last failure of each row. */
  readonly rowErrors: KeyedState<ApiError>;
  private removing: Member | null = null;
  private removeError: ApiError | null = null;
  private roleChange: PendingRoleChange | null = null;
  private readonly removeModal: ModalController;
  private readonly roleModal: ModalController;
  /** The user whose row takes focus after a removal. */
  private focusAfterRemoval?: string;

  constructor(
    host: MemberActionsHost,
    session: () => OrgSession | undefined,
    localize: LocalizeController<{ members: typeof membersTerms }>,
    removalSignal: () => AbortSignal,
  ) {
    super(host, session, localize, removalSignal);
    this.busy = new KeyedState(host);
    this.rowErrors = new KeyedState(host);
    this.removeModal = new ModalController(host, () => host.shadowRoot?.querySelector('.remove-dialog dialog'));
    this.roleModal = new ModalController(host, () => host.shadowRoot?.querySelector('.role-dialog dialog'));
  }

  /**
   * The admin picked `role` in the member's select. A partial editor's change waits for a
   * confirmation; `assigned` is how many objects they may edit (null when not known yet).
   */
  requestRoleChange(member: Member, role: MemberRole, assigned: number | null, event: Event) {
    if (this.busy.has(member.user.id) || role === member.role) return;
    if (member.role !== 'partial_editor') return void this.changeRole(member, role);
    this.roleChange = { member, role, assigned };
    // The select goes back to the current role (re-rendered) while the admin decides.
    this.host.requestUpdate();
    void this.roleModal.open({
      opener: event.currentTarget as HTMLElement,
      focus: () => this.host.shadowRoot?.querySelector<HTMLElement>('.role-dialog [part~="cancel"]'),
    });
  }

  askRemoval(member: Member, event: Event) {
    if (this.removing?.user.id !== member.user.id) this.removeError = null;
    this.removing = member;
    this.host.requestUpdate();
    void this.removeModal.open({
      opener: event.currentTarget as HTMLElement,
      focus: () => this.host.shadowRoot?.querySelector<HTMLElement>('.remove-dialog [part~="cancel"]'),
      fallback: () => this.focusTargetAfterRemoval(),
    });
  }

  render() {
    return html`${this.renderRoleDialog()}${this.renderRemoveDialog()}`;
  }

  private renderRoleDialog() {
    const t = this.localize.t;
    const change = this.roleChange;
    const name = change ? fullName(change.member.user, t.unknownUser) : '';
    const role = change ? (ownEntry(t.roles, change.role) ?? change.role) : '';
    return html`<div class="role-dialog">
      ${renderFormDialog({
        id: 'role-change',
        title: t.members.roleChangeTitle(name, role),
        intro: change ? t.members.roleChangeWarning(change.assigned) : '',
        body: nothing,
        submitLabel: t.members.roleChangeConfirm,
        busyLabel: t.members.saving,
        cancelLabel: t.cancel,
        busy: Boolean(change && this.busy.has(change.member.user.id)),
        onSubmit: (event) => {
          event.preventDefault();
          if (!change) return;
          this.roleModal.close();
          this.roleChange = null;
          void this.changeRole(change.member, change.role);
        },
        onCancel: () => {
          this.roleModal.close();
          this.roleChange = null;
        },
      })}
    </div>`;
  }

  private renderRemoveDialog() {
    const t = this.localize.t;
    const member = this.removing;
    const name = member ? fullName(member.user, t.unknownUser) : '';
    return html`<div class="remove-dialog">
      ${renderFormDialog({
        id: 'remove',
        title: t.members.removeTitle(name),
        intro: t.members.removeWarning,
        body: nothing,
        error: this.removeError ? html`${describeError(t, this.removeError)}${renderServerMessage(t, this.removeError)}` : null,
        submitLabel: t.members.removeConfirm,
        busyLabel: t.members.saving,
        cancelLabel: t.cancel,
        busy: Boolean(member && this.busy.has(member.user.id)),
        danger: true,
        onSubmit: (event) => void this.confirmRemoval(event),
        onCancel: () => this.removeModal.close(),
      })}
    </div>`;
  }

  /** Changes a role at once in the table, and puts it back if the server refuses. */
  private async changeRole(member: Member, role: MemberRole) {
    const session = this.session();
    const id = member.user.id;
    if (!session?.org || this.busy.has(id)) return;
    const t = this.localize.t;
    const previousRole = member.role;
    this.busy.set(id, true);
    this.rowErrors.set(id, undefined);
    session.putMember({ ...member, role });
    try {
      const updated = await updateMemberRole(session.client, session.org.id, id, role, { signal: this.removalSignal() });
      session.putMember({ ...member, ...updated, user: member.user });
      const label = ownEntry(t.roles, role) ?? role;
      const name = fullName(member.user, t.unknownUser);
      this.host.roleChanged(
        updated,
        previousRole,
        role === 'partial_editor' ? t.members.roleChangedToPartial(name) : t.members.roleChanged(name, label),
      );
    } catch (error) {
      session.putMember({ ...member, role: previousRole });
      if (isAbort(error)) return; // the element is gone
      const failure = toApiError(error, 'change-role');
      this.rowErrors.set(id, failure);
      this.host.failed(failure, describeError(t, failure));
    } finally {
      this.busy.set(id, undefined);
    }
  }

  private async confirmRemoval(event: SubmitEvent) {
    event.preventDefault();
    const member = this.removing;
    const session = this.session();
    if (!member || !session?.org || this.busy.has(member.user.id)) return;
    const t = this.localize.t;
    const id = member.user.id;
    this.busy.set(id, true);
    this.removeError = null;
    try {
      await removeMember(session.client, session.org.id, id, { signal: this.removalSignal() });
      this.removed(member, session);
    } catch (error) {
      const failure = toApiError(error, 'remove-member');
      if (isAbort(failure)) return; // the element is gone
      // 404: not a member any more (another admin was faster): the outcome is the same.
      if (failure.status === 404) this.removed(member, session);
      else {
        this.removeError = failure;
        this.host.failed(failure, describeError(t, failure));
      }
    } finally {
      this.busy.set(id, undefined);
    }
  }

  private removed(member: Member, session: OrgSession) {
    const t = this.localize.t;
    const rows = [...(this.host.shadowRoot?.querySelectorAll<HTMLElement>('tbody tr') ?? [])].map((r) => r.dataset.userId);
    const index = rows.indexOf(member.user.id);
    this.focusAfterRemoval = rows[index + 1] ?? rows[index - 1];
    this.removeModal.close(() => this.focusTargetAfterRemoval());
    this.removing = null;
    session.removeMember(member.user.id);
    this.host.memberRemoved(member, t.members.removed(fullName(member.user, t.unknownUser)));
  }

  private focusTargetAfterRemoval(): HTMLElement | null | undefined {
    const root = this.host.shadowRoot;
    const row = this.focusAfterRemoval ? root?.querySelector(`tr[data-user-id="${CSS.escape(this.focusAfterRemoval)}"]`) : null;
    return (
      row?.querySelector<HTMLElement>('[part~="remove"]') ??
      row?.querySelector<HTMLElement>('a') ??
      root?.querySelector<HTMLElement>('#filter')
    );
  }
}
