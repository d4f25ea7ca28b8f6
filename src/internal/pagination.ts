import { html, nothing } from 'lit';
import type { Lang } from '../i18n/terms.js';

export interface PaginationTerms {
  previous: string;
  next: string;
  pageOf: (page: number, pages: number) => string;
}

/** The words of the page navigation (a section of the elements that page their tables). */
export const paginationTerms: Record<Lang, PaginationTerms> = {
  fr: { previous: 'Page précédente', next: 'Page suivante', pageOf: (page, pages) => `Page ${page} sur ${pages}` },
  en: { previous: 'Previous page', next: 'Next page', pageOf: (page, pages) => `Page ${page} of ${pages}` },
};

/** "Previous page / Page 2 of 8 / Next page" under a table; a button only where there is a page to go to. */
export function renderPagination(o: {
  t: { pagination: PaginationTerms };
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
