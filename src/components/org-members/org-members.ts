import type { SortDirection } from '../../internal/sortable-header.js';
import { inviteePickerStyles } from './invitee-picker.styles.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiError } from '../../api/errors.js';
import type { Member, MemberRole } from '../../api/models.js';
import { renderLoadState } from '../../internal/load-state.js';
import { paginationTerms, renderPagination } from '../../internal/pagination.js';
import { OrgElement } from '../../internal/org-element.js';
import { FormatController } from '../../i18n/format.js';
import { membersTerms } from './org-members.terms.js';
import { roleChangeTerms } from './role-change.terms.js';
import { baseStyles, dialogStyles } from '../../internal/styles.js';
import { tableStyles } from '../../internal/table-styles.js';
import { fullName } from '../../internal/users.js';
import { canManageMembers } from '../../permissions/permissions.js';
import { AddMemberController } from './add-member.js';
import { PendingInvitationsController } from './pending-invitations.js';
import { AssignmentsEditor } from './assignments-editor.js';
import { MemberActions } from './member-actions.js';
import { renderMembersTable } from './members-table.js';
import { RowKeys } from '../../internal/row-keys.js';
import { rowDates, type MemberRowContext } from './member-row.js';
import { renderMembersToolbar } from './members-toolbar.js';
import { lastAdminOf, viewMembers, type SortKey } from './members-view.js';
import { downloadCsv, membersCsv, renderCsvDownload } from './members-csv.js';
import { membersCsvTerms } from './members-csv.terms.js';
import { orgMembersStyles } from './org-members.styles.js';
import { ownEntry } from '../../internal/lookup.js';
import { renderRoleHelp, roleHelpStyles, roleHelpTerms } from '../../internal/role-help.js';
import { avatarStyles } from '../../internal/avatar-styles.js';
import { AdminData } from './admin-data.js';
import { pendingRequestsOf } from '../../state/pending-requests-store.js';
export type {
  MemberInvitedDetail,
  MemberAssignmentsChangedDetail,
  MemberAddedDetail,
  MemberRemovedDetail,
  MemberRoleChangedDetail,
} from './org-members.events.js';

/**
 * @summary The members of an organization in a table; admins add, promote, demote and remove.
 *
 * Everyone sees the table (name linked to the user page, role, member since), sortable, with
 * a filter that ignores case and accents and a role filter; large organizations are paged.
 * Admins and sysadmins also get a role select and a remove button per row (never for the
 * last admin: the row says why), an "Add a member" dialog (user search or e-mail invitation)
 * and the list of pending invitations. Other viewers get no action control at all.
 *
 * @tagname org-members
 * @fires org-member-invited - An invitation was sent. `detail: { invitation }`.
 * @fires org-member-added - A member was added directly (udata before invitations). `detail: { member }`.
 * @fires org-member-role-changed - A role was changed. `detail: { member, previousRole }`.
 * @fires org-member-removed - A member was removed (their account is kept). `detail: { userId }`.
 * @fires org-member-assignments-changed - What a partial editor may edit changed. `detail: { member, assignments }` (all of them).
 * @fires org-invitation-canceled - An admin canceled a pending invitation. `detail: { invitation }`.
 * @fires org-invitation-resent - An admin sent a pending invitation again (a new one, with a new e-mail). `detail: { invitation }` (the new one).
 * @fires org-error - A request failed. `detail: { action, status, message }`.
 *
 * @csspart base - The wrapper.
 * @csspart filter - The name filter input.
 * @csspart role-filter - The role filter select.
 * @csspart add - The "Add a member" button.
 * @csspart invitee-mode - In the add dialog: who to invite, a person with an account or an e-mail address.
 * @csspart invitee - The chosen person, as a chip.
 * @csspart clear-invitee - The chip's "×", which clears the choice.
 * @csspart table - The members table.
 * @csspart row - One member's row.
 * @csspart avatar - A member's avatar.
 * @csspart role-select - A member's role select (admins): choosing a role sends nothing yet.
 * @csspart apply-role - Sends the role chosen in a row's select (after a confirmation when it means more than its name).
 * @csspart cancel-role - Puts a row's select back to the member's role (as Escape does).
 * @csspart remove - A member's remove button (admins).
 * @csspart pagination - The page navigation.
 * @csspart invitations - The pending invitations.
 * @csspart download-csv - The "download the list (CSV)" button: the filtered members, in the table's order.
 * @csspart csv-note - Beside it, for viewers who see e-mails: the platform masks the addresses.
 * @csspart assignment-count - How many objects a partial editor may edit (admins).
 * @csspart edit-assignments - Opens the picker to change what a partial editor may edit.
 * @csspart assignments - The add dialog's picker of what a partial editor may edit.
 * @csspart assignment-search - Its search field.
 * @csspart assignable-list - Its results (checkboxes).
 * @csspart picked - What is picked, each with a remove button.
 * @csspart nothing-assigned - The warning that a partial editor with nothing assigned may edit nothing.
 * @csspart role-help - What each role may do (the role selects point to it).
 * @csspart invitation - One pending invitation (class `stale` past 30 days without an answer).
 * @csspart invitation-message - The message sent with an invitation.
 * @csspart stale - The "no answer for over 30 days" flag.
 * @csspart resend-invitation - An invitation's resend button.
 * @csspart cancel-invitation - An invitation's cancel button.
 * @csspart notice - The live region announcing changes, shown above the table and kept in view while it is.
 * @csspart dialog - The add and remove dialogs.
 * @csspart user-search - The user search combobox input.
 * @csspart user-options - The combobox's list of users.
 * @csspart email - The e-mail input of the add dialog.
 * @csspart submit - A dialog's submit button.
 * @csspart cancel - A dialog's cancel button.
 * @csspart error - An error message.
 *
 * Colours and sizes: the custom properties every element reads (see `OrgElement`, README "Theming") and `theme`.
 * @cssprop [--org-sticky-top=0] - Where the notice sticks, below a page's own sticky header.
 * @cssprop [--org-color-warning=#b34000] - Old invitations, a partial editor with nothing assigned. Dark: #fc5d00.
 * @cssprop [--org-color-avatar=#e3e3fd] - Behind a member's initials. Dark: #21213f.
 */
export class OrgMembers extends OrgElement {
  static override styles = [
    baseStyles,
    tableStyles,
    dialogStyles,
    avatarStyles,
    roleHelpStyles,
    orgMembersStyles,
    inviteePickerStyles,
  ];

  protected override readonly localize = new FormatController(this, {
    members: membersTerms,
    csv: membersCsvTerms,
    roleChange: roleChangeTerms,
    roleHelp: roleHelpTerms,
    pagination: paginationTerms,
  });

  /** Rows per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @state() private filterText = '';
  @state() private roleFilter: MemberRole | '' = '';
  @state() private sort: SortKey = 'name';
  @state() private direction: SortDirection = 'ascending';
  @state() private page = 1;
  @state() private notice = '';

  private readonly actions = new MemberActions(this, {
    ...this.flowOptions(),
    onRoleChanged: (member, previousRole, message) => {
      // udata deleted a former partial editor's assignments: the counts are re-read.
      if (previousRole === 'partial_editor' || member.role === 'partial_editor') void this.admin.assignments.run();
      this.notice = message;
      this.emit('org-member-role-changed', { member, previousRole });
    },
    onRemoved: (member, message) => {
      this.notice = message;
      this.emit('org-member-removed', { userId: member.user.id });
    },
  });

  private readonly adding = new AddMemberController(this, {
    ...this.flowOptions(),
    assignableRoles: () => this.admin.assignableRoles,
    onInvited: (invitation, who, session) => {
      pendingRequestsOf(session).add(invitation);
      this.notice = this.localize.t.members.invited(who);
      this.emit('org-member-invited', { invitation });
    },
    onAdded: (member, session) => {
      const t = this.localize.t;
      session.putMember(member);
      this.notice = t.members.added(fullName(member.user, t.unknownUser), ownEntry(t.roles, member.role) ?? member.role);
      this.emit('org-member-added', { member });
    },
  });

  private readonly invitations = new PendingInvitationsController(this, {
    ...this.flowOptions(),
    pageSize: () => this.pageSize,
    onChanged: (change, invitation, message) => {
      this.notice = message;
      this.emit(change === 'canceled' ? 'org-invitation-canceled' : 'org-invitation-resent', { invitation });
    },
    onFailed: (error, message) => {
      this.notice = message;
      this.emitError(error, message);
    },
  });
  private readonly rowKeys = new RowKeys();

  private readonly admin = new AdminData(this, { session: () => this.session, manages: () => this.manages });
  private readonly assignmentsEditor = new AssignmentsEditor(this, {
    ...this.flowOptions(),
    onChanged: (member, assignments, message) => {
      void this.admin.assignments.run();
      this.notice = message;
      this.emit('org-member-assignments-changed', { member, assignments });
    },
  });

  /** What each of the element's flows is given. */
  private flowOptions() {
    return {
      session: () => this.session,
      localize: this.localize,
      signal: () => this.removalSignal,
      onFailed: (error: ApiError, message: string) => this.emitError(error, message),
    };
  }

  /** udata shows members' (masked) e-mails and last logins to viewers with private access. */
  private get privateAccess(): boolean {
    const session = this.session;
    const viewer = session?.viewer;
    if (!viewer) return false;
    return session.org?.permissions?.private ?? (viewer.kind === 'sysadmin' || viewer.membership !== null);
  }

  /** The table's filters and order (what the CSV and the view are cut from). */
  private get query() {
    return { text: this.filterText, role: this.roleFilter, sort: this.sort, direction: this.direction };
  }

  /** Every member matching the filters, in the table's order, as CSV. */
  private downloadCsv() {
    const org = this.session!.org!;
    const { rows } = viewMembers(org.members, { ...this.query, page: 1, pageSize: Math.max(1, org.members.length) });
    const file = membersCsv(org, rows, this.localize.t, this.privateAccess);
    downloadCsv(file.name, file.text);
  }

  private get manages(): boolean {
    return Boolean(this.session?.ready && canManageMembers(this.session.viewer));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Admins see the invitations they sent, from the shared pending list.
    if (this.manages && pendingRequestsOf(this.session!).state === null) void pendingRequestsOf(this.session!).load();
  }

  protected override render() {
    // The notice comes first and sticks to the top of the window while the table is in view:
    // in a long list it is seen where the admin acted, not thousands of pixels below.
    return html`<div part="base" lang=${this.localize.lang}>
      <p part="notice" class="notice success" role="status">${this.notice}</p>
      ${renderLoadState(this.session, this.localize.t) ?? this.renderContent()}
    </div>`;
  }

  private renderContent() {
    const t = this.localize.t;
    const org = this.session!.org!;
    const manages = this.manages;
    const view = viewMembers(org.members, { ...this.query, page: this.page, pageSize: this.pageSize });
    return html`${renderMembersToolbar({
        t,
        filterText: this.filterText,
        roleFilter: this.roleFilter,
        manages,
        onFilter: (filterText) => this.setQuery({ filterText }),
        onRoleFilter: (roleFilter) => this.setQuery({ roleFilter }),
        onAdd: (event) => this.adding.open(event),
      })}
      <p class="count" role="status">
        ${t.members.count(view.matching, org.members.length)}
        ${view.matching ? renderCsvDownload(t, this.privateAccess, () => this.downloadCsv()) : nothing}
      </p>
      ${manages ? renderRoleHelp(this.localize, this.admin.assignableRoles, 'role-help') : nothing}
      ${view.matching ? this.renderTable(view.rows, manages, t) : html`<p>${org.members.length ? t.members.noMatch : t.members.empty}</p>`}
      ${view.pages > 1 ? this.renderPagination(view.page, view.pages) : nothing} ${manages ? this.invitations.render() : nothing}
      ${manages ? this.adding.render() : nothing} ${manages ? this.actions.render() : nothing}
      ${manages ? this.assignmentsEditor.render() : nothing}`;
  }

  private renderTable(rows: Member[], manages: boolean, t: MemberRowContext['t']) {
    const known = this.admin.assignments.value;
    return renderMembersTable({
      row: {
        localize: this.localize,
        t,
        date: rowDates(this.localize.lang),
        lastAdmin: lastAdminOf(this.session!.org!),
        meId: this.session!.me?.id,
        siteUrl: this.config.siteUrl,
        manages,
        privateAccess: this.privateAccess,
        roles: this.admin.assignableRoles,
        assigned: (userId) => (known ? known.filter((a) => a.user.id === userId) : null),
        actions: this.actions,
        editAssignments: (member, current, event) => void this.assignmentsEditor.open(member, current, event),
      },
      keys: this.rowKeys,
      rows,
      sort: this.sort,
      direction: this.direction,
      onSort: (key) => this.sortBy(key),
    });
  }

  private renderPagination(page: number, pages: number) {
    const t = this.localize.t;
    return renderPagination({
      t,
      page,
      pages,
      label: t.members.tableLabel,
      part: 'pagination',
      onPage: (next) => (this.page = next),
    });
  }

  private setQuery(changes: { filterText?: string; roleFilter?: MemberRole | '' }) {
    if (changes.filterText !== undefined) this.filterText = changes.filterText;
    if (changes.roleFilter !== undefined) this.roleFilter = changes.roleFilter;
    this.page = 1;
  }

  private sortBy(key: SortKey) {
    this.direction = this.sort === key && this.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = key;
    this.page = 1;
  }
}
