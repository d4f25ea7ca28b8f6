import type { MemberRole, MembershipRequest } from '../../src/api/models.js';
import { MockUdata } from '../../mocks/backend.js';
import type { MockForm } from '../../mocks/uploads.js';
import { slugify } from '../../mocks/routes/me.js';
import {
  addBadge,
  addNotification,
  onMembershipRequestCreated,
  type MockNotificationDetails,
} from '../../mocks/notifications.js';
import {
  oid,
  toUserRef,
  type MockDataset,
  type MockMembershipRequest,
  type MockOrganization,
  type MockReuse,
  type MockUser,
} from '../../mocks/seed.js';

/**
 * The pieces of udata's test suite that the contract needs: an empty database, factories
 * named after udata's (`UserFactory`, `OrganizationFactory`, `MembershipRequest`…) and an
 * API test case that logs a user in (by API key) and calls `/api/1/…` paths.
 */

const API = 'https://udata.test/api/1/';
let counter = 0;
const next = () => ++counter;

export interface Answer {
  status: number;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- udata's bodies, read as the Python tests read them
  headers: Record<string, string>;
}

/** udata's `PytestOnlyAPITestCase`, against the mock. */
export class APITestCase {
  readonly udata = new MockUdata();
  private key: string | null = null;

  constructor() {
    this.udata.data = {
      users: [],
      organizations: [],
      requests: [],
      datasets: [],
      reuses: [],
      discussions: [],
      harvestSources: [],
      assignments: [],
      notifications: [],
      transfers: [],
      activities: [],
    };
  }

  /** Logs in the given user, or a new one. */
  login(user: MockUser = this.UserFactory()): MockUser {
    this.key = user.apiKey;
    return user;
  }

  logout(): void {
    this.key = null;
  }

  get(path: string, query: Record<string, string> = {}, headers: Record<string, string> = {}): Answer {
    const url = new URL(path, API);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return this.call('GET', url.href, undefined, headers);
  }

  post(path: string, body: unknown = {}): Answer {
    return this.call('POST', new URL(path, API).href, body);
  }

  put(path: string, body: unknown = {}): Answer {
    return this.call('PUT', new URL(path, API).href, body);
  }

  delete(path: string): Answer {
    return this.call('DELETE', new URL(path, API).href);
  }

  /** udata's `self.post(url, {"file": (…)}, json=False)`: a multipart body. */
  upload(method: 'POST' | 'PUT', path: string, form: Partial<MockForm>): Answer {
    return this.call(method, new URL(path, API).href, undefined, {}, { fields: {}, files: {}, ...form });
  }

  private call(method: string, url: string, body?: unknown, extra: Record<string, string> = {}, form?: MockForm): Answer {
    const headers: Record<string, string> = { ...extra };
    if (this.key) headers['X-API-KEY'] = this.key;
    const answer = this.udata.handle({ method, url, headers, body, form });
    return {
      status: answer.status,
      json: answer.text !== undefined ? answer.text : (answer.json ?? null),
      headers: answer.headers ?? {},
    };
  }

  // ---- factories ------------------------------------------------------------

  UserFactory(overrides: Partial<MockUser> = {}): MockUser {
    const n = next();
    const first = overrides.first_name ?? `Prénom${n}`;
    const last = overrides.last_name ?? `Nom${n}`;
    const slug = overrides.slug ?? (slugify(`${first} ${last}`) || `user-${n}`);
    const user: MockUser = {
      id: oid('b0', n),
      slug,
      first_name: first,
      last_name: last,
      email: `user${n}@example.com`,
      page: `https://udata.test/users/${slug}/`,
      avatar: null,
      avatar_thumbnail: null,
      roles: [],
      organizations: [],
      since: '2024-01-01T00:00:00+00:00',
      last_login_at: null,
      apiKey: `key-${n}`,
      deleted: null,
      ...overrides,
    };
    this.udata.data.users.push(user);
    return user;
  }

  /** A sysadmin: `roles` holds "admin". */
  AdminFactory(overrides: Partial<MockUser> = {}): MockUser {
    return this.UserFactory({ roles: ['admin'], ...overrides });
  }

  OrganizationFactory(
    options: {
      members?: Array<[MockUser, MemberRole]>;
      requests?: MockMembershipRequest[];
      deleted?: string | null;
      slug?: string;
      previous_slugs?: string[];
      /** Any other field (name, acronym, business_number_id, metrics…). */
      fields?: Partial<MockOrganization>;
    } = {},
  ): MockOrganization {
    const n = next();
    const slug = options.slug ?? `organisation-${n}`;
    const org: MockOrganization = {
      id: oid('a0', n),
      name: `Organisation ${n}`,
      acronym: null,
      slug,
      description: 'Une organisation.',
      url: null,
      logo: null,
      logo_thumbnail: null,
      page: `https://udata.test/organizations/${slug}/`,
      uri: `${API}organizations/${slug}/`,
      badges: [],
      members: (options.members ?? []).map(([user, role]) => ({
        user: toUserRef(user),
        role,
        since: '2024-04-14T00:00:00+00:00',
      })),
      metrics: { datasets: 0, reuses: 0, dataservices: 0, followers: 0, views: 0, members: 0 },
      created_at: '2024-01-01T00:00:00+00:00',
      last_modified: '2024-01-01T00:00:00+00:00',
      deleted: options.deleted ?? null,
      previous_slugs: options.previous_slugs,
      business_number_id: null,
      ...options.fields,
    };
    this.udata.data.organizations.push(org);
    for (const request of options.requests ?? []) this.udata.data.requests.push({ ...request, org: org.id });
    // The factory's requests are embedded documents: hand back the stored ones.
    options.requests?.splice(0, options.requests.length, ...this.udata.data.requests.filter((r) => r.org === org.id));
    return org;
  }

  /** udata's embedded `MembershipRequest` (a join request unless `kind` says invitation). */
  MembershipRequest(
    fields: {
      user?: MockUser | null;
      email?: string | null;
      comment?: string | null;
      kind?: MembershipRequest['kind'];
      status?: MembershipRequest['status'];
      role?: MemberRole;
      created_by?: MockUser;
    } = {},
  ): MockMembershipRequest {
    return {
      id: this.udata.newUuid(),
      org: '',
      kind: fields.kind ?? 'request',
      status: fields.status ?? 'pending',
      user: fields.user ? toUserRef(fields.user) : null,
      email: fields.email ?? null,
      role: fields.role ?? 'editor',
      comment: fields.comment ?? null,
      created: new Date().toISOString(),
      assignments: [],
      created_by: fields.created_by?.id ?? null,
    };
  }

  /** Like udata's `DatasetFactory`: no resources unless asked; `null` and `fields.owner` for a user's. */
  DatasetFactory(org: MockOrganization | null, fields: Partial<MockDataset> = {}): MockDataset {
    const n = next();
    const dataset: MockDataset = {
      id: oid('d0', n),
      org: org?.id ?? null,
      title: `Jeu de données ${n}`,
      slug: `jeu-${n}`,
      private: false,
      archived: null,
      deleted: null,
      resources: 0,
      created_at: new Date(Date.UTC(2024, 0, n)).toISOString(),
      last_update: null,
      metrics: { views: 0, followers: 0, reuses: 0, discussions: 0, resources_downloads: 0 },
      quality: {
        license: false,
        temporal_coverage: false,
        spatial: false,
        update_frequency: false,
        dataset_description_quality: false,
        has_resources: true,
        has_open_format: true,
        all_resources_available: true,
        resources_documentation: false,
        score: 0,
      },
      ...fields,
    };
    this.udata.data.datasets.push(dataset);
    return dataset;
  }

  ReuseFactory(org: MockOrganization | null, fields: Partial<MockReuse> = {}): MockReuse {
    const n = next();
    const reuse: MockReuse = {
      id: oid('e0', n),
      org: org?.id ?? null,
      title: `Réutilisation ${n}`,
      slug: `reuse-${n}`,
      created_at: new Date(Date.UTC(2024, 0, n)).toISOString(),
      metrics: {},
      ...fields,
    };
    this.udata.data.reuses.push(reuse);
    return reuse;
  }

  DiscussionFactory(org: MockOrganization, subject: { id: string; class: string }, closed: string | null = null) {
    const n = next();
    const discussion = {
      id: oid('f0', n),
      org: org.id,
      title: '',
      subject,
      user: null,
      created: new Date(Date.UTC(2024, 1, n)).toISOString(),
      closed,
      discussion: [],
    };
    this.udata.data.discussions.push(discussion);
    return discussion;
  }

  HarvestSourceFactory(owner: { org?: MockOrganization; user?: MockUser }) {
    const n = next();
    const source = {
      id: oid('c0', n),
      org: owner.org?.id ?? null,
      owner: owner.user?.id ?? null,
      name: `Source ${n}`,
      url: `https://example.org/${n}`,
      backend: 'dcat',
      active: true,
    };
    this.udata.data.harvestSources.push(source);
    return source;
  }

  /** `Notification(user=…, details=…).save()` (`created_at` defaults to now). */
  NotificationFactory(
    user: MockUser,
    details: MockNotificationDetails,
    fields: { created_at?: string; handled_at?: string | null } = {},
  ) {
    return addNotification(this.udata, user.id, details, fields);
  }

  /** `Organization.add_membership_request(request)`: stored (once), then `MembershipRequest.after_create`. */
  add_membership_request(org: MockOrganization, request: MockMembershipRequest): MockMembershipRequest {
    const stored = this.udata.data.requests.find((r) => r.id === request.id) ?? { ...request, org: org.id };
    if (!this.udata.data.requests.includes(stored)) this.udata.data.requests.push(stored);
    onMembershipRequestCreated(this.udata, stored);
    return stored;
  }

  /** `Organization.add_badge(kind)`, its `notify_badge_*` task run eagerly as in udata's tests. */
  add_badge(org: MockOrganization, kind: string) {
    return addBadge(this.udata, org, kind);
  }
}

/** `url_for("api.organization", org=org)` and friends: udata builds paths from the slug. */
export const orgPath = (org: MockOrganization, rest = '') => `organizations/${org.slug}/${rest}`;
