import { toApiError } from '../api/errors.js';
import type { MembershipRequest } from '../api/models.js';
import type { Loadable, OrgSession } from './org-session.js';
import { listMembershipRequests } from '../api/membership-requests.js';

/**
 * The organization's pending join requests and invitations, for the elements that show them
 * (`<pending-requests>`, `<org-members>`): kept beside the session, one per session, so that
 * the join button does not carry it. `GET …/membership/?status=pending` is asked once for
 * every element; a 403 is kept as the answer, not retried; a session reload starts over.
 */
export class PendingRequestsStore {
  private current: Loadable<MembershipRequest[]> | null = null;
  private loading?: Promise<void>;
  private generation: number;

  constructor(private readonly session: OrgSession) {
    this.generation = session.generation;
  }

  /** `null` until an element asks for them. */
  get state(): Loadable<MembershipRequest[]> | null {
    this.followReload();
    return this.current;
  }

  /** Loads them once for every element that shows them. */
  load(): Promise<void> {
    this.followReload();
    this.loading ??= this.fetch();
    return this.loading;
  }

  /** Fetches them again (e.g. after another admin decided one). */
  reload(): Promise<void> {
    this.followReload();
    this.loading = this.fetch();
    return this.loading;
  }

  /** Adds a request or invitation to the list (when it is loaded). */
  add(request: MembershipRequest): void {
    const list = this.state;
    if (list?.status !== 'ready') return;
    this.set([...list.value.filter((r) => r.id !== request.id), request]);
  }

  /** Replaces the list with a fresh read of the server's. */
  set(requests: MembershipRequest[]): void {
    this.followReload();
    this.current = { status: 'ready', value: requests };
    this.session.changed();
  }

  /** Takes a decided, canceled or vanished request out of the list. */
  remove(id: string): void {
    const list = this.state;
    if (list?.status !== 'ready') return;
    this.set(list.value.filter((r) => r.id !== id));
  }

  /** The session was reloaded: what was known belongs to the previous load. */
  private followReload(): void {
    if (this.generation === this.session.generation) return;
    this.generation = this.session.generation;
    this.current = null;
    this.loading = undefined;
  }

  private async fetch(): Promise<void> {
    const { session } = this;
    const org = session.org;
    if (!org) return;
    const signal = session.signal;
    if (this.current === null) {
      this.current = { status: 'loading' };
      session.changed();
    }
    try {
      const value = await listMembershipRequests(session.client, org.id, { status: 'pending' }, { signal });
      if (signal.aborted) return;
      this.current = { status: 'ready', value };
    } catch (error) {
      if (signal.aborted) return;
      this.current = { status: 'error', error: toApiError(error, 'list-membership-requests') };
    }
    session.changed();
  }
}

const stores = new WeakMap<OrgSession, PendingRequestsStore>();

/** The pending requests of the session's organization (one store per session). */
export function pendingRequestsOf(session: OrgSession): PendingRequestsStore {
  let store = stores.get(session);
  if (!store) {
    store = new PendingRequestsStore(session);
    stores.set(session, store);
  }
  return store;
}
