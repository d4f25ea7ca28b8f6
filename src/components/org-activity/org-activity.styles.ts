import { css } from 'lit';

/** The activity, grouped by month. */
export const activityStyles = css`
  :host {
    display: block;
  }
  .month {
    margin: 1rem 0 0.25rem;
    font-size: 1rem;
    text-transform: capitalize;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .activity {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: 0.5rem 0;
    border-top: 1px solid var(--_border);
  }
  .what,
  .meta {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .meta,
  .changes summary {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .changes ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .more {
    margin-top: 0.75rem;
  }
`;
