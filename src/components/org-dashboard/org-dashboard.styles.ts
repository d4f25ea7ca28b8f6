import { css } from 'lit';

export const orgDashboardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem;
    margin-bottom: 1.5rem;
  }
  .logo {
    width: 4rem;
    height: 4rem;
    object-fit: contain;
    border: 1px solid var(--_border);
    background: #fff;
  }
  .name {
    margin: 0;
    font-size: var(--org-title-size, 1.75rem);
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .acronym {
    color: var(--_muted);
    font-weight: 400;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 1rem;
    font-size: 0.875rem;
    font-weight: 700;
    color: var(--_muted);
  }
  .badge.certified {
    color: var(--org-color-certified, var(--_primary));
    background: var(--org-color-certified-background, var(--_avatar));
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr));
    gap: 1.5rem;
  }
  .section {
    min-width: 0;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--org-radius, 0.25rem);
  }
  .section.wide {
    grid-column: 1 / -1;
  }
  .section-title {
    margin: 0 0 0.75rem;
    font-size: 1.25rem;
  }
  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
    gap: 0.75rem;
    margin: 0;
  }
  .figure {
    display: flex;
    flex-direction: column-reverse;
  }
  .figure dd {
    margin: 0;
    font-size: 1.5rem;
    font-weight: 700;
  }
  .figure dt {
    color: var(--_muted);
  }
  table {
    font-size: 0.9375rem;
  }
  tbody th {
    font-weight: 400;
  }
  .tag {
    font-size: 0.75rem;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
  }
  .anomalies,
  .discussions,
  .harvesters {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .discussions li,
  .harvesters li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    overflow-wrap: anywhere;
  }
  summary {
    cursor: pointer;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-weight: 700;
  }
  .dot {
    width: 0.625rem;
    height: 0.625rem;
    border-radius: 50%;
    background: currentColor;
  }
  .status-done {
    color: var(--_success);
  }
  .status-done-errors {
    color: var(--_warning);
  }
  .status-failed {
    color: var(--_error);
  }
  .status-running,
  .status-never {
    color: var(--_muted);
  }
  .certification {
    margin-top: 1rem;
  }
  .join {
    margin-top: 0.75rem;
  }
  .danger-explanation {
    margin-bottom: 1rem;
  }
  .danger-explanation p {
    margin: 0 0 0.5rem;
  }
  @media print {
    button,
    .pagination,
    .danger-explanation,
    join-request-button,
    delete-org-dialog {
      display: none !important;
    }
    .section {
      break-inside: avoid;
      border-color: #999;
    }
    a {
      color: inherit;
    }
  }
`;
