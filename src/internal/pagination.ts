import { html, nothing } from 'lit';
import type { Terms } from '../i18n/terms.js';

/** "Previous page / Page 2 of 8 / Next page" under a table; a button only where there is a page to go to. */
export function renderPagination(o: {
  t: Terms;
  page: number;
  pages: number;
  label: string;
  part?: string;
  onPage: (page: number) => void;
}) {
  const button = (page: number, text: string) =>
    html`<button class="button secondary small" type="button" @click=${() => o.onPage(page)}>${text}</button>`;
  return html`<nav part=${o.part ?? nothing} class="pagination" aria-label=${o.label}>
    ${o.page > 1 ? button(o.page - 1, o.t.pagination.previous) : nothing}
    <span aria-current="page">${o.t.pagination.pageOf(o.page, o.pages)}</span>
    ${o.page < o.pages ? button(o.page + 1, o.t.pagination.next) : nothing}
  </nav>`;
}
