import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MockUdata } from '../../mocks/backend.js';
import { METRICS_API_BASE, MockMetricsApi } from '../../mocks/metrics-api.js';
import { startMetricsServer } from '../../mocks/node-server.js';
import { ORG_IDS } from '../../mocks/seed.js';
import { last13Months } from '../../mocks/stock-metrics.js';

/**
 * data.gouv.fr's metrics API as the mock serves it. udata's own client of it
 * (`udata/core/metrics/helpers.py`: `get_metrics_for_model`, `compute_monthly_metrics`; and
 * `iterate_on_metrics` of `tasks.py`) is ported and run against the mock, with the payload of
 * udata's `mock_monthly_metrics_payload` (`udata/tests/metrics/helpers.py`); then "(source)"
 * cases for what datagouv/api-tabular (`api_tabular/metrics/app.py`) and PostgREST answer, and
 * the seed. Not ported: the site, reuse and dataservice targets (the mock holds no such table).
 */

type Row = Record<string, string | number | null>;
type Page = {
  data: Row[];
  links: { next: string | null; prev: string | null };
  meta: { page: number; page_size: number; total: number };
};
const call = (api: MockMetricsApi, path: string) => api.handle({ method: 'GET', url: `${METRICS_API_BASE}${path}` });
const page = (api: MockMetricsApi, path: string) => call(api, path).json as Page;
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** `get_metrics_for_model(model, id, labels)`: one 13-month map per label, missing months and nulls 0. */
function getMetricsForModel(api: MockMetricsApi, model: string, id: string, labels: string[]) {
  const params = new URLSearchParams({ metric_month__sort: 'desc', [`${model}_id__exact`]: id });
  const answer = page(api, `${model}s/data/?${params}`);
  const monthly = Object.fromEntries(last13Months().map((m) => [m, Object.fromEntries(labels.map((l) => [l, 0]))]));
  for (const entry of answer.data) {
    const month = String(entry.metric_month);
    if (month in monthly) for (const label of labels) monthly[month][label] = Number(entry[`monthly_${label}`] ?? 0) || 0;
  }
  return labels.map((label) => Object.fromEntries(Object.entries(monthly).map(([m, values]) => [m, values[label]])));
}

describe('GetStockMetricsTest (udata’s client, against the mock)', () => {
  const targets = [
    ['organization', 'organizations', ['visit_dataset', 'download_resource', 'visit_reuse']],
    ['dataset', 'datasets', ['visit', 'download_resource']],
  ] as const;
  for (const [target, table, keys] of targets) {
    it(`test_get_metrics_for_model[${target}]`, () => {
      const api = new MockMetricsApi();
      const now = new Date();
      const current = last13Months(now).at(-1)!;
      const last = last13Months(now).at(-2)!;
      const row = (month: string, extra: number, id: number) => ({
        __id: id,
        [`${target}_id`]: 'id',
        metric_month: month,
        ...Object.fromEntries(keys.map((key) => [`monthly_${key}`, key.length * 2403 + extra])),
      });
      api.tables[table] = [row(current, 1, 1), row(last, 0, 2)] as never;
      const res = getMetricsForModel(api, target, 'id', [...keys]);
      keys.forEach((key, i) => {
        assert.equal(Object.keys(res[i]).length, 13, 'the current month as well as last year’s are included');
        assert.equal(Object.values(res[i]).at(-1), key.length * 2403 + 1);
        assert.equal(Object.values(res[i]).at(-2), key.length * 2403);
      });
    });
  }

  it('(source: iterate_on_metrics) `{target}_total/data/?{key}__greater=1&page_size=50`, then links.next, rows by `__id`', () => {
    const api = new MockMetricsApi();
    let url: string | null = `${METRICS_API_BASE}organizations_total/data/?visit_dataset__greater=1&page_size=50`;
    const rows: Row[] = [];
    while (url) {
      const answer = api.handle({ method: 'GET', url }).json as Page;
      rows.push(...answer.data);
      url = answer.links.next;
    }
    // `update_organizations` copies `visit_dataset` to each organization's `metrics.views`.
    const udata = new MockUdata();
    for (const org of udata.data.organizations) {
      assert.equal(rows.find((r) => r.organization_id === org.id)?.visit_dataset, org.metrics.views, org.name);
      assert.ok(rows.every((r) => typeof r.__id === 'number'));
    }
  });
});

describe('The metrics API (source)', () => {
  const dreal = `organization_id__exact=${ORG_IDS.certified}`;

  it('(source) an organization’s months: the view’s columns, newest first, links that keep the query, meta', () => {
    const api = new MockMetricsApi();
    const first = page(api, `organizations/data/?${dreal}&metric_month__sort=desc&page_size=12`);
    assert.deepEqual(Object.keys(first.data[0]), [
      '__id',
      'organization_id',
      'metric_month',
      'monthly_visit_dataset',
      'monthly_download_resource',
      'monthly_visit_reuse',
      'monthly_visit_dataservice',
    ]);
    assert.deepEqual(
      first.data.map((r) => r.metric_month),
      last13Months().slice(1).reverse(),
    );
    const now = new Date();
    const since2022 = (now.getUTCFullYear() - 2022) * 12 + now.getUTCMonth() - 5;
    assert.deepEqual(first.meta, { page: 1, page_size: 12, total: since2022 });
    assert.equal(first.links.next, `${METRICS_API_BASE}organizations/data/?${dreal}&metric_month__sort=desc&page=2&page_size=12`);
    assert.equal(first.links.prev, null);
    const second = page(api, `organizations/data/?${dreal}&metric_month__sort=desc&page_size=12&page=2`);
    assert.equal(
      second.links.prev,
      `${METRICS_API_BASE}organizations/data/?${dreal}&metric_month__sort=desc&page=1&page_size=12`,
    );
    const oldest = page(api, `organizations/data/?${dreal}&page_size=1`).data[0];
    assert.equal(oldest.metric_month, '2022-07', 'unsorted: by `__id`, counted since July 2022');
  });

  it('(source) totals and per-dataset months; null where the view has nothing', () => {
    const api = new MockMetricsApi();
    const [total] = page(api, `organizations_total/data/?${dreal}`).data;
    assert.deepEqual(Object.keys(total), [
      '__id',
      'organization_id',
      'visit_dataset',
      'download_resource',
      'visit_reuse',
      'visit_dataservice',
      'outlink',
    ]);
    const datasets = page(api, `datasets/data/?${dreal}&metric_month__sort=desc&page_size=50`);
    assert.deepEqual(Object.keys(datasets.data[0]), [
      '__id',
      'dataset_id',
      'organization_id',
      'metric_month',
      'monthly_visit',
      'monthly_download_resource',
    ]);
    assert.ok(datasets.meta.total > 1000);
    const withoutFile = page(api, `datasets/data/?dataset_id__exact=${new MockUdata().data.datasets[9].id}&page_size=1`).data[0];
    assert.equal(withoutFile.monthly_download_resource, null, 'a dataset without file: no download row to join');
    const [solo] = page(api, `organizations/data/?organization_id__exact=${ORG_IDS.solo}`).data;
    assert.deepEqual([solo.monthly_visit_dataset, solo.monthly_visit_reuse, solo.monthly_visit_dataservice], [12, null, null]);
  });

  it('(source) CSV: every matching row (no paging), a header, empty cells for null', () => {
    const api = new MockMetricsApi();
    const answer = call(api, `organizations/data/csv/?${dreal}&metric_month__sort=asc&page_size=2`);
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.headers, {
      'Content-Type': 'text/csv',
      'Content-Disposition': 'attachment; filename="organizations.csv"',
    });
    const lines = text(answer.bytes).trimEnd().split('\n');
    assert.equal(
      lines[0],
      '__id,organization_id,metric_month,monthly_visit_dataset,monthly_download_resource,monthly_visit_reuse,monthly_visit_dataservice',
    );
    assert.equal(lines.length - 1, page(api, `organizations/data/?${dreal}`).meta.total);
    assert.match(lines[1], /^\d+,0+a1,2022-07,\d+,\d+,\d+,$/, 'no API visit then');
    const months = text(call(api, `datasets/data/csv/?${dreal}`).bytes)
      .trimEnd()
      .split('\n');
    assert.equal(months[0], '__id,dataset_id,organization_id,metric_month,monthly_visit,monthly_download_resource');
  });

  it('(source) errors: page size over 50, unknown table or column, malformed argument, an offset past the end', () => {
    const api = new MockMetricsApi();
    const error = (path: string) => [call(api, path).status, (call(api, path).json as { errors: unknown[] })?.errors[0]];
    assert.deepEqual(error('organizations/data/?page_size=51'), [
      400,
      { code: null, title: 'Invalid query string', detail: 'Page size exceeds allowed maximum: 50' },
    ]);
    const database = (status: number, code: string, message: string, details: string | null = null) => [
      status,
      { code: null, title: 'Database error', detail: { code, details, hint: null, message } },
    ];
    assert.deepEqual(error('sites/data/'), database(404, '42P01', 'relation "metric.sites" does not exist'));
    assert.deepEqual(
      error('organizations/data/?orga__exact=1'),
      database(400, '42703', 'column organizations.orga does not exist'),
    );
    assert.deepEqual(error('organizations/data/?organization_id=1'), [
      400,
      { code: null, title: 'Invalid query string', detail: "Malformed query: argument 'organization_id=1' could not be parsed" },
    ]);
    const solo = `organizations/data/?organization_id__exact=${ORG_IDS.solo}`;
    assert.deepEqual(page(api, `${solo}&page_size=1&page=2`).data, [], 'an offset at the end (1 of 1 row): empty');
    assert.deepEqual(
      error(`${solo}&page_size=2&page=2`),
      database(416, 'PGRST103', 'Requested range not satisfiable', 'An offset of 2 was requested, but there are only 1 rows.'),
    );
    assert.equal(call(api, 'organizations/data/?page=x').status, 500);
    assert.equal(call(api, 'organizations/data').status, 404, 'no trailing slash: no route');
  });

  it('(seed) the DREAL’s last 13 months add up its datasets’; API visits begin with its first API', () => {
    const api = new MockMetricsApi();
    const udata = new MockUdata();
    const months = page(api, `organizations/data/?${dreal}&metric_month__sort=desc&page_size=13`).data;
    for (const month of months) {
      const rows = api.tables.datasets.filter(
        (r) => r.organization_id === ORG_IDS.certified && r.metric_month === month.metric_month,
      );
      assert.equal(
        month.monthly_visit_dataset,
        rows.reduce((sum, r) => sum + Number(r.monthly_visit), 0),
      );
    }
    const apis = udata.data.organizations[0].metrics.dataservices_by_months!;
    const first = Object.keys(apis).find((m) => apis[m] > 0)!;
    for (const month of months) assert.equal(month.monthly_visit_dataservice === null, String(month.metric_month) < first);
  });

  it('(CORS) its own origin, no key: any origin allowed, credentials too', async () => {
    const { server, metricsBase } = await startMetricsServer();
    try {
      const response = await fetch(`${metricsBase}organizations_total/data/?${dreal}`, {
        headers: { Origin: 'https://example.org' },
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://example.org');
      assert.equal(response.headers.get('access-control-allow-credentials'), 'true');
      assert.equal(((await response.json()) as Page).data.length, 1);
      const preflight = await fetch(`${metricsBase}organizations/data/`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
      });
      assert.equal(preflight.status, 200);
      assert.equal(preflight.headers.get('access-control-allow-methods'), 'GET');
    } finally {
      server.close();
    }
  });
});
