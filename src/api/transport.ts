import { ApiError, retryAfterSeconds, type ApiErrorInit } from './errors.js';
import { SharedRequest } from './shared-request.js';

type Fail = (init: Omit<ApiErrorInit, 'action'>) => ApiError;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export type Query = Record<string, string | number | boolean | undefined>;

export interface CallOptions {
  signal?: AbortSignal;
}

export interface RequestSpec extends CallOptions {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Relative to the API root, with udata's trailing slash. */
  path: string;
  query?: Query;
  /** JSON, or a FormData sent as multipart (the browser sets its boundary). */
  body?: unknown;
  /** Overrides the client's time limit (an upload over a slow connection). */
  timeoutMs?: number;
  /**
   * udata's field mask (`X-Fields`, e.g. `id,members{role,user{id}}`): only these fields come
   * back. Sent only where it costs no extra round trip (see {@link Transport.masksForFree}); a
   * server that refuses it (a failed preflight, a 400) is asked again without it. A check must
   * then accept the whole answer as well as the masked one.
   */
  fields?: string;
  /** Named in the {@link ApiError} when this call fails. */
  action: string;
  /**
   * Checks (and may normalize) the answer's shape; throws when it is not udata's. A call with
   * a check needs a JSON body: an empty answer (a 204, no body) is unreadable.
   */
  check?: (value: unknown) => unknown;
}

export interface ApiResponse<T> {
  status: number;
  data: T;
}

export interface TransportOptions {
  apiBase: string;
  apiKey?: string;
  withCredentials: boolean;
  timeoutMs: number;
  fetch: typeof fetch;
}

/** APIs that refused a field mask once (for the page's life): none is sent to them again. */
const originsRefusingMasks = new Set<string>();

/**
 * HTTP for the udata client: URLs built from the API root only, the key sent to that origin
 * only, redirects refused where following them could leak the key or replay a write, one
 * {@link ApiError} for every failure, and identical concurrent GETs shared.
 */
export class Transport {
  readonly origin: string;
  /**
   * A field mask is a custom header, which a cross-origin request without a key would pay for
   * with a CORS preflight (udata sends no `Access-Control-Max-Age`): masks go only with a key
   * (preflighted anyway) or to the page's own origin.
   */
  readonly masksForFree: boolean;
  private readonly inflightGets = new Map<string, SharedRequest>();

  /** An API key with an `http:` API (other than this machine): never sent. */
  private readonly insecureKey: boolean;

  constructor(private readonly options: TransportOptions) {
    let base: URL | undefined;
    try {
      base = new URL(options.apiBase, globalThis.location?.href);
    } catch {
      // Not a URL: every call fails with a clear error (send), nothing is requested.
      console.error('udata-org-elements: api-base is not a URL');
    }
    this.origin = base?.origin ?? '';
    this.masksForFree = Boolean(options.apiKey) || this.origin === globalThis.location?.origin;
    this.insecureKey = Boolean(options.apiKey) && base?.protocol === 'http:' && !LOOPBACK.test(base.hostname);
    if (this.insecureKey) {
      console.warn(
        `udata-org-elements: the API key is not sent to ${this.origin}: plain http is not encrypted. Use an https api-base.`,
      );
    }
  }

  url(path: string, query?: Query): URL {
    const url = new URL(path.replace(/^\/+/, ''), this.options.apiBase);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
    }
    return url;
  }

  send<T>(spec: RequestSpec): Promise<ApiResponse<T>> {
    let url: URL;
    try {
      url = this.url(spec.path, spec.query);
    } catch {
      return Promise.reject(new ApiError({ kind: 'client', status: 0, action: spec.action, message: 'api-base is not a URL' }));
    }
    const masked = spec.fields && this.masks ? spec : { ...spec, fields: undefined };
    if (spec.method !== 'GET') return this.perform<T>(masked, url, spec.signal);
    if (masked.fields)
      return this.shared(`${url.href} ${masked.fields}`, spec, (signal) => this.performMasked(masked, url, signal));
    return this.shared(url.href, spec, (signal) => this.perform(masked, url, signal));
  }

  /** Identical concurrent GETs share one request. */
  private shared<T>(
    key: string,
    spec: RequestSpec,
    perform: (signal: AbortSignal) => Promise<ApiResponse<unknown>>,
  ): Promise<ApiResponse<T>> {
    let shared = this.inflightGets.get(key);
    // A request every caller left is aborted: a new caller gets a new one, never its failure.
    if (!shared || shared.abandoned) {
      const controller = new AbortController();
      shared = new SharedRequest(controller, perform(controller.signal));
      this.inflightGets.set(key, shared);
      const forget = () => this.inflightGets.get(key) === shared && this.inflightGets.delete(key);
      shared.promise.then(forget, forget);
    }
    return shared.join(spec.signal, spec.action) as Promise<ApiResponse<T>>;
  }

  /**
   * A masked GET; a server that does not take udata's mask (a failed preflight, a 400) is
   * asked again without it, and is sent none after that answer.
   */
  private async performMasked<T>(spec: RequestSpec, url: URL, signal: AbortSignal): Promise<ApiResponse<T>> {
    try {
      return await this.perform<T>(spec, url, signal);
    } catch (error) {
      if (!(error instanceof ApiError) || (error.kind !== 'network' && error.status !== 400)) throw error;
      const whole = await this.perform<T>({ ...spec, fields: undefined }, url, signal);
      originsRefusingMasks.add(this.origin);
      return whole;
    }
  }

  /** Whether a field mask is sent at all. */
  get masks(): boolean {
    return this.masksForFree && !originsRefusingMasks.has(this.origin);
  }

  /**
   * One exchange — the request, the answer's headers and `use` reading its body — within the
   * time limit and aborted with `signal`; any failure is an ApiError.
   */
  private async exchange<R>(
    url: URL,
    init: RequestInit,
    signal: AbortSignal | undefined,
    fail: Fail,
    use: (response: Response) => Promise<R>,
    { timeoutMs = this.options.timeoutMs }: Pick<RequestSpec, 'timeoutMs'> = {},
  ): Promise<R> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const onAbort = () => timeout.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      // Never from the browser's cache: udata sends no Cache-Control, and a cached answer (an
      // anonymous 410, say) would be served to a keyed request, whose key the cache ignores.
      return await use(await this.options.fetch(url.href, { ...init, signal: timeout.signal, mode: 'cors', cache: 'no-store' }));
    } catch (cause) {
      if (signal?.aborted) throw fail({ kind: 'abort', status: 0, message: 'aborted' });
      if (timeout.signal.aborted) throw fail({ kind: 'timeout', status: 0, message: `no answer within ${timeoutMs} ms` });
      if (cause instanceof ApiError) throw cause;
      throw fail({ kind: 'network', status: 0, message: (cause as Error)?.message || 'network error' });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private async perform<T>(
    spec: RequestSpec,
    url: URL,
    signal: AbortSignal | undefined,
    redirected = false,
  ): Promise<ApiResponse<T>> {
    const fail: Fail = (init) => new ApiError({ ...init, action: spec.action });
    if (signal?.aborted) throw fail({ kind: 'abort', status: 0, message: 'aborted' });
    if (this.insecureKey) throw fail({ kind: 'insecure', status: 0, message: 'the API key is not sent over plain http' });
    const { apiKey, withCredentials } = this.options;

    const headers: Record<string, string> = { Accept: 'application/json' };
    const multipart = spec.body instanceof FormData;
    if (spec.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
    if (apiKey) headers['X-API-KEY'] = apiKey;
    if (spec.fields) headers['X-Fields'] = spec.fields;
    const init: RequestInit = {
      method: spec.method,
      headers,
      body: spec.body === undefined ? undefined : multipart ? (spec.body as FormData) : JSON.stringify(spec.body),
      credentials: withCredentials ? 'include' : 'omit',
      redirect: apiKey || spec.method !== 'GET' ? 'manual' : 'follow',
    };
    const outcome = await this.exchange(
      url,
      init,
      signal,
      fail,
      async (response) => {
        const isRedirect = response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
        // A renamed organization's old slug (308): found without the key, below.
        if (isRedirect && spec.method === 'GET' && apiKey && !redirected) return null;
        if (isRedirect || (response.redirected && !this.insideApi(new URL(response.url)))) {
          // The status of a redirect refused with `redirect: 'manual'` is hidden from pages: 0.
          throw fail({ kind: 'redirect', status: isRedirect ? response.status : 0, message: 'redirect' });
        }
        return this.read<T>(response, fail, spec.check);
      },
      spec,
    );
    if (outcome) return outcome;
    // Where the old slug leads, asked without the key, then asked there with it, inside the API only.
    const target = await this.followWithoutKey(url, signal, fail);
    if (target) return this.perform<T>(spec, target, signal, true);
    throw fail({ kind: 'redirect', status: 0, message: 'redirect' });
  }

  /** Where an anonymous GET of `url` ends after redirects, if that is still inside the API. */
  private followWithoutKey(url: URL, signal: AbortSignal | undefined, fail: Fail): Promise<URL | null> {
    const init: RequestInit = { method: 'GET', headers: { Accept: 'application/json' }, credentials: 'omit', redirect: 'follow' };
    return this.exchange(url, init, signal, fail, async (probe) => {
      void probe.body?.cancel().catch(() => undefined);
      if (!probe.redirected || !probe.url) return null;
      const target = new URL(probe.url);
      return this.insideApi(target) && target.href !== url.href ? target : null;
    });
  }

  private insideApi(url: URL): boolean {
    return (
      url.origin === this.origin && url.pathname.startsWith(new URL(this.options.apiBase, globalThis.location?.href).pathname)
    );
  }

  private async read<T>(response: Response, fail: Fail, check?: RequestSpec['check']): Promise<ApiResponse<T>> {
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw fail({ kind: 'network', status: 0, message: (cause as Error)?.message || 'body lost' });
    }
    let json: unknown = undefined;
    let parsed = true;
    if (text.trim() !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        parsed = false;
      }
    }

    if (!response.ok) {
      const body = (parsed && json && typeof json === 'object' ? json : {}) as { message?: unknown; errors?: unknown };
      throw fail({
        kind: 'http',
        status: response.status,
        message: typeof body.message === 'string' ? body.message : response.statusText || `HTTP ${response.status}`,
        errors: normalizeFieldErrors(body.errors),
        body: parsed ? json : undefined,
        retryAfter: retryAfterSeconds(response.headers.get('Retry-After')),
      });
    }
    if (!parsed) throw fail({ kind: 'parse', status: response.status, message: 'the answer is not JSON' });
    if (check) {
      // udata answers these calls with JSON: nothing (a 204, an empty body) cannot be used.
      if (json === undefined) throw fail({ kind: 'parse', status: response.status, message: 'empty answer' });
      try {
        json = check(json);
      } catch (cause) {
        throw fail({ kind: 'parse', status: response.status, message: `unexpected answer: ${(cause as Error).message}` });
      }
    }
    return { status: response.status, data: json as T };
  }
}

function normalizeFieldErrors(errors: unknown): Record<string, string[]> | undefined {
  if (!errors || typeof errors !== 'object') return undefined;
  const result: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors as Record<string, unknown>)) {
    const list = Array.isArray(messages) ? messages : [messages];
    result[field] = list.filter((m): m is string => typeof m === 'string');
  }
  return result;
}
