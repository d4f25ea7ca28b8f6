import { ApiError } from './errors.js';
import type {
  CurrentUser,
  Dataset,
  Discussion,
  HarvestSource,
  Page,
  Reuse,
  Member,
  MemberRole,
  MembershipRequest,
  Organization,
  RoleDescription,
  UserSuggestion,
} from './models.js';

/** Body of `POST /organizations/{org}/member/`: a user id or an e-mail address. */
export type MemberInvitation = ({ user: string; email?: never } | { email: string; user?: never }) & {
  role: MemberRole;
  comment?: string;
};

export const DEFAULT_API_BASE = 'https://www.data.gouv.fr/api/1/';
const DEFAULT_TIMEOUT_MS = 30_000;

export interface UdataClientOptions {
  /** udata API v1 root, with or without trailing slash. */
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

export interface CallOptions {
  signal?: AbortSignal;
}

type Query = Record<string, string | number | boolean | undefined>;

interface RequestSpec extends CallOptions {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Relative to the API root, with udata's trailing slash. */
  path: string;
  query?: Query;
  body?: unknown;
  /** Named in the {@link ApiError} when this call fails. */
  action: string;
}

interface ApiResponse<T> {
  status: number;
  data: T;
}

/** Ensures the one trailing slash that `new URL(path, base)` needs. */
export function normalizeApiBase(apiBase: string | undefined): string {
  const base = (apiBase ?? '').trim() || DEFAULT_API_BASE;
  return base.endsWith('/') ? base : `${base}/`;
}

const segment = (value: string) => encodeURIComponent(value);

/**
 * The typed udata API v1 client: the only code of the library that does HTTP.
 *
 * - Paths carry udata's trailing slashes; every URL is built from `apiBase`, so the API key
 *   can only ever go to the API origin.
 * - A request that carries a key, and every write, refuses redirects instead of following
 *   them (a redirect could carry the key elsewhere or replay a write).
 * - Every failure is an {@link ApiError}; identical concurrent GETs share one request.
 */
export class UdataClient {
  readonly apiBase: string;
  readonly origin: string;
  private readonly apiKey?: string;
  private readonly withCredentials: boolean;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly inflightGets = new Map<string, SharedRequest>();

  constructor(options: UdataClientOptions = {}) {
    this.apiBase = normalizeApiBase(options.apiBase);
    this.origin = new URL(this.apiBase, globalThis.location?.href).origin;
    this.apiKey = options.apiKey || undefined;
    this.withCredentials = options.withCredentials ?? false;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** True when calls are authenticated by key or cookie. */
  get isAuthenticated(): boolean {
    return Boolean(this.apiKey) || this.withCredentials;
  }

  // ---- organizations -------------------------------------------------------

  getOrganization(org: string, options: CallOptions = {}) {
    return this.data<Organization>({
      method: 'GET',
      path: `organizations/${segment(org)}/`,
      action: 'load-organization',
      ...options,
    });
  }

  getRoles(options: CallOptions = {}) {
    return this.data<RoleDescription[]>({ method: 'GET', path: 'organizations/roles/', action: 'load-roles', ...options });
  }

  deleteOrganization(org: string, options: CallOptions = {}) {
    return this.data<void>({
      method: 'DELETE',
      path: `organizations/${segment(org)}/`,
      action: 'delete-organization',
      ...options,
    });
  }

  // ---- users ---------------------------------------------------------------

  getMe(options: CallOptions = {}) {
    return this.data<CurrentUser>({ method: 'GET', path: 'me/', action: 'load-current-user', ...options });
  }

  suggestUsers(q: string, size = 10, options: CallOptions = {}) {
    return this.data<UserSuggestion[]>({
      method: 'GET',
      path: 'users/suggest/',
      query: { q, size },
      action: 'suggest-users',
      ...options,
    });
  }

  // ---- membership requests --------------------------------------------------

  listMembershipRequests(org: string, filter: { status?: string; user?: string } = {}, options: CallOptions = {}) {
    return this.data<MembershipRequest[]>({
      method: 'GET',
      path: `organizations/${segment(org)}/membership/`,
      query: filter,
      action: 'list-membership-requests',
      ...options,
    });
  }

  /** Asks to join; udata answers 201 for a new request and 200 when it updated a pending one. */
  async requestMembership(org: string, comment: string, options: CallOptions = {}) {
    const { status, data } = await this.send<MembershipRequest>({
      method: 'POST',
      path: `organizations/${segment(org)}/membership/`,
      body: { comment },
      action: 'join-request',
      ...options,
    });
    return { request: data, created: status === 201 };
  }

  acceptMembershipRequest(org: string, requestId: string, options: CallOptions = {}) {
    return this.data<Member>({
      method: 'POST',
      path: `organizations/${segment(org)}/membership/${segment(requestId)}/accept/`,
      action: 'accept-request',
      ...options,
    });
  }

  refuseMembershipRequest(org: string, requestId: string, comment: string, options: CallOptions = {}) {
    return this.data<Record<string, never>>({
      method: 'POST',
      path: `organizations/${segment(org)}/membership/${segment(requestId)}/refuse/`,
      body: { comment },
      action: 'refuse-request',
      ...options,
    });
  }

  /** An admin withdraws a pending invitation. */
  cancelInvitation(org: string, requestId: string, options: CallOptions = {}) {
    return this.data<Record<string, never>>({
      method: 'POST',
      path: `organizations/${segment(org)}/membership/${segment(requestId)}/cancel/`,
      action: 'cancel-invitation',
      ...options,
    });
  }

  // ---- members -------------------------------------------------------------

  /**
   * Invites a user (by id) or a person without an account (by e-mail) — current udata's way
   * of adding a member. Answers the invitation (a membership request of kind `invitation`).
   */
  inviteMember(org: string, invitation: MemberInvitation, options: CallOptions = {}) {
    return this.data<MembershipRequest>({
      method: 'POST',
      path: `organizations/${segment(org)}/member/`,
      body: invitation,
      action: 'invite-member',
      ...options,
    });
  }

  /** The direct add of udata before invitations (405 on current servers). */
  addMemberDirectly(org: string, userId: string, role: MemberRole, options: CallOptions = {}) {
    return this.data<Member>({
      method: 'POST',
      path: `organizations/${segment(org)}/member/${segment(userId)}/`,
      body: { role },
      action: 'add-member',
      ...options,
    });
  }

  updateMemberRole(org: string, userId: string, role: MemberRole, options: CallOptions = {}) {
    return this.data<Member>({
      method: 'PUT',
      path: `organizations/${segment(org)}/member/${segment(userId)}/`,
      body: { role },
      action: 'change-role',
      ...options,
    });
  }

  removeMember(org: string, userId: string, options: CallOptions = {}) {
    return this.data<void>({
      method: 'DELETE',
      path: `organizations/${segment(org)}/member/${segment(userId)}/`,
      action: 'remove-member',
      ...options,
    });
  }

  // ---- dashboard -------------------------------------------------------------

  /**
   * The organization's live datasets through udata's dataset search (`GET /datasets/?organization=`):
   * unlike `/organizations/{org}/datasets/`, deleted ones are neither listed nor counted.
   * Public, non-archived datasets for everyone; a member also gets the private and archived
   * ones, and `excludeDeleted` (only for a logged-in caller: udata answers it 401 otherwise)
   * leaves out the deleted ones visible to them.
   */
  searchOrganizationDatasets(
    orgId: string,
    query: { page?: number; pageSize?: number; sort?: string; q?: string; excludeDeleted?: boolean } = {},
    options: CallOptions = {},
  ) {
    return this.data<Page<Dataset>>({
      method: 'GET',
      path: 'datasets/',
      query: {
        organization: orgId,
        q: query.q,
        deleted: query.excludeDeleted ? 'false' : undefined,
        page: query.page,
        page_size: query.pageSize,
        sort: query.sort,
      },
      action: 'load-datasets',
      ...options,
    });
  }

  /** A plain array on udata (not paginated); deleted and archived reuses included. */
  listReuses(org: string, options: CallOptions = {}) {
    return this.data<Reuse[]>({
      method: 'GET',
      path: `organizations/${segment(org)}/reuses/`,
      action: 'load-reuses',
      ...options,
    });
  }

  /** Open discussions on the organization's content; `orgId` must be the id, not the slug. */
  listOpenDiscussions(orgId: string, query: { page?: number; pageSize?: number } = {}, options: CallOptions = {}) {
    return this.data<Page<Discussion>>({
      method: 'GET',
      path: 'discussions/',
      query: { org: orgId, closed: 'false', page: query.page, page_size: query.pageSize, sort: '-created' },
      action: 'load-discussions',
      ...options,
    });
  }

  /** Paginated on recent udata, a plain array on old servers: always answers a list. */
  async listHarvestSources(orgId: string, options: CallOptions = {}): Promise<HarvestSource[]> {
    const answer = await this.data<Page<HarvestSource> | HarvestSource[]>({
      method: 'GET',
      path: 'harvest/sources/',
      query: { organization: orgId, page_size: 50 },
      action: 'load-harvesters',
      ...options,
    });
    return Array.isArray(answer) ? answer : (answer?.data ?? []);
  }

  // ---- HTTP ----------------------------------------------------------------

  private async data<T>(spec: RequestSpec): Promise<T> {
    return (await this.send<T>(spec)).data;
  }

  private url(path: string, query?: Query): URL {
    const url = new URL(path.replace(/^\/+/, ''), this.apiBase);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
    }
    return url;
  }

  private send<T>(spec: RequestSpec): Promise<ApiResponse<T>> {
    const url = this.url(spec.path, spec.query);
    if (spec.method !== 'GET') return this.perform<T>(spec, url, spec.signal);
    const key = url.href;
    let shared = this.inflightGets.get(key);
    if (!shared) {
      const controller = new AbortController();
      shared = new SharedRequest(controller, this.perform<unknown>(spec, url, controller.signal));
      this.inflightGets.set(key, shared);
      const forget = () => this.inflightGets.get(key) === shared && this.inflightGets.delete(key);
      shared.promise.then(forget, forget);
    }
    return shared.join(spec.signal, spec.action) as Promise<ApiResponse<T>>;
  }

  private async perform<T>(spec: RequestSpec, url: URL, signal: AbortSignal | undefined): Promise<ApiResponse<T>> {
    const fail = (init: Omit<ConstructorParameters<typeof ApiError>[0], 'action'>) =>
      new ApiError({ ...init, action: spec.action });
    if (signal?.aborted) throw fail({ kind: 'abort', status: 0, message: 'aborted' });

    const headers: Record<string, string> = { Accept: 'application/json' };
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.apiKey) headers['X-API-KEY'] = this.apiKey;

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.timeoutMs);
    const onAbort = () => timeout.abort();
    signal?.addEventListener('abort', onAbort, { once: true });

    let response: Response;
    try {
      response = await this.fetchImpl(url.href, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        credentials: this.withCredentials ? 'include' : 'omit',
        redirect: this.apiKey || spec.method !== 'GET' ? 'manual' : 'follow',
        signal: timeout.signal,
        mode: 'cors',
      });
    } catch (cause) {
      if (signal?.aborted) throw fail({ kind: 'abort', status: 0, message: 'aborted' });
      if (timeout.signal.aborted) throw fail({ kind: 'timeout', status: 0, message: `no answer within ${this.timeoutMs} ms` });
      throw fail({ kind: 'network', status: 0, message: (cause as Error)?.message || 'network error' });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }

    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      throw fail({ kind: 'redirect', status: response.status || 308, message: 'the API answered with a redirect' });
    }

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
      });
    }
    if (!parsed) throw fail({ kind: 'parse', status: response.status, message: 'the answer is not JSON' });
    if (response.status !== 204 && json === undefined) {
      throw fail({ kind: 'parse', status: response.status, message: 'empty answer' });
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

/**
 * One GET shared by every caller that asked for the same URL while it ran. Each caller may
 * abort its own wait; the request itself is aborted only when every caller has left.
 */
class SharedRequest {
  private waiting = 0;

  constructor(
    private readonly controller: AbortController,
    readonly promise: Promise<ApiResponse<unknown>>,
  ) {
    // Callers observe failures through join(); this keeps an unjoined rejection quiet.
    promise.catch(() => undefined);
  }

  join(signal: AbortSignal | undefined, action: string): Promise<ApiResponse<unknown>> {
    this.waiting++;
    const leave = () => {
      this.waiting--;
      if (this.waiting === 0) this.controller.abort();
    };
    if (!signal) return this.promise.finally(() => this.waiting--);
    if (signal.aborted) {
      leave();
      return Promise.reject(new ApiError({ kind: 'abort', status: 0, action, message: 'aborted' }));
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        leave();
        reject(new ApiError({ kind: 'abort', status: 0, action, message: 'aborted' }));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          this.waiting--;
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          this.waiting--;
          // The action of the caller who started the request is in the error; keep it.
          reject(error);
        },
      );
    });
  }
}
