import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Member } from '../../api/models.js';
import { sortableHeader, type SortDirection } from '../../internal/sortable-header.js';
import { renderMemberRow, type MemberRowContext } from './member-row.js';
import type { SortKey } from './members-view.js';

export interface MembersTableOptions {
  /** What each row shows and where its controls lead. */
  row: MemberRowContext;
  /** The members of the current page, in order. */
  rows: Member[];
  sort: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey) => void;
}

/** The members as a real table: sortable column headers, private columns and admin actions when allowed. */
export function renderMembersTable({ row, rows, sort, direction, onSort }: MembersTableOptions): TemplateResult {
  const t = row.localize.t;
  const header = (key: SortKey, label: string) =>
    sortableHeader({ label, sorted: sort === key, direction, onSort: () => onSort(key) });
  return html`<div class="table-wrapper">
    <table part="table">
      <caption class="visually-hidden">
        ${t.members.tableLabel}
      </caption>
      <thead>
        <tr>
          ${header('name', t.members.name)} ${header('role', t.members.role)} ${header('since', t.members.since)}
          ${row.privateAccess ? html`${header('email', t.members.email)} ${header('lastLogin', t.members.lastLogin)}` : nothing}
          ${row.manages ? html`<th scope="col">${t.members.actions}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          rows,
          (m) => m.user.id,
          (m) => renderMemberRow(row, m),
        )}
      </tbody>
    </table>
  </div>`;
}
