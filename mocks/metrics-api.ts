import type { MockResponse } from './responses.js';
import { METRICS_COLUMNS, seedMetricsApi, type MetricsRow, type MetricsTables } from './seed-metrics-api.js';

/**
 * data.gouv.fr's metrics API (`api_tabular/metrics/app.py` of datagouv/api-tabular, over
 * PostgREST), on its own origin: no key, CORS open. `GET {base}{model}/data/` filters
 * (`column__exact=`, `__differs`, `__contains`, `__in`, `__less`, `__greater`,
 * `__strictly_less`, `__strictly_greater`, `__isnull`, `__isnotnull`), sorts (`column__sort=asc|desc`,
 * else by `__id`) and pages (`page`, `page_size`, 20 by default, 50 at most):
 * `{data, links: {next, prev}, meta: {page, page_size, total}}`; `…/data/csv/` streams every
 * matching row as CSV. The mock holds `organizations`, `organizations_total` and `datasets`;
 * it does not do `or=(…)` nor the aggregators.
 */

/** The metrics API root of the mocks (data.gouv.fr's is `https://metric-api.data.gouv.fr/api/`). */
export const METRICS_API_BASE = 'https://metric-api.example/api/';

const PAGE_SIZE_DEFAULT = 20;
const PAGE_SIZE_MAX = 50;
const ROUTE = /\/api\/([^/]+)\/data\/(csv\/)?$/;

const bytes = (status: number, body: string, type: string, headers: Record<string, string> = {}): MockResponse => ({
  status,
  bytes: new TextEncoder().encode(body),
  headers: { 'Content-Type': type, ...headers },
});
/** `QueryException`: `{"errors": [{"code": <Sentry event id or null>, "title", "detail"}]}`. */
const queryError = (status: number, title: string, detail: unknown): MockResponse => ({
  status,
  json: { errors: [{ code: null, title, detail }] },
});
/** A PostgREST error, passed on as `detail` of a "Database error". */
const databaseError = (status: number, code: string, message: string, details: string | null = null) =>
  queryError(status, 'Database error', { code, details, hint: null, message });

type Filter = (row: MetricsRow) => boolean;
type Cell = MetricsRow[string];
const compare = (cell: string | number, value: string) =>
  typeof cell === 'number' ? cell - Number(value) : cell < value ? -1 : cell > value ? 1 : 0;
const OPERATORS: Record<string, (cell: Cell, value: string) => boolean> = {
  exact: (cell, value) => cell !== null && String(cell) === value,
  differs: (cell, value) => cell === null || String(cell) !== value,
  isnull: (cell) => cell === null,
  isnotnull: (cell) => cell !== null,
  contains: (cell, value) => cell !== null && String(cell).toLowerCase().includes(value.toLowerCase()),
  notcontains: (cell, value) => cell !== null && !String(cell).toLowerCase().includes(value.toLowerCase()),
  in: (cell, value) => cell !== null && value.split(',').includes(String(cell)),
  notin: (cell, value) => cell !== null && !value.split(',').includes(String(cell)),
  less: (cell, value) => cell !== null && compare(cell, value) <= 0,
  greater: (cell, value) => cell !== null && compare(cell, value) >= 0,
  strictly_less: (cell, value) => cell !== null && compare(cell, value) < 0,
  strictly_greater: (cell, value) => cell !== null && compare(cell, value) > 0,
};

interface Query {
  filters: Array<{ column: string; test: Filter }>;
  sorts: Array<{ column: string; descending: boolean }>;
  /** `columns=a,b` (PostgREST's `select`). */
  columns: string[] | null;
}

const decode = (text: string) => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};
const INTERNAL_ERROR = '500 Internal Server Error\n\nServer got itself in trouble';

/** `build_sql_query_string`: each `key=value` of the query string, in its order. */
function parseQuery(segments: string[]): Query | MockResponse {
  const query: Query = { filters: [], sorts: [], columns: null };
  const malformed = (arg: string) =>
    queryError(400, 'Invalid query string', `Malformed query: argument '${arg}' could not be parsed`);
  for (const segment of segments) {
    const parts = segment.split('=').map(decode);
    const [key, value = ''] = parts;
    if (parts.length > 2) return malformed(parts.join('='));
    if (key === 'page' || key === 'page_size') continue;
    if (key === 'columns' && parts.length === 2) {
      query.columns = value.split(',');
      continue;
    }
    const at = key.lastIndexOf('__');
    // A bare word: `split("__")[1]` raises an IndexError nobody catches.
    if (at < 0 && parts.length === 1) return bytes(500, INTERNAL_ERROR, 'text/plain');
    const column = at > 0 ? key.slice(0, at) : '';
    const operator = key.slice(at + 2).toLowerCase();
    const nullTest = operator === 'isnull' || operator === 'isnotnull';
    // Without `=`, only `__isnull` / `__isnotnull` are filters; the aggregators are left out.
    if (!column || (parts.length === 1 && !nullTest)) return malformed(parts.length === 1 ? key : `${key}=${value}`);
    if (operator === 'sort') query.sorts.push({ column, descending: value === 'desc' });
    else if (OPERATORS[operator]) query.filters.push({ column, test: (row) => OPERATORS[operator](row[column] ?? null, value) });
    else return malformed(`${key}=${value}`);
  }
  return query;
}

/** `int(request.query.get(name, default))`: a Python integer or a crash (500). */
function integerArgument(url: URL, name: string, fallback: number): number | MockResponse {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (!/^\s*[+-]?\d(_?\d)*\s*$/.test(raw)) return bytes(500, INTERNAL_ERROR, 'text/plain');
  return Number(raw.replace(/_/g, '').trim());
}

function sortRows(rows: MetricsRow[], sorts: Query['sorts']): MetricsRow[] {
  const order = sorts.length ? sorts : [{ column: '__id', descending: false }];
  return [...rows].sort((a, b) => {
    for (const { column, descending } of order) {
      const [x, y] = [a[column], b[column]];
      if (x === y) continue;
      // PostgreSQL: nulls last ascending, first descending.
      if (x === null || y === null) return x === null ? 1 : -1;
      const sign = x < y ? -1 : 1;
      return descending ? -sign : sign;
    }
    return 0;
  });
}

const csvCell = (cell: MetricsRow[string]) => {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export interface MetricsRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
}

export class MockMetricsApi {
  tables: MetricsTables = seedMetricsApi();
  /** What the API was asked (path below the root, and the query): tests assert on it. */
  readonly requests: Array<{ method: string; path: string; query: Record<string, string> }> = [];
  private failures: Array<{ status?: number; networkError?: boolean; times: number }> = [];

  reset(): void {
    this.tables = seedMetricsApi();
    this.requests.length = 0;
    this.failures = [];
  }

  /** The next `times` requests fail: with `status` (a PostgREST-like error body), or the network. */
  fail(spec: { status?: number; networkError?: boolean; times?: number }): void {
    this.failures.push({ ...spec, times: spec.times ?? 1 });
  }

  handle(req: MetricsRequest): MockResponse {
    const url = new URL(req.url);
    const route = ROUTE.exec(url.pathname);
    this.requests.push({
      method: req.method,
      path: url.pathname.replace(/^.*?\/api\//, ''),
      query: Object.fromEntries(url.searchParams),
    });
    const failure = this.failures[0];
    if (failure) {
      if (--failure.times <= 0) this.failures.shift();
      if (failure.networkError) return { status: 0, networkError: true };
      return databaseError(failure.status ?? 503, 'PGRST000', 'Could not connect with the database');
    }
    if (!route) return bytes(404, '404: Not Found', 'text/plain');
    if (req.method !== 'GET' && req.method !== 'HEAD') return bytes(405, '405: Method Not Allowed', 'text/plain');
    const [, model, csv] = route;
    const segments = url.search ? url.search.slice(1).split('&') : [];
    let page = 1;
    let pageSize = PAGE_SIZE_DEFAULT;
    if (!csv) {
      const pageArg = integerArgument(url, 'page', 1);
      if (typeof pageArg !== 'number') return pageArg;
      const sizeArg = integerArgument(url, 'page_size', PAGE_SIZE_DEFAULT);
      if (typeof sizeArg !== 'number') return sizeArg;
      [page, pageSize] = [pageArg, sizeArg];
      if (pageSize > PAGE_SIZE_MAX) {
        return queryError(400, 'Invalid query string', `Page size exceeds allowed maximum: ${PAGE_SIZE_MAX}`);
      }
    }
    const query = parseQuery(segments);
    if ('status' in query) return query;
    const columns = (METRICS_COLUMNS as Record<string, string[] | undefined>)[model];
    if (!columns) return databaseError(404, '42P01', `relation "metric.${model}" does not exist`);
    for (const column of [...query.filters, ...query.sorts].map((q) => q.column).concat(query.columns ?? [])) {
      if (!columns.includes(column)) return databaseError(400, '42703', `column ${model}.${column} does not exist`);
    }
    const selected = query.columns ?? columns;
    const rows = sortRows(
      this.tables[model as keyof MetricsTables].filter((row) => query.filters.every((f) => f.test(row))),
      query.sorts,
    ).map((row) => Object.fromEntries(selected.map((c) => [c, row[c]])));
    if (csv) {
      const lines = [selected.join(','), ...rows.map((row) => selected.map((c) => csvCell(row[c])).join(','))];
      return bytes(200, `${lines.join('\n')}\n`, 'text/csv', { 'Content-Disposition': `attachment; filename="${model}.csv"` });
    }
    // `build_offset`; a page size of 0 sets no limit at all.
    const offset = page > 1 ? pageSize * (page - 1) : 0;
    if (offset > rows.length) {
      const detail = `An offset of ${offset} was requested, but there are only ${rows.length} rows.`;
      return databaseError(416, 'PGRST103', 'Requested range not satisfiable', detail);
    }
    // `build_link_with_page`: the query without its `page…` arguments, then the page and its size.
    const link = (p: number) => {
      const kept = segments.filter((s) => !s.startsWith('page'));
      return `${url.origin}${url.pathname}?${[...kept, `page=${p}`, `page_size=${pageSize}`].join('&')}`;
    };
    return {
      status: 200,
      json: {
        data: pageSize ? rows.slice(offset, offset + pageSize) : rows.slice(offset),
        links: { next: pageSize + offset < rows.length ? link(page + 1) : null, prev: page > 1 ? link(page - 1) : null },
        meta: { page, page_size: pageSize, total: rows.length },
      },
    };
  }
}

/** The one metrics API shared by the msw handlers of a page (tests, demo, Storybook). */
export const mockMetricsApi = new MockMetricsApi();
