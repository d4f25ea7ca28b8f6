import { css } from 'lit';

/** The lists of transfers and the "bring my content" form. */
export const transfersStyles = css`
  :host {
    display: block;
  }
  .section + .section {
    margin-top: 1.5rem;
  }
  .section-title {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='transfer'] {
    padding: 0.75rem 0;
    border-top: 1px solid var(--_border);
  }
  .subject,
  .meta,
  .message {
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  .kind {
    display: inline-block;
    margin-inline-end: 0.5rem;
    padding: 0 0.4rem;
    border: 1px solid var(--_border);
    border-radius: var(--org-radius, 0.25rem);
    font-size: 0.75rem;
    text-transform: uppercase;
  }
  .meta {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .comment {
    white-space: pre-line;
  }
  .actions-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  fieldset {
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--org-radius, 0.25rem);
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding: 0.25rem 0;
  }
  .outcomes {
    margin-top: 0.75rem;
  }
`;
