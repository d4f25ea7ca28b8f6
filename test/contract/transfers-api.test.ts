import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetFactory, ReuseFactory, transferRequest } from './transfer-factories.js';
import { APITestCase } from './udata-test-case.js';

/**
 * `TransferAPITest` (`udata/tests/api/test_transfer_api.py`), then what `api.py` and
 * `permissions.py` of `udata/features/transfer/` say that the tests do not: the exact
 * `transfer_fields` and the request's 400s. The actions (`test_transfer.py`) and the answer's
 * checks are in transfers-actions.test.ts, the lists (`GET /transfer/`, `/me/datasets/`,
 * `/me/reuses/`) in transfers-lists.test.ts, the notifications and the seed in
 * transfers-notifications.test.ts.
 */

const NEW_ID = '65f0c0ffee0000000000abcd';

describe('TransferAPITest', () => {
  it('test_request_dataset_transfer', () => {
    const t = new APITestCase();
    const user = t.login();
    const recipientUser = t.UserFactory();
    const recipientOrg = t.OrganizationFactory();
    const dataset = DatasetFactory(t, { owner: user });
    const comment = 'Une phrase au hasard.';

    // Two transfers of one dataset: udata allows it.
    let response = t.post('transfer/', transferRequest(dataset, recipientOrg, comment));
    assert.equal(response.status, 201);
    response = t.post('transfer/', transferRequest(dataset, recipientUser, comment));
    assert.equal(response.status, 201);
    let data = response.json;
    assert.equal(data.user.id, user.id);
    assert.equal(data.recipient.id, recipientUser.id);
    assert.equal(data.recipient.class, 'User');
    assert.equal(data.subject.id, dataset.id);
    assert.equal(data.subject.class, 'Dataset');
    assert.equal(data.owner.id, user.id);
    assert.equal(data.owner.class, 'User');
    assert.equal(data.comment, comment);
    assert.equal(data.status, 'pending');

    response = t.get('transfer/', { subject: dataset.id });
    assert.equal(response.status, 200);
    data = response.json;
    assert.equal(data.length, 2);
    for (const [i, recipient, cls] of [
      [0, recipientOrg.id, 'Organization'],
      [1, recipientUser.id, 'User'],
    ] as const) {
      assert.equal(data[i].recipient.id, recipient);
      assert.equal(data[i].recipient.class, cls);
      assert.equal(data[i].subject.id, dataset.id);
      assert.equal(data[i].subject.class, 'Dataset');
      assert.equal(data[i].owner.id, user.id);
      assert.equal(data[i].owner.class, 'User');
      assert.equal(data[i].comment, comment);
      assert.equal(data[i].status, 'pending');
    }

    assert.equal(t.get('transfer/', { subject_type: 'Reuse', recipient: recipientUser.id }).json.length, 0);
    assert.equal(t.get('transfer/', { subject_type: 'Dataset', recipient: recipientUser.id }).json.length, 1);
    assert.equal(t.get('transfer/', { recipient: recipientUser.id }).json.length, 1);

    t.login(recipientUser);
    response = t.get('transfer/', { recipient: recipientUser.id });
    assert.equal(response.status, 200);
    assert.equal(response.json.length, 1);

    // New login
    t.login();
    response = t.get('transfer/', { recipient: recipientUser.id });
    assert.equal(response.status, 200);
    assert.equal(response.json.length, 0);
  });

  it('test_400_on_bad_subject', () => {
    const t = new APITestCase();
    t.login();
    const recipient = t.UserFactory();
    const response = t.post('transfer/', {
      subject: { class: 'Dataset', id: NEW_ID },
      recipient: { class: 'User', id: recipient.id },
      comment: 'Une phrase.',
    });
    assert.equal(response.status, 400);
    assert.ok('subject' in response.json.errors);
  });

  it('test_400_on_bad_recipient', () => {
    const t = new APITestCase();
    const user = t.login();
    const dataset = DatasetFactory(t, { owner: user });
    const response = t.post('transfer/', {
      subject: { class: 'Dataset', id: dataset.id },
      recipient: { class: 'User', id: NEW_ID },
      comment: 'Une phrase.',
    });
    assert.equal(response.status, 400);
    assert.ok('recipient' in response.json.errors);
  });

  it('test_cannot_accept_or_refuse_transfer_after_accepting_or_refusing', () => {
    const t = new APITestCase();
    const user = t.login();
    const newUser = t.UserFactory();
    const dataset = DatasetFactory(t, { owner: user });
    let response = t.post('transfer/', transferRequest(dataset, newUser));
    assert.equal(response.status, 201);
    const transfer = response.json;

    t.login(newUser);
    response = t.post(`transfer/${transfer.id}/`, { response: 'accept' });
    assert.equal(response.status, 200);
    response = t.post(`transfer/${transfer.id}/`, { response: 'accept' });
    assert.equal(response.status, 400);
    response = t.post(`transfer/${transfer.id}/`, { response: 'refuse' });
    assert.equal(response.status, 400);
  });
});

describe('(source) transfer_fields', () => {
  it('a user’s dataset to an organization: user and owner as User refs, the recipient an Organization ref, the subject dataset_ref_fields', () => {
    const t = new APITestCase();
    const user = t.login();
    const org = t.OrganizationFactory();
    const dataset = DatasetFactory(t, { owner: user }, { title: 'Haies du Pilat', slug: 'haies-du-pilat' });
    const { status, json } = t.post('transfer/', transferRequest(dataset, org, 'Reprenez-le'));
    assert.equal(status, 201);
    const userRef = {
      id: user.id,
      class: 'User',
      slug: user.slug,
      first_name: user.first_name,
      last_name: user.last_name,
      avatar: null,
      avatar_thumbnail: null,
      page: user.page,
      uri: `https://udata.test/api/1/users/${user.slug}/`,
    };
    assert.deepEqual(Object.keys(json), [
      ...['id', 'user', 'owner', 'recipient', 'subject', 'comment', 'created', 'status', 'responded'],
      'reponse_comment',
    ]);
    assert.match(json.id, /^[0-9a-f]{24}$/);
    assert.deepEqual(json.user, userRef);
    assert.deepEqual(json.owner, userRef);
    assert.equal(json.recipient.class, 'Organization');
    assert.equal(json.recipient.name, org.name);
    assert.deepEqual(json.recipient.permissions, { edit: false, delete: false, members: false, harvest: false, private: false });
    assert.deepEqual(json.subject, {
      id: dataset.id,
      class: 'Dataset',
      title: 'Haies du Pilat',
      acronym: null,
      uri: 'https://udata.test/api/1/datasets/haies-du-pilat/',
      page: null,
    });
    assert.equal(json.comment, 'Reprenez-le');
    assert.ok(json.created);
    assert.equal(json.status, 'pending');
    assert.equal(json.responded, null);
    assert.equal(json.reponse_comment, null);
  });

  it('an organization’s reuse to a user: the owner an Organization ref, the subject Reuse.__ref_fields__; the answer’s comment is stored, never sent', () => {
    const t = new APITestCase();
    const admin = t.login();
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    const reuse = ReuseFactory(
      t,
      { organization: org },
      { title: 'Carte', slug: 'carte', page: 'https://udata.test/reuses/carte/' },
    );
    const recipient = t.UserFactory();
    const created = t.post('transfer/', transferRequest(reuse, recipient)).json;
    assert.equal(created.owner.class, 'Organization');
    assert.equal(created.owner.id, org.id);
    assert.equal(created.user.id, admin.id);
    assert.deepEqual(created.subject, {
      id: reuse.id,
      class: 'Reuse',
      title: 'Carte',
      image: null,
      image_thumbnail: null,
      page: 'https://udata.test/reuses/carte/',
      uri: 'https://udata.test/api/1/reuses/carte/',
    });

    t.login(recipient);
    const { status, json } = t.post(`transfer/${created.id}/`, { response: 'refuse', comment: 'Non merci' });
    assert.equal(status, 200);
    assert.equal(json.status, 'refused');
    assert.ok(json.responded);
    assert.equal(json.reponse_comment, null);
    assert.equal(t.udata.data.transfers[0].response_comment, 'Non merci');
    assert.equal(t.udata.data.transfers[0].responder, recipient.id);
  });
});

describe('(source) POST /transfer/: the 400s, in udata’s order', () => {
  const setup = () => {
    const t = new APITestCase();
    const user = t.login();
    const recipient = t.UserFactory();
    const dataset = DatasetFactory(t, { owner: user });
    return { t, user, recipient, dataset };
  };

  it('an unknown id: only `errors` (api.abort with no message), "Unkown" (sic); a Dataservice is always unknown to the mock', () => {
    const { t, recipient, dataset } = setup();
    let response = t.post('transfer/', {
      subject: { class: 'Dataset', id: NEW_ID },
      recipient: { class: 'User', id: recipient.id },
    });
    assert.deepEqual(response.json, { errors: { subject: `Unkown subject id "${NEW_ID}"` } });
    response = t.post('transfer/', {
      subject: { class: 'Dataservice', id: NEW_ID },
      recipient: { class: 'User', id: recipient.id },
    });
    assert.deepEqual(response.json, { errors: { subject: `Unkown subject id "${NEW_ID}"` } });
    response = t.post('transfer/', {
      subject: { class: 'Dataset', id: dataset.id },
      recipient: { class: 'Organization', id: NEW_ID },
    });
    assert.deepEqual(response.json, { errors: { recipient: `Unkown recipient id "${NEW_ID}"` } });
  });

  it('a class missing or unknown (resolve_model), a malformed id (mongoengine), a missing key (500)', () => {
    const { t, recipient, dataset } = setup();
    const to = { class: 'User', id: recipient.id };
    let response = t.post('transfer/', { subject: { id: dataset.id }, recipient: to });
    assert.deepEqual([response.status, response.json], [400, { message: 'Unsupported model specifications' }]);
    response = t.post('transfer/', { subject: { class: 'Jeu', id: dataset.id }, recipient: to });
    assert.deepEqual([response.status, response.json], [400, { message: 'Model "Jeu" does not exist' }]);
    response = t.post('transfer/', { subject: { class: 'Dataset', id: 'abc' }, recipient: to });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json, {
      errors: {},
      message: "'abc' is not a valid ObjectId, it must be a 12-byte input or a 24-character hex string",
    });
    assert.equal(t.post('transfer/', { subject: { class: 'Dataset' }, recipient: to }).status, 500);
    assert.equal(t.post('transfer/', { subject: { class: 'Dataset', id: dataset.id } }).status, 500);
    assert.equal(t.udata.data.transfers.length, 0);
  });

  it('the recipient owning it already: 400 (a ValueError), after the permission', () => {
    const { t, user, dataset } = setup();
    const response = t.post('transfer/', transferRequest(dataset, user));
    assert.deepEqual(
      [response.status, response.json],
      [400, { message: 'Recipient should be different than the current owner' }],
    );
    t.login();
    assert.equal(t.post('transfer/', transferRequest(dataset, user)).status, 403);
  });

  it('anonymous: 401; an editor or a partial editor of the subject’s organization: 403; a sysadmin may', () => {
    const t = new APITestCase();
    const [editor, partial] = [t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({
      members: [
        [editor, 'editor'],
        [partial, 'partial_editor'],
      ],
    });
    const dataset = DatasetFactory(t, { organization: org });
    const recipient = t.UserFactory();
    assert.equal(t.post('transfer/', transferRequest(dataset, recipient)).status, 401);
    for (const who of [editor, partial]) {
      t.login(who);
      const response = t.post('transfer/', transferRequest(dataset, recipient));
      assert.deepEqual(
        [response.status, response.json],
        [403, { message: 'You do not have the permission to modify that object.' }],
      );
    }
    t.login(t.AdminFactory());
    assert.equal(t.post('transfer/', transferRequest(dataset, recipient)).status, 201);
  });
});
