import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Assignment, AssignmentSubject, Member, MemberRole } from '../../api/models.js';
import { formatter, type FormatController } from '../../i18n/format.js';
import type { Lang } from '../../i18n/localize.js';
import type { roleChangeTerms } from './role-change.terms.js';
import { describeError, renderServerMessage } from '../../internal/error-message.js';
import { ownEntry } from '../../internal/lookup.js';
import { fullName, renderAvatar, userPageUrl } from '../../internal/users.js';
import type { MemberActions } from './member-actions.js';
import type { membersTerms } from './org-members.terms.js';
import { RoleChangeFlow } from './role-change.js';

/** What one row of the members table shows and where its controls lead. */
export interface MemberRowContext {
  localize: FormatController<{ members: typeof membersTerms; roleChange: typeof roleChangeTerms }>;
  /** `localize.t`, read once for the table (each read looks for the element's language in the page). */
  t: MembersTerms;
  /** A date from udata as `localize.date` writes it, with one formatter for every row (`rowDates`). */
  date: (value: string) => string;
  /** The organization's only admin, who can be neither demoted nor removed (`lastAdminOf`); null when there are several. */
  lastAdmin: string | null;
  meId: string | undefined;
  siteUrl: string;
  /** Admin controls: role select, assignments, remove. */
  manages: boolean;
  /** E-mail and last login columns. */
  privateAccess: boolean;
  /** Roles an admin may give. */
  roles: MemberRole[];
  /** A partial editor's assignments; null while they are not known. */
  assigned: (userId: string) => Assignment[] | null;
  actions: MemberActions;
  editAssignments: (member: Member, current: AssignmentSubject[], event: Event) => void;
}

type MembersTerms = MemberRowContext['localize']['t'];

/**
 * The rows' dates in `lang`, as `FormatController.date` writes them (its default long style; an
 * unreadable date gives ''), from one formatter: `localize.date` looks for the element's
 * language and builds its formatter's key on each call, 50 times a page.
 */
export function rowDates(lang: Lang): (value: string) => string {
  const dates = formatter(Intl.DateTimeFormat, lang, { dateStyle: 'long' });
  return (value) => {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? '' : dates.format(date);
  };
}

/** One member: name and avatar, role (a select for admins), dates, and the admin's actions. */
export function renderMemberRow(c: MemberRowContext, member: Member) {
  const t = c.t;
  const id = member.user.id;
  const name = fullName(member.user, t.unknownUser);
  const href = userPageUrl(c.siteUrl, member.user);
  const last = id === c.lastAdmin;
  const busy = c.actions.busy.has(id);
  const error = c.actions.rowErrors.get(id);
  const assigned = c.assigned(id);
  const me = id === c.meId;
  // A role chosen in the select and not applied yet (`role-change.ts`).
  const chosen = c.actions.roles.chosen.get(id);
  // The member's own role stays choosable when the server gave an unusual one.
  const roles = c.roles.includes(member.role) ? c.roles : [...c.roles, member.role];
  return html`<tr role="row" part="row" data-user-id=${id}>
    <th scope="row" role="rowheader">
      <span class="member">
        ${renderAvatar(member.user)} ${href ? html`<a class="link" href=${href}>${name}</a>` : name}
        ${me ? html`<span class="hint">${t.members.you}</span>` : nothing}
      </span>
    </th>
    <td role="cell" data-label=${t.members.role} @keydown=${(e: KeyboardEvent) => c.actions.roles.keydown(id, e)}>
      ${
        c.manages && !last
          ? html`<select
                part="role-select"
                aria-label=${t.members.changeRole(name)}
                aria-describedby=${chosen ? `role-help ${RoleChangeFlow.hintId(id)}` : 'role-help'}
                aria-busy=${busy ? 'true' : 'false'}
                .value=${live(chosen ?? member.role)}
                @change=${(e: Event) => c.actions.roles.choose(member, (e.target as HTMLSelectElement).value as MemberRole)}
              >
                ${roles.map((role) => html`<option value=${role} ?selected=${role === member.role}>${t.roles[role]}</option>`)}
              </select>
              ${chosen ? c.actions.roles.renderPending(member, name, assigned?.length ?? null) : nothing}`
          : (ownEntry(t.roles, member.role) ?? member.role)
      }
      ${
        c.manages && member.role === 'partial_editor' && assigned
          ? html`<span part="assignment-count" class="hint">${t.members.assignedCount(assigned.length)}</span>
              <button
                part="edit-assignments"
                class="button secondary small"
                type="button"
                aria-haspopup="dialog"
                aria-label=${t.members.editAssignmentsLabel(name)}
                @click=${(e: Event) =>
                  c.editAssignments(
                    member,
                    assigned.map((a) => a.subject),
                    e,
                  )}
              >
                ${t.members.editAssignments}
              </button>`
          : nothing
      }
      ${busy ? html`<span class="hint" role="status">${t.members.saving}</span>` : nothing}
    </td>
    <td role="cell" data-label=${t.members.since}>
      ${member.since ? c.date(member.since) : html`<span class="hint">${t.members.unknownDate}</span>`}
    </td>
    ${
      c.privateAccess
        ? html`<td role="cell" data-label=${t.members.email}>${member.user.email ?? ''}</td>
            <td role="cell" data-label=${t.members.lastLogin}>
              ${member.user.last_login_at ? c.date(member.user.last_login_at) : html`<span class="hint">${t.members.neverSeen}</span>`}
            </td>`
        : nothing
    }
    ${
      c.manages
        ? html`<td role="cell" data-label=${t.members.actions}>
            ${
              last
                ? html`<p class="note">${t.members.lastAdmin}</p>`
                : html`<button
                    part="remove"
                    class="button secondary small"
                    type="button"
                    aria-haspopup="dialog"
                    @click=${(e: Event) => c.actions.askRemoval(member, e)}
                  >
                    ${me ? t.roleChange.leave : html`${t.members.remove}<span class="visually-hidden">: ${name}</span>`}
                  </button>`
            }
            ${error ? html`<p part="error" class="error" role="alert">${describeError(t, error)}${renderServerMessage(t, error)}</p>` : nothing}
          </td>`
        : nothing
    }
  </tr>`;
}
