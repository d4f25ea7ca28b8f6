import { html, nothing } from 'lit';
import type { Lang } from '../i18n/terms.js';

export interface PaginationTerms {
  previous: string;
  next: string;
  pageOf: (page: number, pages: number) => string;
  /** "21 à 40 sur 120": the rows of the page shown (numbers already formatted). */
  range: (first: string, last: string, total: string) => string;
}

/** The words of the page navigation (a section of the elements that page their tables). */
export const paginationTerms: Record<Lang, PaginationTerms> = {
  fr: {
    previous: 'Page précédente',
    next: 'Page suivante',
    pageOf: (page, pages) => `Page ${page} sur ${pages}`,
    range: (first, last, total) => `${first} à ${last} sur ${total}`,
  },
  en: {
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    range: (first, last, total) => `${first}–${last} of ${total}`,
  },
};

/** One page of a list that udata sends whole. */
export interface ListPage<T> {
  rows: T[];
  /** The page shown: the one asked, kept between 1 and the last. */
  page: number;
  pages: number;
  /** Position of the first row in the whole list (1-based; 0 when the list is empty). */
  first: number;
  last: number;
}

/** Cuts `items` to one page of `pageSize` (a page past the end shows the last one). */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): ListPage<T> {
  const size = Math.max(1, Math.floor(pageSize) || 1);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const shown = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (shown - 1) * size;
  const rows = items.slice(start, start + size);
  return { rows, page: shown, pages, first: rows.length ? start + 1 : 0, last: start + rows.length };
}

/** The page (1-based) that holds the item at `index` of the whole list. */
export const pageHolding = (index: number, pageSize: number) => Math.floor(Math.max(0, index) / Math.max(1, pageSize)) + 1;

/** "Previous page / Page 2 of 8 / Next page" under a table; a button only where there is a page to go to. */
export function renderPagination(o: {
  t: { pagination: PaginationTerms };
  page: number;
  pages: number;
  label: string;
  part?: string;
  onPage: (page: number) => void;
  /**
   * Resolves once the element has rendered the new page. When given, focus stays in the
   * navigation: the first page has no "previous" button and the last no "next", so a press
   * that removes its own button hands focus to the one left.
   */
  rendered?: () => Promise<unknown>;
}) {
  const go = (page: number, event: Event) => {
    const pressed = event.currentTarget as HTMLElement;
    const nav = pressed.closest('nav');
    o.onPage(page);
    void o.rendered?.().then(() => {
      if (!pressed.isConnected) nav?.querySelector<HTMLElement>('button')?.focus();
    });
  };
  const button = (page: number, text: string) =>
    html`<button class="button secondary small" type="button" @click=${(event: Event) => go(page, event)}>${text}</button>`;
  return html`<nav part=${o.part ?? nothing} class="pagination" aria-label=${o.label}>
    ${o.page > 1 ? button(o.page - 1, o.t.pagination.previous) : nothing}
    <span aria-current="page">${o.t.pagination.pageOf(o.page, o.pages)}</span>
    ${o.page < o.pages ? button(o.page + 1, o.t.pagination.next) : nothing}
  </nav>`;
}
