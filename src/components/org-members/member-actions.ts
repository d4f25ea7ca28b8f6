import { html, nothing, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { isAbort, type ApiError, toApiError } from '../../api/errors.js';
import type { Member, MemberRole } from '../../api/models.js';
import { describeError, renderServerMessage } from '../../internal/error-message.js';
import { renderFormDialog } from '../../internal/form-dialog.js';
import { KeyedState } from '../../internal/keyed-state.js';
import { ModalController } from '../../internal/modal-controller.js';
import { fullName } from '../../internal/users.js';
import type { OrgSession } from '../../state/org-session.js';
import { updateMemberRole, removeMember } from '../../api/members.js';
import { FlowController, type FlowOptions } from '../../internal/flow-controller.js';
import { FocusAfterRemoval, neighbourStaying } from '../../internal/focus-after-removal.js';
import { losesOwnRights, rereadViewerRights, RoleChangeFlow, type MembersLocalize } from './role-change.js';

/** What an admin's row actions need from the element that shows them. */
export interface MemberActionsOptions extends FlowOptions<MembersLocalize> {
  onRoleChanged(member: Member, previousRole: MemberRole, message: string): void;
  onRemoved(member: Member, message: string): void;
}

/**
 * What an admin does on a member's row: change the role (chosen, then applied or confirmed:
 * `role-change.ts`; shown at once in the table, put back if the server refuses) and remove
 * from the organization (confirmed; the user's account stays). A change of the viewer's own
 * membership speaks to her, and then re-reads her rights for every element of the page.
 */
export class MemberActions extends FlowController<MemberActionsOptions> {
  /** Choosing, applying and confirming role changes. */
  readonly roles: RoleChangeFlow;
  /** Rows with a request in flight (one click sends one request). */
  readonly busy: KeyedState<true>;
  /** The last failure of each row. */
  readonly rowErrors: KeyedState<ApiError>;
  private removing: Member | null = null;
  private removeError: ApiError | null = null;
  private readonly removeModal: ModalController;
  /** The user whose row takes focus after a removal. */
  /** Once a member left the table: the next row's remove button, else the filter. */
  private readonly focusAfter: FocusAfterRemoval;

  /** The removal dialog, bound by its template. */
  private readonly removeDialog = createRef<HTMLDialogElement>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: MemberActionsOptions) {
    super(host, options);
    this.busy = new KeyedState(host);
    this.rowErrors = new KeyedState(host);
    this.removeModal = new ModalController(host, () => this.removeDialog.value);
    this.focusAfter = new FocusAfterRemoval(host, {
      row: (id) => `tr[data-user-id="${id}"]`,
      controls: ['[part~="remove"]', 'a'],
      fallback: '#filter',
    });
    this.roles = new RoleChangeFlow(host, options, this);
  }

  askRemoval(member: Member, event: Event) {
    if (this.removing?.user.id !== member.user.id) this.removeError = null;
    this.removing = member;
    this.host.requestUpdate();
    void this.removeModal.open({
      opener: event.currentTarget as HTMLElement,
      focus: () => this.host.shadowRoot?.querySelector<HTMLElement>('.remove-dialog [part~="cancel"]'),
      fallback: () => this.focusAfter.target(),
    });
  }

  render() {
    return html`${this.roles.render()}${this.renderRemoveDialog()}`;
  }

  private renderRemoveDialog() {
    const t = this.localize.t;
    const member = this.removing;
    const name = member ? fullName(member.user, t.unknownUser) : '';
    const session = this.session();
    // Leaving herself: the dialog speaks to the viewer.
    const self = Boolean(member && member.user.id === session?.me?.id);
    return html`<div class="remove-dialog">
      ${renderFormDialog({
        dialog: ref(this.removeDialog),
        id: 'remove',
        title: self ? t.roleChange.leaveTitle : t.members.removeTitle(name),
        intro: self
          ? t.roleChange.leaveWarning(Boolean(session && losesOwnRights(session, member!, null)))
          : t.members.removeWarning,
        body: nothing,
        error: this.removeError ? html`${describeError(t, this.removeError)}${renderServerMessage(t, this.removeError)}` : null,
        submitLabel: self ? t.roleChange.leave : t.members.removeConfirm,
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
  async changeRole(member: Member, role: MemberRole): Promise<void> {
    const session = this.session();
    const id = member.user.id;
    if (!session?.org || this.busy.has(id)) return;
    const t = this.localize.t;
    const previousRole = member.role;
    const self = id === session.me?.id;
    this.busy.set(id, true);
    this.rowErrors.set(id, undefined);
    session.putMember({ ...member, role });
    try {
      const updated = await updateMemberRole(session.client, session.org.id, id, role, { signal: this.removalSignal() });
      session.putMember({ ...member, ...updated, user: member.user });
      const name = fullName(member.user, t.unknownUser);
      const words = t.roleChange;
      this.options.onRoleChanged(
        updated,
        previousRole,
        self ? words.changedSelf(role) : role === 'partial_editor' ? words.changedToPartial(name) : words.changed(name, role),
      );
      if (self) await rereadViewerRights(this.host, session, () => this.focusInRow(id));
    } catch (error) {
      session.putMember({ ...member, role: previousRole });
      if (isAbort(error)) return; // the element is gone
      const failure = toApiError(error, 'change-role');
      this.rowErrors.set(id, failure);
      this.options.onFailed(failure, describeError(t, failure));
    } finally {
      this.busy.set(id, undefined);
    }
  }

  /** The row's role select, or its link, or the filter: where focus goes when it was lost. */
  private focusInRow(userId: string): HTMLElement | null | undefined {
    const root = this.host.shadowRoot;
    const row = root?.querySelector(`tr[data-user-id="${CSS.escape(userId)}"]`);
    return (
      row?.querySelector<HTMLElement>('[part~="role-select"]') ??
      row?.querySelector<HTMLElement>('a') ??
      root?.querySelector<HTMLElement>('#filter')
    );
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
        this.options.onFailed(failure, describeError(t, failure));
      }
    } finally {
      this.busy.set(id, undefined);
    }
  }

  private removed(member: Member, session: OrgSession) {
    const t = this.localize.t;
    const rows = [...(this.host.shadowRoot?.querySelectorAll<HTMLElement>('tbody tr') ?? [])].map((r) => ({
      id: r.dataset.userId ?? '',
    }));
    this.focusAfter.id = neighbourStaying(rows, member.user.id, (row) => row.id !== member.user.id)?.id;
    this.removeModal.close(() => this.focusAfter.target());
    this.removing = null;
    session.removeMember(member.user.id);
    const self = member.user.id === session.me?.id;
    this.options.onRemoved(member, self ? t.roleChange.left : t.members.removed(fullName(member.user, t.unknownUser)));
    if (self) void rereadViewerRights(this.host, session, () => this.focusAfter.target());
  }
}
