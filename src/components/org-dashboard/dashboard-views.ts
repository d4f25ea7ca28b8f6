import type { SortDirection } from '../../internal/sortable-header.js';
import { html, nothing } from 'lit';
import type { Dataset, Discussion, Organization, Page, QualityFlag, Reuse } from '../../api/models.js';
import type { FormatController } from '../../i18n/format.js';
import type { dashboardTerms } from './org-dashboard.terms.js';
import { paginationTerms, renderPagination } from '../../internal/pagination.js';
import { revealFocused } from '../../internal/reveal-focus.js';
import { sortableHeader } from '../../internal/sortable-header.js';
import { fullName } from '../../internal/users.js';
import type { nounTerms } from '../../i18n/nouns.js';

/** What the section views need: words, formats and where links go. */
export interface ViewContext {
  localize: FormatController<{ dashboard: typeof dashboardTerms; nouns: typeof nounTerms; pagination: typeof paginationTerms }>;
  siteUrl: string;
}

const link = (ctx: ViewContext, path: string, text: string) =>
  ctx.siteUrl ? html`<a class="link" href="${ctx.siteUrl}/${path}">${text}</a>` : text;

const datasetLink = (ctx: ViewContext, d: Pick<Dataset, 'slug' | 'id' | 'title'>) =>
  link(ctx, `datasets/${encodeURIComponent(d.slug || d.id)}/`, d.title);

export type DatasetSortKey = 'title' | 'views' | 'followers' | 'reuses' | 'last_update';

/** The key figures of `organization.metrics`, formatted for the language. */
export function renderTotals(ctx: ViewContext, org: Organization) {
  const t = ctx.localize.t;
  const m = org.metrics ?? ({} as Organization['metrics']);
  const figures: Array<[keyof typeof t.nouns, number | undefined]> = [
    ['datasets', m.datasets],
    ['reuses', m.reuses],
    ['dataservices', m.dataservices],
    ['followers', m.followers],
    ['members', org.members.length],
    ['views', m.views],
  ];
  return html`<dl class="totals">
    ${figures
      .filter(([, value]) => value !== undefined)
      .map(
        ([noun, value]) =>
          html`<div class="figure">
            <dt>${ctx.localize.noun(value!, t.nouns[noun])}</dt>
            <dd>${ctx.localize.number(value)}</dd>
          </div>`,
      )}
  </dl>`;
}

export interface DatasetTableOptions {
  sort: string;
  onSort: (key: DatasetSortKey) => void;
  onPage: (page: number) => void;
}

/** One page of datasets, sortable on udata's sort keys, paged over udata's pagination. */
export function renderDatasets(ctx: ViewContext, page: Page<Dataset>, options: DatasetTableOptions) {
  const t = ctx.localize.t;
  const c = t.dashboard.columns;
  const key = options.sort.replace(/^-/, '');
  const direction = options.sort.startsWith('-') ? 'descending' : 'ascending';
  const sortable = (k: DatasetSortKey, label: string, numeric = true) =>
    sortableHeader({
      label,
      sorted: key === k,
      direction,
      onSort: () => options.onSort(k),
      className: numeric ? 'num' : undefined,
    });
  const pages = Math.max(1, Math.ceil(page.total / page.page_size));
  return html`<div class="table-wrapper" @focusin=${revealFocused}>
      <table role="table" part="table datasets-table">
        <caption class="visually-hidden">
          ${t.dashboard.datasets}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            ${sortable('title', c.title, false)} ${sortable('views', c.views)}
            <th scope="col" role="columnheader" class="num">${c.downloads}</th>
            ${sortable('followers', c.followers)} ${sortable('reuses', c.reuses)}
            <th scope="col" role="columnheader" class="num">${c.discussions}</th>
            ${sortable('last_update', c.lastUpdate)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${page.data.map(
            (d) =>
              html`<tr role="row">
                <th scope="row" role="rowheader">
                  ${datasetLink(ctx, d)} ${d.private ? html`<span class="tag">${t.dashboard.private}</span>` : nothing}
                  ${d.archived ? html`<span class="tag">${t.dashboard.archived}</span>` : nothing}
                </th>
                <td role="cell" class="num" data-label=${c.views}>${ctx.localize.number(d.metrics?.views ?? 0)}</td>
                <td role="cell" class="num" data-label=${c.downloads}>
                  ${ctx.localize.number(d.metrics?.resources_downloads ?? 0)}
                </td>
                <td role="cell" class="num" data-label=${c.followers}>${ctx.localize.number(d.metrics?.followers ?? 0)}</td>
                <td role="cell" class="num" data-label=${c.reuses}>${ctx.localize.number(d.metrics?.reuses ?? 0)}</td>
                <td role="cell" class="num" data-label=${c.discussions}>${ctx.localize.number(d.metrics?.discussions ?? 0)}</td>
                <td role="cell" class="num" data-label=${c.lastUpdate}>${ctx.localize.date(d.last_update)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      pages > 1 ? renderPagination({ t, page: page.page, pages, label: t.dashboard.datasets, onPage: options.onPage }) : nothing
    }`;
}

export type ReuseSortKey = 'title' | 'views' | 'followers' | 'datasets';

/** udata sends the reuses as one plain array: they are sorted here. */
export function sortReuses(reuses: Reuse[], key: ReuseSortKey, direction: SortDirection): Reuse[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...reuses].sort((a, b) =>
    key === 'title' ? sign * a.title.localeCompare(b.title, 'fr') : sign * ((a.metrics?.[key] ?? 0) - (b.metrics?.[key] ?? 0)),
  );
}

export function renderReuses(
  ctx: ViewContext,
  reuses: Reuse[],
  sort: { key: ReuseSortKey; direction: SortDirection; onSort: (key: ReuseSortKey) => void },
) {
  const c = ctx.localize.t.dashboard.columns;
  const header = (key: ReuseSortKey, label: string) =>
    sortableHeader({
      label,
      sorted: sort.key === key,
      direction: sort.direction,
      onSort: () => sort.onSort(key),
      className: key === 'title' ? undefined : 'num',
    });
  return html`<div class="table-wrapper" @focusin=${revealFocused}>
    <table role="table" part="table reuses-table">
      <caption class="visually-hidden">
        ${ctx.localize.t.dashboard.reuses}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          ${header('title', c.title)} ${header('views', c.views)} ${header('followers', c.followers)}
          ${header('datasets', c.datasets)}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${sortReuses(reuses, sort.key, sort.direction).map(
          (r) =>
            html`<tr role="row">
              <th scope="row" role="rowheader">
                ${link(ctx, `reuses/${encodeURIComponent(r.slug || r.id)}/`, r.title)}
                ${r.private ? html`<span class="tag">${ctx.localize.t.dashboard.private}</span>` : nothing}
                ${r.archived ? html`<span class="tag">${ctx.localize.t.dashboard.archived}</span>` : nothing}
              </th>
              <td role="cell" class="num" data-label=${c.views}>${ctx.localize.number(r.metrics?.views ?? 0)}</td>
              <td role="cell" class="num" data-label=${c.followers}>${ctx.localize.number(r.metrics?.followers ?? 0)}</td>
              <td role="cell" class="num" data-label=${c.datasets}>${ctx.localize.number(r.metrics?.datasets ?? 0)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The anomalies, most frequent first, as a producer would name them. */
const FLAG_ORDER: QualityFlag[] = [
  'license',
  'has_open_format',
  'has_resources',
  'all_resources_available',
  'update_fulfilled_in_time',
  'update_frequency',
  'dataset_description_quality',
  'resources_documentation',
  'temporal_coverage',
  'spatial',
];

/**
 * A false flag is an anomaly. udata leaves `has_resources` (and the other resource keys) out
 * of a dataset without resources, so an absent `has_resources` is "no file or link" too.
 */
const hasAnomaly = (d: Dataset, flag: QualityFlag) =>
  flag === 'has_resources' ? Boolean(d.quality) && d.quality!.has_resources !== true : d.quality?.[flag] === false;

export function groupAnomalies(datasets: Dataset[]): Array<{ flag: QualityFlag; datasets: Dataset[] }> {
  return FLAG_ORDER.map((flag) => ({ flag, datasets: datasets.filter((d) => !d.deleted && hasAnomaly(d, flag)) }))
    .filter((group) => group.datasets.length)
    .sort((a, b) => b.datasets.length - a.datasets.length);
}

export function renderAnomalies(ctx: ViewContext, sample: Page<Dataset>) {
  const t = ctx.localize.t;
  const groups = groupAnomalies(sample.data);
  const covered = sample.data.filter((d) => !d.deleted).length;
  const coverage =
    sample.total > sample.data.length
      ? t.dashboard.qualitySample(covered, sample.total)
      : t.dashboard.qualityCovers(ctx.localize.count(covered, t.nouns.datasets));
  if (!groups.length)
    return html`<p class="hint">${coverage}</p>
      <p class="empty">${t.dashboard.noAnomaly}</p>`;
  const shown = 5;
  return html`<p class="hint">${coverage}</p>
    <ul class="anomalies">
      ${groups.map(
        ({ flag, datasets }) =>
          html`<li part="anomaly">
            <details>
              <summary>
                <strong>${t.dashboard.anomalies[flag] ?? flag}</strong> —
                ${t.dashboard.anomalyCount(ctx.localize.count(datasets.length, t.nouns.datasets), datasets.length)}
              </summary>
              <ul>
                ${datasets.slice(0, shown).map((d) => html`<li>${datasetLink(ctx, d)}</li>`)}
                ${datasets.length > shown ? html`<li class="hint">${t.dashboard.andOthers(datasets.length - shown)}</li>` : nothing}
              </ul>
            </details>
          </li>`,
      )}
    </ul>`;
}

export function renderDiscussions(ctx: ViewContext, page: Page<Discussion>, knownDatasets: Dataset[]) {
  const t = ctx.localize.t;
  return html`<ul class="discussions">
    ${page.data.map((d) => {
      const dataset = d.subject?.class === 'Dataset' ? knownDatasets.find((k) => k.id === d.subject.id) : undefined;
      const subjectPath = d.subject?.class === 'Dataset' ? `datasets/${encodeURIComponent(d.subject.id)}/` : '';
      return html`<li part="discussion">
        <strong>${subjectPath ? link(ctx, `${subjectPath}#discussion-${encodeURIComponent(d.id)}`, d.title) : d.title}</strong>
        <span class="hint">
          ${dataset ? html`${t.dashboard.onDataset} ${dataset.title} — ` : nothing}
          ${t.dashboard.by(fullName(d.user, t.unknownUser), ctx.localize.date(d.created))}
        </span>
      </li>`;
    })}
  </ul>`;
}
