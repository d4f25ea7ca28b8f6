import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import type { Organization } from '../../api/models.js';
import { createOrganization, updateOrganization, type OrganizationProfile } from '../../api/profile.js';
import { FormatController } from '../../i18n/format.js';
import { hostUrl, loginHref, orgPageUrl } from '../../urls/host-url.js';
import { renderLoadState } from '../../internal/load-state.js';
import { OrgElement } from '../../internal/org-element.js';
import { canEditProfile } from '../../permissions/permissions.js';
import { baseStyles, dialogStyles } from '../../internal/styles.js';
import { markdownStyles } from '../../internal/markdown-styles.js';
import { DuplicateFinder } from './duplicate-finder.js';
import { LogoEditor } from './logo-editor.js';
import { profileTerms } from './org-profile-form.terms.js';
import { orgProfileFormStyles } from './org-profile-form.styles.js';
import { ProfileEditor } from './profile-editor.js';
import { IdentityController } from '../../state/identity-controller.js';
import { draftOf, emptyDraft, type ProfileDraft, type ProfileField } from './profile-draft.js';
export type { OrgCreatedDetail, OrgUpdatedDetail, OrgLogoChangedDetail } from './org-profile-form.events.js';

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
 * @csspart logo-progress - The (indeterminate) progress bar shown while the logo is sent.
 * @csspart logo-submit - The button that sends the logo.
 * @csspart logo-reset - The button that drops the chosen image.
 * @csspart finish - The button that ends the creation (after the logo step).
 *
 * Colours and sizes: the custom properties every element reads (see `OrgElement`, README "Theming") and `theme`.
 * @cssprop [--org-color-placeholder=var(--org-color-avatar)] - Background of the initials shown for a look-alike organization without a logo.
 * @cssprop [--org-color-placeholder-text=var(--org-color-primary)] - Colour of those initials.
 * @cssprop [--org-color-avatar=#e3e3fd] - The tint behind those initials, unless `--org-color-placeholder` is set. Dark: #21213f.
 * @cssprop [--org-color-tag=#fee7fc] - The "same SIRET" tag. Dark: #3b2438.
 * @cssprop [--org-form-width=48rem] - Maximum width of the form.
 */
export class OrgProfileForm extends OrgElement {
  static override styles = [baseStyles, dialogStyles, markdownStyles, orgProfileFormStyles];

  protected override readonly localize = new FormatController(this, { profile: profileTerms });

  /** After creation, where to go (`{slug}` and `{id}` are replaced); http(s) or relative only. */
  @property({ attribute: 'redirect-url' }) redirectUrl?: string;

  /** Where anonymous viewers log in. Default: `{site-url}/login`; `?next=` is the current page. */
  @property({ attribute: 'login-url' }) loginUrl?: string;

  @state() private notice = '';
  /** The organization this form created (create mode, logo step). */
  @state() private created: Organization | null = null;

  private readonly creator = new IdentityController(this, () => (this.config.org ? null : this.config));
  private readonly duplicates = new DuplicateFinder(this, {
    localize: this.localize,
    client: () => this.creator.client,
  });
  private readonly editor = new ProfileEditor(this, {
    localize: this.localize,
    saved: () => this.savedProfile,
    send: (changes) => this.sendProfile(changes),
    onSent: (org, changes) => void this.profileSent(org, changes),
    onFailed: (error, message) => this.emitError(error, message),
    onUnchanged: () => (this.notice = this.localize.t.profile.noChange),
    onTyped: (field, draft) => {
      this.notice = '';
      if (!this.config.org && (field === 'name' || field === 'business_number_id')) {
        this.duplicates.look(draft.name, draft.business_number_id);
      }
    },
  });
  private readonly logo = new LogoEditor(this, {
    localize: this.localize,
    target: () => this.logoTarget(),
    signal: () => this.removalSignal,
    onChanged: (logo) => this.logoChanged(logo),
    onFailed: (error, message) => this.emitError(error, message),
  });

  /** True when something typed or chosen is not saved yet. */
  get dirty(): boolean {
    if (this.logo.pending) return true;
    return !this.created && this.editor.dirty;
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
  private get savedProfile(): ProfileDraft {
    return this.config.org && this.session?.org ? draftOf(this.session.org) : emptyDraft();
  }

  protected override sessionChanged(): void {
    this.editor.reset();
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
      ${this.editor.render('edit')} ${this.logo.render()}`;
  }

  private renderCreate() {
    const t = this.localize.t.profile;
    const loading = renderLoadState(this.creator, this.localize.t);
    if (loading) return loading;
    if (!this.creator.me)
      return html`<a part="login-link" class="link" href=${loginHref(this.loginUrl, this.config.siteUrl)}>${t.loginLink}</a>`;
    if (this.created) return this.renderCreated(this.created);
    return html`<h2 class="title">${t.createTitle}</h2>
      ${this.editor.render('create', this.duplicates.render(this.config))}`;
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
            : html`<a part="finish" class="button" href=${orgPageUrl(this.config.siteUrl, org)}
                >${t.goToOrganization(org.name)}</a
              >`
        }
      </div>`;
  }

  // ---- the profile's requests ------------------------------------------------------

  private sendProfile(changes: Partial<OrganizationProfile>): Promise<Organization> {
    this.notice = '';
    const signal = this.removalSignal;
    const orgId = this.session?.org?.id;
    if (this.config.org)
      return orgId
        ? updateOrganization(this.session!.client, orgId, changes, { signal })
        : Promise.reject(new ApiError({ kind: 'network', status: 0, action: 'update-organization', message: 'not loaded' }));
    return createOrganization(this.creator.client!, changes, { signal });
  }

  private async profileSent(org: Organization, changes: Partial<OrganizationProfile>): Promise<void> {
    const t = this.localize.t.profile;
    if (this.config.org) {
      this.session?.updateOrganization(org);
      this.notice = t.saved(
        Object.keys(changes)
          .map((f) => t.fieldNames[f as ProfileField])
          .join(', '),
      );
      this.emit('org-updated', { org, changes });
      return;
    }
    this.created = org;
    this.notice = t.created(org.name);
    this.emit('org-created', { org });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#logo-file')?.focus();
  }

  // ---- logo ------------------------------------------------------------------------

  private logoTarget() {
    if (this.created)
      return this.creator.client ? { client: this.creator.client, orgId: this.created.id, logo: this.created.logo } : null;
    const org = this.session?.org;
    return org && this.session ? { client: this.session.client, orgId: org.id, logo: org.logo_thumbnail ?? org.logo } : null;
  }

  private logoChanged(logo: string): void {
    if (this.created) this.created = { ...this.created, logo, logo_thumbnail: logo };
    else this.session?.updateOrganization({ logo, logo_thumbnail: logo });
    const org = this.created ?? this.session?.org;
    if (org) this.emit('org-logo-changed', { org, logo });
    // udata also made thumbnails: the organization read again names them.
    if (!this.created) void this.session?.refreshOrganization().catch(() => undefined);
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
