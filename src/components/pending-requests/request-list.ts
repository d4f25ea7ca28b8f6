import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { MembershipRequest } from '../../api/models.js';
import type { FormatController } from '../../i18n/format.js';
import { renderPagination, type ListPage, type paginationTerms } from '../../internal/pagination.js';
import type { RowKeys } from '../../internal/row-keys.js';
import type { requestsTerms } from './pending-requests.terms.js';

export interface RequestListOptions {
  localize: FormatController<{ requests: typeof requestsTerms; pagination: typeof paginationTerms }>;
  /** The page shown, cut from every pending request. */
  view: ListPage<MembershipRequest>;
  /** How many requests are pending, all pages together. */
  total: number;
  /** A row, given its key (see `RowKeys`). */
  renderRow: (request: MembershipRequest, key: number) => TemplateResult;
  /** The element's row keys, kept from one render to the next (a new page updates the rows in place). */
  keys: RowKeys;
  onPage: (page: number) => void;
  /** Resolves once the new page is rendered (focus stays in the navigation). */
  rendered: () => Promise<unknown>;
}

/**
 * The pending requests, one page at a time: udata sends them all at once (tens of thousands
 * on a large portal), and only the rows of the page shown are ever in the DOM. The total, and
 * which of them are shown, are said in a status line that a page change updates.
 */
export function renderRequestList({ localize, view, total, renderRow, keys, onPage, rendered }: RequestListOptions) {
  const t = localize.t;
  const paged = view.pages > 1;
  const rowKeys = keys.assign(view.rows.map((r) => r.id));
  const range = t.pagination.range(localize.number(view.first), localize.number(view.last), localize.number(total));
  return html`<p part="count" class="count" role="status">
      ${t.requests.count(localize.number(total), total)}${paged ? ` (${range})` : nothing}
    </p>
    <ul part="list" class="list" aria-label=${t.requests.listLabel} tabindex="-1">
      ${repeat(
        view.rows,
        (_, i) => rowKeys[i],
        (request, i) => renderRow(request, rowKeys[i]),
      )}
    </ul>
    ${
      paged
        ? renderPagination({
            t,
            page: view.page,
            pages: view.pages,
            label: t.requests.listLabel,
            part: 'pagination',
            onPage,
            rendered,
          })
        : nothing
    }`;
}
