import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { Transfer } from '../../api/transfers.js';
import { FormatController } from '../../i18n/format.js';
import { describeError } from '../../internal/error-message.js';
import { renderLoadState } from '../../internal/load-state.js';
import { OrgElement } from '../../internal/org-element.js';
import { baseStyles, dialogStyles } from '../../internal/styles.js';
import { renderSection } from '../../internal/task-section.js';
import { canAnswerTransfers, canSeeTransfers } from '../../permissions/permissions.js';
import { BringContent } from './bring-content.js';
import { IncomingTransfers } from './incoming-transfers.js';
import { OutgoingTransfer } from './outgoing-transfer.js';
import { transfersStyles } from './org-transfers.styles.js';
import { transfersTerms } from './org-transfers.terms.js';
import { renderTransferRow } from './transfer-row.js';
import type {} from './org-transfers.events.js';

/**
 * @summary Datasets and reuses moving into and out of the organization: the transfers waiting for its answer, its content to transfer, and the viewer's own content to bring.
 *
 * Admins (and sysadmins) see the transfers offered to the organization
 * (`GET /transfer/?recipient={org}&status=pending`): what (kind, title, link), from whom,
 * when, the message; they accept or refuse each with an optional comment, after a
 * confirmation that says what changes and that it is final (`POST /transfer/{id}/`). A
 * transfer answered meanwhile is said, not answered again. Editors see the list read-only.
 * Any logged-in viewer may ask to transfer their own datasets and reuses to the organization
 * (several at once, one request each, `POST /transfer/`): what was sent and what failed is
 * listed. Admins also transfer one of the organization's datasets, reuses or APIs to another
 * organization or a user, a pending transfer of it shown first. Anonymous viewers: nothing.
 *
 * @tagname org-transfers
 * @fires org-transfer-requested - A transfer to the organization was asked for. `detail: { transfer }`.
 * @fires org-transfer-accepted - An admin accepted a transfer. `detail: { transfer }`.
 * @fires org-transfer-refused - An admin refused a transfer. `detail: { transfer }`.
 * @fires org-error - A request failed. `detail: { action, status, message }`.
 *
 * @csspart base - The wrapper.
 * @csspart section - Each section (also `incoming` or `bring`).
 * @csspart list - The list of transfers.
 * @csspart transfer - One transfer.
 * @csspart subject-link - The link to the transferred object.
 * @csspart comment - The requester's message.
 * @csspart accept - Accepts a transfer (opens the confirmation).
 * @csspart refuse - Refuses a transfer (opens the confirmation).
 * @csspart dialog - The confirmation dialog.
 * @csspart comment-field - The optional comment of an answer.
 * @csspart submit - The dialog's submit button.
 * @csspart cancel - The dialog's cancel button.
 * @csspart outgoing - The form that transfers one of the organization's datasets, reuses or APIs (admins).
 * @csspart kind - The kind of content to transfer.
 * @csspart search - A search field (the content, the recipient).
 * @csspart result - One search result (a radio button).
 * @csspart pending-transfer - A transfer of the picked content already waiting for an answer.
 * @csspart recipient-kind - An organization or a user as recipient.
 * @csspart out-message - The message to the recipient.
 * @csspart out-submit - Sends the transfer request.
 * @csspart out-sent - Says the request was sent.
 * @csspart bring - The form that asks to transfer the viewer's own content.
 * @csspart pick - A checkbox of one's own dataset or reuse.
 * @csspart message-field - The message to the administrators.
 * @csspart bring-submit - Sends the transfer requests.
 * @csspart outcome - What was sent and what failed.
 * @csspart message - A sentence instead of a list.
 * @csspart notice - The live region announcing answers.
 * @csspart field-error - A field's error.
 * @csspart error - An error message.
 *
 * Colours and sizes: the custom properties every element reads (see `OrgElement`, README "Theming") and `theme`.
 */
export class OrgTransfers extends OrgElement {
  static override styles = [baseStyles, dialogStyles, transfersStyles];

  /** What was last answered, said in the live region. */
  @state() private notice = '';

  protected override readonly localize = new FormatController(this, { transfers: transfersTerms });

  private readonly incoming = new IncomingTransfers(this, {
    session: () => this.session,
    localize: this.localize,
    signal: () => this.removalSignal,
    announce: (message) => (this.notice = message),
    onAnswered: (transfer, accepted) => this.emit(accepted ? 'org-transfer-accepted' : 'org-transfer-refused', { transfer }),
    onFailed: (error, message) => this.reportOnce(error, message),
  });

  private readonly bring = new BringContent(this, {
    session: () => this.session,
    localize: this.localize,
    signal: () => this.removalSignal,
    onRequested: (transfer) => {
      this.emit('org-transfer-requested', { transfer });
      if (this.incoming.state?.status === 'ready') void this.incoming.load();
    },
    onFailed: (error, message) => this.reportOnce(error, message),
  });

  private readonly outgoing = new OutgoingTransfer(this, {
    session: () => this.session,
    localize: this.localize,
    signal: () => this.removalSignal,
    onRequested: (transfer) => this.emit('org-transfer-requested', { transfer }),
    onFailed: (error, message) => this.reportOnce(error, message),
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const session = this.session;
    if (!session?.ready || !session.me) return;
    if (canSeeTransfers(session.viewer)) this.incoming.ensureLoaded();
    this.bring.ensureLoaded();
  }

  protected override render() {
    const loading = renderLoadState(this.session, this.localize.t);
    if (loading) return loading;
    const session = this.session!;
    if (!session.me) return nothing;
    const t = this.localize.t;
    const viewer = session.viewer;
    return html`<div part="base" lang=${this.localize.lang}>
      ${canSeeTransfers(viewer) ? renderSection('incoming', t.transfers.incomingTitle, this.renderIncoming(canAnswerTransfers(viewer))) : nothing}
      ${canAnswerTransfers(viewer) ? renderSection('outgoing-section', t.transfers.outTitle, this.outgoing.render()) : nothing}
      ${renderSection(
        'bring',
        t.transfers.bringTitle,
        html`<p class="hint">${t.transfers.bringIntro(session.org?.name ?? '')}</p>
          ${this.bring.render()}`,
      )}
      <p part="notice" class="notice success" role="status">${this.notice}</p>
      ${this.incoming.renderDialog()}
    </div>`;
  }

  private renderIncoming(answers: boolean) {
    const t = this.localize.t;
    const state = this.incoming.state;
    if (!state || state.status === 'loading') return html`<p role="status">${t.loading}</p>`;
    if (state.status === 'error') {
      return html`<div part="error" class="error" role="alert">
        ${describeError(t, state.error)}
        <button class="button secondary small" type="button" @click=${() => this.incoming.load()}>${t.retry}</button>
      </div>`;
    }
    if (!state.value.length)
      return html`<p part="message" tabindex="-1">${answers ? t.transfers.incomingEmpty : t.transfers.adminsOnly}</p>`;
    return html`${answers ? nothing : html`<p class="hint">${t.transfers.adminsDecide}</p>`}
      <ul part="list" tabindex="-1">
        ${state.value.map((transfer: Transfer) =>
          renderTransferRow({
            transfer,
            localize: this.localize,
            siteUrl: this.config.siteUrl,
            onAnswer: answers ? (accept, opener) => this.incoming.open(transfer, accept, opener) : undefined,
          }),
        )}
      </ul>`;
  }
}
