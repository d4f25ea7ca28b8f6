import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Opens a native `<dialog>` of the host as a modal (the browser traps focus and closes it
 * on Escape), moves focus into it, and gives focus back to the opener when it closes.
 */
export class ModalController implements ReactiveController {
  private opener: HTMLElement | null = null;
  private fallback?: () => HTMLElement | null | undefined;
  private restorePending = false;
  private openings = 0;

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
    options: {
      /** The control that opened the dialog (default: the focused element). */
      opener?: HTMLElement | null;
      focus?: () => HTMLElement | null | undefined;
      fallback?: () => HTMLElement | null | undefined;
    } = {},
  ): Promise<void> {
    this.opener = options.opener ?? deepActiveElement();
    this.fallback = options.fallback;
    this.restorePending = true;
    const opening = ++this.openings;
    const focusTarget = options.focus;
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (!dialog || dialog.open) return;
    // Escape closes the dialog natively. Its `close` event waits for an animation frame (none
    // comes in a background tab), so the `open` attribute is watched instead. A change seen
    // after a newer opening belongs to that one and must not take its focus.
    const watch = new MutationObserver(() => {
      if (opening !== this.openings) return watch.disconnect();
      if (dialog.open) return;
      watch.disconnect();
      void this.restoreFocus();
    });
    watch.observe(dialog, { attributeFilter: ['open'] });
    dialog.showModal();
    const target = focusTarget?.() ?? dialog.querySelector<HTMLElement>('[autofocus]');
    target?.focus();
  }

  /**
   * Closes the dialog; focus goes back to the opener, or — after an action that removes the
   * opener (a deleted row) — to `focusNext`, once the host has re-rendered.
   */
  close(focusNext?: () => HTMLElement | null | undefined): void {
    const dialog = this.dialog();
    if (!dialog?.open) return;
    if (focusNext) {
      this.opener = null;
      this.fallback = focusNext;
    }
    dialog.close();
    void this.restoreFocus();
  }

  private async restoreFocus(): Promise<void> {
    if (!this.restorePending) return;
    this.restorePending = false;
    const opener = this.opener;
    this.opener = null;
    // Let the host apply what the closing task changed (e.g. the opener re-rendered away)
    // before choosing where focus goes.
    await null;
    await this.host.updateComplete;
    // The opener may have been re-rendered away (e.g. the button became a status text).
    if (opener?.isConnected && opener !== document.body) opener.focus();
    else this.fallback?.()?.focus();
  }
}

function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}
