import { css, html, nothing } from 'lit';
import type { MemberRole } from '../api/models.js';
import type { Lang, LocalizeController } from '../i18n/localize.js';

/** What each role may do, in one line (only in the elements with a role picker). */
export const roleHelpTerms: Record<Lang, { title: string; hints: Record<MemberRole, string> }> = {
  fr: {
    title: 'Que peut faire chaque rôle ?',
    hints: {
      admin: 'gère les membres et l’organisation, et publie tous ses contenus.',
      editor: 'publie et modifie tous les contenus de l’organisation.',
      partial_editor: 'modifie seulement les contenus qui lui sont attribués.',
    },
  },
  en: {
    title: 'What may each role do?',
    hints: {
      admin: 'manages the members and the organization, and publishes all of its content.',
      editor: 'publishes and edits all of the organization’s content.',
      partial_editor: 'edits only the content assigned to them.',
    },
  },
};

type RoleHelpLocalize = LocalizeController<{ roleHelp: typeof roleHelpTerms }>;

/** The one-line explanation of a role (for a radio's description). */
export const roleHint = (localize: RoleHelpLocalize, role: MemberRole) => localize.t.roleHelp.hints[role];

/**
 * A disclosure that explains the roles a picker offers; selects point to it with
 * `aria-describedby` (an `<option>` cannot carry a description).
 */
export function renderRoleHelp(localize: RoleHelpLocalize, roles: readonly MemberRole[], id: string) {
  if (!roles.length) return nothing;
  const t = localize.t;
  return html`<details part="role-help" class="role-help">
    <summary>${t.roleHelp.title}</summary>
    <dl id=${id}>
      ${roles.map(
        (role) =>
          html`<div>
            <dt>${t.roles[role]}</dt>
            <dd>${t.roleHelp.hints[role]}</dd>
          </div>`,
      )}
    </dl>
  </details>`;
}

/** "What may each role do?" (`renderRoleHelp`): where roles are chosen. */
export const roleHelpStyles = css`
  .role-help {
    margin: 0.5rem 0;
  }
  .role-help summary {
    cursor: pointer;
    color: var(--_primary);
  }
  .role-help dl {
    margin: 0.5rem 0 0;
  }
  .role-help dt {
    display: inline;
    font-weight: 600;
  }
  .role-help dt::after {
    content: ' : ';
  }
  .role-help dd {
    display: inline;
    margin: 0;
  }
`;
