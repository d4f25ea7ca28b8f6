import { css, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/terms.js';
import type { ConfirmationTarget, Difference } from './confirm-text.js';
import { quotePart, type DeletionTerms } from './delete-org-dialog.terms.js';

/** What the confirmation field shows: what to type, and how the last try differed. */
export interface ConfirmFieldOptions {
  id: string;
  lang: Lang;
  t: DeletionTerms;
  target: ConfirmationTarget;
  value: string;
  /** The difference found at the last submission, until the text changes. */
  difference: Difference | null;
  onInput: (value: string) => void;
}

/** The sentence that says what differs (read with the field: `aria-describedby`, and announced). */
export function describeDifference(lang: Lang, t: DeletionTerms, target: ConfirmationTarget, d: Difference): string {
  if (d.kind === 'empty') return t.typeToConfirm(target.text);
  const expected = quotePart(lang, t, d.expected.part);
  const typed = quotePart(lang, t, d.typed.part);
  const at = d.where === 'inside' ? t.at.inside(d.position) : t.at[d.where];
  return t.mismatch(
    d.kind === 'replaced' ? t.replaced(expected, typed, at) : d.kind === 'missing' ? t.missing(expected, at) : t.extra(typed, at),
  );
}

/**
 * A labelled input whose label ends with the text to type, shown apart so that one click
 * selects it all (to copy), and never translated by the browser. After a failed try, the
 * sentence says what differs in words, and the expected text follows with the differing part
 * in a <mark> (bold, underlined and outlined: not by colour alone).
 */
export function renderConfirmField(o: ConfirmFieldOptions): TemplateResult {
  const d = o.difference;
  const marked = d && d.kind !== 'empty' && d.expected.part ? d.expected : null;
  return html`<div class="field">
    <label for=${o.id}
      >${o.t.confirmLabel[o.target.kind]} <span part="expected" class="expected" translate="no">${o.target.text}</span></label
    >
    <span id="${o.id}-hint" class="hint"
      >${o.t.confirmHint}${o.target.alternatives.length ? ` ${o.t.nameAccepted}` : nothing}</span
    >
    <input
      id=${o.id}
      part="confirm"
      type="text"
      autocomplete="off"
      autocapitalize="none"
      spellcheck="false"
      aria-invalid=${d ? 'true' : 'false'}
      aria-describedby="${o.id}-hint${d ? ` ${o.id}-error` : ''}"
      .value=${o.value}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
    ${
      d
        ? html`<span id="${o.id}-error" part="field-error" class="error" role="alert"
            >${describeDifference(o.lang, o.t, o.target, d)}</span
          >`
        : nothing
    }
    ${
      marked
        ? html`<p part="difference" class="difference">
            ${o.t.expectedLine}
            <span translate="no">${marked.before}<mark>${marked.part}</mark>${marked.after}</span>
          </p>`
        : nothing
    }
  </div>`;
}

export const confirmFieldStyles = css`
  .expected {
    font-weight: 700;
    overflow-wrap: anywhere;
    user-select: all;
    -webkit-user-select: all;
  }
  .difference {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  mark {
    background: var(--org-color-mark-background, var(--_error-background));
    color: inherit;
    font-weight: 700;
    text-decoration: underline 2px;
    outline: 1px solid;
  }
  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
    }
  }
`;
