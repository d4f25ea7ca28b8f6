import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MockUdata } from '../../mocks/backend.js';
import { PERSONAL_CONTENT, TRANSFER_IDS } from '../../mocks/seed-transfers.js';
import { ORG_IDS, VIEWER_KEYS } from '../../mocks/seed.js';
import { DatasetFactory, transferRequest } from './transfer-factories.js';
import { APITestCase } from './udata-test-case.js';

/**
 * `TransferRequestNotificationTest` (`udata/tests/test_transfer.py`, which calls the actions:
 * here `POST /transfer/` and `POST /transfer/{id}/`), the receivers of
 * `udata/features/transfer/notifications.py` as `GET /notifications/` shows them, and the seed's
 * transfer (Chloé's dataset offered to the DREAL) against the notification its admins hold.
 */

const transferNotifications = (t: APITestCase) =>
  t.udata.data.notifications.filter((n) => n.details.class === 'TransferRequestNotificationDetails');

describe('TransferRequestNotificationTest', () => {
  it('test_notification_created_for_user_recipient', () => {
    const t = new APITestCase();
    const [owner, recipient] = [t.UserFactory(), t.UserFactory()];
    const dataset = DatasetFactory(t, { owner });
    t.login(owner);
    const transfer = t.post('transfer/', transferRequest(dataset, recipient)).json;
    const notifications = t.udata.data.notifications;
    assert.equal(notifications.length, 1);
    const [notification] = notifications;
    assert.equal(notification.user, recipient.id);
    assert.deepEqual(notification.details, {
      class: 'TransferRequestNotificationDetails',
      transfer_owner: { class: 'User', id: owner.id },
      transfer_recipient: { class: 'User', id: recipient.id },
      transfer_subject: { class: 'Dataset', id: dataset.id },
    });
    assert.equal(notification.created_at, transfer.created);
  });

  it('test_notification_created_for_org_admins_only', () => {
    const t = new APITestCase();
    const [owner, admin1, admin2, editor] = [t.UserFactory(), t.UserFactory(), t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({
      members: [
        [editor, 'editor'],
        [admin1, 'admin'],
        [admin2, 'admin'],
      ],
    });
    const dataset = DatasetFactory(t, { owner });
    t.login(owner);
    const transfer = t.post('transfer/', transferRequest(dataset, org)).json;
    const notifications = t.udata.data.notifications;
    assert.equal(notifications.length, 2);
    assert.deepEqual(notifications.map((n) => n.user).sort(), [admin1.id, admin2.id].sort());
    for (const n of notifications) {
      assert.equal(n.details.class, 'TransferRequestNotificationDetails');
      if (n.details.class !== 'TransferRequestNotificationDetails') continue;
      assert.deepEqual(n.details.transfer_owner, { class: 'User', id: owner.id });
      assert.deepEqual(n.details.transfer_recipient, { class: 'Organization', id: org.id });
      assert.deepEqual(n.details.transfer_subject, { class: 'Dataset', id: dataset.id });
      assert.equal(n.created_at, transfer.created);
    }
  });

  it('test_no_duplicate_notifications', () => {
    const t = new APITestCase();
    const [owner, recipient] = [t.UserFactory(), t.UserFactory()];
    const dataset = DatasetFactory(t, { owner });
    t.login(owner);
    t.post('transfer/', transferRequest(dataset, recipient));
    t.post('transfer/', transferRequest(dataset, recipient));
    assert.equal(t.udata.data.transfers.length, 2);
    assert.equal(t.udata.data.notifications.length, 1);
  });

  it('test_multiple_transfers_create_separate_notifications', () => {
    const t = new APITestCase();
    const [owner, recipient] = [t.UserFactory(), t.UserFactory()];
    const [dataset1, dataset2] = [DatasetFactory(t, { owner }), DatasetFactory(t, { owner })];
    t.login(owner);
    t.post('transfer/', transferRequest(dataset1, recipient));
    t.post('transfer/', transferRequest(dataset2, recipient));
    const subjects = transferNotifications(t).map(
      (n) => n.details.class === 'TransferRequestNotificationDetails' && n.details.transfer_subject?.id,
    );
    assert.deepEqual(subjects, [dataset1.id, dataset2.id]);
  });

  it('test_notification_not_created_if_previous_exists', () => {
    const t = new APITestCase();
    const admin = t.UserFactory();
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    const dataset = DatasetFactory(t, { organization: org });
    const recipient = t.UserFactory();
    t.login(admin);
    t.post('transfer/', transferRequest(dataset, recipient));
    assert.equal(t.udata.data.notifications.length, 1);
    t.post('transfer/', transferRequest(dataset, recipient));
    assert.equal(t.udata.data.notifications.length, 1);
  });

  it('test_notification_created_if_previous_handled', () => {
    const t = new APITestCase();
    const admin = t.UserFactory();
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    const dataset = DatasetFactory(t, { organization: org });
    const recipient = t.UserFactory();
    t.login(admin);
    const transfer = t.post('transfer/', transferRequest(dataset, recipient)).json;
    t.login(recipient);
    assert.equal(t.post(`transfer/${transfer.id}/`, { response: 'refuse' }).status, 200);
    assert.equal(t.udata.data.notifications.length, 1);
    t.login(admin);
    t.post('transfer/', transferRequest(dataset, recipient));
    assert.equal(t.udata.data.notifications.length, 2);
  });

  it('test_notification_created_for_org_to_user_transfer', () => {
    const t = new APITestCase();
    const admin = t.UserFactory();
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    const dataset = DatasetFactory(t, { organization: org });
    const recipient = t.UserFactory();
    t.login(admin);
    const transfer = t.post('transfer/', transferRequest(dataset, recipient)).json;
    const [notification] = t.udata.data.notifications;
    assert.equal(t.udata.data.notifications.length, 1);
    assert.equal(notification.user, recipient.id);
    assert.deepEqual(notification.details, {
      class: 'TransferRequestNotificationDetails',
      transfer_owner: { class: 'Organization', id: org.id },
      transfer_recipient: { class: 'User', id: recipient.id },
      transfer_subject: { class: 'Dataset', id: dataset.id },
    });
    assert.equal(notification.created_at, transfer.created);
  });

  for (const response of ['accept', 'refuse'] as const) {
    it(`test_notification_handled_when_transfer_${response === 'accept' ? 'accepted' : 'refused'}`, () => {
      const t = new APITestCase();
      const [owner, recipient] = [t.UserFactory(), t.UserFactory()];
      const dataset = DatasetFactory(t, { owner });
      t.login(owner);
      const transfer = t.post('transfer/', transferRequest(dataset, recipient)).json;
      t.login(recipient);
      assert.equal(t.post(`transfer/${transfer.id}/`, { response }).status, 200);
      const notifications = t.udata.data.notifications;
      assert.equal(notifications.length, 1);
      assert.notEqual(notifications[0].handled_at, null);
    });
  }
});

describe('(source) the notifications as GET /notifications/ shows them, handled for every admin', () => {
  it('one admin answers: every admin’s notification is handled (not an older handled one); the subject is only id and class', () => {
    const t = new APITestCase();
    const [owner, admin1, admin2] = [t.UserFactory(), t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({
      members: [
        [admin1, 'admin'],
        [admin2, 'admin'],
      ],
    });
    const dataset = DatasetFactory(t, { owner });
    t.login(owner);
    const transfer = t.post('transfer/', transferRequest(dataset, org)).json;

    t.login(admin2);
    const [unread] = t.get('notifications/', { handled: 'false' }).json.data;
    assert.deepEqual(unread.details.transfer_subject, { id: dataset.id, class: 'Dataset' });
    assert.equal(unread.details.transfer_owner.id, owner.id);
    assert.equal(unread.details.transfer_recipient.class, 'Organization');
    t.udata.data.notifications[0].handled_at = '2026-01-01T00:00:00.000Z';

    t.login(admin1);
    assert.equal(t.post(`transfer/${transfer.id}/`, { response: 'accept' }).status, 200);
    assert.equal(t.udata.data.notifications[0].handled_at, '2026-01-01T00:00:00.000Z');
    t.login(admin2);
    assert.equal(t.get('notifications/', { handled: 'false' }).json.total, 0);
  });
});

describe('the seed: Chloé offers the DREAL a dataset of hers', () => {
  const udata = new MockUdata();
  const call = (method: string, path: string, key: string) =>
    udata.handle({ method, url: `https://udata.example/api/1/${path}`, headers: { 'X-API-KEY': key } });

  it('the pending transfer is the one the DREAL’s admins are notified of; the dataset exists, Chloé’s', () => {
    const [offered] = PERSONAL_CONTENT.chloeDatasets;
    const { json } = call('GET', `transfer/?recipient=${ORG_IDS.certified}&status=pending`, VIEWER_KEYS.admin);
    assert.deepEqual(
      (json as Array<{ id: string }>).map((x) => x.id),
      [TRANSFER_IDS.incoming],
    );
    const [transfer] = json as Array<{ subject: { id: string; title: string }; owner: { first_name: string } }>;
    assert.equal(transfer.subject.id, offered);
    assert.equal(transfer.subject.title, 'Inventaire des haies bocagères du Pilat');
    assert.equal(transfer.owner.first_name, 'Chloé');
    const notified = udata.data.notifications.filter(
      (n) =>
        n.details.class === 'TransferRequestNotificationDetails' && n.details.transfer_subject?.id === offered && !n.handled_at,
    );
    const admins = udata.data.organizations.find((o) => o.id === ORG_IDS.certified)!.members.filter((m) => m.role === 'admin');
    assert.equal(notified.length, admins.length);
    assert.ok(notified.every((n) => n.created_at === '2026-11-21T15:45:00+00:00'));
  });

  it('personal content in no organization: Chloé has two datasets, Théo three and a reuse; the DREAL still lists 144 datasets', () => {
    const count = (path: string, key: string) => (call('GET', path, key).json as unknown[]).length;
    assert.equal(count('me/datasets/', VIEWER_KEYS.nonMember), 2);
    assert.equal(count('me/datasets/', VIEWER_KEYS.editor), 3);
    assert.equal(count('me/reuses/', VIEWER_KEYS.editor), 1);
    assert.equal(count('me/datasets/', VIEWER_KEYS.admin), 0);
    const page = call('GET', `organizations/${ORG_IDS.certified}/datasets/?page_size=1`, VIEWER_KEYS.admin).json as {
      total: number;
    };
    assert.equal(page.total, 144);
  });
});
