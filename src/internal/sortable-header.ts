import { html, nothing } from 'lit';

export type SortDirection = 'ascending' | 'descending';

/**
 * A column header whose button sorts the table; `aria-sort` is set on the sorted column only
 * (as the ARIA table pattern asks), the arrows are decorative.
 */
export function sortableHeader(options: {
  label: string;
  sorted: boolean;
  direction: SortDirection;
  onSort: () => void;
  className?: string;
}) {
  const { label, sorted, direction, onSort, className } = options;
  return html`<th scope="col" role="columnheader" class=${className ?? nothing} aria-sort=${sorted ? direction : nothing}>
    <button class="sort" type="button" @click=${onSort}>
      ${label}<span aria-hidden="true">${sorted ? (direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
    </button>
  </th>`;
}
