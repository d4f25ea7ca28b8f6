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
`;
