import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MockUdata } from '../../mocks/backend.js';
import { ORG_IDS, VIEWER_KEYS, type MockUser } from '../../mocks/seed.js';
import { APITestCase } from './udata-test-case.js';

/**
 * What `GET /notifications/` answers, field by field, as udata 17.6 marshals it
 * (`udata/api_fields.py`): `Notification.__read_fields__`, each details class with its name under
 * `class` (`GenericField`, `DEFAULT_GENERIC_KEY`), references as `__ref_fields__` (`BaseReference`
 * `id` + `class`, then the `show_as_ref` fields). Then the seed's notifications, checked against
 * the rest of the seed.
 */

const API = 'https://udata.test/api/1/';

function setup() {
  const t = new APITestCase();
  const me = t.login();
  const other = t.UserFactory({ first_name: 'Ana', last_name: 'Ïs', slug: 'ana-is' });
  const org = t.OrganizationFactory({ members: [[me, 'admin']], fields: { badges: [{ kind: 'certified' }] } });
  const only = () => t.get('notifications/').json.data[0];
  return { t, me, other, org, only };
}

const userRef = (u: MockUser) => ({
  id: u.id,
  class: 'User',
  slug: u.slug,
  first_name: u.first_name,
  last_name: u.last_name,
  avatar: null,
  avatar_thumbnail: null,
  page: u.page,
  uri: `${API}users/${u.slug}/`,
});

describe('Notification.__read_fields__ (every details class)', () => {
  it('(source) MembershipRequestNotificationDetails: the organization and user references, the kind', () => {
    const { t, me, other, org, only } = setup();
    const n = t.NotificationFactory(
      me,
      { class: 'MembershipRequestNotificationDetails', request_organization: org.id, request_user: other.id, kind: 'request' },
      { created_at: '2026-11-18T14:02:00+00:00' },
    );
    assert.deepEqual(only(), {
      id: n.id,
      created_at: '2026-11-18T14:02:00+00:00',
      last_modified: '2026-11-18T14:02:00+00:00',
      handled_at: null,
      user: userRef(me),
      details: {
        request_organization: {
          id: org.id,
          class: 'Organization',
          name: org.name,
          acronym: null,
          slug: org.slug,
          logo: null,
          logo_thumbnail: null,
          badges: [{ kind: 'certified' }],
          permissions: { edit: true, delete: true, members: true, harvest: true, private: true },
          uri: org.uri,
          page: org.page,
        },
        request_user: userRef(other),
        kind: 'request',
        class: 'MembershipRequestNotificationDetails',
      },
    });
  });

  it('(source) NewBadge, MembershipAccepted and MembershipRefused: the organization reference (and the kind)', () => {
    const { t, me, org } = setup();
    t.NotificationFactory(me, { class: 'NewBadgeNotificationDetails', organization: org.id, kind: 'certified' });
    t.NotificationFactory(me, { class: 'MembershipAcceptedNotificationDetails', organization: org.id });
    t.NotificationFactory(me, { class: 'MembershipRefusedNotificationDetails', organization: org.id });
    const details = t.get('notifications/', { sort: 'created' }).json.data.map((n: { details: object }) => n.details);
    const organization = details[0].organization;
    assert.equal(organization.id, org.id);
    assert.deepEqual(details, [
      { organization, kind: 'certified', class: 'NewBadgeNotificationDetails' },
      { organization, class: 'MembershipAcceptedNotificationDetails' },
      { organization, class: 'MembershipRefusedNotificationDetails' },
    ]);
  });

  it('(source) TransferRequestNotificationDetails: generic references, each class’s; a dataset’s is only id and class', () => {
    const { t, me, other, org, only } = setup();
    t.NotificationFactory(me, {
      class: 'TransferRequestNotificationDetails',
      transfer_owner: { class: 'User', id: other.id },
      transfer_recipient: { class: 'Organization', id: org.id },
      transfer_subject: { class: 'Dataset', id: '0000000000000000000d0042' },
    });
    const { details } = only();
    assert.deepEqual(details.transfer_owner, userRef(other));
    assert.equal(details.transfer_recipient.class, 'Organization');
    assert.equal(details.transfer_recipient.name, org.name);
    assert.deepEqual(details.transfer_subject, { id: '0000000000000000000d0042', class: 'Dataset' });
    assert.equal(details.class, 'TransferRequestNotificationDetails');
  });

  it('(source) DiscussionNotificationDetails: status, message_id and the whole discussion (Discussion.__read_fields__)', () => {
    const { t, me, other, org, only } = setup();
    const dataset = t.DatasetFactory(org);
    const discussion = t.DiscussionFactory(org, { class: 'Dataset', id: dataset.id });
    Object.assign(discussion, {
      title: 'Fichier manquant',
      user: { id: other.id, first_name: other.first_name, last_name: other.last_name, slug: other.slug },
      discussion: [{ content: 'Où est mars ?', posted_by: { id: other.id }, posted_on: discussion.created }],
    });
    t.NotificationFactory(me, {
      class: 'DiscussionNotificationDetails',
      status: 'new_discussion',
      message_id: null,
      discussion: discussion.id,
    });
    const { details } = only();
    assert.equal(details.status, 'new_discussion');
    assert.equal(details.message_id, null);
    assert.equal(details.class, 'DiscussionNotificationDetails');
    const d = details.discussion;
    assert.deepEqual(Object.keys(d).sort(), [
      'closed',
      'closed_by',
      'closed_by_organization',
      'created',
      'discussion',
      'extras',
      'id',
      'organization',
      'permissions',
      'self_web_url',
      'subject',
      'title',
      'url',
      'user',
    ]);
    assert.deepEqual(d.user, userRef(other));
    assert.deepEqual(d.subject, { class: 'Dataset', id: dataset.id });
    assert.equal(d.url, `${API}discussions/${discussion.id}/`);
    assert.deepEqual(
      d.permissions,
      { delete: false, edit: false, close: true },
      'an admin of the subject’s organization may close',
    );
    assert.deepEqual(Object.keys(d.discussion[0]).sort(), [
      'content',
      'id',
      'last_modified_at',
      'permissions',
      'posted_by',
      'posted_by_organization',
      'posted_on',
    ]);
  });

  it('(source) ValidateHarvester, ReuseCreated, DataserviceCreated: their nested documents', () => {
    const { t, me, org } = setup();
    const source = t.HarvestSourceFactory({ org });
    const dataset = t.DatasetFactory(org);
    const reuse = t.ReuseFactory(org);
    t.NotificationFactory(me, { class: 'ValidateHarvesterNotificationDetails', source: source.id, status: 'accepted' });
    t.NotificationFactory(me, { class: 'ReuseCreatedNotificationDetails', reuse: reuse.id, dataset: dataset.id });
    const stub = { id: '0000000000000000000ds001', title: 'API Adresse', slug: 'api-adresse' };
    t.NotificationFactory(me, { class: 'DataserviceCreatedNotificationDetails', dataservice: stub, dataset: dataset.id });
    const [harvester, reused, served] = t
      .get('notifications/', { sort: 'created' })
      .json.data.map((n: { details: object }) => n.details);

    assert.equal(harvester.status, 'accepted');
    assert.equal(harvester.source.id, source.id);
    assert.equal(harvester.source.organization.id, org.id);
    assert.deepEqual(harvester.source.permissions, {
      edit: true,
      delete: true,
      run: true,
      preview: true,
      validate: false,
      schedule: false,
    });

    assert.deepEqual(reused.reuse, {
      id: reuse.id,
      class: 'Reuse',
      title: reuse.title,
      image: null,
      image_thumbnail: null,
      page: null,
      uri: `${API}reuses/${reuse.slug}/`,
    });
    assert.equal(reused.dataset.id, dataset.id);
    assert.equal(reused.dataset.organization.id, org.id);
    assert.ok(!('community_resources' in reused.dataset), 'dataset_fields under its DEFAULT_MASK');

    assert.deepEqual(served.dataservice, {
      id: stub.id,
      class: 'Dataservice',
      title: 'API Adresse',
      self_api_url: `${API}dataservices/api-adresse/`,
      self_web_url: 'https://udata.test/dataservices/api-adresse',
    });
    assert.equal(served.dataset.title, dataset.title);
  });

  it('(source) a reference to a document gone since answers null', () => {
    const { t, me, only } = setup();
    t.NotificationFactory(me, { class: 'MembershipAcceptedNotificationDetails', organization: '0000000000000000000a0999' });
    assert.equal(only().details.organization, null);
  });
});

describe('The seed’s notifications (the demo, Storybook and the browser tests)', () => {
  const udata = new MockUdata();
  const list = (key: string) =>
    udata.handle({ method: 'GET', url: `https://udata.example/api/1/notifications/?page_size=50`, headers: { 'X-API-KEY': key } })
      .json as {
      total: number;
      data: Array<{ handled_at: string | null; details: Record<string, { id: string } | string | null> & { class: string } }>;
    };
  const ref = (value: unknown) => (value as { id: string } | null)?.id;

  it('Élodie (admin): a join request per pending request to her organization, the badge, discussions, a transfer, handled older ones', () => {
    const { data } = list(VIEWER_KEYS.admin);
    const requests = data.filter((n) => n.details.class === 'MembershipRequestNotificationDetails' && !n.handled_at);
    const pending = udata.data.requests.filter(
      (r) => r.org === ORG_IDS.certified && r.kind === 'request' && r.status === 'pending',
    );
    assert.deepEqual(requests.map((n) => ref(n.details.request_user)).sort(), pending.map((r) => r.user!.id).sort());
    const classes = new Set(data.filter((n) => !n.handled_at).map((n) => n.details.class));
    for (const c of ['NewBadgeNotificationDetails', 'DiscussionNotificationDetails', 'TransferRequestNotificationDetails'])
      assert.ok(classes.has(c), c);
    for (const n of data.filter((x) => x.details.class === 'DiscussionNotificationDetails')) {
      assert.ok(udata.data.discussions.some((d) => d.id === ref(n.details.discussion)));
    }
    assert.ok(data.filter((n) => n.handled_at).length >= 1);
  });

  it('Inès (invited): her invitation’s notification', () => {
    const { data } = list(VIEWER_KEYS.invited);
    const ines = udata.data.users.find((u) => u.apiKey === VIEWER_KEYS.invited)!;
    const invitation = udata.data.requests.find(
      (r) => r.kind === 'invitation' && r.status === 'pending' && r.user?.id === ines.id,
    )!;
    assert.equal(data.length, 1);
    assert.equal(data[0].details.kind, 'invitation');
    assert.equal(ref(data[0].details.request_organization), invitation.org);
  });
});
