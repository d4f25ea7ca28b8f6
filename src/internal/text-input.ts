import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, renderField, type FieldOptions } from './form-dialog.js';

/** A labelled single-line input with its hint and its error, wired for assistive technologies. */
export interface TextInputOptions extends FieldOptions {
  value: string;
  type?: 'text' | 'email' | 'url';
  /** `autocomplete` token (default off: most of our inputs search). */
  autocomplete?: string;
  inputmode?: 'numeric';
  part?: string;
  onInput: (value: string) => void;
}

export function renderTextInput(o: TextInputOptions): TemplateResult {
  return renderField(
    o,
    html`<input
      id=${o.id}
      part=${o.part ?? 'input'}
      type=${o.type ?? 'text'}
      ?required=${o.required}
      inputmode=${o.inputmode ?? nothing}
      autocomplete=${o.autocomplete ?? 'off'}
      spellcheck="false"
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedBy(o)}
      .value=${o.value}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />`,
  );
}
