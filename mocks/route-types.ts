import type { MockResponse } from './responses.js';
import type { MockData, MockOrganization, MockUser } from './seed.js';
import type { MockForm, UploadStore } from './uploads.js';

/**
 * What the backend (backend.ts) and its route modules (routes/) share: the request, what a
 * route handler gets, how routes register, and the part of the backend they use. Types only,
 * importing neither side, so that the routes do not import the backend that imports them.
 */

export interface MockRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Parsed JSON body, or the raw text when it is not JSON. */
  body?: unknown;
  /** A multipart body (`request.form` and `request.files`). */
  form?: MockForm;
  /** The fetch credentials mode, when known (`omit`, `same-origin`, `include`). */
  credentials?: string;
}

/** Behaviours that differ between udata versions (the default is udata 17.6). */
export interface ServerFlavour {
  /** udata since Feb. 2026 answers 403 to editors listing requests; the guide lets them see. */
  editorsMayListRequests: boolean;
  /** Servers before v15 have the direct add and no invitations. */
  legacyMemberAdd: boolean;
  /** Servers before early 2026 do not send `permissions`. */
  sendsPermissions: boolean;
  /** Old servers answer the harvest sources as a plain array, recent ones paginate. */
  harvestPlainArray: boolean;
  /** udata's `ORG_BID_FORMAT` setting: "siret" (the default) checks `business_number_id`. */
  orgBidFormat: string | null;
}

/**
 * What the routes use of the backend (`MockUdata` implements it). `data` and `flavour` are
 * replaced on `reset()`: read them through this object on each request, never keep them.
 */
export interface RouteBackend {
  readonly data: MockData;
  readonly flavour: ServerFlavour;
  /** Uploaded files (logos), served back under `/s/avatars/…`. */
  readonly uploads: Pick<UploadStore, 'saveImage'>;
  /** A fresh UUID for a new request or invitation. */
  newUuid(): string;
  /** A fresh ObjectId-like id (24 hex characters). */
  newObjectId(): string;
}

/** What a route handler gets: the request, its resolved path objects and the caller. */
export interface Context {
  req: MockRequest;
  url: URL;
  query: URLSearchParams;
  caller: MockUser | null;
  /** The JSON body when it is an object, else `{}`. */
  body: Record<string, unknown>;
  /** `:org` resolved (by id, slug or old slug). */
  org: MockOrganization;
  /** `:user` resolved. */
  user: MockUser;
  /** Other path parameters, decoded. */
  params: Record<string, string>;
}

export interface RouteOptions {
  /** udata's `@api.secure`: 401 unless authenticated (by a live account). */
  secure?: boolean;
  /** The route exists only while this says so (endpoints of other udata versions). */
  enabled?: () => boolean;
  /** The path's model converter (e.g. `<notification:…>`): an answer (404) stops the request before authentication. */
  convert?: (params: Record<string, string>) => MockResponse | undefined;
}

export type RouteHandler = (ctx: Context) => MockResponse;

/** How route modules register their endpoints. */
export interface RouteTable {
  add(method: string, template: string, handler: RouteHandler, options?: RouteOptions): void;
}
