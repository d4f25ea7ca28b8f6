import { css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isAbort, type ApiError, toApiError } from '../../api/errors.js';
import type { Organization } from '../../api/models.js';
import { deletedNoticeTerms, renderDeletedNotice } from '../../internal/deleted-notice.js';
import { hostUrl, orgPageUrl } from '../../urls/host-url.js';
import { describeError, renderServerMessage } from '../../internal/error-message.js';
import { renderFormDialog } from '../../internal/form-dialog.js';
import { ModalController } from '../../internal/modal-controller.js';
import { OrgElement } from '../../internal/org-element.js';
import { FormatController } from '../../i18n/format.js';
import { deletionTerms } from './delete-org-dialog.terms.js';
import { confirmationTarget, differenceFrom, type Difference } from './confirm-text.js';
import { confirmFieldStyles, renderConfirmField } from './confirm-field.js';
import { baseStyles, dialogStyles } from '../../internal/styles.js';
import { canDeleteOrganization, canManageMembers } from '../../permissions/permissions.js';
import { nounTerms } from '../../i18n/nouns.js';
import { deleteOrganization } from '../../api/organization.js';
export type { OrgDeletedDetail } from './delete-org-dialog.events.js';

/**
 * @summary Lets an admin delete the organization, after a warning and typing its acronym or name.
 *
 * Renders a "Delete the organization" button for admins and sysadmins only (nothing for
 * anyone else); `show()` opens the dialog too. The dialog warns that the datasets and reuses
 * stay online, at the same URLs, anonymous, and that they must be deleted first to go too,
 * with their numbers. It asks to type the organization's acronym when it has one (its full
 * name is accepted too), else its name, shown apart to be copied; the comparison ignores
 * case, the shape of apostrophes, quotes and dashes, runs of white space (non-breaking ones
 * included) and how accents are encoded (Unicode NFC/NFKC). A text that differs is refused
 * with what differs, in words and marked. Nothing is sent until it matches; then
 * `DELETE {api}/organizations/{org}/` (a 410 counts as deleted).
 *
 * @tagname delete-org-dialog
 * @fires org-deleted - The organization was deleted. `detail: { org }`. Cancelable: `preventDefault()` stops the redirect to `redirect-url`.
 * @fires org-error - The deletion failed. `detail: { action, status, message }`.
 *
 * @csspart base - The wrapper.
 * @csspart button - The "Delete the organization" button.
 * @csspart dialog - The confirmation dialog.
 * @csspart warning - The warning about datasets and reuses.
 * @csspart expected - The text to type (acronym or name), in the field's label.
 * @csspart confirm - The field where it is typed.
 * @csspart field-error - What differs between the typed text and the expected one, in words.
 * @csspart difference - The expected and the typed texts, the part that differs marked.
 * @csspart submit - The delete button of the dialog.
 * @csspart cancel - The cancel button of the dialog.
 * @csspart notice - The live region announcing the deletion.
 * @csspart deleted-notice - For its admins, when the organization is already deleted: when (udata answers another deletion 410).
 * @csspart error - An error message.
 *
 * Colours and sizes: the custom properties every element reads (see `OrgElement`, README "Theming") and `theme`.
 * @cssprop [--org-color-warning=#b34000] - The warning's border. Dark: #fc5d00.
 * @cssprop [--org-color-warning-background=var(--org-color-error-background)] - The warning's background.
 * @cssprop [--org-color-mark-background=var(--org-color-error-background)] - Where the typed text differs from the expected one.
 */
export class DeleteOrgDialog extends OrgElement {
  static override styles = [
    baseStyles,
    dialogStyles,
    confirmFieldStyles,
    css`
      :host {
        display: inline-block;
      }
      .warning {
        padding: 0.75rem;
        border-left: 4px solid var(--_warning);
        background: var(--org-color-warning-background, var(--_error-background));
      }
      .warning p {
        margin: 0 0 0.5rem;
      }
      .warning p:last-child {
        margin: 0;
      }
    `,
  ];

  protected override readonly localize = new FormatController(this, {
    deletion: deletionTerms,
    deletedNotice: deletedNoticeTerms,
    nouns: nounTerms,
  });

  /** Where to go once the organization is deleted (optional). */
  @property({ attribute: 'redirect-url' }) redirectUrl?: string;

  @state() private typed = '';
  /** How the text differed at the last try, until it changes. */
  @state() private difference: Difference | null = null;
  @state() private deleting = false;
  @state() private error: ApiError | null = null;
  @state() private deleted = false;
  @state() private notice = '';

  @query('[part~="dialog"]') private dialog?: HTMLDialogElement;
  private readonly modal = new ModalController(this, () => this.dialog);

  private get allowed(): boolean {
    return Boolean(this.session?.ready && canDeleteOrganization(this.session.viewer) && !this.deleted);
  }

  /** Opens the confirmation dialog (for admins and sysadmins only). */
  async show(): Promise<void> {
    await this.session?.load();
    await this.updateComplete;
    if (!this.allowed) return;
    void this.modal.open({
      focus: () => this.shadowRoot?.querySelector<HTMLElement>('#delete-confirm'),
      fallback: () => this.shadowRoot?.querySelector<HTMLElement>('[part~="button"]'),
    });
  }

  protected override render() {
    const t = this.localize.t;
    return html`<div part="base" lang=${this.localize.lang}>
      ${
        this.allowed
          ? html`<button part="button" class="button danger" type="button" aria-haspopup="dialog" @click=${() => this.show()}>
                ${t.deletion.button}
              </button>
              ${this.renderDialog()}`
          : this.renderAlreadyDeleted()
      }
      <p part="notice" class="notice" role="status" tabindex="-1">${this.notice}</p>
    </div>`;
  }

  /** An admin of an organization deleted earlier: no button the server would refuse, but when. */
  private renderAlreadyDeleted() {
    const session = this.session;
    const deleted = session?.ready ? session.org?.deleted : null;
    if (!deleted || this.notice || !canManageMembers(session!.viewer)) return nothing;
    return renderDeletedNotice(this.localize, deleted);
  }

  private renderDialog() {
    const t = this.localize.t;
    const org = this.session!.org!;
    const { datasets = 0, reuses = 0 } = org.metrics ?? {};
    const siteUrl = this.config.siteUrl;
    const body = html`<div part="warning" class="warning">
        <p>${t.deletion.stayOnline}</p>
        <p><strong>${t.deletion.deleteFirst}</strong></p>
        <p>
          ${t.deletion.counts(this.localize.count(datasets, t.nouns.datasets), this.localize.count(reuses, t.nouns.reuses))}
          ${siteUrl ? html`<a class="link" href=${orgPageUrl(siteUrl, org)}>${t.deletion.seeContent}</a>` : nothing}
        </p>
      </div>
      ${renderConfirmField({
        id: 'delete-confirm',
        lang: this.localize.lang,
        t: t.deletion,
        target: confirmationTarget(org),
        value: this.typed,
        difference: this.difference,
        onInput: (typed) => {
          this.typed = typed;
          this.difference = null;
        },
      })}`;
    return renderFormDialog({
      id: 'delete',
      title: t.deletion.title(org.name),
      body,
      error: this.error
        ? html`${describeError(t, this.error, { notFound: t.errors.orgNotFound })}${renderServerMessage(t, this.error)}`
        : null,
      submitLabel: t.deletion.submit,
      busyLabel: t.deletion.deleting,
      cancelLabel: t.cancel,
      busy: this.deleting,
      danger: true,
      onSubmit: (event) => void this.confirm(event),
      onCancel: () => this.modal.close(),
    });
  }

  private async confirm(event: SubmitEvent) {
    event.preventDefault();
    const session = this.session;
    const org = session?.org;
    if (!session || !org || this.deleting) return;
    this.difference = differenceFrom(this.typed, confirmationTarget(org));
    if (this.difference) {
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('#delete-confirm')?.focus();
      return;
    }
    const t = this.localize.t;
    this.deleting = true;
    this.error = null;
    try {
      await deleteOrganization(session.client, org.id, { signal: this.removalSignal });
      this.done(org);
    } catch (error) {
      const failure = toApiError(error, 'delete-organization');
      if (isAbort(failure)) return; // the element is gone
      // 410: deleted already (by another admin, or an earlier try whose answer was lost).
      if (failure.status === 410) this.done(org);
      else {
        this.error = failure;
        this.emitError(failure, describeError(t, failure, { notFound: t.errors.orgNotFound }));
      }
    } finally {
      this.deleting = false;
    }
  }

  private done(org: Organization) {
    this.modal.close(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="notice"]'));
    this.deleted = true;
    this.notice = this.localize.t.deletion.deleted(org.name);
    const proceed = this.emit('org-deleted', { org }, { cancelable: true });
    const redirect = hostUrl(this.redirectUrl, 'redirect-url');
    if (proceed && redirect) window.location.assign(redirect);
  }
}
