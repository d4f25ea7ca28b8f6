import { html, nothing, type ReactiveControllerHost } from 'lit';
import { searchAssignable } from '../../api/assignments.js';
import { isAbort, toApiError, type ApiError } from '../../api/errors.js';
import type { Assignable } from '../../api/models.js';
import { suggestOrganizations } from '../../api/profile.js';
import { listTransfers, requestTransfer, type Transfer, type TransferPartyClass } from '../../api/transfers.js';
import type { FormatController } from '../../i18n/format.js';
import { describeError, renderServerMessage } from '../../internal/error-message.js';
import { FlowController, type FlowOptions } from '../../internal/flow-controller.js';
import { renderTextArea } from '../../internal/form-dialog.js';
import { fullName } from '../../internal/users.js';
import type { transfersTerms } from './org-transfers.terms.js';
import { SearchPick } from './search-pick.js';
import { partyName } from './transfer-row.js';
import { suggestUsers } from '../../api/users.js';

type Localize = FormatController<{ transfers: typeof transfersTerms }>;
type Kind = 'Dataset' | 'Reuse' | 'Dataservice';
interface Recipient {
  id: string;
  name: string;
}

export interface OutgoingOptions extends FlowOptions<Localize> {
  onRequested: (transfer: Transfer) => void;
}

/**
 * An admin transfers one of the organization's datasets, reuses or APIs to another organization or
 * a user (`POST /transfer/`): the object from udata's searches of the organization's content,
 * the recipient from its suggestions. A pending transfer of the same object is shown first
 * (`?subject=&status=pending`: udata allows several), and the organization itself is refused
 * as recipient before anything is sent. What was typed survives a failure.
 */
export class OutgoingTransfer extends FlowController<OutgoingOptions> {
  kind: Kind = 'Dataset';
  recipientKind: TransferPartyClass = 'Organization';
  message = '';
  pending: Transfer[] = [];
  problems: { subject?: string; recipient?: string; message?: string } = {};
  busy = false;
  error: ApiError | null = null;
  sent = '';
  readonly subject: SearchPick<Assignable>;
  readonly recipient: SearchPick<Recipient>;
  private pendingCheck?: AbortController;

  constructor(host: ReactiveControllerHost & HTMLElement, options: OutgoingOptions) {
    super(host, options);
    const client = () => this.options.session()!.client;
    this.subject = new SearchPick<Assignable>(host, {
      id: 'out-subject',
      search: async (q, signal) =>
        (await searchAssignable(client(), this.kind, this.options.session()!.org!.id, { q, pageSize: 10 }, { signal })).data,
      label: (item) => item.title,
      onPick: (item) => void this.checkPending(item),
    });
    this.recipient = new SearchPick<Recipient>(host, {
      id: 'out-recipient',
      search: async (q, signal) =>
        this.recipientKind === 'Organization'
          ? (await suggestOrganizations(client(), q, 10, { signal })).map((o) => ({
              id: o.id,
              name: o.acronym ? `${o.name} (${o.acronym})` : o.name,
            }))
          : (await suggestUsers(client(), q, 10, { signal })).map((u) => ({
              id: u.id,
              name: `${fullName(u, u.slug)} (${u.slug})`,
            })),
      label: (item) => item.name,
      onPick: () => {
        this.problems.recipient = undefined;
        this.host.requestUpdate();
      },
    });
  }

  hostDisconnected() {
    this.subject.stop();
    this.recipient.stop();
    this.pendingCheck?.abort();
  }

  render() {
    const t = this.options.localize.t;
    const tt = t.transfers;
    const search = { results: tt.outResults, none: tt.outNone, found: tt.outFound };
    return html`<form part="outgoing" novalidate @submit=${(e: SubmitEvent) => this.submit(e)}>
      <p class="hint">${tt.outIntro}</p>
      <div class="field">
        <label for="out-kind">${tt.outKind}</label>
        <select
          id="out-kind"
          part="kind"
          .value=${this.kind}
          @change=${(e: Event) => this.setKind((e.target as HTMLSelectElement).value as Kind)}
        >
          <option value="Dataset">${tt.kinds.Dataset}</option>
          <option value="Reuse">${tt.kinds.Reuse}</option>
          <option value="Dataservice">${tt.kinds.Dataservice}</option>
        </select>
      </div>
      ${this.subject.render(t, { ...search, search: tt.outSearchSubject }, this.problems.subject)}
      ${this.pending.map(
        (x) =>
          html`<p part="pending-transfer" class="alert">
            ${tt.outPending(partyName(x.recipient, tt), this.options.localize.date(x.created))}
          </p>`,
      )}
      <fieldset class="recipient-kind">
        <legend>${tt.outRecipientKind}</legend>
        ${(['Organization', 'User'] as const).map(
          (kind) =>
            html`<label class="check"
              ><input
                type="radio"
                name="out-recipient-kind"
                part="recipient-kind"
                .checked=${this.recipientKind === kind}
                @change=${() => this.setRecipientKind(kind)}
              />${kind === 'Organization' ? tt.outToOrganization : tt.outToUser}</label
            >`,
        )}
      </fieldset>
      ${this.recipient.render(t, { ...search, search: tt.outSearchRecipient }, this.problems.recipient)}
      ${renderTextArea({
        id: 'out-message',
        part: 'out-message',
        label: tt.outMessage,
        required: true,
        requiredLabel: t.required,
        value: this.message,
        error: this.problems.message,
        onInput: (value) => {
          this.message = value;
          if (value.trim()) this.problems.message = undefined;
          this.host.requestUpdate();
        },
      })}
      ${this.error ? html`<div part="error" class="alert error" role="alert">${describeError(t, this.error)}${renderServerMessage(t, this.error)}</div>` : nothing}
      <button part="out-submit" class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
        ${this.busy ? tt.sending : tt.outSubmit}
      </button>
      <p part="out-sent" class="notice success" role="status">${this.sent}</p>
    </form>`;
  }

  private setKind(kind: Kind): void {
    this.kind = kind;
    this.subject.reset();
    this.pending = [];
  }

  private setRecipientKind(kind: TransferPartyClass): void {
    this.recipientKind = kind;
    this.recipient.reset();
  }

  /** udata allows several pending transfers of one object: the ones waiting are shown first. */
  private async checkPending(item: Assignable | null): Promise<void> {
    this.pendingCheck?.abort();
    this.pending = [];
    this.problems.subject = undefined;
    this.host.requestUpdate();
    const session = this.options.session();
    if (!item || !session) return;
    const controller = (this.pendingCheck = new AbortController());
    try {
      const found = await listTransfers(session.client, { subject: item.id, status: 'pending' }, { signal: controller.signal });
      if (!controller.signal.aborted) this.pending = found;
    } catch {
      // Unknown: the server decides when the request is sent.
    }
    this.host.requestUpdate();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const session = this.options.session();
    const org = session?.org;
    if (!session || !org || this.busy) return;
    const tt = this.options.localize.t.transfers;
    const subject = this.subject.picked;
    const recipient = this.recipient.picked;
    const sameOwner = this.recipientKind === 'Organization' && recipient?.id === org.id;
    this.problems = {
      subject: subject ? undefined : tt.outPickSubject,
      recipient: !recipient ? tt.outPickRecipient : sameOwner ? tt.outSameOwner(org.name) : undefined,
      message: this.message.trim() ? undefined : tt.outMessageMissing,
    };
    this.sent = '';
    if (!subject || !recipient || sameOwner || !this.message.trim()) {
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.shadowRoot?.querySelector<HTMLElement>('[part~="outgoing"] [aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    this.error = null;
    this.host.requestUpdate();
    try {
      const transfer = await requestTransfer(
        session.client,
        {
          subject: { class: this.kind, id: subject.id },
          recipient: { class: this.recipientKind, id: recipient.id },
          comment: this.message.trim(),
        },
        { signal: this.options.signal() },
      );
      this.sent = tt.outSent(subject.title, recipient.name);
      this.message = '';
      this.subject.reset();
      this.recipient.reset();
      this.options.onRequested(transfer);
    } catch (error) {
      if (isAbort(error)) return;
      this.error = toApiError(error, 'request-transfer');
      this.options.onFailed(this.error, describeError(this.options.localize.t, this.error));
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
