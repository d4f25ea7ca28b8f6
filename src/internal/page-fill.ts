import type { Page } from '../api/models.js';
import { toApiError } from '../api/errors.js';

export interface PageFillOptions<T> {
  /** The first page to ask (1-based). */
  from: number;
  /** Stop once this many items are kept. */
  wanted: number;
  /** Never ask more pages than this in one go (a list whose items are all filtered out). */
  maxPages: number;
  /** Which items of a page are kept (all by default). */
  keep?: (item: T) => boolean;
  /**
   * An empty page ends the list (default). Not where udata removes items after paging (the
   * activity): there an empty page may have a next one.
   */
  emptyPageEnds?: boolean;
  /** True once the answers are no longer wanted (the list was reset): nothing is returned. */
  stale: () => boolean;
}

export interface FilledPage<T> {
  items: T[];
  /** The page to ask next. */
  next: number;
  /** Whether the list goes on. */
  more: boolean;
}

/**
 * Asks udata pages in a row until `wanted` items are kept, the list ends or `maxPages` were
 * asked: some lists are filtered after paging (udata's activity, an inbox narrowed to one
 * organization), so a page may be short, or empty, and still have a next one. Past the last
 * page udata answers 404: the end of the list, not a failure. `null` when stale.
 */
export async function fillPage<T>(
  ask: (page: number) => Promise<Page<T>>,
  { from, wanted, maxPages, keep = () => true, emptyPageEnds = true, stale }: PageFillOptions<T>,
): Promise<FilledPage<T> | null> {
  const items: T[] = [];
  let next = from;
  let more = true;
  for (let asked = 0; more && asked < maxPages && items.length < wanted; asked++) {
    let page: Page<T>;
    try {
      page = await ask(next);
    } catch (error) {
      if (stale()) return null;
      if (next > 1 && toApiError(error, 'load').status === 404) return { items, next, more: false };
      throw error;
    }
    if (stale()) return null;
    items.push(...page.data.filter(keep));
    more = Boolean(page.next_page) && (page.data.length > 0 || !emptyPageEnds);
    next++;
  }
  return { items, next, more };
}
