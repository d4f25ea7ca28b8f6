import { css } from 'lit';

/**
 * Tables: lines, sort buttons in headers, numbers aligned right, page navigation.
 *
 * The layout follows the width the table is given (a container query on its wrapper, not the
 * viewport: an element may sit in a narrow column of a wide page). Wide, the table scrolls
 * sideways inside its wrapper, its first column (the name or title) stays in place, and a
 * shadow on the right edge says there is more; the wrapper paints the surface colour the
 * sticky column and the shadow's cover need. Narrow, every row is a card: the name first, then
 * each cell with its column's name (`data-label`), the row's actions with it. The sort buttons
 * stay visible above the cards; the other headers are hidden from sight, not from screen
 * readers, and `content: … / ''` keeps the labels out of what they read (the headers say it).
 * The templates give rows, cells and groups explicit roles: Safari (at least 14 to 16) loses a
 * table's semantics when its cells are blocks (mdn/browser-compat-data#19994); Chromium and
 * Firefox keep them either way.
 */
export const tableStyles = css`
  .table-wrapper {
    container: table / inline-size;
    overflow-x: auto;
    /* Focus and scrolling bring a cell out from under the sticky column (at its narrowest, as
       it is when the table overflows: a name's longest word and its avatar). */
    scroll-padding-inline-start: 16rem;
    color: var(--_text);
    background:
      linear-gradient(to left, var(--_background) 40%, transparent) 100% 0 / 2rem 100% no-repeat local,
      linear-gradient(to left, color-mix(in srgb, var(--_text) 25%, transparent), transparent) 100% 0 / 0.75rem 100% no-repeat
        scroll var(--_background);
  }
  table {
    width: 100%;
    border-spacing: 0;
  }
  th,
  td {
    padding: 0.5rem;
    text-align: left;
    vertical-align: middle;
    border-bottom: 1px solid var(--_border);
  }
  :where(.table-wrapper) tr > :first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_background);
    border-inline-end: 1px solid var(--_border);
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
  @container table (max-width: 36rem) {
    table,
    thead,
    tbody,
    tbody tr,
    tbody > * > * {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
    }
    .table-wrapper :is(th, td) {
      position: static;
      padding: 0.25rem 0;
      border: 0;
      text-align: start;
      overflow-wrap: anywhere;
    }
    thead th:not(:has(.sort)) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody tr {
      margin-top: 0.5rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--org-radius, 0.25rem);
    }
    td::before {
      content: attr(data-label);
      content: attr(data-label) / '';
      display: inline-block;
      min-width: 40%;
      margin-inline-end: 0.5rem;
      color: var(--_muted);
    }
    td:empty {
      display: none;
    }
  }
`;
