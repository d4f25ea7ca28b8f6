import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UdataClient } from '../../api/client.js';
import { isAbort, toApiError, type ApiError } from '../../api/errors.js';
import {
  countUnhandledNotifications,
  listNotifications,
  markNotificationRead,
  type UdataNotification,
} from '../../api/notifications.js';
import { fillPage } from '../../internal/page-fill.js';
import { concerns } from './notification-text.js';

/** Who asks and which organization's notifications they want (none: all of them). */
export interface FeedScope {
  client: UdataClient;
  /** The viewer's id: tabs of one viewer tell each other about reads and decisions. */
  viewerId: string;
  /** Only this organization's notifications (its id or slug as configured, and both once known). */
  org?: { key: string; id?: string; slug?: string };
}

export interface FeedOptions {
  /** The scope, or null while the viewer is unknown or anonymous (nothing is read). */
  scope: () => FeedScope | null;
  /** Seconds between two readings of the count while the page is visible; 0: never. */
  refreshInterval: () => number;
  /** Whether the list is shown (it is read as soon as the viewer is known). */
  isOpen: () => boolean;
  /** Aborted when the element leaves the page. */
  signal: () => AbortSignal;
  /** The unread count changed (or became known). */
  onCount: (count: number) => void;
  /** A read failed: the element shows it; the page hears of it. */
  onError: (error: ApiError) => void;
}

const PAGE_SIZE = 20;
/** Unread notifications read at once to count one organization's (udata cannot filter them). */
const COUNT_PAGE_SIZE = 100;
const MAX_PAGES = 10;

const scopeKey = (scope: FeedScope | null) =>
  scope ? JSON.stringify([scope.client.apiBase, scope.viewerId, scope.org?.key ?? '']) : '';

/**
 * The viewer's notifications: the unread count (kept fresh while the page is visible, never in
 * a hidden tab), the list newest first, a page at a time, and what the viewer does to them. A
 * read or a decision in one tab tells the other tabs of the same viewer (BroadcastChannel),
 * which read the count and the list again.
 */
export class NotificationsFeed implements ReactiveController {
  count: number | null = null;
  countError: ApiError | null = null;
  items: UdataNotification[] = [];
  /** `idle` until the list is first asked for. */
  listState: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  listError: ApiError | null = null;
  /** Whether older notifications may be asked for. */
  hasMore = false;
  private nextPage = 1;
  private key = '';
  private timer?: ReturnType<typeof setInterval>;
  private channel?: BroadcastChannel;
  private generation = 0;
  /** Bumped by a new scope and by each fresh list: answers of an older list are dropped. */
  private listGeneration = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FeedOptions,
  ) {
    host.addController(this);
  }

  hostConnected() {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected() {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stopTimer();
    this.channel?.close();
    this.channel = undefined;
    this.key = '';
  }

  /** A new viewer, organization or API: everything is read again. */
  hostUpdate() {
    const scope = this.options.scope();
    const key = scopeKey(scope);
    if (key === this.key) return this.syncTimer();
    this.key = key;
    this.generation++;
    this.listGeneration++;
    this.count = null;
    this.countError = null;
    this.items = [];
    this.listState = 'idle';
    this.hasMore = false;
    this.nextPage = 1;
    this.channel?.close();
    this.channel = undefined;
    this.stopTimer();
    if (!scope) return;
    this.openChannel(scope);
    void this.refreshCount();
    // Opened before the viewer was known (an `open` attribute): the list comes now.
    if (this.options.isOpen()) void this.reloadList();
    this.syncTimer();
  }

  /** Reads the unread count again. */
  async refreshCount(): Promise<void> {
    const scope = this.options.scope();
    if (!scope) return;
    const generation = this.generation;
    try {
      const count = await this.countOf(scope);
      if (generation !== this.generation) return;
      this.countError = null;
      if (count !== this.count) {
        this.count = count;
        this.options.onCount(count);
      }
    } catch (error) {
      if (isAbort(error) || generation !== this.generation) return;
      this.countError = toApiError(error, 'load-notifications');
      this.options.onError(this.countError);
    }
    this.host.requestUpdate();
  }

  /** Reads the list from its first page (on opening the panel, after another tab changed it). */
  reloadList(): Promise<void> {
    if (!this.options.scope()) return Promise.resolve();
    this.listGeneration++;
    this.nextPage = 1;
    this.listState = 'loading';
    this.host.requestUpdate();
    return this.loadMore(true);
  }

  /** Asks for the next page; with an organization, as many pages as it takes to show some of its notifications. */
  async loadMore(replace = false): Promise<void> {
    const scope = this.options.scope();
    if (!scope || (!replace && this.listState === 'loading')) return;
    const generation = this.listGeneration;
    this.listState = 'loading';
    this.listError = null;
    this.host.requestUpdate();
    try {
      const filled = await fillPage((page) => this.page(scope, { page, pageSize: PAGE_SIZE }), {
        from: this.nextPage,
        wanted: PAGE_SIZE,
        // Without an organization every notification is kept: one page is a page.
        maxPages: scope.org ? MAX_PAGES : 1,
        keep: scope.org ? (n) => concerns(n, scope.org!) : undefined,
        stale: () => generation !== this.listGeneration,
      });
      if (!filled) return;
      const known = new Set(replace ? [] : this.items.map((n) => n.id));
      this.items = [...(replace ? [] : this.items), ...filled.items.filter((n) => !known.has(n.id))];
      this.nextPage = filled.next;
      this.hasMore = filled.more;
      this.listState = 'ready';
    } catch (error) {
      if (isAbort(error) || generation !== this.listGeneration) return;
      this.listError = toApiError(error, 'load-notifications');
      this.listState = 'error';
      this.options.onError(this.listError);
    }
    this.host.requestUpdate();
  }

  /** Marks notifications read, one request each; answers those udata marked. */
  async markRead(notifications: UdataNotification[]): Promise<UdataNotification[]> {
    const scope = this.options.scope();
    if (!scope) return [];
    const done: UdataNotification[] = [];
    let failure: unknown;
    for (const notification of notifications) {
      try {
        const read = await markNotificationRead(scope.client, notification.id, { signal: this.options.signal() });
        done.push(read);
        this.replace({ ...notification, handled_at: read.handled_at ?? new Date().toISOString() });
      } catch (error) {
        failure = error;
        break;
      }
    }
    if (done.length) this.changed();
    if (failure !== undefined) throw toApiError(failure, 'read-notification');
    return done;
  }

  /** A decision was taken elsewhere in the element (udata marks its notification handled itself). */
  handled(notification: UdataNotification): void {
    this.replace({ ...notification, handled_at: notification.handled_at ?? new Date().toISOString() });
    this.changed();
  }

  /** Something changed: the count again, and the other tabs of this viewer hear of it. */
  private changed(): void {
    void this.refreshCount();
    this.channel?.postMessage('changed');
  }

  private replace(notification: UdataNotification): void {
    this.items = this.items.map((n) => (n.id === notification.id ? notification : n));
    this.host.requestUpdate();
  }

  private async countOf(scope: FeedScope): Promise<number> {
    const options = { signal: this.options.signal() };
    if (!scope.org) return countUnhandledNotifications(scope.client, options);
    let count = 0;
    for (let page = 1; page <= MAX_PAGES; page++) {
      const answer = await this.page(scope, { page, pageSize: COUNT_PAGE_SIZE, handled: false });
      count += answer.data.filter((n) => concerns(n, scope.org!)).length;
      if (!answer.next_page || !answer.data.length) break;
    }
    return count;
  }

  /** One page; past the end udata answers 404, read as an empty last page. */
  private async page(scope: FeedScope, query: { page: number; pageSize: number; handled?: boolean }) {
    try {
      return await listNotifications(scope.client, query, { signal: this.options.signal() });
    } catch (error) {
      if (query.page > 1 && toApiError(error, 'load-notifications').status === 404) {
        return { data: [], next_page: null, page: query.page, page_size: query.pageSize, total: 0, previous_page: null };
      }
      throw error;
    }
  }

  private openChannel(scope: FeedScope): void {
    if (typeof BroadcastChannel === 'undefined') return;
    // Same site only (the browser's rule); named after the API and the viewer, never the key.
    this.channel = new BroadcastChannel(`udata-org-elements:notifications:${scope.client.apiBase}:${scope.viewerId}`);
    this.channel.onmessage = () => {
      // Never in a hidden tab: it catches up when it is shown again.
      if (document.visibilityState !== 'visible') this.stale = true;
      else this.catchUp();
    };
  }

  /** Another tab changed something while this one was hidden. */
  private stale = false;

  private catchUp(): void {
    this.stale = false;
    void this.refreshCount();
    if (this.listState !== 'idle') void this.reloadList();
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible' && this.key) {
      if (this.stale) this.catchUp();
      else if (this.options.refreshInterval() > 0) void this.refreshCount();
    }
    this.syncTimer();
  };

  /** A timer only while the page is visible and a refresh interval is set. */
  private syncTimer(): void {
    const seconds = this.options.refreshInterval();
    const wanted = Boolean(this.key) && seconds > 0 && document.visibilityState === 'visible';
    if (!wanted) return this.stopTimer();
    if (this.timer && this.timerSeconds === seconds) return;
    this.stopTimer();
    this.timerSeconds = seconds;
    this.timer = setInterval(() => {
      if (document.visibilityState === 'visible') void this.refreshCount();
    }, seconds * 1000);
  }

  private timerSeconds = 0;

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
