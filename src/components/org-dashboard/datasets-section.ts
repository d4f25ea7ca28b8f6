import { initialState, Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { searchOrganizationDatasets } from '../../api/dashboard.js';
import { isObjectId } from '../../api/ids.js';
import type { Dataset, Page } from '../../api/models.js';
import { renderTask } from '../../internal/task-section.js';
import type { OrgSession } from '../../state/org-session.js';
import { renderAnomalies, renderDatasets, type DatasetSortKey, type ViewContext } from './dashboard-views.js';

const DEFAULT_SORT = '-last_update';
const PAGE_SIZE = 20;
/** The datasets analysed for quality anomalies. */
const QUALITY_SAMPLE = 100;

type Owner = readonly [id: string | undefined, excludeDeleted: boolean];

/**
 * Whose datasets to list, and whether to leave out the deleted ones (`deleted=false`, which
 * udata answers 401 to an anonymous caller). Known from udata's organization and `/me/`, or
 * at once when `org` is an id and who asks is known without `/me/` (a key, or no credentials):
 * the datasets are then asked beside the organization rather than after it (udata filters
 * datasets by organization id only, so a slug waits for the organization's answer).
 */
export function datasetsOwner(session: OrgSession | undefined): Owner {
  if (!session) return [undefined, false];
  if (session.org) return [session.org.id, Boolean(session.me)];
  const { org, apiKey, withCredentials } = session.config;
  const early = session.organization.status === 'loading' && isObjectId(org) && Boolean(apiKey || !withCredentials);
  return early ? [org, Boolean(apiKey)] : [undefined, false];
}

/**
 * The dashboard's datasets: the table, a page and an order at a time (its first page asked on
 * its own, so that it shows without waiting for the larger sample), and a sample of the most
 * recently updated ones for the quality anomalies, asked at the same time.
 */
export class DatasetsSection {
  private page = 1;
  private sort = DEFAULT_SORT;

  /** The most recently updated datasets: the quality anomalies (and the datasets discussions are about). */
  readonly sample: Task<readonly [OrgSession | undefined, string | undefined, boolean], Page<Dataset>>;
  /** The page and order of the table shown. */
  readonly table: Task<readonly [OrgSession | undefined, string | undefined, boolean, number, string], Page<Dataset>>;

  constructor(
    private readonly host: ReactiveControllerHost,
    session: () => OrgSession | undefined,
    private readonly view: () => ViewContext,
  ) {
    const owner = () => datasetsOwner(session());
    this.sample = new Task(host, {
      args: () => [session(), ...owner()] as const,
      task: ([session, id, excludeDeleted], { signal }) =>
        session && id ? load(session, id, excludeDeleted, 1, QUALITY_SAMPLE, DEFAULT_SORT, signal) : initialState,
    });
    this.table = new Task(host, {
      args: () => [session(), ...owner(), this.page, this.sort] as const,
      task: ([session, id, excludeDeleted, page, sort], { signal }) =>
        session && id ? load(session, id, excludeDeleted, page, PAGE_SIZE, sort, signal) : initialState,
    });
  }

  /** The datasets table, a page and an order at a time. */
  renderTable() {
    const view = this.view();
    const t = view.localize.t;
    const options = {
      sort: this.sort,
      onSort: (key: DatasetSortKey) => {
        const current = this.sort.replace(/^-/, '');
        const descending = this.sort.startsWith('-');
        // A new column starts with the order a producer expects: A→Z titles, biggest numbers first.
        this.sort = current === key ? (descending ? key : `-${key}`) : key === 'title' ? key : `-${key}`;
        this.page = 1;
        this.host.requestUpdate();
      },
      onPage: (page: number) => {
        this.page = page;
        this.host.requestUpdate();
      },
    };
    return renderTask(this.table, t, {
      empty: t.dashboard.noDatasets,
      isEmpty: (p) => !p.data.length,
      complete: (page) => renderDatasets(view, page, options),
    });
  }

  /** The quality anomalies of the sample. */
  renderQuality() {
    const view = this.view();
    const t = view.localize.t;
    return renderTask(this.sample, t, {
      empty: t.dashboard.noDatasets,
      isEmpty: (p) => !p.data.length,
      complete: (p) => renderAnomalies(view, p),
    });
  }
}

/** Live datasets only, counted by the server (see `searchOrganizationDatasets`). */
function load(
  session: OrgSession,
  orgId: string,
  excludeDeleted: boolean,
  page: number,
  pageSize: number,
  sort: string,
  signal: AbortSignal,
) {
  return searchOrganizationDatasets(session.client, orgId, { page, pageSize, sort, excludeDeleted }, { signal });
}
