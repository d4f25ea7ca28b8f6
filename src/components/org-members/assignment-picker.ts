import { Debounced } from '../../internal/debounced.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { isAbort, type ApiError } from '../../api/errors.js';
import type { Assignable, AssignmentSubject } from '../../api/models.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { describeError } from '../../internal/error-message.js';
import type { OrgSession } from '../../state/org-session.js';
import type { membersTerms } from './org-members.terms.js';
import { getAssignable, searchAssignable } from '../../api/assignments.js';

type Kind = AssignmentSubject['class'];
const KINDS: Kind[] = ['Dataset', 'Reuse', 'Dataservice'];
const PAGE_SIZE = 10;

/** A chosen object, with its title for the list. */
export interface PickedSubject {
  subject: AssignmentSubject;
  title: string;
}

/**
 * What a partial editor may edit: a search over the organization's datasets, reuses and
 * dataservices (udata's own searches, server-side, a page at a time), checkboxes to pick,
 * and the picked list with a remove button each.
 */
export class AssignmentPicker implements ReactiveController {
  kind: Kind = 'Dataset';
  query = '';
  results: Assignable[] = [];
  total = 0;
  page = 1;
  status: 'idle' | 'searching' | 'done' | 'error' = 'idle';
  error: ApiError | null = null;
  readonly picked = new Map<string, PickedSubject>();
  private readonly searches = new Debounced();

  private readonly session: () => OrgSession | undefined;
  private readonly localize: LocalizeController<{ members: typeof membersTerms }>;
  private readonly id: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    options: {
      session: () => OrgSession | undefined;
      localize: LocalizeController<{ members: typeof membersTerms }>;
      /** Prefix of the ids inside the picker (unique within the host's shadow root). */
      id: string;
    },
  ) {
    ({ session: this.session, localize: this.localize, id: this.id } = options);
    host.addController(this);
  }

  hostConnected() {}

  hostDisconnected() {
    this.searches.cancel();
  }

  get subjects(): AssignmentSubject[] {
    return [...this.picked.values()].map((p) => p.subject);
  }

  /** Starts from what is assigned already, named by the server (by id when it cannot say). */
  async prefill(subjects: AssignmentSubject[], signal: AbortSignal): Promise<void> {
    this.reset();
    const session = this.session();
    if (!session) return;
    const named = await Promise.all(
      subjects.map((subject) =>
        getAssignable(session.client, subject.class, subject.id, { signal }).then(
          (item) => ({ subject, title: item.title }),
          () => ({ subject, title: subject.id }),
        ),
      ),
    );
    for (const item of named) this.picked.set(`${item.subject.class}:${item.subject.id}`, item);
    this.host.requestUpdate();
  }

  reset(): void {
    this.searches.cancel();
    Object.assign(this, { kind: 'Dataset', query: '', results: [], total: 0, page: 1, status: 'idle', error: null });
    this.picked.clear();
    this.host.requestUpdate();
  }

  /** Searches (debounced as one types); `more` asks for the next page. */
  search(more = false): void {
    this.searches.schedule((signal) => this.run(more, signal), more ? 0 : 250);
  }

  private async run(more: boolean, signal: AbortSignal) {
    const session = this.session();
    const org = session?.org;
    if (!session || !org) return;
    const page = more ? this.page + 1 : 1;
    this.status = 'searching';
    this.host.requestUpdate();
    try {
      const answer = await searchAssignable(
        session.client,
        this.kind,
        org.id,
        { q: this.query.trim() || undefined, page, pageSize: PAGE_SIZE },
        { signal },
      );
      this.results = more ? [...this.results, ...answer.data] : answer.data;
      Object.assign(this, { total: answer.total, page, status: 'done', error: null });
    } catch (error) {
      if (isAbort(error)) return;
      Object.assign(this, { status: 'error', error });
    }
    this.host.requestUpdate();
  }

  private toggle(item: Assignable, on: boolean) {
    const key = `${this.kind}:${item.id}`;
    if (on) this.picked.set(key, { subject: { class: this.kind, id: item.id }, title: item.title });
    else this.picked.delete(key);
    this.host.requestUpdate();
  }

  render() {
    const t = this.localize.t.members;
    const id = this.id;
    const status =
      this.status === 'searching'
        ? t.searching
        : this.status === 'error' && this.error
          ? describeError(this.localize.t, this.error)
          : this.status === 'done'
            ? t.assignableFound(this.total)
            : '';
    return html`<fieldset part="assignments" class="field assignments">
      <legend>${t.assignmentsLegend}</legend>
      <p class="hint">${t.assignmentsHint}</p>
      <div class="kinds" role="radiogroup" aria-label=${t.assignableKind}>
        ${KINDS.map(
          (kind) =>
            html`<label class="radio"
              ><input
                type="radio"
                name="${id}-kind"
                .checked=${live(this.kind === kind)}
                @change=${() => {
                  this.kind = kind;
                  this.search();
                }}
              />
              ${t.assignableKinds[kind]}</label
            >`,
        )}
      </div>
      <label for="${id}-search">${t.assignableSearch}</label>
      <input
        id="${id}-search"
        part="assignment-search"
        type="search"
        autocomplete="off"
        .value=${live(this.query)}
        @input=${(e: Event) => {
          this.query = (e.target as HTMLInputElement).value;
          this.search();
        }}
        @focus=${() => this.status === 'idle' && this.search()}
      />
      <p class="hint" role="status">${status}</p>
      ${
        this.results.length
          ? html`<ul part="assignable-list" class="assignable-list">
              ${this.results.map(
                (item) =>
                  html`<li>
                    <label class="checkbox"
                      ><input
                        type="checkbox"
                        .checked=${live(this.picked.has(`${this.kind}:${item.id}`))}
                        @change=${(e: Event) => this.toggle(item, (e.target as HTMLInputElement).checked)}
                      />
                      ${item.title}</label
                    >
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        this.results.length < this.total
          ? html`<button type="button" class="button secondary small" @click=${() => this.search(true)}>
              ${t.assignableMore}
            </button>`
          : nothing
      }
      ${
        this.picked.size
          ? html`<p class="picked-title">${t.assignedCount(this.picked.size)}</p>
              <ul part="picked" class="picked">
                ${[...this.picked.entries()].map(
                  ([key, { title, subject }]) =>
                    html`<li>
                      <span>${title}</span> <span class="hint">(${t.assignableKinds[subject.class]})</span>
                      <button
                        type="button"
                        class="button secondary small"
                        aria-label=${t.unassign(title)}
                        @click=${() => {
                          this.picked.delete(key);
                          this.host.requestUpdate();
                        }}
                      >
                        ${t.unassignShort}
                      </button>
                    </li>`,
                )}
              </ul>`
          : html`<p part="nothing-assigned" class="warning">${t.nothingAssigned}</p>`
      }
    </fieldset>`;
  }
}
