import type { Member, MemberRole, MembershipRequest, Organization, OrganizationPermissions } from '../src/api/models.js';
import { createSeed, oid, toUserRef, type MockData, type MockOrganization, type MockUser } from './seed.js';

/**
 * An in-memory udata API v1: the same paths (with trailing slashes), payloads, status codes
 * and permission checks as the real one (see shared/udata-api.md). It knows nothing of msw or
 * Node: `handle()` takes a plain request and returns a plain answer, so the browser mock
 * (msw) and the cross-origin test server share it.
 */

export interface MockRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Parsed JSON body, or the raw text when it is not JSON. */
  body?: unknown;
  /** The fetch credentials mode, when known (`omit`, `same-origin`, `include`). */
  credentials?: string;
}

export interface MockResponse {
  status: number;
  /** Serialized as JSON unless `text` is set. */
  json?: unknown;
  /** A raw body (for malformed-JSON injection). */
  text?: string;
  headers?: Record<string, string>;
  /** Drop the connection instead of answering. */
  networkError?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
}

/** What the mock saw: tests assert on it. */
export interface RecordedRequest {
  method: string;
  /** Path below the API root, e.g. `organizations/abc/membership/`. */
  path: string;
  query: Record<string, string>;
  apiKey: string | null;
  body: unknown;
  /** The fetch credentials mode, when the transport knows it (msw does). */
  credentials?: string;
}

/** A failure to inject into the next matching requests. */
export interface FailureSpec {
  method?: string;
  /** Matches the path below the API root (substring or regular expression). */
  path?: string | RegExp;
  status?: number;
  json?: unknown;
  /** Answer this raw body (with `status`, default 200), e.g. malformed JSON. */
  text?: string;
  networkError?: boolean;
  /** Only delay (then answer normally unless status/text/networkError say otherwise). */
  delayMs?: number;
  /** How many matching requests it applies to (default 1; Infinity for all). */
  times?: number;
}

/** Behaviours that differ between udata versions. */
export interface ServerFlavour {
  /** udata since Feb. 2026 answers 403 to editors listing requests; the guide lets them see. */
  editorsMayListRequests: boolean;
  /** Status for a join request from a current member: 409 or 400 depending on version. */
  alreadyMemberStatus: 400 | 409;
  /** Servers before v15 have the direct add and no invitations. */
  legacyMemberAdd: boolean;
  /** Servers before early 2026 do not send `permissions`. */
  sendsPermissions: boolean;
  /** Old servers answer the harvest sources as a plain array, recent ones paginate. */
  harvestPlainArray: boolean;
}

const DEFAULT_FLAVOUR: ServerFlavour = {
  editorsMayListRequests: false,
  alreadyMemberStatus: 409,
  legacyMemberAdd: false,
  sendsPermissions: true,
  harvestPlainArray: false,
};

type Params = Record<string, string>;
interface Context {
  req: MockRequest;
  params: Params;
  query: URLSearchParams;
  caller: MockUser | null;
}
type RouteHandler = (ctx: Context) => MockResponse;

const json = (status: number, body?: unknown): MockResponse => ({ status, json: body });
const message = (status: number, text: string): MockResponse => json(status, { message: text });
const fieldError = (field: string, text: string): MockResponse =>
  json(400, { errors: { [field]: [text] }, message: 'Validation error' });

export class MockUdata {
  data: MockData = createSeed();
  flavour: ServerFlavour = { ...DEFAULT_FLAVOUR };
  readonly requests: RecordedRequest[] = [];
  private failures: FailureSpec[] = [];
  private readonly routes: Array<{ method: string; pattern: RegExp; keys: string[]; handler: RouteHandler }> = [];

  constructor() {
    this.route('GET', 'organizations/roles/', () => this.roles());
    this.route('GET', 'organizations/:org/', (c) => this.getOrganization(c));
    this.route('DELETE', 'organizations/:org/', (c) => this.deleteOrganization(c));
    this.route('GET', 'me/', (c) => (c.caller ? json(200, this.publicMe(c.caller)) : message(401, 'Unauthorized')));
    this.route('GET', 'users/suggest/', (c) => this.suggestUsers(c));
    this.route('GET', 'organizations/:org/membership/', (c) => this.listRequests(c));
    this.route('POST', 'organizations/:org/membership/', (c) => this.createRequest(c));
    this.route('POST', 'organizations/:org/membership/:id/accept/', (c) => this.acceptRequest(c));
    this.route('POST', 'organizations/:org/membership/:id/refuse/', (c) => this.refuseRequest(c));
    this.route('POST', 'organizations/:org/membership/:id/cancel/', (c) => this.cancelInvitation(c));
    this.route('POST', 'organizations/:org/member/', (c) => this.invite(c));
    this.route('PUT', 'organizations/:org/member/:user/', (c) => this.updateMember(c));
    this.route('GET', 'organizations/:org/datasets/', (c) => this.listDatasets(c));
    this.route('GET', 'organizations/:org/reuses/', (c) => this.withOrg(c, (org) => json(200, this.data.reuses.filter((r) => r.org === org.id).map(({ org: _o, ...r }) => r))));
    this.route('GET', 'discussions/', (c) => this.listDiscussions(c));
    this.route('GET', 'harvest/sources/', (c) => this.listHarvestSources(c));
    this.route('DELETE', 'organizations/:org/member/:user/', (c) => this.removeMember(c));
  }

  /** Back to the seed data, the default flavour, no failures and no recorded requests. */
  reset(): void {
    this.data = createSeed();
    this.flavour = { ...DEFAULT_FLAVOUR };
    this.failures = [];
    this.requests.length = 0;
  }

  /** Makes the next matching request(s) fail or slow down. */
  fail(spec: FailureSpec): void {
    this.failures.push({ times: 1, ...spec });
  }

  /** Requests seen so far, optionally only those matching a method and a path fragment. */
  recorded(method?: string, path?: string | RegExp): RecordedRequest[] {
    return this.requests.filter(
      (r) => (!method || r.method === method) && (!path || (typeof path === 'string' ? r.path.includes(path) : path.test(r.path))),
    );
  }

  organization(idOrSlug: string): MockOrganization | undefined {
    return this.data.organizations.find((o) => o.id === idOrSlug || o.slug === idOrSlug);
  }

  userByKey(key: string): MockUser | undefined {
    return this.data.users.find((u) => u.apiKey === key);
  }

  /** Like `handle()`, for a transport that has the raw body text. */
  handleRaw(req: Omit<MockRequest, 'body'> & { text: string }): MockResponse {
    let body: unknown = undefined;
    if (req.text) {
      try {
        body = JSON.parse(req.text);
      } catch {
        body = req.text;
      }
    }
    const { text: _text, ...rest } = req;
    void _text;
    return this.handle({ ...rest, body });
  }

  handle(req: MockRequest): MockResponse {
    const url = new URL(req.url);
    const root = url.pathname.indexOf('/api/1/');
    const path = root >= 0 ? url.pathname.slice(root + '/api/1/'.length) : url.pathname.replace(/^\//, '');
    const apiKey = header(req.headers, 'x-api-key');
    this.requests.push({
      method: req.method,
      path,
      query: Object.fromEntries(url.searchParams),
      apiKey,
      body: req.body,
      credentials: req.credentials,
    });

    const injected = this.takeFailure(req.method, path);
    if (injected && (injected.networkError || injected.status !== undefined || injected.text !== undefined)) {
      return {
        status: injected.status ?? 200,
        json: injected.json ?? (injected.text === undefined ? { message: `Injected ${injected.status}` } : undefined),
        text: injected.text,
        networkError: injected.networkError,
        delayMs: injected.delayMs,
      };
    }
    const answer = this.route_(req, url, path, apiKey);
    return injected?.delayMs ? { ...answer, delayMs: injected.delayMs } : answer;
  }

  // ---- routing ---------------------------------------------------------------

  private route(method: string, template: string, handler: RouteHandler): void {
    const keys: string[] = [];
    const source = template.replace(/:([a-z]+)/g, (_, key: string) => {
      keys.push(key);
      return '([^/]+)';
    });
    this.routes.push({ method, pattern: new RegExp(`^${source}$`), keys, handler });
  }

  private route_(req: MockRequest, url: URL, path: string, apiKey: string | null): MockResponse {
    if (!path.endsWith('/')) {
      // udata redirects a path without its trailing slash.
      const location = new URL(url.href);
      location.pathname += '/';
      return { status: 308, headers: { Location: location.href }, json: { message: 'Permanent Redirect' } };
    }
    let caller: MockUser | null = null;
    if (apiKey) {
      caller = this.userByKey(apiKey) ?? null;
      if (!caller) return message(401, 'Invalid API Key');
    }
    let methodMismatch = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      if (route.method !== req.method) {
        methodMismatch = true;
        continue;
      }
      const params: Params = {};
      route.keys.forEach((key, i) => (params[key] = decodeURIComponent(match[i + 1])));
      return route.handler({ req, params, query: url.searchParams, caller });
    }
    if (req.method === 'POST' && /^organizations\/[^/]+\/member\/[^/]+\/$/.test(path)) return this.legacyAdd(path, caller, req);
    return methodMismatch ? message(405, 'The method is not allowed for the requested URL.') : message(404, 'Not Found');
  }

  private takeFailure(method: string, path: string): FailureSpec | undefined {
    const index = this.failures.findIndex(
      (f) =>
        (!f.method || f.method === method) &&
        (!f.path || (typeof f.path === 'string' ? path.includes(f.path) : f.path.test(path))),
    );
    if (index < 0) return undefined;
    const failure = this.failures[index];
    failure.times = (failure.times ?? 1) - 1;
    if (failure.times <= 0) this.failures.splice(index, 1);
    return failure;
  }

  // ---- helpers -----------------------------------------------------------------

  private roleOf(org: MockOrganization, user: MockUser | null): MemberRole | null {
    if (!user) return null;
    return org.members.find((m) => m.user.id === user.id)?.role ?? null;
  }

  private isSysadmin(user: MockUser | null): boolean {
    return Boolean(user?.roles.includes('admin'));
  }

  private isOrgAdmin(org: MockOrganization, user: MockUser | null): boolean {
    return this.isSysadmin(user) || this.roleOf(org, user) === 'admin';
  }

  private permissionsFor(org: MockOrganization, user: MockUser | null): OrganizationPermissions {
    const admin = this.isOrgAdmin(org, user);
    const role = this.roleOf(org, user);
    const member = admin || role === 'editor' || role === 'partial_editor';
    return { edit: admin, delete: admin, members: admin, harvest: admin || role === 'editor', private: member };
  }

  private serialize(org: MockOrganization, caller: MockUser | null): Organization {
    const result: Organization = { ...org, members: org.members.map((m) => ({ ...m })), metrics: { ...org.metrics, members: org.members.length } };
    if (this.flavour.sendsPermissions) result.permissions = this.permissionsFor(org, caller);
    return result;
  }

  private publicMe(user: MockUser) {
    const { apiKey: _key, ...me } = user;
    void _key;
    const organizations = this.data.organizations
      .filter((o) => !o.deleted && o.members.some((m) => m.user.id === user.id))
      .map((o) => ({ id: o.id, name: o.name, slug: o.slug, logo_thumbnail: o.logo_thumbnail }));
    return { ...me, organizations };
  }

  /** Resolves `:org`; answers 404 for an unknown one and 410 for a deleted one seen by an outsider. */
  private withOrg(ctx: Context, then: (org: MockOrganization) => MockResponse): MockResponse {
    const org = this.organization(ctx.params.org);
    if (!org) return message(404, 'Organization not found');
    if (org.deleted && !this.roleOf(org, ctx.caller) && !this.isSysadmin(ctx.caller)) {
      return message(410, 'Organization has been deleted');
    }
    return then(org);
  }

  private requireAdmin(ctx: Context, org: MockOrganization): MockResponse | null {
    if (!ctx.caller) return message(401, 'Unauthorized');
    if (!this.isOrgAdmin(org, ctx.caller)) return message(403, 'You do not have the permission to modify that object.');
    return null;
  }

  private publicRequest(request: MembershipRequest & { org: string }): MembershipRequest {
    const { org: _org, ...rest } = request;
    void _org;
    return { ...rest, user: rest.user ? { ...rest.user } : null };
  }

  private findRequest(org: MockOrganization, id: string) {
    return this.data.requests.find((r) => r.org === org.id && r.id === id);
  }

  // ---- endpoints ---------------------------------------------------------------

  private roles(): MockResponse {
    return json(200, [
      { id: 'admin', label: 'Administrateur' },
      { id: 'editor', label: 'Éditeur' },
      { id: 'partial_editor', label: 'Éditeur partiel' },
    ]);
  }

  private getOrganization(ctx: Context): MockResponse {
    return this.withOrg(ctx, (org) => json(200, this.serialize(org, ctx.caller)));
  }

  private deleteOrganization(ctx: Context): MockResponse {
    const org = this.organization(ctx.params.org);
    if (!org) return message(404, 'Organization not found');
    if (org.deleted) return message(410, 'Organization has been deleted');
    const denied = this.requireAdmin(ctx, org);
    if (denied) return denied;
    org.deleted = new Date().toISOString();
    return { status: 204 };
  }

  private suggestUsers(ctx: Context): MockResponse {
    const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const q = fold(ctx.query.get('q') ?? '');
    const size = Math.min(20, Math.max(1, Number(ctx.query.get('size') ?? 10) || 10));
    if (!q) return json(200, []);
    const found = this.data.users
      .filter((u) => fold(`${u.first_name} ${u.last_name}`).includes(q))
      .slice(0, size)
      .map((u) => ({ id: u.id, first_name: u.first_name, last_name: u.last_name, slug: u.slug, avatar_url: u.avatar }));
    return json(200, found);
  }

  private listRequests(ctx: Context): MockResponse {
    return this.withOrg(ctx, (org) => {
      if (!ctx.caller) return message(401, 'Unauthorized');
      const userFilter = ctx.query.get('user');
      const role = this.roleOf(org, ctx.caller);
      const ownOnly = userFilter === ctx.caller.id;
      const mayList =
        this.isOrgAdmin(org, ctx.caller) ||
        ownOnly ||
        (this.flavour.editorsMayListRequests && (role === 'editor' || role === 'partial_editor'));
      if (!mayList) return message(403, 'You do not have the permission to modify that object.');
      const status = ctx.query.get('status');
      const list = this.data.requests
        .filter((r) => r.org === org.id && (!status || r.status === status) && (!userFilter || r.user?.id === userFilter))
        .map((r) => this.publicRequest(r));
      return json(200, list);
    });
  }

  private createRequest(ctx: Context): MockResponse {
    return this.withOrg(ctx, (org) => {
      if (!ctx.caller) return message(401, 'Unauthorized');
      if (this.roleOf(org, ctx.caller)) return message(this.flavour.alreadyMemberStatus, 'You are already a member of this organization');
      const comment = (ctx.req.body as { comment?: unknown } | undefined)?.comment;
      if (typeof comment !== 'string' || !comment.trim()) return fieldError('comment', 'This field is required.');
      const caller = ctx.caller;
      const existing = this.data.requests.find((r) => r.org === org.id && r.user?.id === caller.id && r.status === 'pending' && r.kind === 'request');
      if (existing) {
        existing.comment = comment;
        return json(200, this.publicRequest(existing));
      }
      const created = {
        id: oid('0d', this.data.requests.length + 1),
        org: org.id,
        kind: 'request' as const,
        status: 'pending' as const,
        user: toUserRef(caller),
        email: null,
        role: 'editor' as const,
        comment,
        created: new Date().toISOString(),
        assignments: [],
      };
      this.data.requests.push(created);
      return json(201, this.publicRequest(created));
    });
  }

  private acceptRequest(ctx: Context): MockResponse {
    return this.withOrg(ctx, (org) => {
      const denied = this.requireAdmin(ctx, org);
      if (denied) return denied;
      const request = this.findRequest(org, ctx.params.id);
      if (!request || request.status !== 'pending') return message(404, 'Unknown membership request');
      if (request.kind === 'invitation') return message(400, 'Cannot accept an invitation on behalf of the user');
      const existing = org.members.find((m) => m.user.id === request.user?.id);
      if (existing) return json(409, existing);
      request.status = 'accepted';
      const member: Member = { user: { ...request.user! }, role: 'editor', since: new Date().toISOString() };
      org.members.push(member);
      return json(200, member);
    });
  }

  private refuseRequest(ctx: Context): MockResponse {
    return this.withOrg(ctx, (org) => {
      const denied = this.requireAdmin(ctx, org);
      if (denied) return denied;
      const request = this.findRequest(org, ctx.params.id);
      if (!request || request.status !== 'pending') return message(404, 'Unknown membership request');
      const comment = (ctx.req.body as { comment?: unknown } | undefined)?.comment;
      if (typeof comment !== 'string' || !comment.trim()) return fieldError('comment', 'This field is required.');
      request.status = 'refused';
      return json(200, {});
    });
  }

  private cancelInvitation(ctx: Context): MockResponse {
    return this.withOrg(ctx, (org) => {
      const denied = this.requireAdmin(ctx, org);
      if (denied) return denied;
      const request = this.findRequest(org, ctx.params.id);
      if (!request) return message(404, 'Unknown membership request');
      if (request.kind !== 'invitation' || request.status !== 'pending') return message(400, 'Only a pending invitation can be canceled');
      request.status = 'canceled';
      return json(200, {});
    });
  }

  /** `POST …/member/`: current udata invites instead of adding (404 on servers before v15). */
  private invite(ctx: Context): MockResponse {
    if (this.flavour.legacyMemberAdd) return message(404, 'Not Found');
    return this.withOrg(ctx, (org) => {
      const denied = this.requireAdmin(ctx, org);
      if (denied) return denied;
      const body = (ctx.req.body ?? {}) as { user?: unknown; email?: unknown; role?: unknown; comment?: unknown };
      const role = (body.role ?? 'editor') as MemberRole;
      if (role !== 'admin' && role !== 'editor' && role !== 'partial_editor') return fieldError('role', 'Not a valid choice');
      let user: MockUser | undefined;
      let email: string | null = null;
      if (typeof body.user === 'string' && body.user) {
        user = this.data.users.find((u) => u.id === body.user);
        if (!user) return fieldError('user', 'Unknown user');
        if (org.members.some((m) => m.user.id === user!.id)) return message(400, 'User is already a member of this organization');
      } else if (typeof body.email === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email)) {
        email = body.email.toLowerCase();
      } else {
        return fieldError('email', 'A user or a valid e-mail address is required');
      }
      const already = this.data.requests.some(
        (r) => r.org === org.id && r.kind === 'invitation' && r.status === 'pending' && (user ? r.user?.id === user.id : r.email === email),
      );
      if (already) return message(400, 'An invitation is already pending for this user');
      const invitation = {
        id: oid('0e', this.data.requests.length + 1),
        org: org.id,
        kind: 'invitation' as const,
        status: 'pending' as const,
        user: user ? toUserRef(user) : null,
        email,
        role,
        comment: typeof body.comment === 'string' ? body.comment : null,
        created: new Date().toISOString(),
        assignments: [],
      };
      this.data.requests.push(invitation);
      return json(201, this.publicRequest(invitation));
    });
  }

  /** udata's pagination envelope; a page past the end answers 404. */
  private paginate<T>(ctx: Context, items: T[], defaultSize = 20): MockResponse {
    const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
    const pageSize = Math.min(100, Math.max(1, Number(ctx.query.get('page_size') ?? defaultSize) || defaultSize));
    const start = (page - 1) * pageSize;
    if (page > 1 && start >= items.length) return message(404, 'Page not found');
    const link = (p: number) => {
      const url = new URL(ctx.req.url);
      url.searchParams.set('page', String(p));
      return url.href;
    };
    return json(200, {
      data: items.slice(start, start + pageSize),
      page,
      page_size: pageSize,
      total: items.length,
      next_page: start + pageSize < items.length ? link(page + 1) : null,
      previous_page: page > 1 ? link(page - 1) : null,
    });
  }

  private listDatasets(ctx: Context): MockResponse {
    return this.withOrg(ctx, (org) => {
      const member = Boolean(this.roleOf(org, ctx.caller)) || this.isSysadmin(ctx.caller);
      const sort = ctx.query.get('sort') ?? '-created';
      const key = sort.replace(/^-/, '');
      const sign = sort.startsWith('-') ? -1 : 1;
      const value = (d: MockData['datasets'][number]): string | number =>
        key === 'title' ? d.title : key === 'created' ? d.created_at : key === 'last_update' ? (d.last_update ?? '') : ((d.metrics as Record<string, number>)[key] ?? 0);
      if (!['title', 'created', 'last_update', 'reuses', 'followers', 'views'].includes(key)) return message(400, `Unknown sort key ${key}`);
      const datasets = this.data.datasets
        .filter((d) => d.org === org.id && (member || !d.private))
        .sort((a, b) => {
          const [x, y] = [value(a), value(b)];
          return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'fr'));
        })
        .map(({ org: _o, created_at: _c, ...d }) => d);
      return this.paginate(ctx, datasets);
    });
  }

  private listDiscussions(ctx: Context): MockResponse {
    const orgId = ctx.query.get('org');
    // udata filters by organization id only: a slug matches nothing.
    const closed = ctx.query.get('closed');
    const list = this.data.discussions
      .filter((d) => (!orgId || d.org === orgId) && (closed === null || (closed === 'false' ? !d.closed : Boolean(d.closed))))
      .sort((a, b) => b.created.localeCompare(a.created))
      .map(({ org: _o, ...d }) => d);
    return this.paginate(ctx, list);
  }

  private listHarvestSources(ctx: Context): MockResponse {
    const orgId = ctx.query.get('organization') ?? ctx.query.get('owner');
    const list = this.data.harvestSources.filter((s) => !orgId || s.org === orgId).map(({ org: _o, ...s }) => s);
    return this.flavour.harvestPlainArray ? json(200, list) : this.paginate(ctx, list);
  }

  private updateMember(ctx: Context): MockResponse {
    return this.withOrg(ctx, (org) => {
      const denied = this.requireAdmin(ctx, org);
      if (denied) return denied;
      const member = org.members.find((m) => m.user.id === ctx.params.user);
      if (!member) return message(404, 'Not a member');
      const role = (ctx.req.body as { role?: unknown } | undefined)?.role;
      if (role !== 'admin' && role !== 'editor' && role !== 'partial_editor') return fieldError('role', 'Not a valid choice');
      member.role = role;
      return json(200, member);
    });
  }

  private removeMember(ctx: Context): MockResponse {
    return this.withOrg(ctx, (org) => {
      const denied = this.requireAdmin(ctx, org);
      if (denied) return denied;
      const index = org.members.findIndex((m) => m.user.id === ctx.params.user);
      if (index < 0) return message(404, 'Not a member');
      org.members.splice(index, 1);
      return { status: 204 };
    });
  }

  /** `POST …/member/{user}/`: 405 on current udata, a direct add on old servers. */
  private legacyAdd(path: string, caller: MockUser | null, req: MockRequest): MockResponse {
    if (!this.flavour.legacyMemberAdd) return message(405, 'The method is not allowed for the requested URL.');
    const [, orgRef, userId] = /^organizations\/([^/]+)\/member\/([^/]+)\/$/.exec(path)!;
    const org = this.organization(decodeURIComponent(orgRef));
    if (!org) return message(404, 'Organization not found');
    if (!caller) return message(401, 'Unauthorized');
    if (!this.isOrgAdmin(org, caller)) return message(403, 'You do not have the permission to modify that object.');
    const user = this.data.users.find((u) => u.id === userId);
    if (!user) return message(404, 'User not found');
    if (org.members.some((m) => m.user.id === userId)) return message(409, 'User is already a member');
    const role = ((req.body as { role?: MemberRole } | undefined)?.role ?? 'editor') as MemberRole;
    const member: Member = { user: toUserRef(user), role, since: new Date().toISOString() };
    org.members.push(member);
    return json(201, member);
  }
}

function header(headers: Record<string, string>, name: string): string | null {
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return found ? found[1] : null;
}

/** The one backend shared by the msw handlers of a page (tests, demo, Storybook). */
export const mockUdata = new MockUdata();
