import { Debounced } from './debounced.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { type ApiError, toApiError } from '../api/errors.js';
import type { UserSuggestion } from '../api/models.js';
import type { Terms } from '../i18n/terms.js';
import { describeError } from './error-message.js';
import { fullName, renderAvatar } from './users.js';

const MIN_CHARS = 2;

/** One suggestion as udata sends it: `email` is masked (often only the domain: `***@example.org`). */
export type Suggestion = UserSuggestion & { email?: string | null };

export interface UserSearchOptions {
  /** Fetches suggestions (debounced; stale runs are aborted through the signal). */
  search: (query: string, signal: AbortSignal) => Promise<UserSuggestion[]>;
  /** Why a user is shown but cannot be chosen (e.g. "already a member"), or null. */
  unavailable: (user: UserSuggestion) => string | null;
  /** A user was chosen (click or Enter). */
  chosen?: (user: UserSuggestion) => void;
  debounceMs?: number;
}

/**
 * The state and keyboard behaviour of a user search combobox (WAI-ARIA combobox with a
 * listbox popup): debounced search, stale requests aborted, arrow keys, Enter, Escape.
 * Unavailable users are reached by the arrow keys too (their option says why, and is
 * `aria-disabled`), so that a keyboard user learns why someone cannot be chosen; Enter and a
 * click on them do nothing.
 */
export class UserSearchController implements ReactiveController {
  query = '';
  results: UserSuggestion[] = [];
  status: 'idle' | 'searching' | 'done' | 'error' = 'idle';
  error: ApiError | null = null;
  active = -1;
  expanded = false;
  selected: Suggestion | null = null;
  readonly unavailable: (user: UserSuggestion) => string | null;
  private readonly searches = new Debounced();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: UserSearchOptions,
  ) {
    this.unavailable = options.unavailable;
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
      this.searches.schedule((signal) => this.run(value.trim(), signal), this.options.debounceMs ?? 250);
    }
    this.host.requestUpdate();
  }

  keydown(event: KeyboardEvent) {
    const count = this.results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!count) return;
      this.expanded = true;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
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
    if (this.unavailable(user)) return;
    this.selected = user;
    this.query = fullName(user, user.slug);
    this.expanded = false;
    this.active = -1;
    this.host.requestUpdate();
    this.options.chosen?.(user);
  }

  private cancel() {
    this.searches.cancel();
  }

  private async run(query: string, signal: AbortSignal) {
    try {
      this.results = await this.options.search(query, signal);
      this.status = 'done';
      this.error = null;
    } catch (error) {
      if (signal.aborted) return;
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
  /** "3 people found." */
  found: (count: number) => string;
}

/** What tells namesakes apart after the name: the slug, and the (masked) e-mail when udata sends it. */
function suggestionDetail(user: Suggestion): string {
  return [user.slug, user.email].filter(Boolean).join(' · ');
}

/**
 * A person as the combobox and its chosen chip show them: avatar (picture or initials), name,
 * then slug and masked e-mail, then why they cannot be chosen. The commas are for screen
 * readers (the detail is on a line of its own); the avatar is decorative.
 */
export function renderPerson(user: Suggestion, reason: string | null, id?: string) {
  const detail = suggestionDetail(user);
  return html`${renderAvatar(user)}<span class="person" id=${id ?? nothing}
      ><span class="person-name">${fullName(user, user.slug)}</span
      >${detail ? html`<span class="visually-hidden">, </span><span class="person-detail">${detail}</span>` : nothing}${
        reason ? html` <span class="person-reason">(${reason})</span>` : nothing
      }</span
    >`;
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
  else if (search.status === 'done') status = search.results.length ? words.found(search.results.length) : words.noUser;
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
        const reason = search.unavailable(user);
        return html`<li
          id=${optionId(i)}
          role="option"
          class="option ${i === search.active ? 'active' : ''}"
          aria-selected=${i === search.active ? 'true' : 'false'}
          aria-disabled=${reason ? 'true' : nothing}
          @mousedown=${(e: Event) => e.preventDefault()}
          @click=${() => search.choose(user)}
        >
          ${renderPerson(user, reason)}
        </li>`;
      })}
    </ul>
    <span id="${id}-status" class="hint" role="status">${status}</span>
    ${error ? html`<span id="${id}-error" part="field-error" class="error">${error}</span>` : nothing}
  </div>`;
}
