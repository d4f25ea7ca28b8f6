import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetFactory, ReuseFactory, TransferFactory, transferRequest } from './transfer-factories.js';
import { APITestCase } from './udata-test-case.js';

/**
 * What lists transfers and what they move: `GET /transfer/` (its arguments, then only what
 * `TransferPermission` or `TransferResponsePermission` grant) and `GET /transfer/{id}/`
 * (`udata/features/transfer/api.py`); `TransferNotificationsTest` (the old `transfer_request`
 * notifier, which no endpoint serves: read through the list); `/me/datasets/` and
 * `/me/reuses/` (`MeAPITest` of `udata/tests/api/test_me_api.py`, `udata/core/user/api.py`).
 */

const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);

describe('(source) GET /transfer/', () => {
  const setup = () => {
    const t = new APITestCase();
    const [owner, admin, editor] = [t.UserFactory(), t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({
      members: [
        [admin, 'admin'],
        [editor, 'editor'],
      ],
    });
    const dataset = DatasetFactory(t, { owner });
    const transfer = TransferFactory(t, { owner, recipient: org, subject: dataset, user: owner });
    return { t, owner, admin, editor, org, dataset, transfer };
  };

  it('the arguments first (choices), then a malformed id (500), then 400 unless a subject or a recipient', () => {
    const { t, dataset } = setup();
    let response = t.get('transfer/', { subject: dataset.id, subject_type: 'Topic' });
    assert.deepEqual(
      [response.status, response.json],
      [
        400,
        {
          errors: { subject_type: "The value 'Topic' is not a valid choice for 'subject_type'." },
          message: 'Input payload validation failed',
        },
      ],
    );
    response = t.get('transfer/', { subject: dataset.id, status: 'done' });
    assert.equal(response.json.errors.status, "ID of user or organization The value 'done' is not a valid choice for 'status'.");
    assert.equal(t.get('transfer/', { subject: 'abc' }).status, 500);
    response = t.get('transfer/', { status: 'pending', subject: '' });
    assert.deepEqual(
      [response.status, response.json],
      [400, { message: 'Please provide at least a `subject` or a `recipient`' }],
    );
  });

  it('anonymous gets an empty array; the owner (may make) and the recipient organization’s admins (may answer) see it; not its editors', () => {
    const { t, owner, admin, editor, org, transfer } = setup();
    const byRecipient = () => t.get('transfer/', { recipient: org.id });
    assert.deepEqual([byRecipient().status, byRecipient().json], [200, []]);
    for (const [who, expected] of [
      [owner, [transfer.id]],
      [admin, [transfer.id]],
      [editor, []],
      [t.UserFactory(), []],
      [t.AdminFactory(), [transfer.id]],
    ] as const) {
      t.login(who);
      assert.deepEqual(ids(byRecipient().json), expected, who.first_name);
    }
  });

  it('filters: subject, subject_type, recipient and status, together', () => {
    const { t, owner, org, dataset, transfer } = setup();
    const reuse = ReuseFactory(t, { owner });
    t.login(owner);
    const refused = t.post('transfer/', transferRequest(reuse, org)).json;
    t.udata.data.transfers[1].status = 'refused';
    assert.deepEqual(ids(t.get('transfer/', { recipient: org.id }).json), [transfer.id, refused.id]);
    assert.deepEqual(ids(t.get('transfer/', { recipient: org.id, status: 'pending' }).json), [transfer.id]);
    assert.deepEqual(ids(t.get('transfer/', { recipient: org.id, subject_type: 'Reuse' }).json), [refused.id]);
    assert.deepEqual(ids(t.get('transfer/', { subject: dataset.id, recipient: owner.id }).json), []);
  });

  it('the permission reads the subject as it is now: once accepted, the former owner no longer sees it, the new one does', () => {
    const { t, owner, admin, dataset, transfer } = setup();
    t.login(admin);
    assert.equal(t.post(`transfer/${transfer.id}/`, { response: 'accept' }).status, 200);
    t.login(owner);
    assert.deepEqual(t.get('transfer/', { subject: dataset.id }).json, []);
    t.login(admin);
    assert.deepEqual(ids(t.get('transfer/', { subject: dataset.id }).json), [transfer.id]);
  });

  it('GET /transfer/{id}/ checks nothing: anonymous reads any transfer; unknown or malformed ids are 404', () => {
    const { t, transfer } = setup();
    const { status, json } = t.get(`transfer/${transfer.id}/`);
    assert.equal(status, 200);
    assert.equal(json.id, transfer.id);
    assert.equal(json.subject.class, 'Dataset');
    assert.equal(t.get('transfer/65f0c0ffee0000000000abcd/').status, 404);
    assert.equal(t.get('transfer/abc/').status, 404);
  });
});

describe('TransferNotificationsTest (through GET /transfer/: the notifier has no endpoint)', () => {
  it('test_pending_transfer_request_for_user', () => {
    const t = new APITestCase();
    const user = t.login();
    const datasets = [DatasetFactory(t, { owner: user }), DatasetFactory(t, { owner: user })];
    const recipient = t.UserFactory();
    for (const dataset of datasets) assert.equal(t.post('transfer/', transferRequest(dataset, recipient)).status, 201);
    // The requester is not a recipient: the notifier gives them nothing (the list does, as owner).
    assert.equal(t.get('transfer/', { recipient: user.id, status: 'pending' }).json.length, 0);
    t.login(recipient);
    const pending = t.get('transfer/', { recipient: recipient.id, status: 'pending' }).json;
    assert.equal(pending.length, datasets.length);
    for (const transfer of pending) assert.ok(datasets.some((d) => d.id === transfer.subject.id));
  });

  it('test_pending_transfer_request_for_org (the notifier tells every member; the list only the admins)', () => {
    const t = new APITestCase();
    const user = t.login();
    const datasets = [DatasetFactory(t, { owner: user }), DatasetFactory(t, { owner: user })];
    const [editor, admin] = [t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({
      members: [
        [editor, 'editor'],
        [admin, 'admin'],
      ],
    });
    for (const dataset of datasets) assert.equal(t.post('transfer/', transferRequest(dataset, org)).status, 201);
    t.login(editor);
    assert.equal(t.get('transfer/', { recipient: org.id, status: 'pending' }).json.length, 0);
    t.login(admin);
    assert.equal(t.get('transfer/', { recipient: org.id, status: 'pending' }).json.length, datasets.length);
  });
});

describe('MeAPITest: /me/datasets/ and /me/reuses/', () => {
  it('test_my_reuses', () => {
    const t = new APITestCase();
    const user = t.login();
    const reuses = [ReuseFactory(t, { owner: user }), ReuseFactory(t, { owner: user })];
    const response = t.get('me/reuses/');
    assert.equal(response.status, 200);
    assert.equal(response.json.length, reuses.length);
  });

  it('test_my_reuses_401 (and /me/datasets/)', () => {
    const t = new APITestCase();
    assert.equal(t.get('me/reuses/').status, 401);
    assert.equal(t.get('me/datasets/').status, 401);
  });

  it('(source) owned_by(current_user.id): the caller’s own only, not their organizations’; private, deleted, archived included; newest first; plain arrays', () => {
    const t = new APITestCase();
    const user = t.login();
    const org = t.OrganizationFactory({ members: [[user, 'admin']] });
    DatasetFactory(t, { organization: org });
    ReuseFactory(t, { organization: org });
    DatasetFactory(t, { owner: t.UserFactory() });
    const old = DatasetFactory(
      t,
      { owner: user },
      { created_at: '2020-01-01T00:00:00+00:00', deleted: '2021-01-01T00:00:00+00:00' },
    );
    const hidden = DatasetFactory(t, { owner: user }, { created_at: '2024-01-01T00:00:00+00:00', private: true });
    const archived = DatasetFactory(
      t,
      { owner: user },
      { created_at: '2022-01-01T00:00:00+00:00', archived: '2023-01-01T00:00:00+00:00' },
    );
    const datasets = t.get('me/datasets/').json;
    assert.ok(Array.isArray(datasets));
    assert.deepEqual(ids(datasets), [hidden.id, archived.id, old.id]);
    assert.equal(t.get('me/reuses/').json.length, 0);
  });

  it('(source) a dataset as dataset_fields gives it (owner a User ref, organization null, permissions); a reuse as Reuse.__read_fields__', () => {
    const t = new APITestCase();
    const user = t.login();
    const dataset = DatasetFactory(t, { owner: user }, { title: 'Mes relevés' });
    const reuse = ReuseFactory(t, { owner: user }, { title: 'Ma carte', metrics: { views: 3 } });
    const [d] = t.get('me/datasets/').json;
    assert.deepEqual(
      [d.id, d.title, d.owner.id, d.owner.class, d.organization],
      [dataset.id, 'Mes relevés', user.id, 'User', null],
    );
    assert.deepEqual(d.permissions, { delete: true, edit: true, edit_resources: true });
    const [r] = t.get('me/reuses/').json;
    assert.deepEqual([r.id, r.title, r.owner.id, r.organization, r.private], [reuse.id, 'Ma carte', user.id, null, false]);
    assert.deepEqual(r.metrics, {
      discussions: 0,
      discussions_open: 0,
      datasets: 0,
      followers: 0,
      followers_by_months: 0,
      views: 3,
    });
    assert.deepEqual(r.permissions, { delete: true, edit: true });
    for (const key of ['datasets', 'dataservices', 'tags', 'badges', 'type', 'topic', 'url', 'uri', 'page', 'created_at']) {
      assert.ok(key in r, key);
    }
  });
});
