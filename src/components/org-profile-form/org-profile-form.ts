import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbort, type ApiError } from '../../api/errors.js';
import type { Organization } from '../../api/models.js';
import { createOrganization, updateOrganization, type OrganizationProfile } from '../../api/profile.js';
import { LocalizeController } from '../../i18n/localize.js';
import { describeError, renderServerMessage } from '../../internal/error-message.js';
import { hostUrl, loginHref } from '../../internal/host-url.js';
import { renderLoadState } from '../../internal/load-state.js';
import { OrgElement } from '../../internal/org-element.js';
import { canEditProfile } from '../../permissions/permissions.js';
import { baseStyles, dialogStyles } from '../../internal/styles.js';
import { markdownStyles } from '../../internal/markdown-styles.js';
import { DuplicateFinder } from './duplicate-finder.js';
import { LogoEditor, type LogoEditorHost } from './logo-editor.js';
import { profileTerms } from './org-profile-form.terms.js';
import { orgProfileFormStyles } from './org-profile-form.styles.js';
import { renderProfileFields } from './profile-fields.js';
import { CreatorController } from './creator.js';
import {
  changesBetween,
  creationBody,
  draftOf,
  draftProblems,
  emptyDraft,
  PROFILE_FIELDS,
  serverProblem,
  type ProfileDraft,
  type ProfileField,
} from './profile-draft.js';

/** Detail of `org-created`. */
export interface OrgCreatedDetail {
  org: Organization;
}
/** Detail of `org-updated`: the organization as udata answered, and what was sent. */
export interface OrgUpdatedDetail {
  org: Organization;
  changes: Partial<OrganizationProfile>;
}
/** Detail of `org-logo-changed`: the new logo's address. */
export interface OrgLogoChangedDetail {
  org: Organization;
  logo: string;
}

/**
 * @summary Creates an organization, or edits its profile, and its logo.
 *
 * Without `org`: a logged-in viewer creates an organization (name, acronym, description in
 * Markdown with a preview rendered as `<org-dashboard>` renders it, website, SIRET checked as
 * udata checks it), after seeing organizations that look the same (with a way to ask to join
 * one instead); then chooses its logo. Anonymous viewers get a log-in link. With `org`:
 * admins and sysadmins edit the profile, only the changed fields are sent, and every element
 * of the same organization follows; others get nothing. udata's field errors are shown at
 * their fields; nothing typed is lost on a failure. Leaving the page with unsaved changes
 * asks first; the page can read `dirty`.
 *
 * @tagname org-profile-form
 * @fires org-created - The organization was created. `detail: { org }`.
 * @fires org-updated - The profile was saved. `detail: { org, changes }` (the fields sent).
 * @fires org-logo-changed - udata accepted a new logo. `detail: { org, logo }`.
 * @fires org-error - A request failed. `detail: { action, status, message }`.
 *
 * @csspart base - The wrapper.
 * @csspart form - The profile form.
 * @csspart input - A text input.
 * @csspart textarea - The description.
 * @csspart preview-toggle - The button that shows the description's preview.
 * @csspart preview - The rendered description.
 * @csspart field-error - A field's problem.
 * @csspart error - A failure of the last request.
 * @csspart submit - The create or save button.
 * @csspart reset - The button that undoes the changes (edit).
 * @csspart notice - The announcement of the last success.
 * @csspart login-link - The log-in link for anonymous viewers.
 * @csspart duplicates - Organizations that look the same (create).
 * @csspart duplicate - One of them.
 * @csspart join-instead - The button that offers to join it.
 * @csspart logo - The logo section.
 * @csspart current-logo - The logo udata shows now.
 * @csspart logo-drop - Where an image is chosen or dropped.
 * @csspart logo-input - The file input.
 * @csspart crop - The framing sliders.
 * @csspart logo-preview - The cropped preview, at each size udata keeps.
 * @csspart logo-progress - How much of the logo is sent.
 * @csspart logo-submit - The button that sends the logo.
 * @csspart logo-reset - The button that drops the chosen image.
 * @csspart finish - The button that ends the creation (after the logo step).
 *
 * @cssprop --org-color-primary - Buttons and links.
 * @cssprop --org-color-danger - Field problems.
 * @cssprop --org-color-border - Fields, the drop zone and the preview.
 * @cssprop --org-color-muted - Hints.
 * @cssprop --org-radius - Corner radius.
 */
export class OrgProfileForm extends OrgElement implements LogoEditorHost {
  static override styles = [baseStyles, dialogStyles, markdownStyles, orgProfileFormStyles];

  protected override readonly localize = new LocalizeController(this, { profile: profileTerms });

  /** After creation, where to go (`{slug}` and `{id}` are replaced); http(s) or relative only. */
  @property({ attribute: 'redirect-url' }) redirectUrl?: string;

  /** Where anonymous viewers log in. Default: `{site-url}/login`; `?next=` is the current page. */
  @property({ attribute: 'login-url' }) loginUrl?: string;

  /** The fields the person changed, as typed. */
  @state() private edits: Partial<ProfileDraft> = {};
  /** Problems are shown once the person tried to send. */
  @state() private tried = false;
  @state() private busy = false;
  @state() private preview = false;
  @state() private error: ApiError | null = null;
  /** udata's refusals per field, until the field is typed in again. */
  @state() private serverErrors: Partial<Record<ProfileField, string>> = {};
  @state() private notice = '';
  /** The organization this form created (create mode, logo step). */
  @state() private created: Organization | null = null;

  private readonly creator = new CreatorController(this, () => (this.config.org ? null : this.config));
  private readonly duplicates = new DuplicateFinder(this, this.localize, () => this.creator.client);
  private readonly logo = new LogoEditor(
    this,
    this.localize,
    () => this.logoTarget(),
    () => this.removalSignal,
  );

  /** True when something typed or chosen is not saved yet. */
  get dirty(): boolean {
    if (this.logo.pending) return true;
    if (this.created) return false;
    return Object.keys(changesBetween(this.saved, this.draft)).length > 0;
  }

  private readonly beforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.beforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.beforeUnload);
  }

  /** Edit mode: the organization as saved; create mode: nothing yet. */
  private get saved(): ProfileDraft {
    return this.config.org && this.session?.org ? draftOf(this.session.org) : emptyDraft();
  }

  private get draft(): ProfileDraft {
    return { ...this.saved, ...this.edits };
  }

  protected override sessionChanged(): void {
    this.edits = {};
    this.error = null;
    this.tried = false;
  }

  protected override render() {
    return html`<div part="base" lang=${this.localize.lang}>
      ${this.config.org ? this.renderEdit() : this.renderCreate()}
      <p part="notice" class="notice success" role="status">${this.notice}</p>
    </div>`;
  }

  private renderEdit() {
    const t = this.localize.t;
    const session = this.session;
    if (session?.error?.status === 410) return html`<p class="note">${t.profile.deleted}</p>`;
    const loading = renderLoadState(session, t);
    if (loading) return loading;
    const viewer = session!.viewer;
    if (viewer.orgDeleted && (viewer.kind === 'admin' || viewer.kind === 'sysadmin'))
      return html`<p class="note">${t.profile.deleted}</p>`;
    if (!canEditProfile(viewer)) return nothing;
    return html`<h2 class="title">${t.profile.editTitle}</h2>
      ${this.renderForm('edit')} ${this.logo.render()}`;
  }

  private renderCreate() {
    const t = this.localize.t.profile;
    const loading = renderLoadState(this.creator, this.localize.t);
    if (loading) return loading;
    if (!this.creator.me)
      return html`<a part="login-link" class="link" href=${loginHref(this.loginUrl, this.config.siteUrl)}>${t.loginLink}</a>`;
    if (this.created) return this.renderCreated(this.created);
    return html`<h2 class="title">${t.createTitle}</h2>
      ${this.renderForm('create')} ${this.duplicates.render(this.config)}`;
  }

  private renderCreated(org: Organization) {
    const t = this.localize.t.profile;
    const redirect = this.redirectTarget(org);
    return html`${this.logo.render()}
      <div class="actions">
        ${
          redirect
            ? html`<button part="finish" class="button" type="button" @click=${() => this.finish(redirect)}>
                ${this.logo.pending ? t.skipLogo : t.finish}
              </button>`
            : html`<a
                part="finish"
                class="button"
                href=${`${this.config.siteUrl}/organizations/${encodeURIComponent(org.slug || org.id)}/`}
                >${t.goToOrganization(org.name)}</a
              >`
        }
      </div>`;
  }

  private renderForm(mode: 'create' | 'edit') {
    const t = this.localize.t;
    const draft = this.draft;
    const problems = this.problems();
    const count = Object.keys(problems).length;
    const dirty = Object.keys(changesBetween(this.saved, draft)).length > 0;
    return html`<form part="form" novalidate @submit=${(e: SubmitEvent) => this.submit(e, mode)}>
      ${renderProfileFields({
        localize: this.localize,
        draft,
        problems: this.tried ? problems : this.serverErrors,
        preview: this.preview,
        onPreview: (shown) => (this.preview = shown),
        onInput: (field, value) => this.input(field, value),
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
            ? html`<button part="reset" class="button secondary" type="button" @click=${() => this.resetEdits()}>
                ${t.profile.reset}
              </button>`
            : nothing
        }
        <button part="submit" class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${
            this.busy
              ? html`<span class="spinner" aria-hidden="true"></span>${mode === 'create' ? t.profile.creating : t.profile.saving}`
              : mode === 'create'
                ? t.profile.create
                : t.profile.save
          }
        </button>
      </div>
      ${mode === 'edit' && dirty ? html`<p class="hint">${t.profile.unsaved}</p>` : nothing}
    </form>`;
  }

  /** Problems found before sending, and udata's own for the fields not typed in since. */
  private problems(): Partial<Record<ProfileField, string>> {
    return { ...this.serverErrors, ...draftProblems(this.draft, this.localize.t.profile.problems) };
  }

  private input(field: ProfileField, value: string) {
    this.edits = { ...this.edits, [field]: value };
    this.notice = '';
    // udata's complaint about this field no longer applies to what is typed now.
    if (this.serverErrors[field]) {
      const remaining = { ...this.serverErrors };
      delete remaining[field];
      this.serverErrors = remaining;
    }
    if (!this.config.org && (field === 'name' || field === 'business_number_id')) {
      this.duplicates.look(this.draft.name, this.draft.business_number_id);
    }
  }

  private resetEdits() {
    this.edits = {};
    this.error = null;
    this.serverErrors = {};
    this.tried = false;
  }

  private async submit(event: SubmitEvent, mode: 'create' | 'edit') {
    event.preventDefault();
    if (this.busy) return;
    const t = this.localize.t;
    this.tried = true;
    this.error = null;
    this.serverErrors = {};
    const local = draftProblems(this.draft, t.profile.problems);
    if (Object.keys(local).length) return void this.focusFirstProblem(local);
    const changes = mode === 'edit' ? changesBetween(this.saved, this.draft) : creationBody(this.draft);
    if (mode === 'edit' && !Object.keys(changes).length) {
      this.notice = t.profile.noChange;
      return;
    }
    const client = mode === 'edit' ? this.session?.client : this.creator.client;
    const orgId = this.session?.org?.id;
    if (!client || (mode === 'edit' && !orgId)) return;
    this.busy = true;
    this.notice = '';
    try {
      const signal = this.removalSignal;
      const org =
        mode === 'edit'
          ? await updateOrganization(client, orgId!, changes, { signal })
          : await createOrganization(client, changes, { signal });
      this.tried = false;
      this.edits = {};
      if (mode === 'edit') {
        this.session?.updateOrganization(org);
        const names = Object.keys(changes).map((f) => t.profile.fieldNames[f as ProfileField]);
        this.notice = t.profile.saved(names.join(', '));
        this.emit('org-updated', { org, changes });
      } else {
        this.created = org;
        this.notice = t.profile.created(org.name);
        this.emit('org-created', { org });
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#logo-file')?.focus();
      }
    } catch (error) {
      if (isAbort(error)) return;
      const failure = (this.error = error as ApiError);
      for (const field of PROFILE_FIELDS) {
        const message = failure.errors[field]?.[0];
        if (message) this.serverErrors = { ...this.serverErrors, [field]: serverProblem(field, message, t.profile.problems) };
      }
      this.emitError(failure, describeError(t, failure));
      void this.focusFirstProblem(this.serverErrors);
    } finally {
      this.busy = false;
    }
  }

  private async focusFirstProblem(problems: Partial<Record<ProfileField, string>>) {
    await this.updateComplete;
    const first = PROFILE_FIELDS.find((field) => problems[field]);
    // No field to blame: the alert above the buttons says what happened.
    if (first) this.renderRoot.querySelector<HTMLElement>(`#profile-${first}`)?.focus();
  }

  // ---- logo ------------------------------------------------------------------------

  private logoTarget() {
    if (this.created)
      return this.creator.client ? { client: this.creator.client, orgId: this.created.id, logo: this.created.logo } : null;
    const org = this.session?.org;
    return org && this.session ? { client: this.session.client, orgId: org.id, logo: org.logo_thumbnail ?? org.logo } : null;
  }

  logoChanged(logo: string): void {
    if (this.created) this.created = { ...this.created, logo, logo_thumbnail: logo };
    else this.session?.updateOrganization({ logo, logo_thumbnail: logo });
    const org = this.created ?? this.session?.org;
    if (org) this.emit('org-logo-changed', { org, logo });
    // udata also made thumbnails: the organization read again names them.
    if (!this.created) void this.session?.refreshOrganization().catch(() => undefined);
  }

  failed(error: ApiError, message: string): void {
    this.emitError(error, message);
  }

  // ---- addresses -------------------------------------------------------------------

  private redirectTarget(org: Organization): string | undefined {
    const template = hostUrl(this.redirectUrl, 'redirect-url');
    return template?.replaceAll('{slug}', encodeURIComponent(org.slug)).replaceAll('{id}', encodeURIComponent(org.id));
  }

  private finish(redirect: string) {
    location.assign(redirect);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'org-created': CustomEvent<OrgCreatedDetail>;
    'org-updated': CustomEvent<OrgUpdatedDetail>;
    'org-logo-changed': CustomEvent<OrgLogoChangedDetail>;
  }
}
