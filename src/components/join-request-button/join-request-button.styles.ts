import { css } from 'lit';

export const joinRequestButtonStyles = css`
  :host {
    display: inline-block;
  }
  .state {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
  }
  .icon {
    flex: none;
    color: var(--org-color-primary, #000091);
  }
  .notice {
    margin: 0.5rem 0 0;
  }
  .notice:empty {
    display: none;
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
`;
