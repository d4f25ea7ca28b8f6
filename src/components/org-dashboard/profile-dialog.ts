import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { keyed } from 'lit/directives/keyed.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { ModalController } from '../../internal/modal-controller.js';
import type { OrgProfileForm } from '../org-profile-form/org-profile-form.js';
import type { dashboardTerms } from './org-dashboard.terms.js';
import type { CardTag } from './member-sections.js';

/**
 * The dashboard's "Edit" for admins: `<org-profile-form>` in a modal dialog (it inherits the
 * dashboard's provider, so the header follows a saved change at once). Closing with unsaved
 * changes — the close button or Escape — asks first.
 */
export class ProfileDialog implements ReactiveController {
  private confirmingDiscard = false;
  /** A new form after a save or a discard; the same one (what was typed) otherwise. */
  private generation = 0;
  private notice = '';
  private readonly modal: ModalController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly localize: LocalizeController<{ dashboard: typeof dashboardTerms }>,
    /** The form as the dashboard can show it for now (a loading line until its tag is defined). */
    private readonly card: CardTag,
  ) {
    host.addController(this);
    this.modal = new ModalController(host, () => this.dialog);
  }

  hostConnected() {}

  /** The dialog, bound by its template. */
  private readonly dialogRef = createRef<HTMLDialogElement>();

  private get dialog() {
    return this.dialogRef.value;
  }

  private get form() {
    return this.dialog?.querySelector<OrgProfileForm>('org-profile-form');
  }

  renderButton() {
    return html`<button
      part="edit-profile"
      class="button secondary small"
      type="button"
      aria-haspopup="dialog"
      @click=${(e: Event) => this.open(e)}
    >
      ${this.localize.t.dashboard.editProfile}
    </button>`;
  }

  renderDialog() {
    const t = this.localize.t;
    return html`<dialog
        ${ref(this.dialogRef)}
        part="profile-dialog"
        class="profile-dialog"
        aria-label=${t.dashboard.editProfile}
        @cancel=${(e: Event) => this.requestClose(e)}
        @org-updated=${() => this.saved()}
      >
        ${this.card(keyed(this.generation, html`<org-profile-form></org-profile-form>`))}
        ${
          this.confirmingDiscard
            ? html`<div class="alert" role="alertdialog" aria-labelledby="discard-title" aria-describedby="discard-text">
                <p id="discard-title"><strong>${t.dashboard.discardTitle}</strong></p>
                <p id="discard-text">${t.dashboard.discardText}</p>
                <div class="actions">
                  <button class="button secondary" type="button" autofocus @click=${() => this.keepEditing()}>
                    ${t.dashboard.keepEditing}
                  </button>
                  <button part="discard" class="button danger" type="button" @click=${() => this.close()}>
                    ${t.dashboard.discard}
                  </button>
                </div>
              </div>`
            : nothing
        }
        <div class="actions">
          <button part="close-profile" class="button secondary" type="button" @click=${(e: Event) => this.requestClose(e)}>
            ${t.close}
          </button>
        </div>
      </dialog>
      <p class="visually-hidden" role="status">${this.notice}</p>`;
  }

  private open(event: Event) {
    this.notice = '';
    this.confirmingDiscard = false;
    this.host.requestUpdate();
    void this.modal.open({
      opener: event.currentTarget as HTMLElement,
      focus: () => this.form?.shadowRoot?.querySelector<HTMLElement>('input'),
    });
  }

  /** Close, unless something typed would be lost: then ask. */
  private requestClose(event: Event) {
    if (!this.form?.dirty) return void (event.type === 'cancel' || this.close());
    event.preventDefault();
    this.confirmingDiscard = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.dialog?.querySelector<HTMLElement>('[autofocus]')?.focus());
  }

  private keepEditing() {
    this.confirmingDiscard = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.form?.shadowRoot?.querySelector<HTMLElement>('input')?.focus());
  }

  private close() {
    this.confirmingDiscard = false;
    // What was typed is dropped with the form: a new opening starts from the saved profile.
    this.generation++;
    this.modal.close();
    this.host.requestUpdate();
  }

  private saved() {
    this.notice = this.localize.t.dashboard.profileSaved;
    this.close();
  }
}
