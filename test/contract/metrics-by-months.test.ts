import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MockUdata } from '../../mocks/backend.js';
import { ORG_IDS } from '../../mocks/seed.js';
import { BY_MONTHS_KEYS, countDatasets, countReuses, last13Months, stockMetrics } from '../../mocks/stock-metrics.js';
import { APITestCase, orgPath } from './udata-test-case.js';

/**
 * `GetStockMetricsTest.test_get_stock_metrics` (`udata/tests/metrics/test_metrics.py`), then
 * what `udata/core/metrics/helpers.py` and `Organization.count_*` / `get_metrics` do that the
 * tests do not assert: the 13 months, the zero months, the 365-day cut, the integer 0 of a map
 * never counted, what is counted, and the seed's maps. The metrics API client's tests
 * (`test_get_metrics_for_model`) are in metrics-api.test.ts.
 */

const DAY = 86_400_000;
/** `datetime.now().replace(day=1) - timedelta(days=1)`: a day of last month. */
const lastMonth = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1, now.getUTCHours()) - DAY);

describe('GetStockMetricsTest', () => {
  // udata parametrizes it over Dataset (`created_at_internal`), Dataservice, Reuse and
  // Organization (`created_at`): the helper only reads the dates.
  for (const model of ['Dataset', 'Dataservice', 'Reuse', 'Organization']) {
    it(`test_get_stock_metrics[${model}]`, () => {
      const now = new Date();
      const dates = [
        ...Array.from({ length: 10 }, () => now.toISOString()),
        ...Array.from({ length: 8 }, () => lastMonth(now).toISOString()),
      ];
      const values = Object.values(stockMetrics(dates, now));
      assert.equal(values.at(-1), 10);
      assert.equal(values.at(-2), 8);
      assert.equal(values.at(-3), 0);
    });
  }
});

describe('Organization metrics by month (source)', () => {
  it('(source) get_last_13_months: this month and the 12 before, "YYYY-MM", oldest first — a leap year too', () => {
    assert.deepEqual(last13Months(new Date('2026-03-01T00:30:00Z')), [
      ...['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'],
      ...['2026-01', '2026-02', '2026-03'],
    ]);
    const leap = last13Months(new Date('2024-03-31T23:00:00Z'));
    assert.deepEqual([leap[0], leap.at(-1), leap.length], ['2023-03', '2024-03', 13]);
    assert.deepEqual(last13Months(new Date('2026-01-15T12:00:00Z')).slice(0, 2), ['2025-01', '2025-02']);
  });

  it('(source) get_stock_metrics: every month present (zeros too); the oldest counted from 365 days ago only', () => {
    const now = new Date('2026-12-06T06:00:00Z');
    const map = stockMetrics(
      [
        '2025-12-03T10:00:00+00:00', // 368 days ago: out, though its month is in the window
        '2025-12-10T10:00:00+00:00',
        '2026-07-14T08:00:00+00:00',
        '2026-12-01T00:00:00+00:00',
        '2027-01-01T00:00:00+00:00', // a month outside the window: ignored
        null,
      ],
      now,
    );
    assert.deepEqual(Object.keys(map), last13Months(now));
    assert.deepEqual(
      Object.entries(map).filter(([, n]) => n),
      [
        ['2025-12', 1],
        ['2026-07', 1],
        ['2026-12', 1],
      ],
    );
    assert.equal(Object.values(map).filter((n) => n === 0).length, 10);
  });

  it('(source) get_metrics: every key of __metrics_keys__, in its order; a map never counted is the integer 0', () => {
    const t = new APITestCase();
    t.login();
    const created = t.post('organizations/', { name: 'Toute neuve', description: 'Description' });
    assert.equal(created.status, 201);
    assert.deepEqual(created.json.metrics, {
      dataservices: 0,
      dataservices_by_months: 0,
      datasets: 0,
      datasets_by_months: 0,
      datasets_followers_by_months: 0,
      datasets_reuses_by_months: 0,
      members: 1,
      reuses: 0,
      reuses_by_months: 0,
      reuses_followers_by_months: 0,
      followers: 0,
      views: 0,
    });
    assert.deepEqual(Object.keys(created.json.metrics).slice(0, 3), ['dataservices', 'dataservices_by_months', 'datasets']);
  });

  it('(source) count_datasets: visible datasets only (not private, deleted nor archived), by creation month', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    const now = new Date();
    const thisMonth = now.toISOString();
    t.DatasetFactory(org, { created_at: thisMonth });
    t.DatasetFactory(org, { created_at: lastMonth(now).toISOString() });
    t.DatasetFactory(org, { created_at: thisMonth, private: true });
    t.DatasetFactory(org, { created_at: thisMonth, deleted: thisMonth });
    t.DatasetFactory(org, { created_at: thisMonth, archived: thisMonth });
    t.DatasetFactory(null, { created_at: thisMonth });
    countDatasets(t.udata.data, org, now);
    const metrics = t.get(orgPath(org)).json.metrics;
    assert.equal(metrics.datasets, 2);
    assert.deepEqual(Object.values(metrics.datasets_by_months).slice(-2), [1, 1]);
    assert.deepEqual(Object.keys(metrics.datasets_followers_by_months), last13Months(now));
    assert.equal(metrics.reuses_by_months, 0, 'count_reuses did not run: still never counted');
  });

  it('(source) count_reuses: visible reuses (archived ones count, those without a dataset do not)', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    const now = new Date();
    const created_at = now.toISOString();
    t.ReuseFactory(org, { created_at, metrics: { datasets: 1 } });
    t.ReuseFactory(org, { created_at, metrics: { datasets: 2 }, archived: created_at });
    t.ReuseFactory(org, { created_at, metrics: { datasets: 0 } });
    t.ReuseFactory(org, { created_at, metrics: { datasets: 1 }, private: true });
    countReuses(t.udata.data, org, now);
    const metrics = t.get(orgPath(org)).json.metrics;
    assert.equal(metrics.reuses, 2);
    assert.equal(Object.values(metrics.reuses_by_months).at(-1), 2);
  });

  it('(seed) the DREAL: 13 months of every map, up to this month; the commune’s maps end two months ago', () => {
    const udata = new MockUdata();
    const get = (id: string) =>
      udata.handle({ method: 'GET', url: `https://udata.example/api/1/organizations/${id}/`, headers: {} });
    const dreal = get(ORG_IDS.certified).json as { metrics: Record<string, Record<string, number>> };
    const months = last13Months();
    for (const key of BY_MONTHS_KEYS) {
      assert.deepEqual(Object.keys(dreal.metrics[key]), months, key);
      assert.ok(Object.values(dreal.metrics[key]).every((n) => Number.isInteger(n) && n >= 0));
    }
    const total = (key: string) => Object.values(dreal.metrics[key]).reduce((a, b) => a + b, 0);
    assert.ok(total('datasets_by_months') >= 20 && total('datasets_followers_by_months') > 50);
    assert.equal(total('dataservices_by_months'), 2, 'its two APIs');
    // The dataset creations of the maps are the `dataset:created` items of the seed's activity.
    const created = udata.data.activities.filter(
      (a) =>
        a.key === 'dataset:created' && a.organization === ORG_IDS.certified && a.related_to.id !== udata.data.datasets[141].id,
    );
    assert.deepEqual(dreal.metrics.datasets_by_months, stockMetrics(created.map((a) => a.created_at)));
    const commune = get(ORG_IDS.large).json as { metrics: Record<string, Record<string, number>> };
    const now = new Date();
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 14));
    assert.deepEqual(Object.keys(commune.metrics.datasets_by_months), last13Months(end));
    const association = get(ORG_IDS.solo).json as { metrics: Record<string, unknown> };
    for (const key of BY_MONTHS_KEYS) assert.equal(association.metrics[key], 0, `${key}: never counted`);
  });
});
