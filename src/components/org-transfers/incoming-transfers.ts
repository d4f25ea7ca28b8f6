import { html, nothing, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { isAbort, toApiError, type ApiError } from '../../api/errors.js';
import { answerTransfer, getTransfer, listTransfers, type Transfer } from '../../api/transfers.js';
import type { FormatController } from '../../i18n/format.js';
import { describeError, renderServerMessage } from '../../internal/error-message.js';
import { FlowController, type FlowOptions } from '../../internal/flow-controller.js';
import { renderFormDialog, renderTextArea } from '../../internal/form-dialog.js';
import { ModalController } from '../../internal/modal-controller.js';
import type { Loadable } from '../../state/org-session.js';
import type { transfersTerms } from './org-transfers.terms.js';
import { subjectTitle } from './transfer-row.js';

type Localize = FormatController<{ transfers: typeof transfersTerms }>;

export interface IncomingOptions extends FlowOptions<Localize> {
  /** Says what was decided in the element's live region. */
  announce: (message: string) => void;
  onAnswered: (transfer: Transfer, accepted: boolean) => void;
}

/** Where focus goes once an answered transfer left the list: the next one's accept button, or the list. */
const FOCUS_AFTER =
  '[part~="incoming"] [part~="accept"], [part~="incoming"] [part~="list"], [part~="incoming"] [part~="message"]';

/** udata's answer to a transfer no longer pending: 400 "Cannot update transfer after accepting/refusing". */
const answeredElsewhere = (error: ApiError) =>
  error.status === 404 || (error.status === 400 && /after accepting\/refusing/i.test(error.message));

/**
 * The transfers waiting for the organization (`GET /transfer/?recipient={org}&status=pending`,
 * a plain array) and an admin's answer: accept or refuse, with an optional comment, in a
 * dialog that says what changes and that it is final. udata checks the status, but two admins
 * may answer at once: the transfer is read again first, and one answered meanwhile is said,
 * not answered again. What was typed survives a failure.
 */
export class IncomingTransfers extends FlowController<IncomingOptions> {
  state: Loadable<Transfer[]> | null = null;
  answering: { transfer: Transfer; accept: boolean } | null = null;
  comment = '';
  busy = false;
  error: ApiError | null = null;
  private loadedFor = '';
  private readonly modal: ModalController;
  /** The answer's dialog, bound by its template. */
  private readonly dialog = createRef<HTMLDialogElement>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: IncomingOptions) {
    super(host, options);
    this.modal = new ModalController(host, () => this.dialog.value);
  }

  /** Reads the list once per organization and viewer. */
  ensureLoaded(): void {
    const session = this.options.session();
    const org = session?.org;
    if (!session?.ready || !org) return;
    const key = `${session.config.apiBase}|${org.id}|${session.me?.id ?? ''}|${session.generation}`;
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    void this.load();
  }

  async load(): Promise<void> {
    const session = this.options.session();
    const org = session?.org;
    if (!session || !org) return;
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    try {
      const value = await listTransfers(
        session.client,
        { recipient: org.id, status: 'pending' },
        { signal: this.options.signal() },
      );
      this.state = { status: 'ready', value };
    } catch (error) {
      if (isAbort(error)) return;
      const failure = toApiError(error, 'load-transfers');
      this.state = { status: 'error', error: failure };
      this.options.onFailed(failure, describeError(this.options.localize.t, failure));
    }
    this.host.requestUpdate();
  }

  /** Opens the answer's dialog (`accept`: accepting, else refusing). */
  open(transfer: Transfer, accept: boolean, opener: HTMLElement): void {
    if (this.answering?.transfer.id !== transfer.id || this.answering.accept !== accept) {
      this.comment = '';
      this.error = null;
    }
    this.answering = { transfer, accept };
    this.host.requestUpdate();
    void this.modal.open({
      opener,
      focus: () => this.host.shadowRoot?.querySelector<HTMLElement>('#transfer-answer-comment'),
      fallback: () => this.host.shadowRoot?.querySelector<HTMLElement>(FOCUS_AFTER),
    });
  }

  renderDialog() {
    const answering = this.answering;
    if (!answering) return nothing;
    const t = this.options.localize.t;
    const { transfer, accept } = answering;
    const title = subjectTitle(transfer, t.transfers);
    const org = this.options.session()?.org?.name ?? '';
    const owner =
      transfer.owner?.name ||
      [transfer.owner?.first_name, transfer.owner?.last_name].filter(Boolean).join(' ') ||
      t.transfers.someone;
    return renderFormDialog({
      id: 'transfer-answer',
      dialog: ref(this.dialog),
      title: accept ? t.transfers.acceptTitle(title) : t.transfers.refuseTitle(title),
      intro: html`${accept ? t.transfers.acceptIntro(transfer.subject?.class ?? '', org) : t.transfers.refuseIntro(owner)}
        <strong>${t.transfers.final}</strong>`,
      body: renderTextArea({
        id: 'transfer-answer-comment',
        part: 'comment-field',
        label: t.transfers.comment,
        hint: t.transfers.commentHint,
        value: this.comment,
        onInput: (value) => {
          this.comment = value;
          this.host.requestUpdate();
        },
      }),
      error: this.error ? html`${describeError(t, this.error)}${renderServerMessage(t, this.error)}` : null,
      submitLabel: accept ? t.transfers.acceptSubmit : t.transfers.refuseSubmit,
      busyLabel: t.transfers.sending,
      cancelLabel: t.cancel,
      busy: this.busy,
      danger: !accept,
      onSubmit: (event) => void this.submit(event),
      onCancel: () => this.modal.close(),
    });
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const session = this.options.session();
    const answering = this.answering;
    if (!session || !answering || this.busy) return;
    const { transfer, accept } = answering;
    const t = this.options.localize.t;
    const signal = this.options.signal();
    this.busy = true;
    this.error = null;
    this.host.requestUpdate();
    try {
      const now = await getTransfer(session.client, transfer.id, { signal });
      if (now.status !== 'pending') return this.gone(transfer);
      const answered = await answerTransfer(session.client, transfer.id, accept ? 'accept' : 'refuse', this.comment.trim(), {
        signal,
      });
      const title = subjectTitle(transfer, t.transfers);
      this.remove(transfer, accept ? t.transfers.accepted(title, session.org?.name ?? '') : t.transfers.refused(title));
      this.options.onAnswered({ ...transfer, ...answered }, accept);
      // Accepted content is the organization's now: its counts change.
      if (accept) void session.refreshOrganization().catch(() => undefined);
    } catch (error) {
      if (isAbort(error)) return;
      const failure = toApiError(error, accept ? 'accept-transfer' : 'refuse-transfer');
      if (answeredElsewhere(failure)) this.gone(transfer);
      else this.error = failure;
      this.options.onFailed(failure, describeError(t, failure));
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Answered meanwhile (by another admin, in another tab): said, and the list read again. */
  private gone(transfer: Transfer): void {
    this.remove(transfer, this.options.localize.t.transfers.alreadyAnswered);
    void this.load();
  }

  private remove(transfer: Transfer, said: string): void {
    if (this.state?.status === 'ready')
      this.state = { status: 'ready', value: this.state.value.filter((x) => x.id !== transfer.id) };
    this.modal.close(() => this.host.shadowRoot?.querySelector<HTMLElement>(FOCUS_AFTER));
    this.answering = null;
    this.comment = '';
    this.options.announce(said);
  }
}
