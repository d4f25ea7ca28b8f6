import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { renderSection } from '../../internal/task-section.js';
import { canDecideRequests, canSeePendingRequests, type Viewer } from '../../permissions/permissions.js';
import type { dashboardTerms } from './org-dashboard.terms.js';

/**
 * Whether the "requests" card is shown: to who may decide (admins, sysadmins), and to editors
 * on a server that lets them read the list. udata answers 403 to editors since Feb. 2026,
 * shortly after it began sending `organization.permissions` (early 2026): a server that sends
 * them is taken to refuse, and its editors get no card — and no request, so no 403 in the
 * console. Editors of older servers (no `permissions`) get the list read-only, as the guide
 * says. Partial editors never see the requests: a card that only says so is not shown either.
 */
export const showsRequestsCard = (viewer: Viewer) =>
  canDecideRequests(viewer) || (canSeePendingRequests(viewer) && !viewer.serverPermissions);

type DashboardLocalize = LocalizeController<{ dashboard: typeof dashboardTerms }>;

/** A card's tag as the dashboard can show it for now (`CardTags.render`: the tag, or a loading line until it is defined). */
export type CardTag = (tag: unknown) => unknown;

/** The pending join requests, in their card. */
export const renderRequestsCard = (localize: DashboardLocalize, card: CardTag) =>
  renderSection('requests', localize.t.dashboard.requests, card(html`<pending-requests></pending-requests>`));

/** The transfers waiting for the organization (and its content to transfer), in their card: admins only (udata lists them to no one else). */
export const renderTransfersCard = (localize: DashboardLocalize, card: CardTag) =>
  renderSection('transfers', localize.t.dashboard.transfers, card(html`<org-transfers></org-transfers>`), 'wide');

/** What the organization published and, when a metrics API is known, its visits: for everyone. */
export const renderStatsCard = (localize: DashboardLocalize, card: CardTag, metricsBase?: string) =>
  renderSection(
    'stats',
    localize.t.dashboard.stats,
    card(html`<org-stats metrics-base=${ifDefined(metricsBase)}></org-stats>`),
    'wide',
  );

/** The newest activity, with "see all": members only (udata hides private objects from the others). */
export const renderActivityCard = (localize: DashboardLocalize, card: CardTag) =>
  renderSection('activity', localize.t.dashboard.activity, card(html`<org-activity limit="5"></org-activity>`), 'wide');

/**
 * The danger zone: what deleting does, in words, beside the red button (which the dialog
 * repeats with the numbers before anything is sent).
 */
export function renderDangerZone(localize: DashboardLocalize, card: CardTag): TemplateResult {
  const t = localize.t.dashboard;
  return renderSection(
    'danger',
    t.danger,
    html`<div part="danger-explanation" class="danger-explanation">
        <p><strong>${t.dangerIrreversible}</strong> ${t.dangerStayOnline}</p>
        <p>${t.dangerDeleteFirst}</p>
      </div>
      ${card(html`<delete-org-dialog></delete-org-dialog>`)}`,
  );
}
