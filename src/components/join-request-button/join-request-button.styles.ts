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
  .invitation > .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .invitation-message {
    margin: 0.25rem 0;
    padding-left: 0.75rem;
    border-left: 3px solid var(--org-color-primary, #000091);
    white-space: pre-line;
  }
  .invitation > .hint {
    margin: 0.5rem 0 0;
  }
`;
