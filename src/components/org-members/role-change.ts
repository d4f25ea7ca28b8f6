import { html, nothing, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { Member, MemberRole } from '../../api/models.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { renderFormDialog } from '../../internal/form-dialog.js';
import { FlowController } from '../../internal/flow-controller.js';
import { KeyedState } from '../../internal/keyed-state.js';
import { ModalController } from '../../internal/modal-controller.js';
import { fullName } from '../../internal/users.js';
import type { OrgSession } from '../../state/org-session.js';
import type { MemberActions, MemberActionsOptions } from './member-actions.js';
import type { membersTerms } from './org-members.terms.js';
import type { roleChangeTerms } from './role-change.terms.js';

/** The words of the members table's flows. */
export type MembersLocalize = LocalizeController<{ members: typeof membersTerms; roleChange: typeof roleChangeTerms }>;

/**
 * What a change means for the person, when it needs more than "Apply": the viewer giving up
 * her own admin rights, a partial editor losing their assignments, someone made admin, or
 * someone made partial editor (who can then edit nothing until things are assigned).
 */
type Confirmation = 'self' | 'leaving-partial' | 'promote' | 'to-partial';

interface PendingConfirmation {
  userId: string;
  role: MemberRole;
  kind: Confirmation;
  /** How many objects a partial editor may edit now, when known. */
  assigned: number | null;
}

/** The member whose user id is `userId` in the session, as it is now. */
const memberOf = (session: OrgSession | undefined, userId: string) => session?.org?.members.find((m) => m.user.id === userId);

/** Whether the viewer loses her rights on the members and the organization by giving up this membership. */
export function losesOwnRights(session: OrgSession, member: Member, role: MemberRole | null): boolean {
  const viewer = session.viewer;
  return member.user.id === viewer.user?.id && viewer.kind !== 'sysadmin' && member.role === 'admin' && role !== 'admin';
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The viewer changed her own membership: read the organization again, so that every element
 * of the session drops what she may no longer do (`organization.permissions`), then put the
 * focus on `fallback` if the control that had it went away.
 */
export async function rereadViewerRights(
  host: ReactiveControllerHost & HTMLElement,
  session: OrgSession,
  fallback: () => HTMLElement | null | undefined,
): Promise<void> {
  try {
    await session.refreshOrganization();
  } catch {
    // The rights stay as known: the server still answers 403 to what she may no longer do.
  }
  await host.updateComplete;
  const active = deepActiveElement();
  if (!active || active === document.body || !active.isConnected) fallback()?.focus();
}

/**
 * A role change, in two steps: choosing a role in a member's select only shows "Apply" and
 * "Cancel" in the row (a closed select fires `change` on each arrow key, so nothing may be
 * sent on `change`); Apply sends it, or first asks in a dialog when the change means more
 * than its name says (see {@link Confirmation}). Cancel, Escape or the dialog's Cancel put
 * the select back; focus stays on the select.
 */
export class RoleChangeFlow extends FlowController<MemberActionsOptions> {
  /** The role chosen in each row's select, not sent yet. */
  readonly chosen: KeyedState<MemberRole>;
  private confirming: PendingConfirmation | null = null;
  private readonly modal: ModalController;

  /** The confirmation dialog, bound by its template. */
  private readonly dialog = createRef<HTMLDialogElement>();

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: MemberActionsOptions,
    private readonly actions: MemberActions,
  ) {
    super(host, options);
    this.chosen = new KeyedState(host);
    this.modal = new ModalController(host, () => this.dialog.value);
  }

  /** The admin picked `role` in the member's select: nothing is sent yet. */
  choose(member: Member, role: MemberRole | ''): void {
    this.chosen.set(member.user.id, !role || role === member.role ? undefined : role);
  }

  /** Puts the member's select back to their role, with the focus on it. */
  cancel(userId: string): void {
    this.selectOf(userId)?.focus();
    this.chosen.set(userId, undefined);
  }

  /** Escape in the row cancels a role not sent yet. */
  keydown(userId: string, event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.chosen.has(userId)) return;
    event.preventDefault();
    this.cancel(userId);
  }

  /** Which confirmation the change asks for, if any. */
  confirmationOf(member: Member, role: MemberRole): Confirmation | null {
    const session = this.session();
    if (session && losesOwnRights(session, member, role)) return 'self';
    if (member.role === 'partial_editor') return 'leaving-partial';
    if (role === 'admin') return 'promote';
    if (role === 'partial_editor') return 'to-partial';
    return null;
  }

  /** "Apply": sends the chosen role, or asks first. `assigned`: a partial editor's objects, when known. */
  apply(userId: string, assigned: number | null, event: Event): void {
    const member = memberOf(this.session(), userId);
    const role = this.chosen.get(userId);
    if (!member || !role || this.actions.busy.has(userId)) return;
    // Someone else made the same change meanwhile (the list was read again): nothing to send.
    if (role === member.role) return this.cancel(userId);
    const kind = this.confirmationOf(member, role);
    if (!kind) return this.send(member, role);
    this.confirming = { userId, role, kind, assigned };
    this.host.requestUpdate();
    void this.modal.open({
      opener: event.currentTarget as HTMLElement,
      focus: () => this.host.shadowRoot?.querySelector<HTMLElement>('.role-dialog [part~="cancel"]'),
      fallback: () => this.selectOf(userId),
    });
  }

  /** "Apply" and "Cancel" beside a select whose new role is not sent yet; `assigned` as for {@link apply}. */
  renderPending(member: Member, name: string, assigned: number | null) {
    const t = this.localize.t.roleChange;
    const id = member.user.id;
    const role = this.chosen.get(id);
    if (!role || role === member.role || this.actions.busy.has(id)) return nothing;
    const asks = this.confirmationOf(member, role) !== null;
    return html`<span class="role-pending">
      <button
        part="apply-role"
        class="button small"
        type="button"
        aria-haspopup=${asks ? 'dialog' : nothing}
        @click=${(e: Event) => this.apply(id, assigned, e)}
      >
        ${t.apply}<span class="visually-hidden">${t.applyFor(name, role)}</span>
      </button>
      <button part="cancel-role" class="button secondary small" type="button" @click=${() => this.cancel(id)}>
        ${t.cancel}<span class="visually-hidden">${t.cancelFor(name)}</span>
      </button>
      <span id=${RoleChangeFlow.hintId(id)} class="hint">${t.pendingHint}</span>
    </span>`;
  }

  /** The id of the "not saved yet" hint of a row (the select points to it). */
  static hintId(userId: string): string {
    return `role-pending-${encodeURIComponent(userId)}`;
  }

  render() {
    const t = this.localize.t;
    const words = t.roleChange;
    const pending = this.confirming;
    const member = pending && memberOf(this.session(), pending.userId);
    const name = member ? fullName(member.user, t.unknownUser) : '';
    const session = this.session();
    let title = '';
    let intro = '';
    let submit = words.confirm;
    if (pending && member) {
      const { role, kind } = pending;
      if (kind === 'self') {
        title = words.selfTitle(role);
        intro = `${words.selfLosesRights}${role === 'partial_editor' ? ` ${words.selfToPartial}` : ''}`;
        submit = words.selfConfirm;
      } else if (kind === 'promote') {
        title = words.promoteTitle(name);
        intro = words.promoteWarning(name);
        submit = words.promoteConfirm;
      } else {
        title = words.title(name, role);
        intro = kind === 'leaving-partial' ? words.leavingPartial(pending.assigned) : words.toPartial(member.role === 'admin');
      }
    }
    // Escape closes the dialog natively: it cancels the change like the Cancel button (the
    // `cancel` event does not bubble, hence the capture).
    return html`<div class="role-dialog" @cancel=${{ handleEvent: () => this.dismiss(), capture: true }}>
      ${renderFormDialog({
        dialog: ref(this.dialog),
        id: 'role-change',
        title,
        intro,
        body: nothing,
        submitLabel: submit,
        busyLabel: t.members.saving,
        cancelLabel: t.cancel,
        busy: Boolean(pending && this.actions.busy.has(pending.userId)),
        danger: pending?.kind === 'self',
        onSubmit: (event) => {
          event.preventDefault();
          if (!pending || !member || !session) return;
          this.confirming = null;
          this.modal.close(() => this.selectOf(pending.userId));
          this.send(member, pending.role);
        },
        onCancel: () => {
          const userId = this.dismiss();
          this.modal.close(() => (userId ? this.selectOf(userId) : null));
        },
      })}
    </div>`;
  }

  /** The dialog goes without a change: the select is put back. */
  private dismiss(): string | undefined {
    const userId = this.confirming?.userId;
    this.confirming = null;
    if (userId) this.chosen.set(userId, undefined);
    else this.host.requestUpdate();
    return userId;
  }

  private send(member: Member, role: MemberRole): void {
    const id = member.user.id;
    // Focus on the select before "Apply" goes away with the pending choice.
    if (this.host.shadowRoot?.activeElement?.closest('.role-pending')) this.selectOf(id)?.focus();
    this.chosen.set(id, undefined);
    void this.actions.changeRole(member, role);
  }

  private selectOf(userId: string): HTMLElement | null | undefined {
    return this.host.shadowRoot
      ?.querySelector(`tr[data-user-id="${CSS.escape(userId)}"]`)
      ?.querySelector<HTMLElement>('[part~="role-select"]');
  }
}
