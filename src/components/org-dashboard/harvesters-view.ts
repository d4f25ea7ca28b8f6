import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { listHarvestSources } from '../../api/dashboard.js';
import type { HarvestSource, Page } from '../../api/models.js';
import { pageOf, renderPagination } from '../../internal/pagination.js';
import { ownEntry } from '../../internal/lookup.js';
import { renderTask } from '../../internal/task-section.js';
import type { OrgSession } from '../../state/org-session.js';
import type { ViewContext } from './dashboard-views.js';

/** Sources a page: udata's default page size, and the datasets table's. */
const PAGE_SIZE = 20;

const RUNNING = new Set(['pending', 'initializing', 'initialized', 'processing']);

/** What udata answered: one page (recent udata), or every source (old servers: a plain array). */
export type HarvestAnswer = Page<HarvestSource> | HarvestSource[];

/** The sources shown, where they stand in the whole list, and how many there are in all. */
export interface HarvestersView {
  rows: HarvestSource[];
  page: number;
  pages: number;
  /** Position of the first row shown in the whole list (1-based; 0 when empty). */
  first: number;
  last: number;
  total: number;
}

/**
 * The page to show: udata's own page, or one cut here from the plain array of an old server
 * (which ignores `page`, so its whole list is fetched once and paged in the page).
 */
export function harvestersView(answer: HarvestAnswer, page: number, pageSize = PAGE_SIZE): HarvestersView {
  if (Array.isArray(answer)) return { ...pageOf(answer, page, pageSize), total: answer.length };
  const count = (value: unknown, fallback: number) =>
    typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
  const size = count(answer.page_size, pageSize);
  const shown = count(answer.page, page);
  const total = Math.max(count(answer.total, 0), (shown - 1) * size + answer.data.length);
  const first = answer.data.length ? (shown - 1) * size + 1 : 0;
  return {
    rows: answer.data,
    page: shown,
    pages: Math.max(1, Math.ceil(total / size)),
    first,
    last: first ? first + answer.data.length - 1 : 0,
    total,
  };
}

/**
 * The harvesters section: a page of sources at a time, asked of udata page by page (one
 * request a page), or paged here when an old server sends them all. While another page loads,
 * the one shown stays (marked busy) so that the navigation, and the focus in it, stay put.
 */
export class HarvestersSection implements ReactiveController {
  /** The page asked for (1-based). */
  private page = 1;
  /** The organization the page number belongs to: another one starts over at page 1. */
  private pagedOrg?: string;

  readonly task: Task<readonly [OrgSession | undefined, string | undefined, number], HarvestAnswer>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => { session?: OrgSession; orgId?: string },
    private readonly view: () => ViewContext,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      // Once an old server has sent every source, a page change asks nothing more.
      args: () => [this.source().session, this.source().orgId, Array.isArray(this.task.value) ? 1 : this.page] as const,
      task: ([session, orgId, page], { signal }) =>
        session && orgId ? listHarvestSources(session.client, orgId, { page, pageSize: PAGE_SIZE }, { signal }) : initialState,
    });
  }

  hostUpdate(): void {
    const orgId = this.source().orgId;
    if (orgId !== this.pagedOrg) {
      this.pagedOrg = orgId;
      this.page = 1;
    }
  }

  render(): unknown {
    const t = this.view().localize.t;
    const task = this.task;
    if (task.status === TaskStatus.PENDING && task.value) return this.renderView(task.value, true);
    return renderTask(task, t, {
      empty: t.dashboard.noHarvester,
      isEmpty: (answer) => harvestersView(answer, 1).total === 0,
      complete: (answer) => this.renderView(answer, false),
    });
  }

  private showPage(page: number) {
    this.page = page;
    this.host.requestUpdate();
  }

  /** Resolves once the page asked for is shown (or its error is). */
  private async rendered() {
    await this.host.updateComplete;
    await this.task.taskComplete.catch(() => undefined);
    await this.host.updateComplete;
  }

  private renderView(answer: HarvestAnswer, busy: boolean) {
    const ctx = this.view();
    const t = ctx.localize.t;
    const view = harvestersView(answer, this.page);
    const number = (n: number) => ctx.localize.number(n);
    const paged = view.pages > 1;
    return html`<p class="hint" role="status">
        ${ctx.localize.count(view.total, t.dashboard.harvesterNoun)}${
          paged ? ` (${t.pagination.range(number(view.first), number(view.last), number(view.total))})` : nothing
        }
      </p>
      ${renderHarvesters(ctx, view.rows, busy)}
      ${
        paged
          ? renderPagination({
              t,
              // While the next page loads, the navigation already says which one is coming.
              page: busy ? Math.min(Math.max(1, this.page), view.pages) : view.page,
              pages: view.pages,
              label: t.dashboard.harvesters,
              onPage: (page) => this.showPage(page),
              rendered: () => this.rendered(),
            })
          : nothing
      }`;
  }
}

export function renderHarvesters(ctx: ViewContext, sources: HarvestSource[], busy = false) {
  const t = ctx.localize.t;
  return html`<ul class="harvesters" aria-busy=${busy ? 'true' : nothing}>
    ${sources.map((s) => {
      const job = s.last_job;
      const state = !job ? 'never' : RUNNING.has(job.status) ? 'running' : job.status;
      const known = ownEntry(t.dashboard.harvestStatus, state);
      const label = state === 'never' ? t.dashboard.neverHarvested : (known ?? String(state));
      const date = job?.ended ?? job?.started;
      return html`<li part="harvester">
        <strong>${s.name}</strong>
        <span class="status status-${state === 'never' || known ? state : 'unknown'}"
          ><span class="dot" aria-hidden="true"></span>${label}</span
        >
        ${date ? html`<span class="hint">${t.dashboard.lastJob(ctx.localize.date(date, { dateStyle: 'long', timeStyle: 'short' }))}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}
