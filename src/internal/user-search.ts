import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { type ApiError, toApiError } from '../api/errors.js';
import type { UserSuggestion } from '../api/models.js';
import type { Terms } from '../i18n/terms.js';
import { describeError } from './error-message.js';
import { fullName, renderAvatar } from './users.js';

const MIN_CHARS = 2;

export interface UserSearchOptions {
  /** Fetches suggestions (debounced; stale runs are aborted through the signal). */
  search: (query: string, signal: AbortSignal) => Promise<UserSuggestion[]>;
  /** Users shown but not selectable (e.g. current members). */
  isUnavailable: (user: UserSuggestion) => boolean;
  debounceMs?: number;
}

/**
 * The state and keyboard behaviour of a user search combobox (WAI-ARIA combobox with a
 * listbox popup): debounced search, stale requests aborted, arrow keys, Enter, Escape.
 */
export class UserSearchController implements ReactiveController {
  query = '';
  results: UserSuggestion[] = [];
  status: 'idle' | 'searching' | 'done' | 'error' = 'idle';
  error: ApiError | null = null;
  active = -1;
  expanded = false;
  selected: UserSuggestion | null = null;
  readonly isUnavailable: (user: UserSuggestion) => boolean;
  private timer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: UserSearchOptions,
  ) {
    this.isUnavailable = options.isUnavailable;
    host.addController(this);
  }

  hostDisconnected() {
    this.cancel();
  }

  reset() {
    this.cancel();
    Object.assign(this, { query: '', results: [], status: 'idle', error: null, active: -1, expanded: false, selected: null });
    this.host.requestUpdate();
  }

  input(value: string) {
    this.query = value;
    this.selected = null;
    this.cancel();
    if (value.trim().length < MIN_CHARS) {
      Object.assign(this, { results: [], status: 'idle', expanded: false, active: -1 });
    } else {
      this.status = 'searching';
      this.expanded = true;
      this.timer = setTimeout(() => void this.run(value.trim()), this.options.debounceMs ?? 250);
    }
    this.host.requestUpdate();
  }

  keydown(event: KeyboardEvent) {
    const selectable = this.results.map((u, i) => (this.isUnavailable(u) ? -1 : i)).filter((i) => i >= 0);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.results.length) return;
      this.expanded = true;
      const position = selectable.indexOf(this.active);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next =
        position < 0 ? (step > 0 ? 0 : selectable.length - 1) : (position + step + selectable.length) % selectable.length;
      this.active = selectable[next] ?? -1;
    } else if (event.key === 'Enter' && this.expanded && this.active >= 0) {
      event.preventDefault();
      this.choose(this.results[this.active]);
    } else if (event.key === 'Escape' && this.expanded) {
      // Close the list, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      this.expanded = false;
      this.active = -1;
    } else {
      return;
    }
    this.host.requestUpdate();
  }

  choose(user: UserSuggestion) {
    if (this.isUnavailable(user)) return;
    this.selected = user;
    this.query = fullName(user, user.slug);
    this.expanded = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  private cancel() {
    clearTimeout(this.timer);
    this.controller?.abort();
  }

  private async run(query: string) {
    const controller = new AbortController();
    this.controller = controller;
    try {
      this.results = await this.options.search(query, controller.signal);
      this.status = 'done';
      this.error = null;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.status = 'error';
      this.error = toApiError(error, 'search-users');
      this.results = [];
    }
    this.active = -1;
    this.host.requestUpdate();
  }
}

/** The words of the combobox (the host element's own terms). */
export interface UserSearchTerms {
  searching: string;
  noUser: string;
  searchHint: string;
  alreadyMember: string;
}

/** The combobox's input and listbox; `id` prefixes the ids. */
export function renderUserCombobox(
  search: UserSearchController,
  t: Terms,
  words: UserSearchTerms,
  id: string,
  label: string,
  error?: string,
) {
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const showList = search.expanded && search.status !== 'idle';
  let status = '';
  if (search.status === 'searching') status = words.searching;
  else if (search.status === 'done' && !search.results.length) status = words.noUser;
  else if (search.status === 'error' && search.error) status = describeError(t, search.error);
  return html`<div class="field combobox">
    <label for=${id}>${label}</label>
    <span id="${id}-hint" class="hint">${words.searchHint}</span>
    <input
      id=${id}
      part="user-search"
      type="text"
      role="combobox"
      autocomplete="off"
      aria-autocomplete="list"
      aria-expanded=${showList ? 'true' : 'false'}
      aria-controls=${listId}
      aria-activedescendant=${search.active >= 0 ? optionId(search.active) : nothing}
      aria-describedby="${id}-hint ${id}-status${error ? ` ${id}-error` : ''}"
      aria-invalid=${error ? 'true' : 'false'}
      .value=${live(search.query)}
      @input=${(e: Event) => search.input((e.target as HTMLInputElement).value)}
      @keydown=${(e: KeyboardEvent) => search.keydown(e)}
    />
    <ul
      id=${listId}
      part="user-options"
      role="listbox"
      aria-label=${label}
      class="listbox"
      ?hidden=${!showList || !search.results.length}
    >
      ${search.results.map((user, i) => {
        const unavailable = search.isUnavailable(user);
        return html`<li
          id=${optionId(i)}
          role="option"
          class="option ${i === search.active ? 'active' : ''}"
          aria-selected=${i === search.active ? 'true' : 'false'}
          aria-disabled=${unavailable ? 'true' : nothing}
          @mousedown=${(e: Event) => e.preventDefault()}
          @click=${() => search.choose(user)}
        >
          ${renderAvatar(user)}<span>${fullName(user, user.slug)}</span>
          ${unavailable ? html`<span class="hint">(${words.alreadyMember})</span>` : nothing}
        </li>`;
      })}
    </ul>
    <span id="${id}-status" class="hint" role="status">${status}</span>
    ${error ? html`<span id="${id}-error" part="field-error" class="error">${error}</span>` : nothing}
  </div>`;
}
