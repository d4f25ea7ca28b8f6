import { html, nothing, type ReactiveControllerHost } from 'lit';
import { isAbort, toApiError, type ApiError } from '../../api/errors.js';
import { listMyContent, listTransfers, requestTransfer, type OwnContent, type Transfer } from '../../api/transfers.js';
import type { FormatController } from '../../i18n/format.js';
import { describeError } from '../../internal/error-message.js';
import { FlowController, type FlowOptions } from '../../internal/flow-controller.js';
import { renderTextArea } from '../../internal/form-dialog.js';
import type { Loadable } from '../../state/org-session.js';
import type { transfersTerms } from './org-transfers.terms.js';

type Localize = FormatController<{ transfers: typeof transfersTerms }>;
type Kind = 'Dataset' | 'Reuse';
interface Item extends OwnContent {
  kind: Kind;
}
interface Outcome {
  item: Item;
  error?: ApiError;
}

export interface BringOptions extends FlowOptions<Localize> {
  onRequested: (transfer: Transfer) => void;
}

const key = (item: Pick<Item, 'kind' | 'id'>) => `${item.kind}:${item.id}`;

/**
 * "Bring my content": the viewer's own datasets and reuses (`/me/datasets/`, `/me/reuses/`),
 * those of no organization, several picked at once, each sent as its own transfer request to
 * the organization (`POST /transfer/`) with one message. What was sent and what failed (and
 * why) is listed; the failed ones stay picked and the message stays typed, to try again. A
 * transfer already asked for is marked, not asked twice.
 */
export class BringContent extends FlowController<BringOptions> {
  items: Loadable<Item[]> | null = null;
  /** Keys of the items with a pending transfer to this organization. */
  pending = new Set<string>();
  picked = new Set<string>();
  message = '';
  messageMissing = false;
  nothingPicked = false;
  busy = false;
  outcomes: Outcome[] = [];
  private loadedFor = '';

  constructor(host: ReactiveControllerHost & HTMLElement, options: BringOptions) {
    super(host, options);
  }

  ensureLoaded(): void {
    const session = this.options.session();
    if (!session?.ready || !session.me || !session.org) return;
    const loadKey = `${session.config.apiBase}|${session.org.id}|${session.me.id}|${session.generation}`;
    if (loadKey === this.loadedFor) return;
    this.loadedFor = loadKey;
    void this.load();
  }

  async load(): Promise<void> {
    const session = this.options.session();
    const org = session?.org;
    if (!session || !org) return;
    const signal = this.options.signal();
    this.items = { status: 'loading' };
    this.host.requestUpdate();
    try {
      const [datasets, reuses, transfers] = await Promise.all([
        listMyContent(session.client, 'datasets', { signal }),
        listMyContent(session.client, 'reuses', { signal }),
        // Which of them already wait for this organization (the owner may list their own).
        listTransfers(session.client, { recipient: org.id, status: 'pending' }, { signal }).catch(() => [] as Transfer[]),
      ]);
      const own = (list: OwnContent[], kind: Kind) =>
        list.filter((item) => !item.organization && !item.deleted).map((item): Item => ({ ...item, kind }));
      this.items = { status: 'ready', value: [...own(datasets, 'Dataset'), ...own(reuses, 'Reuse')] };
      this.pending = new Set(transfers.flatMap((x) => (x.subject ? [`${x.subject.class}:${x.subject.id}`] : [])));
    } catch (error) {
      if (isAbort(error)) return;
      const failure = toApiError(error, 'load-my-content');
      this.items = { status: 'error', error: failure };
      this.options.onFailed(failure, describeError(this.options.localize.t, failure));
    }
    this.host.requestUpdate();
  }

  render() {
    const t = this.options.localize.t;
    const items = this.items;
    if (!items || items.status === 'loading') return html`<p role="status">${t.loading}</p>`;
    if (items.status === 'error') {
      return html`<div part="error" class="error" role="alert">
        ${describeError(t, items.error)}
        <button class="button secondary small" type="button" @click=${() => this.load()}>${t.retry}</button>
      </div>`;
    }
    if (!items.value.length) return html`<p part="message">${t.transfers.bringEmpty}</p>`;
    const sent = this.outcomes.filter((o) => !o.error);
    const failed = this.outcomes.filter((o) => o.error);
    return html`<form part="bring" class="bring" novalidate @submit=${(e: SubmitEvent) => this.submit(e)}>
      <fieldset aria-describedby=${this.nothingPicked ? 'bring-nothing' : nothing}>
        <legend>${t.transfers.bringLegend}</legend>
        ${items.value.map((item) => {
          const id = `bring-${item.kind}-${item.id}`;
          const asked = this.pending.has(key(item));
          return html`<div class="check">
            <input
              type="checkbox"
              id=${id}
              part="pick"
              .checked=${this.picked.has(key(item))}
              ?disabled=${asked}
              @change=${(e: Event) => this.toggle(item, (e.target as HTMLInputElement).checked)}
            />
            <label for=${id}
              >${item.title}
              <span class="hint"
                >(${item.kind === 'Dataset' ? t.transfers.dataset : t.transfers.reuse}${
                  asked ? html`, ${t.transfers.bringPending}` : nothing
                })</span
              ></label
            >
          </div>`;
        })}
        ${this.nothingPicked ? html`<p id="bring-nothing" part="field-error" class="error">${t.transfers.bringNothingPicked}</p>` : nothing}
      </fieldset>
      ${renderTextArea({
        id: 'bring-message',
        part: 'message-field',
        label: t.transfers.bringMessage,
        hint: t.transfers.bringMessageHint,
        required: true,
        requiredLabel: t.required,
        value: this.message,
        error: this.messageMissing ? t.transfers.bringMessageMissing : undefined,
        onInput: (value) => {
          this.message = value;
          if (value.trim()) this.messageMissing = false;
          this.host.requestUpdate();
        },
      })}
      <button part="bring-submit" class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
        ${this.busy ? t.transfers.sending : t.transfers.bringSubmit(Math.max(1, this.picked.size))}
      </button>
      <div part="outcome" role="status">
        ${
          sent.length || failed.length
            ? html`<ul class="outcomes">
                ${sent.map((o) => html`<li class="success">${t.transfers.bringSent(o.item.title)}</li>`)}
                ${failed.map((o) => html`<li class="error">${t.transfers.bringFailed(o.item.title, describeError(t, o.error!))}</li>`)}
              </ul>`
            : nothing
        }
      </div>
    </form>`;
  }

  private toggle(item: Item, checked: boolean): void {
    if (checked) this.picked.add(key(item));
    else this.picked.delete(key(item));
    if (this.picked.size) this.nothingPicked = false;
    this.host.requestUpdate();
  }

  /** Sends one transfer request per picked item, one after the other. */
  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const session = this.options.session();
    const org = session?.org;
    if (!session || !org || this.busy || this.items?.status !== 'ready') return;
    const picked = this.items.value.filter((item) => this.picked.has(key(item)));
    this.nothingPicked = !picked.length;
    this.messageMissing = !this.message.trim();
    if (this.nothingPicked || this.messageMissing) {
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.shadowRoot
        ?.querySelector<HTMLElement>(this.nothingPicked ? '[part~="pick"]:not(:disabled)' : '#bring-message')
        ?.focus();
      return;
    }
    this.busy = true;
    this.outcomes = [];
    this.host.requestUpdate();
    const comment = this.message.trim();
    for (const item of picked) {
      try {
        const transfer = await requestTransfer(
          session.client,
          { subject: { class: item.kind, id: item.id }, recipient: { class: 'Organization', id: org.id }, comment },
          { signal: this.options.signal() },
        );
        this.outcomes.push({ item });
        this.picked.delete(key(item));
        this.pending.add(key(item));
        this.options.onRequested(transfer);
      } catch (error) {
        if (isAbort(error)) return;
        const failure = toApiError(error, 'request-transfer');
        this.outcomes.push({ item, error: failure });
        this.options.onFailed(failure, describeError(this.options.localize.t, failure));
      }
      this.host.requestUpdate();
    }
    this.busy = false;
    // Everything went: the message was for these requests.
    if (!this.outcomes.some((o) => o.error)) this.message = '';
    this.host.requestUpdate();
  }
}
