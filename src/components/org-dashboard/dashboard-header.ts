import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Organization } from '../../api/models.js';
import type { FormatController } from '../../i18n/format.js';
import { deletedNoticeTerms, renderDeletedNotice } from '../../internal/deleted-notice.js';
import { hostUrl } from '../../urls/host-url.js';
import { ownEntry } from '../../internal/lookup.js';
import { safeImageUrl } from '../../internal/users.js';
import { canAskCertification, type Viewer } from '../../permissions/permissions.js';
import type { dashboardTerms } from './org-dashboard.terms.js';

/** udata's "certified public service": both badges. */
export const isCertifiedPublicService = (org: Organization) =>
  ['certified', 'public-service'].every((kind) => org.badges?.some((b) => b.kind === kind));

/**
 * Who is offered `<join-request-button>` in the header: anyone who is not a member (an
 * anonymous visitor gets its log-in link). Members see their role in the members table;
 * sysadmins already have every right.
 */
export const offersToJoin = (viewer: Viewer) => viewer.kind === 'anonymous' || viewer.kind === 'non-member';

export interface HeaderOptions {
  localize: FormatController<{ dashboard: typeof dashboardTerms; deletedNotice: typeof deletedNoticeTerms }>;
  org: Organization;
  viewer: Viewer;
  certificationUrl: string;
  /** Given to the join button (its default: `{site-url}/login`). */
  loginUrl?: string;
  /** The admins' "Edit" button, or nothing. */
  editButton: TemplateResult | typeof nothing;
}

/**
 * Logo, name, acronym and badges; when the organization was deleted; the certification link
 * for admins; "Edit" for who may edit; the join button for who is not a member. Rendered
 * inside the dashboard's `<org-provider>`, which the join button inherits.
 */
export function renderDashboardHeader(o: HeaderOptions): TemplateResult {
  const t = o.localize.t;
  const { org } = o;
  const logo = safeImageUrl(org.logo_thumbnail ?? org.logo);
  const certified = isCertifiedPublicService(org);
  const otherBadges = (org.badges ?? []).filter((b) => !(certified && (b.kind === 'certified' || b.kind === 'public-service')));
  const certificationUrl = hostUrl(o.certificationUrl, 'certification-url');
  return html`<div part="header" class="header">
    ${logo ? html`<img class="logo" src=${logo} alt="" width="64" height="64" referrerpolicy="no-referrer" />` : nothing}
    <div>
      <h1 class="name">${org.name} ${org.acronym ? html`<span class="acronym">(${org.acronym})</span>` : nothing}</h1>
      <ul class="badges">
        ${
          certified
            ? html`<li part="certified-badge" class="badge certified">
                <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" fill="currentColor">
                  <path
                    d="M12 2 3 6v6c0 5 3.8 9.7 9 10 5.2-.3 9-5 9-10V6l-9-4Zm-1.2 14.2-3.5-3.5 1.4-1.4 2.1 2.1 4.9-4.9 1.4 1.4-6.3 6.3Z"
                  />
                </svg>
                ${t.dashboard.certified}
              </li>`
            : nothing
        }
        ${otherBadges.map((b) => html`<li class="badge">${ownEntry(t.dashboard.badges, b.kind) ?? b.kind}</li>`)}
      </ul>
      ${org.deleted ? renderDeletedNotice(o.localize, org.deleted) : nothing}
      ${
        canAskCertification(o.viewer) && !certified && certificationUrl
          ? html`<p class="certification">
              ${t.dashboard.certification} <a class="link" href=${certificationUrl}>${t.dashboard.certificationLink}</a>
            </p>`
          : nothing
      }
      ${o.editButton}
      ${
        offersToJoin(o.viewer)
          ? html`<div class="join"><join-request-button login-url=${ifDefined(o.loginUrl)}></join-request-button></div>`
          : nothing
      }
    </div>
  </div>`;
}
