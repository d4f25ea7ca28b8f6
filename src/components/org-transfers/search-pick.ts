import { Debounced } from '../../internal/debounced.js';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { isAbort, toApiError, type ApiError } from '../../api/errors.js';
import type { Terms } from '../../i18n/terms.js';
import { describeError } from '../../internal/error-message.js';

export interface SearchPickOptions<T extends { id: string }> {
  /** Ids inside the host (unique). */
  id: string;
  search: (q: string, signal: AbortSignal) => Promise<T[]>;
  /** What a person reads for each result (name, title; untrusted text, rendered as text). */
  label: (item: T) => string;
  /** Told when the pick changes. */
  onPick?: (item: T | null) => void;
}

const DEBOUNCE_MS = 250;

/**
 * A search field and its results as a group of radio buttons (one pick, reachable by Tab and
 * the arrow keys, announced with the number found): for the object to transfer and its
 * recipient. A newer search aborts an older one; a failure says why and keeps the query.
 */
export class SearchPick<T extends { id: string }> {
  query = '';
  results: T[] = [];
  picked: T | null = null;
  status: 'idle' | 'searching' | 'done' | 'error' = 'idle';
  error: ApiError | null = null;
  private readonly searches = new Debounced();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SearchPickOptions<T>,
  ) {}

  reset(): void {
    this.searches.cancel();
    Object.assign(this, { query: '', results: [], picked: null, status: 'idle', error: null });
    this.options.onPick?.(null);
    this.host.requestUpdate();
  }

  /** Stops what is pending (the host left the page). */
  stop(): void {
    this.searches.cancel();
  }

  render(t: Terms, labels: { search: string; results: string; none: string; found: (n: number) => string }, error?: string) {
    const id = this.options.id;
    return html`<div class="field">
        <label for="${id}-q">${labels.search}</label>
        <input
          id="${id}-q"
          part="search"
          type="search"
          autocomplete="off"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          .value=${live(this.query)}
          @input=${(e: Event) => this.type((e.target as HTMLInputElement).value)}
        />
        ${error ? html`<span id="${id}-error" part="field-error" class="error">${error}</span>` : nothing}
      </div>
      <p class="hint" role="status">
        ${this.status === 'searching' ? t.loading : this.status === 'done' ? (this.results.length ? labels.found(this.results.length) : labels.none) : ''}
      </p>
      ${this.status === 'error' && this.error ? html`<p part="error" class="error" role="alert">${describeError(t, this.error)}</p>` : nothing}
      ${
        this.results.length
          ? html`<fieldset class="results">
              <legend class="visually-hidden">${labels.results}</legend>
              ${this.results.map(
                (item) =>
                  html`<div class="check">
                    <input
                      type="radio"
                      name="${id}-pick"
                      id="${id}-${item.id}"
                      part="result"
                      .checked=${live(this.picked?.id === item.id)}
                      @change=${() => this.pick(item)}
                    />
                    <label for="${id}-${item.id}">${this.options.label(item)}</label>
                  </div>`,
              )}
            </fieldset>`
          : nothing
      }`;
  }

  private pick(item: T): void {
    this.picked = item;
    this.options.onPick?.(item);
    this.host.requestUpdate();
  }

  private type(query: string): void {
    this.query = query;
    this.searches.cancel();
    if (!query.trim()) {
      this.status = 'idle';
      this.results = this.picked ? [this.picked] : [];
      this.host.requestUpdate();
      return;
    }
    this.searches.schedule((signal) => this.run(query.trim(), signal), DEBOUNCE_MS);
  }

  private async run(query: string, signal: AbortSignal): Promise<void> {
    this.status = 'searching';
    this.error = null;
    this.host.requestUpdate();
    try {
      const found = await this.options.search(query, signal);
      if (signal.aborted) return;
      // The picked one stays on offer (and picked) whatever the new search finds.
      this.results = this.picked && !found.some((x) => x.id === this.picked!.id) ? [this.picked, ...found] : found;
      this.status = 'done';
    } catch (error) {
      if (isAbort(error) || signal.aborted) return;
      this.error = toApiError(error, 'search');
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
