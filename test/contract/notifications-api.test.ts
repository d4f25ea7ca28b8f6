import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APITestCase, orgPath } from './udata-test-case.js';

/**
 * `NotificationsAPITest` (`udata/tests/api/test_notifications.py`), then what the endpoints'
 * source says (`udata/features/notifications/{api,models,permissions}.py`, the generated
 * `__index_parser__` and `apply_pagination` of `udata/api_fields.py`): the caller's own list,
 * newest first, paginated (404 past the end), `handled` filter, `sort`, and the read.
 * The shape of each details class is in notifications-details.test.ts.
 */

const READ = (id: string) => `notifications/${id}/read/`;
const badge = (organization: string, kind = 'certified') =>
  ({ class: 'NewBadgeNotificationDetails', organization, kind }) as const;

describe('NotificationsAPITest', () => {
  it('test_no_notifications', () => {
    const t = new APITestCase();
    t.login();
    const response = t.get('notifications/');
    assert.equal(response.status, 200);
    assert.equal(response.json.total, 0);
  });

  it('test_has_notifications', () => {
    const t = new APITestCase();
    const admin = t.login();
    t.login();
    const organization = t.OrganizationFactory({ members: [[admin, 'admin']] });
    assert.equal(t.post(orgPath(organization, 'membership/'), { comment: 'a comment' }).status, 201);

    t.login(admin);
    const response = t.get('notifications/');
    assert.equal(response.status, 200);
    assert.equal(response.json.total, 1);
    assert.equal(response.json.data[0].details.request_organization.id, organization.id);
  });

  it('test_read_notification', () => {
    const t = new APITestCase();
    const admin = t.login();
    const organization = t.OrganizationFactory({ members: [[admin, 'admin']] });
    t.add_badge(organization, 'certified');

    let response = t.get('notifications/');
    assert.equal(response.status, 200);
    assert.equal(response.json.total, 1);
    const id = response.json.data[0].id;

    response = t.post(READ(id));
    assert.equal(response.status, 200);
    assert.notEqual(response.json.handled_at, null);

    response = t.get('notifications/', { handled: 'false' });
    assert.equal(response.status, 200);
    assert.equal(response.json.total, 0);
  });

  it('test_read_notification_permission', () => {
    const t = new APITestCase();
    const admin = t.login();
    const organization = t.OrganizationFactory({ members: [[admin, 'admin']] });
    t.add_badge(organization, 'certified');
    const response = t.get('notifications/');
    assert.equal(response.json.total, 1);
    const id = response.json.data[0].id;

    t.login();
    assert.equal(t.post(READ(id)).status, 403);
    assert.equal(t.udata.data.notifications[0].handled_at, null);
  });

  it('(source) anonymous: 401 on the list; on a read, 404 for an unknown id (the converter runs first), else 401', () => {
    const t = new APITestCase();
    const owner = t.UserFactory();
    const org = t.OrganizationFactory();
    const notification = t.NotificationFactory(owner, badge(org.id));
    assert.equal(t.get('notifications/').status, 401);
    assert.equal(t.post(READ(notification.id)).status, 401);
    assert.equal(t.post(READ('6f1c2a3e-0b5d-4c7e-9a1f-999999999999')).status, 404);
    assert.equal(t.post(READ('not-a-uuid')).status, 404);
    t.login();
    assert.equal(t.post(READ('6f1c2a3e-0b5d-4c7e-9a1f-999999999999')).status, 404);
    assert.equal(t.get(`notifications/${notification.id}/read/`).status, 405, 'POST only');
  });

  it('(source) EditNotificationPermission: the owner or a sysadmin; reading again sets a new date', () => {
    const t = new APITestCase();
    const owner = t.UserFactory();
    const org = t.OrganizationFactory();
    const notification = t.NotificationFactory(owner, badge(org.id), { handled_at: '2026-01-01T00:00:00+00:00' });
    t.login(t.AdminFactory());
    const response = t.post(READ(notification.id));
    assert.equal(response.status, 200);
    assert.equal(response.json.id, notification.id);
    assert.equal(response.json.user.id, owner.id, 'still the owner’s');
    assert.notEqual(response.json.handled_at, '2026-01-01T00:00:00+00:00', 'datetime.now(), even when already handled');
    assert.equal(response.json.last_modified, response.json.handled_at);
  });

  it('(source) only the caller’s own notifications, newest first (meta ordering: -created_at)', () => {
    const t = new APITestCase();
    const me = t.login();
    const other = t.UserFactory();
    const org = t.OrganizationFactory();
    t.NotificationFactory(me, badge(org.id, 'company'), { created_at: '2026-03-01T00:00:00+00:00' });
    t.NotificationFactory(other, badge(org.id), { created_at: '2026-04-01T00:00:00+00:00' });
    t.NotificationFactory(me, badge(org.id, 'association'), { created_at: '2026-05-01T00:00:00+00:00' });
    t.NotificationFactory(me, badge(org.id, 'certified'), { created_at: '2026-01-01T00:00:00+00:00' });
    const response = t.get('notifications/');
    assert.equal(response.json.total, 3);
    assert.deepEqual(
      response.json.data.map((n: { details: { kind: string } }) => n.details.kind),
      ['association', 'company', 'certified'],
    );
    assert.ok(response.json.data.every((n: { user: { id: string } }) => n.user.id === me.id));
  });

  it('(source) paginated: page_size 20 by default, links keep the query, a page past the end is 404', () => {
    const t = new APITestCase();
    const me = t.login();
    const org = t.OrganizationFactory();
    for (let i = 0; i < 45; i++) {
      t.NotificationFactory(me, badge(org.id), { created_at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() });
    }
    let response = t.get('notifications/');
    assert.equal(response.json.page, 1);
    assert.equal(response.json.page_size, 20);
    assert.equal(response.json.total, 45);
    assert.equal(response.json.data.length, 20);
    assert.equal(response.json.previous_page, null);
    assert.equal(new URL(response.json.next_page).searchParams.get('page'), '2');

    response = t.get('notifications/', { page: '3', handled: 'false' });
    assert.equal(response.json.data.length, 5);
    assert.equal(response.json.next_page, null);
    const previous = new URL(response.json.previous_page);
    assert.equal(previous.searchParams.get('page'), '2');
    assert.equal(previous.searchParams.get('handled'), 'false');

    assert.equal(t.get('notifications/', { page: '4' }).status, 404);
    assert.equal(t.get('notifications/', { page_size: '50' }).json.data.length, 45);
    assert.equal(t.get('notifications/', { page_size: '0' }).status, 400);
    assert.equal(t.get('notifications/', { page: 'x' }).status, 400);

    // An empty list answers its first page (200), and 404 after.
    t.login();
    assert.equal(t.get('notifications/').status, 200);
    assert.equal(t.get('notifications/', { page: '2' }).status, 404);
  });

  it('(source) `handled`: true for handled ones, false (or empty) for the others, anything else is 400', () => {
    const t = new APITestCase();
    const me = t.login();
    const org = t.OrganizationFactory();
    t.NotificationFactory(me, badge(org.id, 'company'));
    t.NotificationFactory(me, badge(org.id, 'certified'), { handled_at: '2026-02-01T00:00:00+00:00' });
    const kinds = (handled: string) =>
      t.get('notifications/', { handled }).json.data.map((n: { details: { kind: string } }) => n.details.kind);
    assert.deepEqual(kinds('true'), ['certified']);
    assert.deepEqual(kinds('on'), ['certified']);
    assert.deepEqual(kinds('false'), ['company']);
    assert.deepEqual(kinds('0'), ['company']);
    assert.deepEqual(kinds(''), ['company']);
    // `?handled=false&page_size=1`: the unread count, in `total`.
    assert.equal(t.get('notifications/', { handled: 'false', page_size: '1' }).json.total, 1);
    const response = t.get('notifications/', { handled: 'maybe' });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json, {
      errors: { handled: 'Invalid literal for boolean(): maybe' },
      message: 'Input payload validation failed',
    });
  });

  it('(source) sort: handled_at (unhandled first), -handled_at (unhandled last), created, last_modified; else 400', () => {
    const t = new APITestCase();
    const me = t.login();
    const org = t.OrganizationFactory();
    t.NotificationFactory(me, badge(org.id, 'b'), {
      created_at: '2026-01-02T00:00:00+00:00',
      handled_at: '2026-03-01T00:00:00+00:00',
    });
    t.NotificationFactory(me, badge(org.id, 'a'), { created_at: '2026-01-03T00:00:00+00:00' });
    t.NotificationFactory(me, badge(org.id, 'c'), {
      created_at: '2026-01-01T00:00:00+00:00',
      handled_at: '2026-02-01T00:00:00+00:00',
    });
    const kinds = (sort: string) =>
      t.get('notifications/', { sort }).json.data.map((n: { details: { kind: string } }) => n.details.kind);
    assert.deepEqual(kinds('handled_at'), ['a', 'c', 'b']);
    assert.deepEqual(kinds('-handled_at'), ['b', 'c', 'a']);
    assert.deepEqual(kinds('created'), ['c', 'b', 'a']);
    assert.deepEqual(kinds('-created'), ['a', 'b', 'c']);
    assert.deepEqual(kinds('-last_modified'), ['b', 'c', 'a']);
    const response = t.get('notifications/', { sort: 'created_at' });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json.errors, {
      sort: "The field (and direction) on which sorting apply The value 'created_at' is not a valid choice for 'sort'.",
    });
  });

  it('(source) `user` (a generated filter): narrows the caller’s own list; not an ObjectId is 400', () => {
    const t = new APITestCase();
    const me = t.login();
    const other = t.UserFactory();
    const org = t.OrganizationFactory();
    t.NotificationFactory(me, badge(org.id));
    t.NotificationFactory(other, badge(org.id));
    assert.equal(t.get('notifications/', { user: me.id }).json.total, 1);
    assert.equal(t.get('notifications/', { user: other.id }).json.total, 0, 'never someone else’s');
    const response = t.get('notifications/', { user: 'me' });
    assert.equal(response.status, 400);
    assert.equal(response.json.message, '`user` must be an identifier');
  });
});
