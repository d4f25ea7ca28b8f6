import { html, nothing } from 'lit';
import type { ApiError } from '../api/errors.js';
import type { Terms } from '../i18n/terms.js';

/** Per-action wording that beats the generic one (e.g. a 409 on a join request). */
export interface ErrorWording {
  notFound?: string;
  conflict?: string;
}

/** The localized sentence that tells a user what went wrong and what to do. */
export function describeError(t: Terms, error: ApiError, wording: ErrorWording = {}): string {
  switch (error.kind) {
    case 'network':
      return t.errors.network;
    case 'timeout':
      return t.errors.timeout;
    case 'parse':
      return t.errors.parse;
    case 'redirect':
      return t.errors.redirect;
    case 'abort':
      return '';
    case 'insecure':
      return t.errors.insecure;
    case 'client':
      return t.errors.unexpected;
    case 'http':
      break;
  }
  const { status } = error;
  if (status === 400) return t.errors.badRequest;
  if (status === 401) return t.errors.unauthorized;
  if (status === 403) return t.errors.forbidden;
  if (status === 404) return wording.notFound ?? t.errors.notFound;
  if (status === 409) return wording.conflict ?? t.errors.conflict;
  if (status === 410) return t.errors.gone;
  if (status === 429) return t.errors.tooMany(error.retryAfter);
  if (status >= 500) return t.errors.server;
  return t.errors.other(status);
}

/** The first server message for a form field, if udata sent one (untrusted: render as text). */
export function fieldError(error: ApiError | null | undefined, field: string): string | undefined {
  return error?.errors[field]?.[0];
}

/** The sentence for a failure to load the organization or the viewer. */
export const describeLoadError = (t: Terms, error: ApiError) => describeError(t, error, { notFound: t.errors.orgNotFound });

/**
 * udata's own message, when it says more than the status does (400 without field errors,
 * 403, 409). Untrusted: rendered as text.
 */
export function renderServerMessage(t: Terms, error: ApiError) {
  const useful = [400, 403, 409].includes(error.status) && !Object.keys(error.errors).length && error.message;
  return useful ? html`<span class="server-message">${t.errors.serverSaid(error.message)}</span>` : nothing;
}
