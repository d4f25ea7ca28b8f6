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
  | 'insecure';

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
}

/** The one error type thrown by {@link UdataClient}. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly action: string;
  readonly errors: Record<string, string[]>;
  readonly body: unknown;

  constructor(init: ApiErrorInit) {
    super(init.message ?? `${init.kind} ${init.status}`);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.action = init.action;
    this.errors = init.errors ?? {};
    this.body = init.body;
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof ApiError ? error.kind === 'abort' : (error as Error)?.name === 'AbortError';
}
