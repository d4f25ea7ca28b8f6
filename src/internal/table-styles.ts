import { css } from 'lit';

/** Tables: lines, sort buttons in headers, numbers aligned right, page navigation. */
export const tableStyles = css`
  .table-wrapper {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.5rem;
    text-align: left;
    vertical-align: middle;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    font-weight: 700;
    white-space: nowrap;
  }
  .num {
    text-align: right;
    white-space: nowrap;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.25rem;
    border: 0;
    background: none;
    font: inherit;
    font-weight: 700;
    color: inherit;
    cursor: pointer;
  }
  .pagination {
    display: flex;
    align-items: center;
    gap: 1rem;
    margin-top: 0.75rem;
  }
`;
