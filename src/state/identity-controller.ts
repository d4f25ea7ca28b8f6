import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UdataClient } from '../api/client.js';
import { isAbort, type ApiError } from '../api/errors.js';
import type { CurrentUser } from '../api/models.js';
import { clientFor, identityKey, type OrgConfig } from './org-config.js';
import { readCurrentUser } from './org-session.js';

/**
 * Who the viewer is when there is no organization session (no `org`: creating an
 * organization, the inbox of every organization): a client for the configured API and
 * identity, and the current user (`/me/`, only with a key or cookies). Matches what
 * `renderLoadState` reads (`ready`, `error`, `reload`).
 */
export class IdentityController implements ReactiveController {
  client: UdataClient | null = null;
  me: CurrentUser | null = null;
  ready = false;
  error: ApiError | null = null;
  private identity = '';
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The configuration, or null when the element has an organization session (which knows the viewer). */
    private readonly config: () => OrgConfig | null,
  ) {
    host.addController(this);
  }

  hostUpdate() {
    const config = this.config();
    const identity = config ? identityKey(config) : '';
    if (identity === this.identity) return;
    this.identity = identity;
    this.controller?.abort();
    this.client = config ? clientFor(config) : null;
    void this.reload();
  }

  hostDisconnected() {
    this.controller?.abort();
    this.identity = '';
  }

  async reload(): Promise<void> {
    const client = this.client;
    this.me = null;
    this.error = null;
    this.ready = !client?.isAuthenticated;
    this.host.requestUpdate();
    if (!client || this.ready) return;
    const controller = (this.controller = new AbortController());
    const answer = await readCurrentUser(client, this.config() ?? {}, controller.signal);
    if (controller.signal.aborted || (answer.status === 'error' && isAbort(answer.error))) return;
    if (answer.status === 'ready') this.me = answer.value;
    else if (answer.status === 'error') this.error = answer.error;
    this.ready = true;
    this.host.requestUpdate();
  }
}
