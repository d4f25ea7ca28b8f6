/**
 * udata's answers, word for word: the messages and error shapes of udata 17.6 (flask-restx
 * and werkzeug defaults included), so the elements meet in tests what they meet in production.
 */

export interface MockResponse {
  status: number;
  /** Serialized as JSON unless `text` is set. */
  json?: unknown;
  /** A raw body (for malformed-JSON injection). */
  text?: string;
  /** Raw bytes (an uploaded file served back), sent with the `Content-Type` of `headers`. */
  bytes?: Uint8Array;
  headers?: Record<string, string>;
  /** Drop the connection instead of answering. */
  networkError?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
}

/** werkzeug's descriptions, which flask-restx sends as `message` for a bare `abort(code)`. */
export const MESSAGES = {
  unauthorized:
    "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.",
  notFound:
    'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
  methodNotAllowed: 'The method is not allowed for the requested URL.',
  forbidden: 'You do not have the permission to modify that object.',
  invalidToken: 'Invalid API token',
  orgDeleted: 'Organization has been deleted',
  inputFailed: 'Input payload validation failed',
  /** flask-restx's answer to an exception no handler knows (`HTTPStatus(500).phrase`). */
  internalError: 'Internal Server Error',
} as const;

export const json = (status: number, body?: unknown): MockResponse => ({ status, json: body });
export const message = (status: number, text: string): MockResponse => json(status, { message: text });
export const unauthorized = () => message(401, MESSAGES.unauthorized);
export const forbidden = () => message(403, MESSAGES.forbidden);
export const notFound = (text: string = MESSAGES.notFound) => message(404, text);
export const noContent = (): MockResponse => ({ status: 204 });
export const internalError = () => message(500, MESSAGES.internalError);

/** A model check (`FieldValidationError`): one field, its message, repeated as `message`. */
export const fieldError = (field: string, text: string): MockResponse => json(400, { errors: { [field]: text }, message: text });

/** A query-string argument refused by flask-restx's parser: its help, then the reason. */
export const argumentError = (field: string, text: string): MockResponse =>
  json(400, { errors: { [field]: text }, message: MESSAGES.inputFailed });

/** flask-restx's `inputs.positive` on `page` and `page_size`, as udata's pagination uses it. */
export function paginationArguments(query: URLSearchParams, defaultSize = 20): { page: number; pageSize: number } | MockResponse {
  const read = (name: 'page' | 'page_size', help: string, fallback: number): number | MockResponse => {
    const raw = query.get(name);
    if (raw === null || raw === '') return fallback;
    if (!/^-?\d+$/.test(raw)) return argumentError(name, `${help} ${raw} is not a valid integer`);
    const value = Number(raw);
    if (value < 1) return argumentError(name, `${help} Invalid ${name}: ${raw}. ${name} must be a positive integer`);
    return value;
  };
  const page = read('page', 'The page to fetch', 1);
  if (typeof page !== 'number') return page;
  const pageSize = read('page_size', 'The page size to fetch', defaultSize);
  if (typeof pageSize !== 'number') return pageSize;
  return { page, pageSize };
}

/** udata's pagination envelope (absolute links keeping the query); a page past the end is 404. */
export function paginate<T>(
  url: string,
  query: URLSearchParams,
  items: T[],
  defaultSize = 20,
  /** Marshals the items of the page (only those: a large list is never serialized whole). */
  serialize: (item: T) => unknown = (item) => item,
): MockResponse {
  const args = paginationArguments(query, defaultSize);
  if ('status' in args) return args;
  const { page, pageSize } = args;
  const start = (page - 1) * pageSize;
  if (page > 1 && start >= items.length) return notFound();
  const link = (p: number) => {
    const next = new URL(url);
    next.searchParams.set('page', String(p));
    return next.href;
  };
  return json(200, {
    data: items.slice(start, start + pageSize).map(serialize),
    page,
    page_size: pageSize,
    total: items.length,
    next_page: start + pageSize < items.length ? link(page + 1) : null,
    previous_page: page > 1 ? link(page - 1) : null,
  });
}
