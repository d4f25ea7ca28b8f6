import { createSeed } from './create-seed.js';
import type { MockResponse } from './responses.js';
import { MESSAGES, message, notFound, unauthorized } from './responses.js';
import type { MockRequest, RouteBackend, RouteHandler, RouteOptions, RouteTable, ServerFlavour } from './route-types.js';
import { activityRoutes } from './routes/activity.js';
import { assignmentRoutes } from './routes/assignments.js';
import { contentRoutes } from './routes/content.js';
import { meRoutes } from './routes/me.js';
import { membershipRoutes } from './routes/membership.js';
import { notificationRoutes } from './routes/notifications.js';
import { organizationRoutes } from './routes/organizations.js';
import { profileRoutes } from './routes/profile.js';
import { transferRoutes } from './routes/transfers.js';
import type { MockData, MockOrganization, MockUser } from './seed.js';
import { UploadStore, formSummary } from './uploads.js';
import { MaskProblem, applyFieldMask, parseFieldMask } from './field-mask.js';

export type { MockResponse } from './responses.js';
export type { MockRequest, ServerFlavour } from './route-types.js';

/**
 * An in-memory udata API v1 (17.6): the same paths (with trailing slashes), payloads, status
 * codes, error shapes and permission checks as the real one, held to a contract ported from
 * udata's own API tests (test/contract/). It knows nothing of msw or Node: `handle()` takes a
 * plain request and returns a plain answer, so the browser mock (msw) and the cross-origin
 * test server share it.
 */

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
  /** The `Content-Type` header, if any. */
  contentType?: string | null;
  /** udata's field mask (`X-Fields`), if any. */
  fields?: string | null;
  /** A multipart body's fields, each file given as its file name. */
  form?: Record<string, string>;
}

/** A failure to inject into the next matching requests. */
export interface FailureSpec {
  method?: string;
  /** Matches the path below the API root (substring or regular expression). */
  path?: string | RegExp;
  /** Matches only requests with these query values (e.g. `{ page_size: '100' }`). */
  query?: Record<string, string>;
  status?: number;
  json?: unknown;
  /** Answer this raw body (with `status`, default 200), e.g. malformed JSON. */
  text?: string;
  networkError?: boolean;
  /** Only delay (then answer normally unless status/text/networkError say otherwise). */
  delayMs?: number;
  /** How many matching requests it applies to (default 1; Infinity for all). */
  times?: number;
  /** Headers added to the answer (injected or normal), e.g. `Retry-After`, `Cache-Control`. */
  headers?: Record<string, string>;
}

const DEFAULT_FLAVOUR: ServerFlavour = {
  editorsMayListRequests: false,
  legacyMemberAdd: false,
  sendsPermissions: true,
  harvestPlainArray: false,
  orgBidFormat: 'siret',
};

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
  options: RouteOptions;
}

/** udata's `<uuid:id>` converter: anything else does not match the route (404). */
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export class MockUdata implements RouteTable, RouteBackend {
  data: MockData = createSeed();
  flavour: ServerFlavour = { ...DEFAULT_FLAVOUR };
  readonly requests: RecordedRequest[] = [];
  /** Uploaded files (logos), served back under `/s/avatars/…`. */
  readonly uploads = new UploadStore();
  private failures: FailureSpec[] = [];
  private readonly routes: Route[] = [];
  private uuidCounter = 0;

  constructor() {
    profileRoutes(this, this);
    organizationRoutes(this, this);
    membershipRoutes(this, this);
    meRoutes(this, this);
    contentRoutes(this, this);
    assignmentRoutes(this, this);
    notificationRoutes(this, this);
    transferRoutes(this, this);
    activityRoutes(this, this);
  }

  /** Back to the seed data, the default flavour, no failures and no recorded requests. */
  reset(): void {
    this.data = createSeed();
    this.flavour = { ...DEFAULT_FLAVOUR };
    this.failures = [];
    this.requests.length = 0;
    this.uploads.clear();
  }

  /** Makes the next matching request(s) fail or slow down. */
  fail(spec: FailureSpec): void {
    this.failures.push({ times: 1, ...spec });
  }

  /** Requests seen so far, optionally only those matching a method and a path fragment. */
  recorded(method?: string, path?: string | RegExp): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        (!method || r.method === method) && (!path || (typeof path === 'string' ? r.path.includes(path) : path.test(r.path))),
    );
  }

  organization(idOrSlug: string): MockOrganization | undefined {
    return this.data.organizations.find((o) => o.id === idOrSlug || o.slug === idOrSlug);
  }

  userByKey(key: string): MockUser | undefined {
    return this.data.users.find((u) => u.apiKey === key);
  }

  /** A fresh UUID for a new request or invitation. */
  newUuid(): string {
    this.uuidCounter++;
    return `0c9a4e1b-5d2f-4a8b-8c3d-${(Date.now() % 1e6).toString(16).padStart(6, '0')}${this.uuidCounter.toString(16).padStart(6, '0')}`;
  }

  /** A fresh ObjectId-like id (24 hex characters). */
  newObjectId(): string {
    this.uuidCounter++;
    return `${(Date.now() % 0xffffffff).toString(16).padStart(8, '0')}${this.uuidCounter.toString(16).padStart(16, '0')}`.slice(
      -24,
    );
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
    const file = root < 0 && req.method === 'GET' ? this.uploads.serve(req.url) : undefined;
    if (file) return file;
    const path = root >= 0 ? url.pathname.slice(root + '/api/1/'.length) : url.pathname.replace(/^\//, '');
    const apiKey = header(req.headers, 'x-api-key');
    this.requests.push({
      method: req.method,
      path,
      query: Object.fromEntries(url.searchParams),
      apiKey,
      body: req.body,
      credentials: req.credentials,
      contentType: header(req.headers, 'content-type'),
      fields: header(req.headers, 'x-fields'),
      form: req.form && formSummary(req.form),
    });

    const injected = this.takeFailure(req.method, path, url.searchParams);
    if (injected && (injected.networkError || injected.status !== undefined || injected.text !== undefined)) {
      return {
        status: injected.status ?? 200,
        json: injected.json ?? (injected.text === undefined ? { message: `Injected ${injected.status}` } : undefined),
        text: injected.text,
        networkError: injected.networkError,
        delayMs: injected.delayMs,
        headers: injected.headers,
      };
    }
    const answer = masked(this.dispatch(req, url, path, apiKey), header(req.headers, 'x-fields'));
    if (!injected) return answer;
    return { ...answer, delayMs: injected.delayMs ?? answer.delayMs, headers: { ...answer.headers, ...injected.headers } };
  }

  // ---- routing, in udata's order ------------------------------------------------

  add(method: string, template: string, handler: RouteHandler, options: RouteOptions = {}): void {
    const keys: string[] = [];
    const source = template.replace(/:([a-z]+)/g, (_, key: string) => {
      keys.push(key);
      return key === 'id' ? `(${UUID})` : '([^/]+)';
    });
    this.routes.push({ method, pattern: new RegExp(`^${source}$`), keys, handler, options });
  }

  private dispatch(req: MockRequest, url: URL, path: string, apiKey: string | null): MockResponse {
    // 1. werkzeug's routing: a missing trailing slash is redirected, an unknown path is 404
    //    and a known path with another method 405, before anything else runs.
    if (!path.endsWith('/')) {
      const location = new URL(url.href);
      location.pathname += '/';
      return { status: 308, headers: { Location: location.href }, json: { message: 'Permanent Redirect' } };
    }
    const candidates = this.routes.filter((r) => (r.options.enabled?.() ?? true) && r.pattern.test(path));
    const route = candidates.find((r) => r.method === req.method);
    if (!route) return candidates.length ? message(405, MESSAGES.methodNotAllowed) : notFound();
    const match = route.pattern.exec(path)!;
    const params: Record<string, string> = {};
    route.keys.forEach((key, i) => (params[key] = decodeURIComponent(match[i + 1])));

    // 2. The converters (an app-level before_request): an old slug answers 308 to the
    //    current one, whatever the method and before authentication; unknown objects 404.
    let org: MockOrganization | undefined;
    if ('org' in params) {
      org = this.organization(params.org);
      if (!org) {
        const renamed = this.data.organizations.find((o) => o.previous_slugs?.includes(params.org));
        if (!renamed) return notFound();
        const location = url.pathname.replace(
          `/organizations/${encodeURIComponent(params.org)}/`,
          `/organizations/${renamed.slug}/`,
        );
        return { status: 308, headers: { Location: location }, text: '' };
      }
    }
    let user: MockUser | undefined;
    if ('user' in params) {
      user = this.data.users.find((u) => u.id === params.user || u.slug === params.user);
      if (!user) return notFound();
    }
    const converted = route.options.convert?.(params);
    if (converted) return converted;

    // 3. Authentication, then the endpoint's own `@api.secure`.
    let caller: MockUser | null = null;
    if (apiKey) {
      caller = this.userByKey(apiKey) ?? null;
      if (!caller) return message(401, MESSAGES.invalidToken);
    }
    if (route.options.secure && (!caller || caller.deleted)) return unauthorized();

    const body =
      req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};
    return route.handler({ req, url, query: url.searchParams, caller, body, org: org!, user: user!, params });
  }

  private takeFailure(method: string, path: string, query: URLSearchParams): FailureSpec | undefined {
    const index = this.failures.findIndex(
      (f) =>
        (!f.method || f.method === method) &&
        (!f.path || (typeof f.path === 'string' ? path.includes(f.path) : f.path.test(path))) &&
        Object.entries(f.query ?? {}).every(([name, value]) => query.get(name) === value),
    );
    if (index < 0) return undefined;
    const failure = this.failures[index];
    failure.times = (failure.times ?? 1) - 1;
    if (failure.times <= 0) this.failures.splice(index, 1);
    return failure;
  }
}

/** A successful JSON answer under udata's `X-Fields` mask (restx applies it when marshalling: never to errors). */
function masked(answer: MockResponse, fields: string | null): MockResponse {
  if (!fields || answer.status >= 300 || answer.json === undefined || answer.json === null) return answer;
  try {
    return { ...answer, json: applyFieldMask(answer.json, parseFieldMask(fields)) };
  } catch (problem) {
    if (!(problem instanceof MaskProblem)) throw problem;
    return { ...answer, status: 400, json: { message: problem.message } };
  }
}

function header(headers: Record<string, string>, name: string): string | null {
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return found ? found[1] : null;
}

/** The one backend shared by the msw handlers of a page (tests, demo, Storybook). */
export const mockUdata = new MockUdata();
