import { html } from 'lit';

export interface BusyButtonOptions {
  part: string;
  label: string;
  /** What it says while its request runs ("Envoi…"). */
  busyLabel: string;
  busy: boolean;
  /** `danger` for what cannot be undone; none for the main action. */
  variant?: 'secondary' | 'danger';
  type?: 'button' | 'submit';
  onClick?: (event: Event) => void;
}

/**
 * A small action button that says its request is running: it stays focusable while busy
 * (`aria-disabled`, not `disabled`, so focus is not lost) and its flow ignores a second click.
 */
export function renderBusyButton(o: BusyButtonOptions) {
  return html`<button
    part=${o.part}
    class="button small ${o.variant ?? ''}"
    type=${o.type ?? 'button'}
    aria-disabled=${o.busy ? 'true' : 'false'}
    @click=${o.onClick}
  >
    ${o.busy ? o.busyLabel : o.label}
  </button>`;
}
