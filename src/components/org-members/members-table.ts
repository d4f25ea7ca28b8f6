import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Member } from '../../api/models.js';
import { revealFocused } from '../../internal/reveal-focus.js';
import type { RowKeys } from '../../internal/row-keys.js';
import { sortableHeader, type SortDirection } from '../../internal/sortable-header.js';
import { renderMemberRow, type MemberRowContext } from './member-row.js';
import type { SortKey } from './members-view.js';

export interface MembersTableOptions {
  /** What each row shows and where its controls lead. */
  row: MemberRowContext;
  /** The element's row keys, kept from one render to the next. */
  keys: RowKeys;
  /** The members of the current page, in order. */
  rows: Member[];
  sort: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey) => void;
}

/** The members as a real table: sortable column headers, private columns and admin actions when allowed. */
export function renderMembersTable({ row, keys, rows, sort, direction, onSort }: MembersTableOptions): TemplateResult {
  const t = row.t;
  const rowKeys = keys.assign(rows.map((m) => m.user.id));
  const header = (key: SortKey, label: string) =>
    sortableHeader({ label, sorted: sort === key, direction, onSort: () => onSort(key) });
  return html`<div class="table-wrapper" @focusin=${revealFocused}>
    <table role="table" part="table">
      <caption class="visually-hidden">
        ${t.members.tableLabel}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          ${header('name', t.members.name)} ${header('role', t.members.role)} ${header('since', t.members.since)}
          ${row.privateAccess ? html`${header('email', t.members.email)} ${header('lastLogin', t.members.lastLogin)}` : nothing}
          ${row.manages ? html`<th scope="col" role="columnheader">${t.members.actions}</th>` : nothing}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${repeat(
          rows,
          (_, i) => rowKeys[i],
          (m) => renderMemberRow(row, m),
        )}
      </tbody>
    </table>
  </div>`;
}
