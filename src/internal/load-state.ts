import { html, type TemplateResult } from 'lit';
import type { Terms } from '../i18n/terms.js';
import type { OrgSession } from '../state/org-session.js';
import { describeLoadError } from './error-message.js';

/**
 * What an element shows while its session loads or after it failed; `null` once the
 * organization and the viewer are known (`ready`: what this element needs of them).
 * Failures that may pass get a retry button.
 */
export function renderLoadState(
  session: Pick<OrgSession, 'error' | 'ready' | 'reload'> | undefined,
  t: Terms,
  ready = session?.ready,
): TemplateResult | null {
  if (!session) return html``;
  if (session.error) {
    const error = session.error;
    const retryable = error.kind !== 'http' || error.status >= 500 || error.status === 429;
    return html`<div part="error" class="error" role="alert">
      ${describeLoadError(t, error)}
      ${retryable ? html`<button class="button secondary" type="button" @click=${() => session.reload()}>${t.retry}</button>` : ''}
    </div>`;
  }
  if (!ready) {
    return html`<span part="loading" role="status" aria-live="polite"
      ><span class="spinner" aria-hidden="true"></span> ${t.loading}</span
    >`;
  }
  return null;
}
