import { html, nothing, type TemplateResult } from 'lit';

/** What one modal form dialog shows; the host owns the state and a {@link ModalController}. */
export interface FormDialogOptions {
  /** Prefix of the ids inside the dialog (unique within the host's shadow root). */
  id: string;
  /**
   * An element directive for the `<dialog>`: lit's `ref(…)`, through which its controller
   * finds it. Passed in, so that this module (in the join button's bytes) does not import it.
   */
  dialog?: unknown;
  title: string;
  intro?: TemplateResult | string;
  body: TemplateResult | typeof nothing;
  submitLabel: string;
  busyLabel: string;
  cancelLabel: string;
  busy: boolean;
  /** A failure of the last submission, shown as an alert above the buttons. */
  error?: TemplateResult | string | null;
  /** Styles the submit button as a destructive action. */
  danger?: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

/**
 * A native `<dialog>` with a form: title, intro, fields, an alert for failures, then Cancel
 * and a submit button that shows progress (it stays focusable while busy; the host ignores
 * a second submission).
 */
export function renderFormDialog(o: FormDialogOptions): TemplateResult {
  return html`<dialog
    ${o.dialog}
    part="dialog"
    aria-labelledby="${o.id}-title"
    aria-describedby=${o.intro ? `${o.id}-intro` : nothing}
  >
    <form method="dialog" novalidate @submit=${o.onSubmit}>
      <h2 id="${o.id}-title" class="dialog-title">${o.title}</h2>
      ${o.intro ? html`<p id="${o.id}-intro">${o.intro}</p>` : nothing} ${o.body}
      ${o.error ? html`<div part="error" class="alert error" role="alert">${o.error}</div>` : nothing}
      <div class="actions">
        <button part="cancel" class="button secondary" type="button" @click=${o.onCancel}>${o.cancelLabel}</button>
        <button part="submit" class="button ${o.danger ? 'danger' : ''}" type="submit" aria-disabled=${o.busy ? 'true' : 'false'}>
          ${o.busy ? html`<span class="spinner" aria-hidden="true"></span>${o.busyLabel}` : o.submitLabel}
        </button>
      </div>
    </form>
  </dialog>`;
}

/** What every field of our forms has: a label (with "required"), a hint and an error. */
export interface FieldOptions {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  requiredLabel?: string;
}

/** The ids of the field's hint and error, for the control's `aria-describedby`. */
export function describedBy(o: FieldOptions): string | typeof nothing {
  return [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ') || nothing;
}

/** The control with its label, hint and error, wired for assistive technologies. */
export function renderField(o: FieldOptions, control: TemplateResult): TemplateResult {
  return html`<div class="field">
    <label for=${o.id}
      >${o.label}${o.required && o.requiredLabel ? html` <span class="hint">(${o.requiredLabel})</span>` : nothing}</label
    >
    ${o.hint ? html`<span id="${o.id}-hint" class="hint">${o.hint}</span>` : nothing} ${control}
    ${o.error ? html`<span id="${o.id}-error" part="field-error" class="error">${o.error}</span>` : nothing}
  </div>`;
}

/** A labelled text area with its hint and its error (single-line inputs: `text-input.ts`). */
export interface TextAreaOptions extends FieldOptions {
  value: string;
  part?: string;
  onInput: (value: string) => void;
}

export function renderTextArea(o: TextAreaOptions): TemplateResult {
  return renderField(
    o,
    html`<textarea
      id=${o.id}
      part=${o.part ?? 'textarea'}
      ?required=${o.required}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedBy(o)}
      .value=${o.value}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>`,
  );
}
