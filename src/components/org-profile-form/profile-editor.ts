import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isAbort, type ApiError, toApiError } from '../../api/errors.js';
import type { Organization } from '../../api/models.js';
import type { OrganizationProfile } from '../../api/profile.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { describeError, renderServerMessage } from '../../internal/error-message.js';
import type { profileTerms } from './org-profile-form.terms.js';
import { renderProfileFields } from './profile-fields.js';
import {
  changesBetween,
  creationBody,
  draftProblems,
  PROFILE_FIELDS,
  serverProblem,
  type ProfileDraft,
  type ProfileField,
} from './profile-draft.js';

type Problems = Partial<Record<ProfileField, string>>;

/** What the profile editor needs from the element that shows it. */
export interface ProfileEditorOptions {
  localize: LocalizeController<{ profile: typeof profileTerms }>;
  /** The profile as udata has it (edit), or empty (create). */
  saved: () => ProfileDraft;
  /** Sends `changes` (create: the whole profile) and answers the organization. */
  send(changes: Partial<OrganizationProfile>): Promise<Organization>;
  /** udata accepted: the host says so and tells the page. */
  onSent(org: Organization, changes: Partial<OrganizationProfile>): void;
  /** udata refused or could not be reached (the form shows why): tell the page. */
  onFailed(error: ApiError, message: string): void;
  /** Sending was asked with nothing changed (edit): nothing is sent. */
  onUnchanged(): void;
  /** A field was typed in (`draft` is the whole profile as it stands). */
  onTyped(field: ProfileField, draft: ProfileDraft): void;
}

/**
 * The profile form itself: what was typed (only the fields changed, over the saved profile),
 * the problems said before sending and udata's afterwards, at their fields with focus on the
 * first, one request at a time, and nothing typed lost on a failure.
 */
export class ProfileEditor implements ReactiveController {
  /** The fields the person changed, as typed. */
  private edits: Partial<ProfileDraft> = {};
  /** Problems are shown once the person tried to send. */
  private tried = false;
  private busy = false;
  private preview = false;
  private error: ApiError | null = null;
  /** udata's refusals per field, until the field is typed in again. */
  private serverErrors: Problems = {};

  private readonly localize: ProfileEditorOptions['localize'];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ProfileEditorOptions,
  ) {
    this.localize = options.localize;
    host.addController(this);
  }

  hostConnected() {}

  get draft(): ProfileDraft {
    return { ...this.options.saved(), ...this.edits };
  }

  /** Something typed differs from the saved profile. */
  get dirty(): boolean {
    return Object.keys(changesBetween(this.options.saved(), this.draft)).length > 0;
  }

  /** Forgets what was typed and every problem (a save, an undo, another organization). */
  reset() {
    this.edits = {};
    this.error = null;
    this.serverErrors = {};
    this.tried = false;
    this.host.requestUpdate();
  }

  /** The form; `afterName` goes right under the name field (what looks like the same organization). */
  render(mode: 'create' | 'edit', afterName?: unknown) {
    const t = this.localize.t;
    const problems = this.problems();
    const count = Object.keys(problems).length;
    const dirty = this.dirty;
    const busyLabel = mode === 'create' ? t.profile.creating : t.profile.saving;
    return html`<form part="form" novalidate @submit=${(e: SubmitEvent) => this.submit(e, mode)}>
      ${renderProfileFields({
        localize: this.localize,
        draft: this.draft,
        problems: this.tried ? problems : this.serverErrors,
        preview: this.preview,
        onPreview: (shown) => this.set(() => (this.preview = shown)),
        onInput: (field, value) => this.input(field, value),
        afterName,
      })}
      ${this.tried && count ? html`<p class="error" role="alert">${t.profile.fixFields(count)}</p>` : nothing}
      ${
        this.error && !Object.keys(this.error.errors).length
          ? html`<div part="error" class="alert error" role="alert">
              ${describeError(t, this.error)}${renderServerMessage(t, this.error)}
            </div>`
          : nothing
      }
      <div class="actions">
        ${
          mode === 'edit' && dirty
            ? html`<button part="reset" class="button secondary" type="button" @click=${() => this.reset()}>
                ${t.profile.reset}
              </button>`
            : nothing
        }
        <button part="submit" class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${
            this.busy
              ? html`<span class="spinner" aria-hidden="true"></span>${busyLabel}`
              : mode === 'create'
                ? t.profile.create
                : t.profile.save
          }
        </button>
      </div>
      ${mode === 'edit' && dirty ? html`<p class="hint">${t.profile.unsaved}</p>` : nothing}
    </form>`;
  }

  private set(change: () => void) {
    change();
    this.host.requestUpdate();
  }

  /** Problems found before sending, and udata's own for the fields not typed in since. */
  private problems(): Problems {
    return { ...this.serverErrors, ...draftProblems(this.draft, this.localize.t.profile.problems) };
  }

  private input(field: ProfileField, value: string) {
    this.edits = { ...this.edits, [field]: value };
    // udata's complaint about this field no longer applies to what is typed now.
    if (this.serverErrors[field]) {
      const remaining = { ...this.serverErrors };
      delete remaining[field];
      this.serverErrors = remaining;
    }
    this.host.requestUpdate();
    this.options.onTyped(field, this.draft);
  }

  private async submit(event: SubmitEvent, mode: 'create' | 'edit') {
    event.preventDefault();
    if (this.busy) return;
    const t = this.localize.t;
    this.tried = true;
    this.error = null;
    this.serverErrors = {};
    this.host.requestUpdate();
    const local = draftProblems(this.draft, t.profile.problems);
    if (Object.keys(local).length) return void this.focusFirstProblem(local);
    const changes = mode === 'edit' ? changesBetween(this.options.saved(), this.draft) : creationBody(this.draft);
    if (!Object.keys(changes).length) return this.options.onUnchanged();
    this.busy = true;
    try {
      const org = await this.options.send(changes);
      this.busy = false;
      this.reset();
      this.options.onSent(org, changes);
    } catch (error) {
      this.busy = false;
      if (isAbort(error)) return;
      const failure = (this.error = toApiError(error, mode === 'edit' ? 'update-organization' : 'create-organization'));
      for (const field of PROFILE_FIELDS) {
        const message = failure.errors[field]?.[0];
        if (message) this.serverErrors = { ...this.serverErrors, [field]: serverProblem(field, message, t.profile.problems) };
      }
      this.options.onFailed(failure, describeError(t, failure));
      void this.focusFirstProblem(this.serverErrors);
    } finally {
      this.host.requestUpdate();
    }
  }

  private async focusFirstProblem(problems: Problems) {
    await this.host.updateComplete;
    const first = PROFILE_FIELDS.find((field) => problems[field]);
    // No field to blame: the alert above the buttons says what happened.
    if (first) this.host.shadowRoot?.querySelector<HTMLElement>(`#profile-${first}`)?.focus();
  }
}
