import * as shapes from './shapes.js';
import { Transport, type CallOptions, type RequestSpec } from './transport.js';
import type { CurrentUser, MemberRole, MembershipRequest, OrgInvitation, Organization } from './models.js';

/** Body of `POST /organizations/{org}/member/`: a user id or an e-mail address. */
export type MemberInvitation = ({ user: string; email?: never } | { email: string; user?: never }) & {
  role: MemberRole;
  comment?: string;
  /** What a partial editor may edit (udata refuses it for another role). */
  assignments?: Array<{ class: string; id: string }>;
};

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

const segment = (value: string) => encodeURIComponent(value);

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

  // ---- organizations -------------------------------------------------------

  /** The organization; `fields`, udata's mask, asks only some of its fields where that costs nothing. */
  getOrganization(org: string, options: CallOptions & Pick<RequestSpec, 'fields'> = {}) {
    return this.request<Organization>({
      method: 'GET',
      path: `organizations/${segment(org)}/`,
      check: shapes.organization,
      action: 'load-organization',
      ...options,
    });
  }

  /** Whether a field mask would be sent (a key or the page's own origin, and not refused). */
  get masksFields(): boolean {
    return this.http.masks;
  }

  // ---- users ---------------------------------------------------------------

  getMe(options: CallOptions = {}) {
    return this.request<CurrentUser>({
      method: 'GET',
      path: 'me/',
      check: shapes.currentUser,
      action: 'load-current-user',
      ...options,
    });
  }

  /** The caller's pending invitations, every organization (401 when anonymous). */
  listMyInvitations(options: CallOptions = {}) {
    return this.request<OrgInvitation[]>({
      method: 'GET',
      path: 'me/org_invitations/',
      check: shapes.list(shapes.invitation),
      action: 'load-invitations',
      ...options,
    });
  }

  /**
   * The caller answers one of their invitations. udata answers only `{ message }`: accepting
   * makes the caller a member with the invitation's role (re-read the organization).
   */
  answerMyInvitation(id: string, answer: 'accept' | 'refuse', options: CallOptions = {}) {
    return this.request<{ message?: string }>({
      method: 'POST',
      path: `me/org_invitations/${segment(id)}/${answer}/`,
      action: answer === 'accept' ? 'accept-invitation' : 'refuse-invitation',
      ...options,
    });
  }

  // ---- membership requests --------------------------------------------------

  listMembershipRequests(org: string, filter: { status?: string; user?: string } = {}, options: CallOptions = {}) {
    return this.request<MembershipRequest[]>({
      method: 'GET',
      path: `organizations/${segment(org)}/membership/`,
      query: filter,
      check: shapes.list(shapes.membershipRequest),
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
      check: shapes.membershipRequest,
      action: 'join-request',
      ...options,
    });
    return { request: data, created: status === 201 };
  }

  // ---- HTTP ----------------------------------------------------------------

  /**
   * Any udata call through this client's transport (its key, origin and limits): endpoints
   * that few tags use live in their own modules (`api/profile.ts`) and call this, so the
   * other tags do not carry them.
   */
  async request<T>(spec: RequestSpec): Promise<T> {
    return (await this.http.send<T>(spec)).data;
  }

  private send<T>(spec: RequestSpec) {
    return this.http.send<T>(spec);
  }
}
