import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MemberRole } from '../../api/models.js';
import type { TermsWith } from '../../i18n/localize.js';
import type { membersTerms } from './org-members.terms.js';

export interface MembersToolbarOptions {
  t: TermsWith<{ members: typeof membersTerms }>;
  filterText: string;
  roleFilter: MemberRole | '';
  /** The viewer manages members: the "add a member" button. */
  manages: boolean;
  onFilter: (text: string) => void;
  onRoleFilter: (role: MemberRole | '') => void;
  onAdd: (event: Event) => void;
}

/** Above the table: the text filter (accent- and case-insensitive), the role filter and, for admins, "add a member". */
export function renderMembersToolbar(o: MembersToolbarOptions): TemplateResult {
  const t = o.t;
  return html`<div class="toolbar">
    <div class="field">
      <label for="filter">${t.members.filter}</label>
      <input
        id="filter"
        part="filter"
        type="search"
        aria-describedby="filter-hint"
        .value=${live(o.filterText)}
        @input=${(e: Event) => o.onFilter((e.target as HTMLInputElement).value)}
      />
      <span id="filter-hint" class="hint">${t.members.filterHint}</span>
    </div>
    <div class="field">
      <label for="role-filter">${t.members.roleFilter}</label>
      <select
        id="role-filter"
        part="role-filter"
        @change=${(e: Event) => o.onRoleFilter((e.target as HTMLSelectElement).value as MemberRole | '')}
      >
        <option value="" ?selected=${!o.roleFilter}>${t.members.allRoles}</option>
        ${(['admin', 'editor', 'partial_editor'] as const).map(
          (role) => html`<option value=${role} ?selected=${o.roleFilter === role}>${t.roles[role]}</option>`,
        )}
      </select>
    </div>
    ${
      o.manages
        ? html`<button part="add" class="button add" type="button" aria-haspopup="dialog" @click=${o.onAdd}>
            ${t.members.add}
          </button>`
        : nothing
    }
  </div>`;
}
