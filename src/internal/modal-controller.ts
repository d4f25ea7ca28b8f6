import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Opens a native `<dialog>` of the host as a modal (the browser traps focus and closes it
 * on Escape), moves focus into it, and gives focus back to the opener when it closes.
 */
export class ModalController implements ReactiveController {
  private opener: HTMLElement | null = null;
  private fallback?: () => HTMLElement | null | undefined;

  constructor(
    private readonly host: Host,
    private readonly dialog: () => HTMLDialogElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected() {}

  get isOpen(): boolean {
    return Boolean(this.dialog()?.open);
  }

  /**
   * Opens the dialog and focuses `focus` (or the dialog's first `[autofocus]`). On close,
   * focus returns to the opener, or to `fallback` when the opener is gone.
   */
  async open(
    options: { focus?: () => HTMLElement | null | undefined; fallback?: () => HTMLElement | null | undefined } = {},
  ): Promise<void> {
    this.opener = deepActiveElement();
    this.fallback = options.fallback;
    const focusTarget = options.focus;
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (!dialog || dialog.open) return;
    dialog.addEventListener('close', () => this.restoreFocus(), { once: true });
    dialog.showModal();
    const target = focusTarget?.() ?? dialog.querySelector<HTMLElement>('[autofocus]');
    target?.focus();
  }

  close(): void {
    this.dialog()?.close();
  }

  private restoreFocus(): void {
    const opener = this.opener;
    this.opener = null;
    // The opener may have been re-rendered away (e.g. the button became a status text).
    if (opener?.isConnected) opener.focus();
    else this.fallback?.()?.focus();
  }
}

function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}
