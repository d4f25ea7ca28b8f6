import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Member } from '../../api/models.js';
import { revealFocused } from '../../internal/reveal-focus.js';
import { sortableHeader, type SortDirection } from '../../internal/sortable-header.js';
import { renderMemberRow, type MemberRowContext } from './member-row.js';
import type { SortKey } from './members-view.js';

/**
 * The rows' keys from one render to the next. A member still shown keeps their key, so their
 * row (and the focus in it) stays theirs, as with keys by user id; a member coming in takes
 * the key of a row going out, whose DOM is then updated rather than removed and built anew:
 * a page change, a sort or a keystroke updates 50 rows instead of rebuilding them.
 */
export class RowKeys {
  private shown: string[] = [];
  private keys = new Map<string, number>();
  private created = 0;

  /** The key of each of `ids`, in order. */
  assign(ids: string[]): number[] {
    const staying = new Set(ids);
    // Keys of the rows going out, in their order on screen: a new page reuses the rows in place.
    const free = this.shown.filter((id) => !staying.has(id)).map((id) => this.keys.get(id)!);
    const keys = new Map<string, number>();
    let reused = 0;
    const assigned = ids.map((id) => {
      const key = this.keys.get(id) ?? keys.get(id) ?? free[reused++] ?? this.created++;
      keys.set(id, key);
      return key;
    });
    this.shown = ids;
    this.keys = keys;
    return assigned;
  }
}

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
