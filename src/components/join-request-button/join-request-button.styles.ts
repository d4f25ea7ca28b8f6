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
    color: var(--_primary);
  }
  .notice {
    margin: 0.5rem 0 0;
  }
  .notice:empty {
    display: none;
  }
  /*
   * The two answers share one row of their own, at its start, whatever is said above them or
   * on them (not the dialogs' wrapping, right-aligned .actions): never one line here and two
   * there. On a very narrow screen a label wraps inside its button.
   */
  .answers {
    display: flex;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .invitation-message {
    margin: 0.25rem 0;
    padding-left: 0.75rem;
    border-left: 3px solid var(--_primary);
    white-space: pre-line;
  }
  .invitation > .hint {
    margin: 0.5rem 0 0;
  }
`;
