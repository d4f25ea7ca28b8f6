import type { OrganizationMetrics } from '../src/api/models.js';
import type { MockData, MockOrganization } from './seed.js';

/**
 * What udata 17.6 keeps in an organization's `metrics` (`udata/core/organization/models.py`,
 * `udata/core/metrics/helpers.py`): counts, and for the last 13 months maps `{"YYYY-MM": n}` of
 * what was created each month. They are stored, not computed when read: `count_datasets`,
 * `count_reuses` and `count_dataservices` rewrite them when an object of the organization is
 * created, updated or deleted, so a map's months are those of its last recount.
 */

/** The `*_by_months` keys of `Organization.__metrics_keys__`. */
export const BY_MONTHS_KEYS = [
  'dataservices_by_months',
  'datasets_by_months',
  'datasets_followers_by_months',
  'datasets_reuses_by_months',
  'reuses_by_months',
  'reuses_followers_by_months',
] as const;
export type ByMonthsKey = (typeof BY_MONTHS_KEYS)[number];

/** A stored map, or nothing yet (the key then reads as the integer 0). */
export type StockMetrics = Partial<Record<ByMonthsKey, Record<string, number>>>;
export type StoredOrganizationMetrics = OrganizationMetrics & StockMetrics;

/** `Organization.__metrics_keys__` in its order (`dataservices` is listed twice: a dict keeps the first). */
export const ORGANIZATION_METRICS_KEYS = [
  'dataservices',
  'dataservices_by_months',
  'datasets',
  'datasets_by_months',
  'datasets_followers_by_months',
  'datasets_reuses_by_months',
  'members',
  'reuses',
  'reuses_by_months',
  'reuses_followers_by_months',
  'followers',
  'views',
] as const;

/**
 * `WithMetrics.get_metrics()`: every key of `__metrics_keys__`, 0 when never stored — so a
 * `*_by_months` key of an organization never recounted (no dataset, reuse or API ever saved
 * in it) is the integer 0, not a map. `members` is the live count, as `count_members` keeps it.
 */
export function organizationMetrics(org: MockOrganization): Record<string, number | Record<string, number>> {
  const stored = { ...org.metrics } as Partial<Record<string, number | Record<string, number>>>;
  return Object.fromEntries(
    ORGANIZATION_METRICS_KEYS.map((key) => [key, key === 'members' ? org.members.length : (stored[key] ?? 0)]),
  );
}

const DAY = 86_400_000;
const monthKey = (date: Date) => `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;

/**
 * `get_last_13_months()`: `rrule(MONTHLY, count=13)` from the first of this month minus 365
 * days, which always falls in the same month a year before: that month to this one, oldest first.
 */
export function last13Months(now: Date = new Date()): string[] {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 365 * DAY);
  return Array.from({ length: 13 }, (_, i) => monthKey(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1))));
}

/**
 * `get_stock_metrics(objects, date_label)`: the objects whose date is within the last 365 days
 * (to the second: the oldest month is only partly counted), grouped by the month of that date,
 * on every one of the 13 months, zero months included, oldest first.
 */
export function stockMetrics(dates: Array<string | null | undefined>, now: Date = new Date()): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(last13Months(now).map((month) => [month, 0]));
  const since = now.getTime() - 365 * DAY;
  for (const raw of dates) {
    if (!raw) continue;
    const date = new Date(raw);
    const month = monthKey(date);
    if (date.getTime() >= since && month in counts) counts[month]++;
  }
  return counts;
}

type Data = Pick<MockData, 'datasets' | 'reuses'>;

/**
 * `Organization.count_datasets()`: the visible datasets (not private, deleted nor archived) and,
 * by the month of `created_at_internal`, those created, the follows of any of its datasets
 * (`since`, ended ones too) and the visible reuses of them. The mock keeps no follows and no
 * reuse's datasets: those two maps come out all zero.
 */
export function countDatasets(data: Data, org: MockOrganization, now: Date = new Date()): void {
  const visible = data.datasets.filter((d) => d.org === org.id && !d.private && !d.deleted && !d.archived);
  const metrics = org.metrics as StoredOrganizationMetrics;
  metrics.datasets = visible.length;
  metrics.datasets_by_months = stockMetrics(
    visible.map((d) => d.created_at),
    now,
  );
  metrics.datasets_followers_by_months = stockMetrics([], now);
  metrics.datasets_reuses_by_months = stockMetrics([], now);
}

/**
 * `Organization.count_reuses()`: the visible reuses (not private nor deleted, with at least
 * one dataset — archived ones count) by `created_at`; the follows of any of its reuses (none in the mock).
 */
export function countReuses(data: Data, org: MockOrganization, now: Date = new Date()): void {
  const visible = data.reuses.filter((r) => r.org === org.id && !r.private && !r.deleted && (r.metrics.datasets ?? 0) > 0);
  const metrics = org.metrics as StoredOrganizationMetrics;
  metrics.reuses = visible.length;
  metrics.reuses_by_months = stockMetrics(
    visible.map((r) => r.created_at),
    now,
  );
  metrics.reuses_followers_by_months = stockMetrics([], now);
}
