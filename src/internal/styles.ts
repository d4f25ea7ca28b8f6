import { css } from 'lit';
import { themePalette, themeTokens } from './theme-styles.js';

/**
 * Styles shared by every element. Themable through `--org-*` custom properties; the defaults
 * follow the French state's design system (DSFR) colours, light or dark (`theme`): rules read
 * the resolved `--_<role>` tokens of theme-styles.ts, never a colour of their own.
 */
export const baseStyles = css`
  ${themePalette}
  ${themeTokens}
  :host {
    font-family: var(--org-font-family, inherit);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none !important;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: var(--org-focus-width, 2px) solid var(--org-focus-color, #0a76f6);
    outline-offset: 2px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.5rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_primary);
    border-radius: var(--org-radius, 0.25rem);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 500;
    cursor: pointer;
    text-decoration: none;
  }
  .button:hover {
    background: var(--_primary-hover);
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  .button.secondary:hover {
    background: var(--_secondary-hover);
  }
  .button[aria-disabled='true'],
  .button:disabled {
    cursor: progress;
    opacity: 0.75;
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-danger);
  }
  .button.danger:hover {
    background: var(--_danger-hover);
  }
  .button.small {
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    font-size: 0.875rem;
  }
  .link {
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .alert {
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_error);
    background: var(--_error-background);
    color: var(--_text);
  }
  .error {
    color: var(--_error);
  }
  .server-message {
    display: block;
    font-size: 0.875rem;
    margin-top: 0.25rem;
  }
  .notice:empty {
    display: none;
  }
  .success {
    color: var(--_success);
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: org-spin 0.8s linear infinite;
  }
  @keyframes org-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const dialogStyles = css`
  /* Border-box, so that the browser's own limits for a modal dialog (the screen, its scroll
     bar excepted, less 2em and 6px each way) hold its padding too: never wider than the screen,
     nearly all of a phone's (352 px of 390). Long names and titles wrap. */
  dialog {
    box-sizing: border-box;
    width: var(--org-dialog-width, 36rem);
    padding: 1.5rem;
    overflow-wrap: anywhere;
    border: 1px solid var(--_border);
    border-radius: var(--org-radius, 0.25rem);
    background: var(--_background);
    color: var(--_text);
    box-shadow: 0 6px 18px rgb(0 0 18 / 16%);
  }
  dialog::backdrop {
    background: var(--org-backdrop, rgb(22 22 22 / 64%));
  }
  .dialog-title {
    margin: 0 0 1rem;
    font-size: 1.25rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin: 1rem 0;
  }
  .field label {
    font-weight: 500;
  }
  .hint {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  textarea,
  input,
  select {
    font: inherit;
    padding: 0.5rem;
    border: 1px solid var(--_input-border);
    border-radius: var(--org-radius, 0.25rem);
    background: var(--_input-background);
    color: var(--_text);
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.75rem;
    margin-top: 1.5rem;
  }
`;
