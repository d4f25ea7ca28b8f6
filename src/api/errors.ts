/** What kind of failure an {@link ApiError} stands for. */
export type ApiErrorKind =
  /** The server answered with an error status. */
  | 'http'
  /** No answer: network down, DNS, CORS refusal. */
  | 'network'
  /** No answer within the client's time limit. */
  | 'timeout'
  /** The server answered 2xx with a body that is not the expected JSON. */
  | 'parse'
  /** The server answered with a redirect the client refused to follow. */
  | 'redirect'
  /** The caller aborted the request. */
  | 'abort'
  /** Refused before sending: an API key would have gone over plain http. */
  | 'insecure'
  /** Failed in the browser, not in the exchange (an image that could not be converted, a bug). */
  | 'client';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  /** HTTP status; 0 when there was no answer. */
  status: number;
  /** What the element was doing, e.g. `join-request`. */
  action: string;
  /** udata's `message`, or a technical description. Untrusted text. */
  message?: string;
  /** udata's form errors: field name → messages. Untrusted text. */
  errors?: Record<string, string[]>;
  /** The parsed JSON body of an error answer (udata's 409 carries the existing member). */
  body?: unknown;
  /** Seconds to wait before trying again, when the server said so (`Retry-After` of a 429 or 503). */
  retryAfter?: number;
}

/** The one error type thrown by {@link UdataClient}. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly action: string;
  readonly errors: Record<string, string[]>;
  readonly body: unknown;
  readonly retryAfter?: number;

  constructor(init: ApiErrorInit) {
    super(init.message ?? `${init.kind} ${init.status}`);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.action = init.action;
    this.errors = init.errors ?? {};
    this.body = init.body;
    this.retryAfter = init.retryAfter;
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof ApiError ? error.kind === 'abort' : (error as Error)?.name === 'AbortError';
}

/**
 * Whatever a flow caught, as an {@link ApiError}: an ApiError as is; anything else (a bug, an
 * image the browser could not decode) a `client` failure of `action`, so every `org-error`
 * carries `{ action, status, message }` and nobody reads "code undefined".
 */
export function toApiError(error: unknown, action: string): ApiError {
  if (error instanceof ApiError) return error;
  const kind = (error as Error)?.name === 'AbortError' ? 'abort' : 'client';
  return new ApiError({ kind, status: 0, action, message: String(error) });
}

/**
 * Seconds to wait from a `Retry-After` header (seconds or an HTTP date), if readable: a
 * cross-origin page reads it only when the API exposes it (`Access-Control-Expose-Headers`).
 */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = /^\s*\d+\s*$/.test(value) ? Number(value) : (Date.parse(value) - now) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}
