import { Transport, type RequestSpec } from './transport.js';

export type { CallOptions } from './transport.js';

export const DEFAULT_API_BASE = 'https://www.data.gouv.fr/api/1/';
const DEFAULT_TIMEOUT_MS = 30_000;

export interface UdataClientOptions {
  /** udata API v1 root, with or without trailing slash; a relative one is resolved against the page. */
  apiBase?: string;
  /** Sent as `X-API-KEY`, to the API origin only. */
  apiKey?: string;
  /** Send cookies (`credentials: 'include'`): only for a page on the API's own site. */
  withCredentials?: boolean;
  /** Give up on an answer after this many milliseconds. */
  timeoutMs?: number;
  /** For tests: the fetch implementation. */
  fetch?: typeof fetch;
}

/**
 * The API root as an absolute URL with the one trailing slash that `new URL(path, base)`
 * needs. A relative `api-base` (`/api/1/`, natural on the API's own site) is resolved against
 * the page's base URL; one that cannot be resolved is kept, and every call then fails with a
 * clear error rather than an exception.
 */
export function normalizeApiBase(apiBase: string | undefined): string {
  let base = (apiBase ?? '').trim() || DEFAULT_API_BASE;
  try {
    base = new URL(base, globalThis.document?.baseURI ?? globalThis.location?.href).href;
  } catch {
    // Not a URL: the transport says so on the first call.
  }
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The typed udata API v1 client: the only code of the library that does HTTP.
 *
 * - Paths carry udata's trailing slashes; every URL is built from `apiBase`, so the API key
 *   can only ever go to the API origin.
 * - A request that carries a key, and every write, refuses redirects instead of following
 *   them (a redirect could carry the key elsewhere or replay a write); a keyed GET that udata
 *   redirects (a renamed organization's old slug) is resolved without the key, then asked
 *   again with it, only inside the API.
 * - Every failure is an {@link ApiError}; identical concurrent GETs share one request.
 *
 * The endpoints are functions of a client, one module per udata resource (`organization.ts`,
 * `users.ts`, `members.ts`, `membership-requests.ts`, `invitations.ts`, `assignments.ts`,
 * `profile.ts`, `dashboard.ts`, `notifications.ts`, `transfers.ts`, `activity.ts`): each is
 * the one place to read what goes over the wire for it, and a tag carries only those it calls.
 */
export class UdataClient {
  readonly apiBase: string;
  readonly origin: string;
  /** True when calls are authenticated by key or cookie. */
  readonly isAuthenticated: boolean;
  private readonly http: Transport;

  constructor(options: UdataClientOptions = {}) {
    this.apiBase = normalizeApiBase(options.apiBase);
    this.http = new Transport({
      apiBase: this.apiBase,
      apiKey: options.apiKey || undefined,
      withCredentials: options.withCredentials ?? false,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    });
    this.origin = this.http.origin;
    this.isAuthenticated = Boolean(options.apiKey) || Boolean(options.withCredentials);
  }

  /** Whether a field mask would be sent (a key or the page's own origin, and not refused). */
  get masksFields(): boolean {
    return this.http.masks;
  }

  /** Any udata call through this client's transport (its key, origin and limits): what every endpoint calls. */
  async request<T>(spec: RequestSpec): Promise<T> {
    return (await this.http.send<T>(spec)).data;
  }

  /** The same, with the answer's status (udata tells a created request, 201, from an updated one, 200). */
  send<T>(spec: RequestSpec) {
    return this.http.send<T>(spec);
  }
}
