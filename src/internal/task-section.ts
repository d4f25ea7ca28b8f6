import { html, nothing, type TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import { toApiError } from '../api/errors.js';
import type { Terms } from '../i18n/terms.js';
import { describeError } from './error-message.js';

/** A titled region of a page (`<section>` labelled by its heading). */
export function renderSection(id: string, title: string, content: unknown, extraClass = ''): TemplateResult {
  return html`<section part="section ${id}" class="section ${extraClass}" aria-labelledby="${id}-title">
    <h2 id="${id}-title" class="section-title">${title}</h2>
    ${content}
  </section>`;
}

/** A section waiting for its content. */
export const renderSectionLoading = (t: Terms) =>
  html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span> ${t.loading}</p>`;

/** A section whose content could not be loaded, said in words, with a retry. */
export const renderSectionError = (t: Terms, error: unknown, retry: () => void) =>
  html`<div part="error" class="error" role="alert">
    ${describeError(t, toApiError(error, 'load'))}
    <button class="button secondary small" type="button" @click=${retry}>${t.retry}</button>
  </div>`;

export interface TaskViewOptions<T> {
  complete: (value: T) => unknown;
  isEmpty?: (value: T) => boolean;
  empty: string;
}

/**
 * The loading, empty, error (with retry) and complete states of one section's data: one
 * failing endpoint never blanks the others.
 */
export function renderTask<T>(task: Task<readonly unknown[], T>, t: Terms, options: TaskViewOptions<T>): unknown {
  const loading = () => renderSectionLoading(t);
  return (
    task.render({
      initial: loading,
      pending: loading,
      error: (error) => renderSectionError(t, error, () => void task.run()),
      complete: (value) => (options.isEmpty?.(value) ? html`<p class="empty">${options.empty}</p>` : options.complete(value)),
    }) ?? nothing
  );
}
