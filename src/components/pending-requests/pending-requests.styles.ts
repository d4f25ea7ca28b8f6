import { css } from 'lit';

export const pendingRequestsStyles = css`
  :host {
    display: block;
  }
  .count {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-top: 0.75rem;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  /* A request out of view is neither laid out nor painted until it scrolls in (its last
     height kept meanwhile): a page change lays out the few rows on screen, not all 20. The
     padding holds the controls' focus rings inside the row, which clips its own paint. */
  .request {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--org-radius, 0.25rem);
    content-visibility: auto;
    contain-intrinsic-size: auto 9rem;
  }
  .request > * {
    min-width: 0;
  }
  .who {
    overflow-wrap: anywhere;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .name {
    font-weight: 700;
  }
  .date {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .comment {
    grid-column: 2;
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .comment.none {
    font-style: italic;
    color: var(--_muted);
  }
  .decide {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
    margin-top: 0.25rem;
  }
  .decide label {
    display: grid;
    font-size: 0.875rem;
  }
  select {
    font: inherit;
    padding: 0.25rem;
  }
  .row-error {
    grid-column: 2;
    margin: 0;
  }
  @media (max-width: 30rem) {
    .request {
      grid-template-columns: 1fr;
    }
    .comment,
    .decide,
    .row-error {
      grid-column: 1;
    }
  }
`;
