import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listActivity, type Activity } from '../../api/activity.js';
import { isAbort, toApiError, type ApiError } from '../../api/errors.js';
import type { OrgSession } from '../../state/org-session.js';
import { fillPage } from '../../internal/page-fill.js';

const PAGE_SIZE = 20;
/** Requests for one "more" at the most: udata may answer pages emptied by what it hides. */
const MAX_REQUESTS = 10;

/**
 * The organization's activity, newest first (`GET /activity/?organization=`). udata removes
 * what the viewer may not read after paging, so a page can be short, or empty with more
 * after it: each load asks page after page until it has a page's worth or the list ends.
 */
export class ActivityFeed implements ReactiveController {
  items: Activity[] = [];
  state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  error: ApiError | null = null;
  hasMore = false;
  private nextPage = 1;
  private key = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { session: () => OrgSession | undefined; signal: () => AbortSignal; lang: () => string },
  ) {
    host.addController(this);
  }

  hostConnected() {}

  /** Starts over for a new organization, viewer or language. */
  ensureLoaded(): void {
    const session = this.options.session();
    if (!session?.org) return;
    const key = `${session.config.apiBase}|${session.org.id}|${session.me?.id ?? ''}|${session.generation}|${this.options.lang()}`;
    if (key === this.key) return;
    this.key = key;
    this.items = [];
    this.nextPage = 1;
    void this.loadMore();
  }

  async loadMore(): Promise<void> {
    const session = this.options.session();
    const org = session?.org;
    if (!session || !org || this.state === 'loading') return;
    const key = this.key;
    this.state = 'loading';
    this.error = null;
    this.host.requestUpdate();
    try {
      const ask = (page: number) =>
        listActivity(
          session.client,
          { organization: org.id, page, pageSize: PAGE_SIZE, lang: this.options.lang() },
          { signal: this.options.signal() },
        );
      const filled = await fillPage(ask, {
        from: this.nextPage,
        wanted: PAGE_SIZE,
        maxPages: MAX_REQUESTS,
        emptyPageEnds: false,
        stale: () => key !== this.key,
      });
      if (!filled) return;
      this.items = [...this.items, ...filled.items];
      this.nextPage = filled.next;
      this.hasMore = filled.more;
      this.state = 'ready';
    } catch (error) {
      if (isAbort(error) || key !== this.key) return;
      this.error = toApiError(error, 'load-activity');
      this.state = 'error';
    }
    this.host.requestUpdate();
  }
}
