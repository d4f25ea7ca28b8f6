import { css } from 'lit';

export const orgMembersStyles = css`
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1rem;
    margin-bottom: 0.75rem;
  }
  .toolbar .field {
    margin: 0;
  }
  .toolbar .add {
    margin-left: auto;
  }
  .count {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  .member {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  /* A row's avatar as an inline block: the same 2rem circle, the initials centred by their
     line box as the grid of avatarStyles centres them, the picture (2rem high) at the top of
     that line box. Same pixels (Chromium and Firefox, light and dark, table and cards), and
     half the layout work of a grid in each of the 50 rows a page change, a sort or a
     keystroke lays out again. */
  .member .avatar {
    display: inline-block;
    line-height: 2rem;
    text-align: center;
  }
  /* "Apply" and "Cancel" beside a role chosen and not sent yet. */
  .role-pending {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin: 0.25rem 0 0 0.5rem;
  }
  .role-pending .hint {
    flex-basis: 100%;
  }
  .note {
    font-size: 0.875rem;
    color: var(--_muted);
    max-width: 20rem;
  }
  .invitations {
    margin-top: 1.5rem;
  }
  .invitations h3 {
    font-size: 1rem;
  }
  .invitations ul {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .invitations li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .invitations li.stale {
    border-left: 3px solid var(--_warning);
    padding-left: 0.5rem;
  }
  .invitations .actions {
    display: flex;
    gap: 0.5rem;
  }
  .invitation-message {
    flex-basis: 100%;
    white-space: pre-line;
    color: var(--_muted);
  }
  .combobox {
    position: relative;
  }
  .listbox {
    list-style: none;
    margin: 0;
    padding: 0.25rem 0;
    max-height: 16rem;
    overflow-y: auto;
    border: 1px solid var(--_input-border);
    border-radius: var(--org-radius, 0.25rem);
    background: var(--_background);
    color: var(--_text);
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.375rem 0.75rem;
    cursor: pointer;
  }
  .option.active {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .option[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_muted);
  }
  fieldset.roles {
    border: 0;
    padding: 0;
  }
  legend {
    font-weight: 500;
    padding: 0;
  }
  .radio {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    margin-right: 1.5rem;
    font-weight: 400;
  }
  @media (forced-colors: active) {
    .option.active {
      outline: 2px solid Highlight;
    }
  }
  .assignments .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .assignable-list,
  .picked {
    list-style: none;
    margin: 0.25rem 0;
    padding: 0;
    max-height: 12rem;
    overflow-y: auto;
  }
  .picked li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .assignments .warning {
    color: var(--_warning);
  }
  [part~='notice']:not(:empty) {
    position: sticky;
    top: var(--org-sticky-top, 0);
    z-index: 2;
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_success);
    background: var(--_background);
    box-shadow: 0 2px 6px rgb(0 0 18 / 12%);
  }
`;
