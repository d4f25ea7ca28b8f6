import { UdataClient } from '../api/client.js';
import { ApiError, toApiError } from '../api/errors.js';
import type { CurrentUser, Member, MembershipRequest, OrgInvitation, Organization } from '../api/models.js';
import { viewerOf, type Viewer } from '../permissions/viewer.js';
import { clientFor, identityKey, type OrgConfig } from './org-config.js';
import { invitationsByIdentity } from './invitations-cache.js';
import { listMyInvitations } from '../api/invitations.js';
import { listMembershipRequests } from '../api/membership-requests.js';
import { getOrganization } from '../api/organization.js';
import { getMe } from '../api/users.js';

/**
 * What an element needs of the organization's answer: `viewer`, who the viewer is and the
 * name ({@link VIEWER_FIELDS}); `all`, every field. A session whose elements all need only
 * `viewer` asks udata for those fields alone (its `X-Fields` mask), where that costs nothing.
 */
export type OrgFieldNeed = 'viewer' | 'all';

/**
 * The organization's fields that `viewerOf` and the join button read: every member's role and
 * id, not their names and avatars (8.5 kB gzip at 300 members).
 */
export const VIEWER_FIELDS = 'id,name,acronym,slug,page,deleted,permissions,members{role,user{id}}';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: ApiError };

/**
 * The shared store of one organization seen by one identity: the API client, the
 * organization (with its members) and the current user. Every element with the same
 * configuration shares one session, so each resource is fetched once; elements subscribe and
 * re-render when anything changes (a new member, a deletion).
 */
export class OrgSession {
  readonly client: UdataClient;
  organization: Loadable<Organization> = { status: 'loading' };
  currentUser: Loadable<CurrentUser | null> = { status: 'loading' };
  /** The viewer's own pending request to join (`null` value: none known); `null` until an element asks. */
  ownRequest: Loadable<MembershipRequest | null> | null = null;
  /** The viewer's pending invitation to this organization (`null` value: none); `null` until an element asks. */
  myInvitation: Loadable<OrgInvitation | null> | null = null;
  private loadingOwnRequest?: Promise<void>;
  private loadingInvitation?: Promise<void>;
  private readonly listeners = new Set<() => void>();
  private loading?: Promise<void>;
  private controller = new AbortController();
  /** Counts reloads: what other stores keep of the session belongs to one load (see pending-requests-store.ts). */
  generation = 0;
  /** Some element needs every field of the organization. */
  private needsAll = false;
  /** What the organization's last request asked, and what its current value holds. */
  private asked: OrgFieldNeed | null = null;
  private held: OrgFieldNeed | null = null;

  constructor(readonly config: OrgConfig) {
    this.client = clientFor(config);
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * An element of the session says what it needs of the organization. Asked for `viewer`
   * fields only, the organization is asked again whole (the `viewer` elements keep theirs
   * meanwhile; the others wait: see {@link ready}).
   */
  need(fields: OrgFieldNeed): void {
    if (fields === 'viewer' || this.needsAll) return;
    this.needsAll = true;
    if (this.asked === 'viewer') this.readWholeOrganization();
  }

  /** Loads the organization and the current user once (in parallel). */
  load(): Promise<void> {
    this.loading ??= this.fetchAll();
    return this.loading;
  }

  /** Fetches everything again (after a failure, or when the host asks). */
  reload(): Promise<void> {
    this.controller.abort();
    this.controller = new AbortController();
    this.organization = { status: 'loading' };
    this.currentUser = { status: 'loading' };
    this.asked = this.held = null;
    this.ownRequest = this.myInvitation = null;
    this.loadingOwnRequest = this.loadingInvitation = undefined;
    this.generation++;
    invitationsByIdentity.delete(identityKey(this.config));
    this.changed();
    this.loading = this.fetchAll();
    return this.loading;
  }

  /**
   * Looks once for the logged-in viewer's own pending request to join
   * (`GET …/membership/?user={me}&status=pending`). Any failure (a 403 for non-admins on
   * recent udata) means "unknown", kept as no request: joining is still on offer.
   */
  loadOwnRequest(): Promise<void> {
    this.loadingOwnRequest ??= this.fetchOwnRequest();
    return this.loadingOwnRequest;
  }

  /**
   * Looks for the logged-in viewer's pending invitation to this organization. The viewer's
   * invitations (`GET /me/org_invitations/`, every organization) are asked once per identity
   * for the whole page, however many elements and organizations it shows. A failure means
   * "none known": joining is offered as usual.
   */
  loadMyInvitation(): Promise<void> {
    this.loadingInvitation ??= this.fetchMyInvitation();
    return this.loadingInvitation;
  }

  /**
   * Starts reading the viewer's invitations now, beside the organization and `/me/` (they
   * depend on neither): with an API key only, as a cookie may turn out to be no session.
   */
  prefetchInvitations(): void {
    if (this.config.apiKey) this.invitationsOfViewer();
  }

  /** The viewer answered (or the invitation vanished): forget it, here and for the page. */
  forgetInvitation(): void {
    invitationsByIdentity.delete(identityKey(this.config));
    this.myInvitation = { status: 'ready', value: null };
    this.changed();
  }

  /** Reads the viewer's invitations again (after an answer udata refused: 400, 404). */
  reloadMyInvitation(): Promise<void> {
    invitationsByIdentity.delete(identityKey(this.config));
    this.loadingInvitation = this.fetchMyInvitation();
    return this.loadingInvitation;
  }

  /** Records the request the viewer just sent, for every element of the session. */
  setOwnRequest(request: MembershipRequest): void {
    this.ownRequest = { status: 'ready', value: request };
    this.changed();
  }

  /**
   * Reads the organization again without leaving the ready state (members may have changed
   * elsewhere); every element follows. Answers the fresh organization.
   */
  async refreshOrganization(): Promise<Organization> {
    const fields = this.fieldsToAsk();
    const fresh = await this.readOrganization(fields, this.controller.signal);
    this.organization = { status: 'ready', value: fresh };
    this.held = fields;
    this.changed();
    return fresh;
  }

  /**
   * The organization as udata answered a change of its profile: every element shows the new
   * name, description or logo at once. The members stay as known (the answer may carry fewer fields).
   */
  updateOrganization(changes: Partial<Organization>): void {
    const org = this.org;
    if (!org) return;
    this.organization = { status: 'ready', value: { ...org, ...changes, members: org.members } };
    this.changed();
  }

  /** Stops pending requests once no element uses the session. */
  dispose(): void {
    this.controller.abort();
    this.listeners.clear();
  }

  /** The organization (with every field an element of the session needs) and the viewer are known. */
  get ready(): boolean {
    return this.knowsViewer && (!this.needsAll || this.held === 'all');
  }

  /** The organization's `viewer` fields and the current user are known: enough for the join button. */
  get knowsViewer(): boolean {
    return this.organization.status === 'ready' && this.currentUser.status === 'ready';
  }

  get org(): Organization | null {
    return this.organization.status === 'ready' ? this.organization.value : null;
  }

  get me(): CurrentUser | null {
    return this.currentUser.status === 'ready' ? this.currentUser.value : null;
  }

  /** Who the viewer is, worked out once per organization and user read (a lookup among every member). */
  get viewer(): Viewer {
    const { me, org } = this;
    if (this.viewerOf?.me !== me || this.viewerOf.org !== org) this.viewerOf = { me, org, viewer: viewerOf(me, org) };
    return this.viewerOf.viewer;
  }
  private viewerOf?: { me: CurrentUser | null; org: Organization | null; viewer: Viewer };

  /** The first load error, if any: the organization's matters most. */
  get error(): ApiError | null {
    if (this.organization.status === 'error') return this.organization.error;
    if (this.currentUser.status === 'error') return this.currentUser.error;
    return null;
  }

  /** Adds a member, or replaces the one with the same user. */
  putMember(member: Member): void {
    const members = this.org?.members ?? [];
    const index = members.findIndex((m) => m.user.id === member.user.id);
    this.setMembers(index < 0 ? [...members, member] : members.map((m, i) => (i === index ? member : m)));
  }

  removeMember(userId: string): void {
    this.setMembers((this.org?.members ?? []).filter((m) => m.user.id !== userId));
  }

  /** Replaces the members (after an accept, a role change, a removal). */
  setMembers(members: Member[]): void {
    const org = this.org;
    if (!org) return;
    this.organization = { status: 'ready', value: { ...org, members, metrics: { ...org.metrics, members: members.length } } };
    this.changed();
  }

  private async fetchAll(): Promise<void> {
    const { signal } = this.controller;
    const { client, config } = this;
    const settle = <T>(promise: Promise<T>): Promise<Loadable<T>> =>
      promise.then(
        (value) => ({ status: 'ready', value }),
        (error: ApiError) => ({ status: 'error', error }),
      );
    // Before asking for a part of the organization, the elements connected with this one say
    // what they need: those upgraded together, and the descendants of an <org-provider>, which
    // get its settings a few microtasks later. A task later, they all have.
    if (this.fieldsToAsk() === 'viewer') await new Promise((resolve) => setTimeout(resolve));
    if (signal.aborted) return;
    const fields = this.fieldsToAsk();
    const [organization, currentUser] = await Promise.all([
      settle(this.readOrganization(fields, signal)),
      readCurrentUser(client, config, signal),
    ]);
    if (signal.aborted) return;
    // Unless the whole organization was asked meanwhile (an element needing it arrived): its answer stands.
    if (this.asked === fields) {
      this.organization = organization;
      this.held = fields;
    }
    this.currentUser = currentUser;
    this.changed();
  }

  /** Only the `viewer` fields when no element needs more and the mask costs nothing. */
  private fieldsToAsk(): OrgFieldNeed {
    return this.needsAll || !this.client.masksFields ? 'all' : 'viewer';
  }

  private readOrganization(fields: OrgFieldNeed, signal: AbortSignal): Promise<Organization> {
    this.asked = fields;
    const org = this.org?.id ?? this.config.org;
    return getOrganization(this.client, org, { signal, fields: fields === 'viewer' ? VIEWER_FIELDS : undefined });
  }

  /** An element needing every field arrived after the `viewer` fields were asked: read it again, whole. */
  private readWholeOrganization(): void {
    const { signal } = this.controller;
    this.refreshOrganization().catch((error: unknown) => {
      if (signal.aborted) return;
      this.organization = { status: 'error', error: toApiError(error, 'load-organization') };
      this.changed();
    });
  }

  private async fetchOwnRequest(): Promise<void> {
    const { org, me } = this;
    if (!org || !me) return;
    const { signal } = this.controller;
    this.ownRequest = { status: 'loading' };
    this.changed();
    let value: MembershipRequest | null = null;
    try {
      const requests = await listMembershipRequests(this.client, org.id, { user: me.id, status: 'pending' }, { signal });
      value = requests.find((r) => r.kind !== 'invitation' && r.user?.id === me.id) ?? null;
    } catch {
      if (signal.aborted) return;
    }
    this.ownRequest = { status: 'ready', value };
    this.changed();
  }

  private async fetchMyInvitation(): Promise<void> {
    const { org, me } = this;
    if (!org || !me) return;
    this.myInvitation = { status: 'loading' };
    this.changed();
    let value: OrgInvitation | null = null;
    try {
      value = (await this.invitationsOfViewer()).find((invitation) => invitation.organization.id === org.id) ?? null;
    } catch {
      // Unknown: no invitation shown, joining offered (the server's answer will tell).
    }
    if (this.controller.signal.aborted) return;
    this.myInvitation = { status: 'ready', value };
    this.changed();
  }

  /** The viewer's invitations, every organization: one request per identity for the page. */
  private invitationsOfViewer(): Promise<OrgInvitation[]> {
    const key = identityKey(this.config);
    let all = invitationsByIdentity.get(key);
    if (!all) {
      const asked = listMyInvitations(this.client);
      all = asked;
      invitationsByIdentity.set(key, asked);
      asked.catch(() => invitationsByIdentity.get(key) === asked && invitationsByIdentity.delete(key));
    }
    return all;
  }

  /** Something the session holds changed: every element re-renders. */
  changed(): void {
    this.listeners.forEach((listener) => listener());
  }

  /** Aborted when the session reloads or is disposed of. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }
}

/**
 * Who the viewer is (`GET /me/`, only with a key or cookies). An expired session cookie is
 * just an anonymous visitor; a rejected key is an error to show.
 */
export async function readCurrentUser(
  client: UdataClient,
  config: Pick<OrgConfig, 'apiKey'>,
  signal: AbortSignal,
): Promise<Loadable<CurrentUser | null>> {
  if (!client.isAuthenticated) return { status: 'ready', value: null };
  try {
    return { status: 'ready', value: await getMe(client, { signal }) };
  } catch (error) {
    const failure = toApiError(error, 'load-current-user');
    return failure.status === 401 && !config.apiKey ? { status: 'ready', value: null } : { status: 'error', error: failure };
  }
}
