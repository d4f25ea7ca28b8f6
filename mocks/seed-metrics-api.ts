import { createSeed } from './create-seed.js';
import { ORG_IDS, type MockData, type MockOrganization } from './seed.js';
import { stockMetrics } from './stock-metrics.js';

/**
 * The rows of data.gouv.fr's metrics API for the seed (its PostgreSQL views: `metric.organizations`,
 * `metric.organizations_total`, `metric.datasets` of `datagouvfr_data_pipelines`), counted
 * since July 2022 up to this month:
 *
 * - the DREAL: every month; its datasets' visits and downloads of the last 13 months are the
 *   sums of its public datasets' rows (a month without visit has no row; a dataset without
 *   file has null downloads, as the view's outer join leaves them), and the visits of all
 *   months add up to its `metrics.views` (what udata's `update_organizations` copies from
 *   `organizations_total.visit_dataset`). API visits are null before its first API;
 * - the commune: its last 24 months; the association: one month (12 visits); the dissolved
 *   organization: its last two months.
 */

export type MetricsRow = Record<string, string | number | null>;
export interface MetricsTables {
  organizations: MetricsRow[];
  organizations_total: MetricsRow[];
  datasets: MetricsRow[];
}

/** The columns of each view, in their order (`SELECT MIN(__id) AS __id, …`). */
export const METRICS_COLUMNS: Record<keyof MetricsTables, string[]> = {
  organizations: [
    '__id',
    'organization_id',
    'metric_month',
    'monthly_visit_dataset',
    'monthly_download_resource',
    'monthly_visit_reuse',
    'monthly_visit_dataservice',
  ],
  organizations_total: [
    '__id',
    'organization_id',
    'visit_dataset',
    'download_resource',
    'visit_reuse',
    'visit_dataservice',
    'outlink',
  ],
  datasets: ['__id', 'dataset_id', 'organization_id', 'metric_month', 'monthly_visit', 'monthly_download_resource'],
};

const monthOf = (year: number, month: number) => {
  const date = new Date(Date.UTC(year, month, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
};
/** A deterministic spread of values (no randomness: tests and screenshots stay stable). */
const wave = (n: number, base: number, spread: number) => base + ((n * 7919 + 104_729) % (2 * spread + 1)) - spread;

export function seedMetricsApi(data: MockData = createSeed(), now: Date = new Date()): MetricsTables {
  const tables: MetricsTables = { organizations: [], organizations_total: [], datasets: [] };
  let nextId = 1000;
  const months = (count: number, endAgo = 0) =>
    Array.from({ length: count }, (_, i) => monthOf(now.getUTCFullYear(), now.getUTCMonth() - endAgo - (count - 1 - i)));
  const sinceJuly2022 = (now.getUTCFullYear() - 2022) * 12 + now.getUTCMonth() - 6 + 1;
  const recent = new Set(months(13));

  // The DREAL's public datasets, month by month (`metric.datasets`).
  const sums: Record<string, { visits: number; downloads: number }> = {};
  const datasets = data.datasets.filter((d) => d.org === ORG_IDS.certified && !d.private && !d.deleted);
  for (const [j, month] of months(13).entries()) {
    sums[month] = { visits: 0, downloads: 0 };
    datasets.forEach((d, i) => {
      const visits = Math.max(0, wave(i * 13 + j * 31, 18, 20));
      if (!visits) return;
      const downloads = d.resources ? Math.round(visits * (0.2 + (i % 5) / 10)) : null;
      tables.datasets.push({
        __id: nextId++,
        dataset_id: d.id,
        organization_id: d.org,
        metric_month: month,
        monthly_visit: visits,
        monthly_download_resource: downloads,
      });
      sums[month].visits += visits;
      sums[month].downloads += downloads ?? 0;
    });
  }

  const org = (o: MockOrganization | undefined, list: string[], firstApi: string | null) => {
    if (!o) return;
    const views = o.metrics.views ?? 0;
    const known = list.filter((month) => o.id === ORG_IDS.certified && recent.has(month));
    const rest = views - known.reduce((total, m) => total + sums[m].visits, 0);
    const others = list.filter((m) => !known.includes(m));
    const weights = others.map((_, i) => wave(i, 100, 30));
    const weight = weights.reduce((a, b) => a + b, 0);
    const visits: Record<string, number> = {};
    others.forEach((m, i) => (visits[m] = Math.floor((Math.max(0, rest) * weights[i]) / weight)));
    if (others.length) visits[others[0]] += Math.max(0, rest) - others.reduce((total, m) => total + visits[m], 0);
    for (const m of known) visits[m] = sums[m].visits;
    const total = { visit_dataset: 0, download_resource: 0, visit_reuse: 0, visit_dataservice: 0 };
    const firstId = nextId;
    list.forEach((month, i) => {
      const downloads = known.includes(month) ? sums[month].downloads : Math.round(visits[month] * 0.35);
      const reuse = o.metrics.reuses ? Math.max(0, wave(i + 3, 40 + o.metrics.reuses * 20, 60)) : null;
      const api = firstApi && month >= firstApi ? Math.max(0, wave(i + 5, 90, 50)) : null;
      tables.organizations.push({
        __id: nextId++,
        organization_id: o.id,
        metric_month: month,
        monthly_visit_dataset: visits[month],
        monthly_download_resource: downloads,
        monthly_visit_reuse: reuse,
        monthly_visit_dataservice: api,
      });
      total.visit_dataset += visits[month];
      total.download_resource += downloads;
      total.visit_reuse += reuse ?? 0;
      total.visit_dataservice += api ?? 0;
    });
    const noApi = firstApi === null;
    tables.organizations_total.push({
      __id: firstId,
      organization_id: o.id,
      ...total,
      visit_reuse: o.metrics.reuses ? total.visit_reuse : null,
      visit_dataservice: noApi ? null : total.visit_dataservice,
      outlink: Math.round(total.visit_dataset / 40),
    });
  };

  const byId = (id: string) => data.organizations.find((o) => o.id === id);
  const dreal = byId(ORG_IDS.certified);
  // Its first API: the first month its `dataservices_by_months` counts one.
  const apis = Object.entries(dreal?.metrics.dataservices_by_months ?? stockMetrics([], now));
  org(dreal, months(sinceJuly2022), apis.find(([, n]) => n > 0)?.[0] ?? null);
  org(byId(ORG_IDS.large), months(24), null);
  org(byId(ORG_IDS.solo), months(1, 5), null);
  const dissolved = byId(ORG_IDS.deleted);
  if (dissolved?.deleted) {
    const end = new Date(dissolved.deleted);
    const ago = (now.getUTCFullYear() - end.getUTCFullYear()) * 12 + now.getUTCMonth() - end.getUTCMonth() + 1;
    org(dissolved, months(2, ago), null);
  }
  return tables;
}
