import { UdataClient } from './client.js';
import * as shapes from './shapes.js';
import type { CallOptions } from './transport.js';

/**
 * data.gouv.fr's metrics API (visits and downloads per month), a separate service on its own
 * origin: no key, no cookie — a client of its own, so the udata key never goes there.
 */

export const DATA_GOUV_API = 'https://www.data.gouv.fr/api/1/';
export const DATA_GOUV_METRICS = 'https://metric-api.data.gouv.fr/api/';

/** One month of an organization's visits and downloads (null when not counted). */
export interface OrganizationMonth {
  metric_month: string;
  monthly_visit_dataset?: number | null;
  monthly_download_resource?: number | null;
  monthly_visit_reuse?: number | null;
  monthly_visit_dataservice?: number | null;
}

export interface OrganizationTotals {
  visit_dataset?: number | null;
  download_resource?: number | null;
  visit_reuse?: number | null;
  visit_dataservice?: number | null;
}

const month = shapes.shape<OrganizationMonth>(
  { metric_month: 'text' },
  { 'number?': 'monthly_visit_dataset monthly_download_resource monthly_visit_reuse monthly_visit_dataservice' },
);
const totals = shapes.shape<OrganizationTotals>(
  {},
  { 'number?': 'visit_dataset download_resource visit_reuse visit_dataservice' },
);

/** The metrics API's root for an API root: data.gouv.fr's for data.gouv.fr, none otherwise. */
export function defaultMetricsBase(apiBase: string): string {
  return apiBase === DATA_GOUV_API ? DATA_GOUV_METRICS : '';
}

/** The last months of an organization's visits and downloads, newest first, and its totals. */
export async function organizationMetrics(metricsBase: string, orgId: string, months: number, options: CallOptions = {}) {
  const client = new UdataClient({ apiBase: metricsBase });
  const [page, total] = await Promise.all([
    client.request<{ data: OrganizationMonth[] }>({
      method: 'GET',
      path: 'organizations/data/',
      query: { organization_id__exact: orgId, metric_month__sort: 'desc', page_size: months },
      check: shapes.shape({ data: shapes.list(month) }),
      action: 'load-metrics',
      ...options,
    }),
    client.request<{ data: OrganizationTotals[] }>({
      method: 'GET',
      path: 'organizations_total/data/',
      query: { organization_id__exact: orgId },
      check: shapes.shape({ data: shapes.list(totals) }),
      action: 'load-metrics',
      ...options,
    }),
  ]);
  return { months: page.data, totals: total.data[0] ?? null };
}
