import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetFactory, ReuseFactory, TransferFactory, transferRequest } from './transfer-factories.js';
import { APITestCase, orgPath } from './udata-test-case.js';

/**
 * `TransferStartTest` and `TransferAcceptTest` (`udata/tests/test_transfer.py`, which call
 * `request_transfer` and `accept_transfer` directly) through `POST /transfer/` and
 * `POST /transfer/{id}/`; the owner's metrics they check are read through `/me/datasets/` and
 * the organization's datasets. Then what `api.py` does (or does not) check on an answer.
 */

/** `request_transfer(subject, recipient, comment)` as the logged-in user; its owner, recipient, subject, comment, status. */
function assertTransferStarted(
  t: APITestCase,
  subject: Parameters<typeof transferRequest>[0],
  owner: { id: string },
  recipient: Parameters<typeof transferRequest>[1],
) {
  const { status, json } = t.post('transfer/', transferRequest(subject, recipient, 'Une phrase.'));
  assert.equal(status, 201);
  assert.equal(json.owner.id, owner.id);
  assert.equal(json.recipient.id, recipient.id);
  assert.equal(json.subject.id, subject.id);
  assert.equal(json.comment, 'Une phrase.');
  assert.equal(json.status, 'pending');
}

describe('TransferStartTest', () => {
  it('test_request_transfer_owner_to_user', () => {
    const t = new APITestCase();
    const user = t.login();
    assertTransferStarted(t, DatasetFactory(t, { owner: user }), user, t.UserFactory());
  });

  it('test_request_transfer_organization_to_user (a dataset with both: the organization owns it)', () => {
    const t = new APITestCase();
    const user = t.login();
    const org = t.OrganizationFactory({ members: [[user, 'admin']] });
    assertTransferStarted(t, DatasetFactory(t, { owner: user, organization: org }), org, t.UserFactory());
    assert.equal(t.udata.data.transfers[0].owner.class, 'Organization');
  });

  it('test_request_transfer_user_to_organization', () => {
    const t = new APITestCase();
    const user = t.login();
    assertTransferStarted(t, DatasetFactory(t, { owner: user }), user, t.OrganizationFactory());
  });

  it('test_request_transfer_not_authorized_not_owner', () => {
    const t = new APITestCase();
    const dataset = DatasetFactory(t, { owner: t.UserFactory() });
    const recipient = t.UserFactory();
    t.login();
    assert.equal(t.post('transfer/', transferRequest(dataset, recipient)).status, 403);
  });

  it('test_request_transfer_not_authorized_not_admin', () => {
    const t = new APITestCase();
    const user = t.UserFactory();
    const org = t.OrganizationFactory({ members: [[user, 'editor']] });
    const dataset = DatasetFactory(t, { organization: org });
    const recipient = t.UserFactory();
    t.login(user);
    assert.equal(t.post('transfer/', transferRequest(dataset, recipient)).status, 403);
  });

  it('test_request_transfer_to_self', () => {
    const t = new APITestCase();
    const user = t.login();
    const response = t.post('transfer/', transferRequest(DatasetFactory(t, { owner: user }), user));
    assert.equal(response.status, 400);
  });

  it('test_request_transfer_to_same_organization', () => {
    const t = new APITestCase();
    const user = t.login();
    const org = t.OrganizationFactory({ members: [[user, 'admin']] });
    const response = t.post('transfer/', transferRequest(DatasetFactory(t, { owner: user, organization: org }), org));
    assert.equal(response.status, 400);
    assert.equal(t.udata.data.transfers.length, 0);
  });
});

describe('TransferAcceptTest', () => {
  const myDatasets = (t: APITestCase) => t.get('me/datasets/').json.length;

  it('test_recipient_user_can_accept_transfer', () => {
    const t = new APITestCase();
    const [owner, recipient] = [t.UserFactory(), t.UserFactory()];
    const subject = DatasetFactory(t, { owner });
    const transfer = TransferFactory(t, { owner, recipient, subject });
    t.login(owner);
    assert.equal(myDatasets(t), 1);
    t.login(recipient);
    assert.equal(myDatasets(t), 0);

    const { status, json } = t.post(`transfer/${transfer.id}/`, { response: 'accept' });
    assert.equal(status, 200);
    assert.equal(json.status, 'accepted');
    assert.equal(subject.owner, recipient.id);
    assert.equal(myDatasets(t), 1);
    t.login(owner);
    assert.equal(myDatasets(t), 0);
  });

  it('test_org_admin_can_accept_transfer', () => {
    const t = new APITestCase();
    const [owner, admin] = [t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    const subject = DatasetFactory(t, { owner });
    const transfer = TransferFactory(t, { owner, recipient: org, subject });
    assert.equal(t.get(orgPath(org, 'datasets/')).json.total, 0);

    t.login(admin);
    const { status, json } = t.post(`transfer/${transfer.id}/`, { response: 'accept' });
    assert.equal(status, 200);
    assert.equal(json.status, 'accepted');
    assert.equal(subject.org, org.id);
    assert.equal(subject.owner, null);
    assert.equal(t.get(orgPath(org, 'datasets/')).json.total, 1);
    assert.equal(myDatasets(t), 0);
    t.login(owner);
    assert.equal(myDatasets(t), 0);
  });

  it('test_org_editor_cant_accept_transfer', () => {
    const t = new APITestCase();
    const [owner, editor] = [t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({ members: [[editor, 'editor']] });
    const subject = DatasetFactory(t, { organization: org });
    const transfer = TransferFactory(t, { owner, recipient: org, subject });
    t.login(editor);
    assert.equal(t.post(`transfer/${transfer.id}/`, { response: 'accept' }).status, 403);
    assert.equal(transfer.status, 'pending');
  });

  it('(source) an organization’s reuse accepted by a user: `owner` set, `organization` cleared (Owned.clean); a refusal moves nothing', () => {
    const t = new APITestCase();
    const admin = t.UserFactory();
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    const [reuse, other] = [ReuseFactory(t, { organization: org }), ReuseFactory(t, { organization: org })];
    const recipient = t.UserFactory();
    t.login(admin);
    const accepted = t.post('transfer/', transferRequest(reuse, recipient)).json;
    const refused = t.post('transfer/', transferRequest(other, recipient)).json;
    t.login(recipient);
    assert.equal(t.post(`transfer/${accepted.id}/`, { response: 'accept' }).status, 200);
    assert.equal(t.post(`transfer/${refused.id}/`, { response: 'refuse' }).status, 200);
    assert.deepEqual([reuse.org, reuse.owner], [null, recipient.id]);
    assert.deepEqual([other.org, other.owner], [org.id, null]);
    assert.deepEqual(
      t.get('me/reuses/').json.map((r: { id: string }) => r.id),
      [reuse.id],
    );
  });
});

describe('(source) POST /transfer/{id}/: what it checks, in its order', () => {
  const setup = () => {
    const t = new APITestCase();
    const [owner, recipient] = [t.UserFactory(), t.UserFactory()];
    const subject = DatasetFactory(t, { owner });
    const transfer = TransferFactory(t, { owner, recipient, subject, user: owner });
    return { t, owner, recipient, subject, transfer };
  };

  it('anonymous: 401, even for an unknown id; logged in, an unknown or malformed id is 404', () => {
    const { t, transfer } = setup();
    assert.equal(t.post(`transfer/${transfer.id}/`, { response: 'accept' }).status, 401);
    assert.equal(t.post('transfer/65f0c0ffee0000000000abcd/', { response: 'accept' }).status, 401);
    t.login();
    assert.equal(t.post('transfer/65f0c0ffee0000000000abcd/', { response: 'accept' }).status, 404);
    assert.equal(t.post('transfer/abc/', { response: 'accept' }).status, 404);
  });

  it('a decided transfer is 400 for anyone, before the permission; a wrong answer 400 with an empty message, a missing one 500', () => {
    const { t, recipient, transfer } = setup();
    const stranger = t.login();
    assert.deepEqual(t.post(`transfer/${transfer.id}/`, { response: 'maybe' }).json, { message: '' });
    assert.equal(t.post(`transfer/${transfer.id}/`, { comment: 'no answer' }).status, 500);
    assert.equal(t.post(`transfer/${transfer.id}/`, { response: 'accept' }).status, 403);
    t.login(recipient);
    assert.equal(t.post(`transfer/${transfer.id}/`, { response: 'refuse' }).status, 200);
    t.login(stranger);
    const response = t.post(`transfer/${transfer.id}/`, { response: 'accept' });
    assert.deepEqual([response.status, response.json], [400, { message: 'Cannot update transfer after accepting/refusing' }]);
  });

  it('neither the owner nor the requester may answer (no cancel either); a sysadmin may; the subject moves whoever owns it now', () => {
    const { t, owner, recipient, subject, transfer } = setup();
    t.login(owner);
    assert.equal(t.post(`transfer/${transfer.id}/`, { response: 'refuse' }).status, 403);
    assert.equal(t.delete(`transfer/${transfer.id}/`).status, 405);
    subject.owner = t.UserFactory().id;
    t.login(t.AdminFactory());
    const { status, json } = t.post(`transfer/${transfer.id}/`, { response: 'accept' });
    assert.equal(status, 200);
    assert.equal(json.owner.id, owner.id);
    assert.equal(subject.owner, recipient.id);
  });
});
