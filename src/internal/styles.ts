import { css } from 'lit';

/**
 * Styles shared by every element. Themable through `--org-*` custom properties; the defaults
 * follow the French state's design system (DSFR) colours.
 */
export const baseStyles = css`
  :host {
    font-family: var(--org-font-family, inherit);
    color: var(--org-color-text, inherit);
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
    border: 1px solid var(--org-color-primary, #000091);
    border-radius: var(--org-radius, 0.25rem);
    background: var(--org-color-primary, #000091);
    color: var(--org-color-on-primary, #fff);
    font: inherit;
    font-weight: 500;
    cursor: pointer;
    text-decoration: none;
  }
  .button:hover {
    background: var(--org-color-primary-hover, #1212ff);
  }
  .button.secondary {
    background: transparent;
    color: var(--org-color-primary, #000091);
  }
  .button.secondary:hover {
    background: var(--org-color-secondary-hover, #f6f6f6);
  }
  .button[aria-disabled='true'],
  .button:disabled {
    cursor: progress;
    opacity: 0.75;
  }
  .button.danger {
    background: var(--org-color-danger, #ce0500);
    border-color: var(--org-color-danger, #ce0500);
    color: #fff;
  }
  .button.danger:hover {
    background: var(--org-color-danger-hover, #a94645);
  }
  .button.small {
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    font-size: 0.875rem;
  }
  .link {
    color: var(--org-color-primary, #000091);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .error {
    color: var(--org-color-error, #ce0500);
  }
  .alert {
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--org-color-error, #ce0500);
    background: var(--org-color-error-background, #ffe9e9);
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
    color: var(--org-color-success, #18753c);
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
  dialog {
    width: min(var(--org-dialog-width, 36rem), calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 1.5rem;
    border: 1px solid var(--org-color-border, #ddd);
    border-radius: var(--org-radius, 0.25rem);
    background: var(--org-color-background, #fff);
    color: var(--org-color-text, #161616);
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
    color: var(--org-color-muted, #666);
  }
  textarea,
  input,
  select {
    font: inherit;
    padding: 0.5rem;
    border: 1px solid var(--org-color-input-border, #3a3a3a);
    border-radius: var(--org-radius, 0.25rem);
    background: var(--org-color-input-background, #fff);
    color: inherit;
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--org-color-error, #ce0500);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.75rem;
    margin-top: 1.5rem;
  }
`;
