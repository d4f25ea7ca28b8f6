import type { SortDirection } from '../../internal/sortable-header.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Organization } from '../../api/models.js';
import { deletedNoticeTerms } from '../../internal/deleted-notice.js';
import { orgPageUrl } from '../../urls/host-url.js';
import { renderLoadState } from '../../internal/load-state.js';
import { loadedMarkdown } from '../../internal/markdown-renderer.js';
import { markdownStyles } from '../../internal/markdown-styles.js';
import { ProfileDialog } from './profile-dialog.js';
import { CardTags } from './card-tags.js';
import { OrgElement } from '../../internal/org-element.js';
import { FormatController } from '../../i18n/format.js';
import { dashboardTerms } from './org-dashboard.terms.js';
import { baseStyles, dialogStyles } from '../../internal/styles.js';
import { tableStyles } from '../../internal/table-styles.js';
import { renderSection, renderTask } from '../../internal/task-section.js';
import { canAnswerTransfers, canDeleteOrganization, canEditProfile, canSeeActivity } from '../../permissions/permissions.js';
import { renderDiscussions, renderReuses, renderTotals, type ReuseSortKey, type ViewContext } from './dashboard-views.js';
import { HarvestersSection } from './harvesters-view.js';
import { orgDashboardStyles } from './org-dashboard.styles.js';
import { renderDashboardHeader } from './dashboard-header.js';
import {
  renderActivityCard,
  renderDangerZone,
  renderRequestsCard,
  renderStatsCard,
  renderTransfersCard,
  showsRequestsCard,
} from './member-sections.js';
import { listReuses, listOpenDiscussions } from '../../api/dashboard.js';
import { nounTerms } from '../../i18n/nouns.js';
import { paginationTerms } from '../../internal/pagination.js';
import { DatasetsSection } from './datasets-section.js';

export { isCertifiedPublicService } from './dashboard-header.js';

/**
 * @summary The follow-up page of an organization, as one tag: description, figures, datasets,
 * quality anomalies, open discussions, harvesters, members, requests, deletion.
 *
 * It sets up its own `<org-provider>`, so the organization, the current user and the members
 * are fetched once for every section; the other requests run in parallel, and each section
 * has its own loading, empty and error state. Anonymous visitors and non-members get a
 * `<join-request-button>` in the header (a log-in link for the anonymous). `<pending-requests>`
 * shows for admins, and for editors on servers that let them read the list (not on udata that
 * sends `permissions`, which refuses them: no card, no request). `<delete-org-dialog>`, with
 * what deleting does, and the certification link for admins only; for admins and sysadmins,
 * an "Edit" button opens `<org-profile-form>` in a dialog (closing with unsaved changes asks first).
 *
 * Through the loader, the tags of its cards (members, requests, statistics, activity,
 * transfers, deletion, the profile form) and the description's Markdown renderer are fetched
 * once its first datasets are listed (or after 3 s): those cards say they are loading until
 * then, and say so if the code could not be fetched, with a retry. Where that code is already
 * loaded, the cards show at once. Given the organization's id in `org` (rather than its
 * slug), it asks its datasets at once, beside the organization: udata filters datasets by id
 * only.
 *
 * @tagname org-dashboard
 * @fires org-error - A request failed. `detail: { action, status, message }`.
 *
 * @csspart base - The wrapper.
 * @csspart header - Logo, name, acronym and badges (and the join button, for non-members).
 * @csspart edit-profile - The button that opens the profile form (admins).
 * @csspart profile-dialog - The dialog around the profile form.
 * @csspart close-profile - Its close button.
 * @csspart discard - The button that drops unsaved profile changes.
 * @csspart certified-badge - The "certified public service" badge.
 * @csspart deleted-notice - Says when the organization was deleted (shown to its members and sysadmins).
 * @csspart danger-explanation - Beside the delete button: what deleting does.
 * @csspart section - Every section (each also has its own part: `description`, `totals`, `datasets`, `reuses`, `quality`, `discussions`, `harvesters`, `members`, `requests`, `danger`).
 * @csspart table - The datasets and reuses tables.
 * @csspart anomaly - One kind of quality anomaly.
 * @csspart discussion - One open discussion.
 * @csspart harvester - One harvest source.
 *
 * Colours and sizes: the custom properties every element reads (see `OrgElement`, README "Theming") and `theme`.
 * @cssprop [--org-color-certified=var(--org-color-primary)] - Text and border of the certified badge.
 * @cssprop [--org-color-certified-background=var(--org-color-avatar)] - Background of the certified badge.
 * @cssprop [--org-color-avatar=#e3e3fd] - The tint behind the certified badge (and the members' initials). Dark: #21213f.
 * @cssprop [--org-color-warning=#b34000] - A harvest that ended with errors. Dark: #fc5d00.
 * @cssprop [--org-title-size=1.75rem] - Size of the organization name.
 */
export class OrgDashboard extends OrgElement {
  static override styles = [baseStyles, tableStyles, dialogStyles, markdownStyles, orgDashboardStyles];

  protected override readonly localize = new FormatController(this, {
    dashboard: dashboardTerms,
    deletedNotice: deletedNoticeTerms,
    nouns: nounTerms,
    pagination: paginationTerms,
  });

  /** Where an admin asks for the "certified public service" badge. */
  @property({ attribute: 'certification-url' }) certificationUrl = 'https://support.data.gouv.fr/';

  /** Where the join button sends an anonymous visitor to log in (default `{site-url}/login`); `next=` is appended. */
  @property({ attribute: 'login-url' }) loginUrl?: string;

  /** The metrics API its statistics read (see `<org-stats>`); unset: data.gouv.fr's for data.gouv.fr's API, none otherwise. */
  @property({ attribute: 'metrics-base' }) metricsBase?: string;

  @state() private reusesSort: { key: ReuseSortKey; direction: SortDirection } = {
    key: 'views',
    direction: 'descending',
  };

  private get orgId(): string | undefined {
    return this.session?.org?.id;
  }

  /** The datasets table and its sample's quality anomalies. */
  private readonly datasets = new DatasetsSection(
    this,
    () => this.session,
    () => this.view,
  );

  private readonly reuses = new Task(this, {
    args: () => [this.session, this.orgId] as const,
    // udata lists deleted reuses with the others: they are neither shown nor counted.
    task: async ([session, id], { signal }) =>
      session && id ? (await listReuses(session.client, id, { signal })).filter((r) => !r.deleted) : initialState,
  });

  private readonly discussions = new Task(this, {
    args: () => [this.session, this.orgId] as const,
    task: ([session, id], { signal }) =>
      session && id ? listOpenDiscussions(session.client, id, { pageSize: 10 }, { signal }) : initialState,
  });

  /** Harvest sources, a page at a time. */
  private readonly harvesters = new HarvestersSection(
    this,
    () => ({ session: this.session, orgId: this.orgId }),
    () => this.view,
  );

  /** The cards holding other tags, shown once those are defined (after the first datasets through the loader). */
  private readonly cards = new CardTags(this, {
    firstContentSettled: () =>
      this.datasets.table.status === TaskStatus.COMPLETE || this.datasets.table.status === TaskStatus.ERROR,
  });

  private readonly card = (tag: unknown) => this.cards.render(tag, this.localize.t);

  private readonly profileDialog = new ProfileDialog(this, this.localize, this.card);

  private get mayEdit(): boolean {
    return Boolean(this.session && canEditProfile(this.session.viewer));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A failing section shows its own message; the page hears of each failure once.
    for (const task of [this.datasets.sample, this.datasets.table, this.reuses, this.discussions, this.harvesters.task]) {
      if (task.status === TaskStatus.ERROR) this.reportOnce(task.error, undefined, 'load-dashboard');
    }
  }

  private get view(): ViewContext {
    return { localize: this.localize, siteUrl: this.config.siteUrl };
  }

  protected override render() {
    const t = this.localize.t;
    const org = this.session?.org;
    return html`<div
      part="base"
      lang=${this.localize.lang}
      role="region"
      aria-label=${org ? t.dashboard.label(org.name) : t.loading}
    >
      ${renderLoadState(this.session, t) ?? this.renderDashboard(org!)}
    </div>`;
  }

  private renderDashboard(org: Organization) {
    const t = this.localize.t;
    const viewer = this.session!.viewer;
    const config = this.config;
    const isAdmin = canDeleteOrganization(viewer);
    return html`<org-provider
      api-base=${config.apiBase}
      org=${config.org}
      site-url=${config.siteUrl}
      .apiKey=${config.apiKey}
      .withCredentials=${config.withCredentials}
      lang=${this.localize.lang}
    >
      ${renderDashboardHeader({
        localize: this.localize,
        org,
        viewer,
        certificationUrl: this.certificationUrl,
        loginUrl: this.loginUrl,
        editButton: this.mayEdit ? this.profileDialog.renderButton() : nothing,
      })}
      <div class="grid">
        ${renderSection(
          'description',
          t.dashboard.description,
          org.description?.trim()
            ? this.card(
                html`<div class="description">
                  ${loadedMarkdown()?.(org.description, { href: orgPageUrl(this.config.siteUrl, org), label: t.dashboard.readMore })}
                </div>`,
              )
            : html`<p class="empty">${t.dashboard.noDescription}</p>`,
        )}
        ${renderSection('totals', t.dashboard.keyFigures, renderTotals(this.view, org))}
        ${renderSection('datasets', t.dashboard.datasets, this.datasets.renderTable(), 'wide')}
        ${renderSection('quality', t.dashboard.quality, this.datasets.renderQuality())}
        ${renderSection(
          'discussions',
          t.dashboard.discussions,
          renderTask(this.discussions, t, {
            empty: t.dashboard.noDiscussion,
            isEmpty: (p) => !p.data.length,
            complete: (p) => renderDiscussions(this.view, p, this.datasets.sample.value?.data ?? []),
          }),
        )}
        ${renderSection('reuses', t.dashboard.reuses, renderTask(this.reuses, t, { empty: t.dashboard.noReuses, isEmpty: (r) => !r.length, complete: (r) => renderReuses(this.view, r, { ...this.reusesSort, onSort: (key) => this.sortReuses(key) }) }))}
        ${renderSection('harvesters', t.dashboard.harvesters, this.harvesters.render())}
        ${renderStatsCard(this.localize, this.card, this.metricsBase)}
        ${canSeeActivity(viewer) ? renderActivityCard(this.localize, this.card) : nothing}
        ${renderSection('members', t.dashboard.members, this.card(html`<org-members></org-members>`), 'wide')}
        ${showsRequestsCard(viewer) ? renderRequestsCard(this.localize, this.card) : nothing}
        ${canAnswerTransfers(viewer) ? renderTransfersCard(this.localize, this.card) : nothing}
        ${isAdmin ? renderDangerZone(this.localize, this.card) : nothing}
      </div>
      ${this.mayEdit ? this.profileDialog.renderDialog() : nothing}
    </org-provider>`;
  }

  private sortReuses(key: ReuseSortKey) {
    const same = this.reusesSort.key === key;
    const direction = same
      ? this.reusesSort.direction === 'ascending'
        ? 'descending'
        : 'ascending'
      : key === 'title'
        ? 'ascending'
        : 'descending';
    this.reusesSort = { key, direction };
  }
}
