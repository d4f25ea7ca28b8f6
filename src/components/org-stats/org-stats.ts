import { html, nothing, type PropertyValues } from 'lit';
import { Task } from '@lit/task';
import { defaultMetricsBase, organizationMetrics } from '../../api/metrics.js';
import { FormatController } from '../../i18n/format.js';
import { csvFileName } from '../../internal/csv.js';
import { renderLoadState } from '../../internal/load-state.js';
import { OrgElement } from '../../internal/org-element.js';
import { baseStyles } from '../../internal/styles.js';
import { lastMonths, monthValues, renderChart, type ChartData } from './stats-chart.js';
import { statsStyles } from './org-stats.styles.js';
import { statsTerms } from './org-stats.terms.js';

/**
 * @summary The organization over time: what it published each month and, with a metrics API, its visits and downloads.
 *
 * Bar charts over the last 13 months, months without data shown as zeros: datasets, reuses
 * and APIs published and new followers each month (from the organization's
 * `metrics.*_by_months`, served by udata itself); and, when a metrics API is known
 * (`metrics-base`: data.gouv.fr's by default when `api-base` is data.gouv.fr's, none
 * otherwise), visits of datasets, reuses and APIs and file downloads each month with their
 * totals. Each chart has an accessible name and description, its numbers as a table on demand
 * and as a CSV file. A metrics API that fails or is absent hides only its own charts.
 *
 * @tagname org-stats
 * @fires org-error - A request failed. `detail: { action, status, message }`.
 *
 * @csspart base - The wrapper.
 * @csspart chart - One chart (a figure with its caption).
 * @csspart chart-svg - The drawing.
 * @csspart chart-table - Its numbers, as a table on demand.
 * @csspart csv - Downloads its numbers as CSV.
 * @csspart note - What the visits count, or why they are missing.
 * @csspart error - An error message.
 *
 * Colours and sizes: the custom properties every element reads (see `OrgElement`, README "Theming") and `theme`.
 * @cssprop [--org-stats-bar=var(--org-color-primary)] - The bars.
 */
export class OrgStats extends OrgElement {
  static override styles = [baseStyles, statsStyles];

  /** @internal */
  static override properties = { ...OrgElement.properties, metricsBase: { attribute: 'metrics-base' } };

  /**
   * data.gouv.fr's metrics API root (visits, downloads); `""` for none. Default: data.gouv.fr's when `api-base` is data.gouv.fr's.
   * @attr metrics-base
   */
  declare metricsBase?: string;

  protected override readonly localize = new FormatController(this, { stats: statsTerms });

  private readonly months = lastMonths();

  private readonly metrics = new Task(this, {
    task: async ([base, orgId], { signal }) =>
      base && orgId ? organizationMetrics(base, orgId, this.months.length, { signal }) : null,
    args: () => [this.metricsRoot(), this.session?.org?.id] as const,
  });

  private metricsRoot(): string {
    return this.metricsBase ?? defaultMetricsBase(this.config.apiBase);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.reportOnce(this.metrics.error, undefined, 'load-metrics');
  }

  protected override render() {
    const loading = renderLoadState(this.session, this.localize.t);
    if (loading) return loading;
    const org = this.session!.org!;
    const t = this.localize.t.stats;
    const m = (org.metrics ?? {}) as unknown as Record<string, unknown>;
    const months = this.months;
    const followers = monthValues(m.datasets_followers_by_months, months).map(
      (n, i) => n + monthValues(m.reuses_followers_by_months, months)[i],
    );
    const created: ChartData[] = [
      { id: 'datasets', title: t.datasets, months, values: monthValues(m.datasets_by_months, months), unit: t.count },
      { id: 'reuses', title: t.reuses, months, values: monthValues(m.reuses_by_months, months), unit: t.count },
      { id: 'dataservices', title: t.dataservices, months, values: monthValues(m.dataservices_by_months, months), unit: t.count },
      { id: 'followers', title: t.followers, months, values: followers, unit: t.count },
    ];
    const file = (word: string) => csvFileName(org, word);
    return html`<div part="base" lang=${this.localize.lang}>
      <h3 class="group-title">${t.created}</h3>
      <div class="charts">${created.map((chart) => renderChart(chart, this.localize, file))}</div>
      ${this.metricsRoot() ? this.renderVisits(file) : nothing}
    </div>`;
  }

  private renderVisits(file: (word: string) => string) {
    const t = this.localize.t.stats;
    return this.metrics.render({
      pending: () => html`<p role="status">${this.localize.t.loading}</p>`,
      error: () => html`<p part="note" class="hint">${t.metricsFailed}</p>`,
      complete: (value) => {
        if (!value) return nothing;
        const months = this.months;
        const byMonth = new Map(value.months.map((row) => [row.metric_month, row]));
        const series = (
          key: 'monthly_visit_dataset' | 'monthly_visit_reuse' | 'monthly_visit_dataservice' | 'monthly_download_resource',
        ) => months.map((month) => byMonth.get(month)?.[key] ?? 0);
        const totals = value.totals ?? {};
        const charts: ChartData[] = [
          {
            id: 'dataset-visits',
            title: t.datasetVisits,
            months,
            values: series('monthly_visit_dataset'),
            unit: t.visits,
            total: totals.visit_dataset ?? undefined,
            kind: 'line',
          },
          {
            id: 'downloads',
            title: t.downloads,
            months,
            values: series('monthly_download_resource'),
            unit: t.count,
            total: totals.download_resource ?? undefined,
          },
          {
            id: 'reuse-visits',
            title: t.reuseVisits,
            months,
            values: series('monthly_visit_reuse'),
            unit: t.visits,
            total: totals.visit_reuse ?? undefined,
            kind: 'line',
          },
          {
            id: 'dataservice-visits',
            title: t.dataserviceVisits,
            months,
            values: series('monthly_visit_dataservice'),
            unit: t.visits,
            total: totals.visit_dataservice ?? undefined,
            kind: 'line',
          },
        ];
        return html`<h3 class="group-title">${t.visitsTitle}</h3>
          <p part="note" class="hint">${t.countedSince}</p>
          <div class="charts">${charts.map((chart) => renderChart(chart, this.localize, file))}</div>`;
      },
    });
  }
}
