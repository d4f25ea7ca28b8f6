import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emitActivity } from '../../mocks/activity.js';
import { ActivityFactory, activityPage } from './activity-factories.js';
import { DatasetFactory, ReuseFactory, TransferFactory } from './transfer-factories.js';
import { APITestCase, orgPath } from './udata-test-case.js';

/**
 * `ActivityTest` and `AuditableTest` (`udata/tests/test_activity.py`), read through
 * `GET /activity/` (the model's queries are its filters), then which of the mock's write routes
 * record an activity, as udata's receivers do (`Organization.on_update` through
 * `Auditable.post_save`, `Dataset`/`Reuse.on_update` after a transfer) and which do not.
 * Not ported: the signal plumbing itself (`on_new`, `assert_emit`), and
 * `test_dataset_activities` (`test_dataset_model.py`): the mock has no dataset write route.
 */

const mine = (t: APITestCase, query: Record<string, string>) => activityPage(t, query).json.data as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('ActivityTest', () => {
  it('test_create_and_retrieve_for_user', () => {
    const t = new APITestCase();
    const user = t.login();
    ActivityFactory(t, { actor: user, related_to: t.DatasetFactory(null) });
    const found = mine(t, { user: user.id });
    assert.equal(found.length, 1);
    assert.equal(found[0].actor.id, user.id);
  });

  it('test_create_and_retrieve_with_extras', () => {
    const t = new APITestCase();
    const user = t.login();
    const extras = { some_key: 'some_value', other_key: 'other_value' };
    ActivityFactory(t, { actor: user, related_to: t.DatasetFactory(null), extras });
    assert.deepEqual(mine(t, { user: user.id })[0].extras, extras);
  });

  it('test_create_and_retrieve_for_org', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    ActivityFactory(t, { actor: t.login(), related_to: t.DatasetFactory(null), organization: org });
    assert.equal(mine(t, { organization: org.id }).length, 1);
  });

  it('test_create_and_retrieve_for_related', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    const fake = t.DatasetFactory(null);
    ActivityFactory(t, { actor: t.login(), related_to: fake, organization: org });
    ActivityFactory(t, { actor: t.UserFactory(), related_to: fake });
    const found = mine(t, { related_to: fake.id });
    assert.equal(found.length, 2);
    for (const activity of found) assert.equal(activity.related_to_kind, 'Dataset');
  });

  it('test_class_shortcut (Activity.emit: the logged-in user is the actor, no changes nor extras)', () => {
    const t = new APITestCase();
    const user = t.login();
    const fake = t.DatasetFactory(null);
    emitActivity(t.udata, 'dataset:followed', user, fake.id);
    assert.equal(mine(t, { related_to: fake.id }).length, 1);
    const [activity] = mine(t, { user: user.id });
    assert.equal(activity.organization, null);
    assert.deepEqual([activity.changes, activity.extras], [[], {}]);
    assert.match(activity.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$/);
  });
});

describe('AuditableTest (through PUT /organizations/{org}/)', () => {
  it('test_changed_fields: the auditable fields that changed, in the order they were set', () => {
    const t = new APITestCase();
    const admin = t.login();
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    const response = t.put(orgPath(org), { url: 'https://www.example.org', name: 'Nouveau nom', description: org.description });
    assert.equal(response.status, 200);
    const [activity] = mine(t, { organization: org.id });
    assert.equal(activity.key, 'organization:updated');
    assert.equal(activity.label, 'updated an organization');
    assert.equal(activity.icon, 'fa fa-pencil');
    assert.equal(activity.actor.id, admin.id);
    assert.equal(activity.organization.id, org.id);
    assert.equal(activity.related_to, 'Nouveau nom');
    // `description` is unchanged, `slug` and `last_modified` are not auditable.
    assert.deepEqual(activity.changes, ['url', 'name']);
  });

  it('test_auditable_signals_emission: the same values again are no update', () => {
    const t = new APITestCase();
    const admin = t.login();
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    assert.equal(t.put(orgPath(org), { name: org.name, acronym: null }).status, 200);
    assert.equal(t.put(orgPath(org), { acronym: '' }).status, 200, 'a blank string is None');
    assert.equal(t.udata.data.activities.length, 0);
  });
});

describe('What the write routes record (source)', () => {
  it('(source) deleting an organization saves `deleted`: an update (no `organization:deleted` exists)', () => {
    const t = new APITestCase();
    const admin = t.login();
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    assert.equal(t.delete(orgPath(org)).status, 204);
    const [activity] = mine(t, { organization: org.id });
    assert.deepEqual([activity.key, activity.changes, activity.actor.id], ['organization:updated', ['deleted'], admin.id]);
  });

  it('(source) creating an organization records nothing: `count_members` saves it with `post_save` ignored', () => {
    const t = new APITestCase();
    t.login();
    assert.equal(t.post('organizations/', { name: 'Ma nouvelle organisation', description: 'Description' }).status, 201);
    assert.equal(t.udata.data.activities.length, 0);
  });

  it('(source) a new logo (POST) is a change of `logo`; the PUT, which saves nothing, records nothing', () => {
    const t = new APITestCase();
    const admin = t.login();
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    const file = {
      filename: 'logo.png',
      type: 'image/png',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    };
    assert.equal(t.upload('PUT', orgPath(org, 'logo/'), { files: { file } }).status, 200);
    assert.equal(t.udata.data.activities.length, 0);
    assert.equal(t.upload('POST', orgPath(org, 'logo/'), { files: { file } }).status, 200);
    assert.deepEqual(mine(t, { organization: org.id })[0].changes, ['logo']);
  });

  it('(source) a member’s new role is an update of `members.<index>.role`; the other membership changes record nothing', () => {
    const t = new APITestCase();
    const admin = t.login();
    const [editor, applicant, invited] = [t.UserFactory(), t.UserFactory(), t.UserFactory()];
    const requests = [t.MembershipRequest({ user: applicant, comment: 'Bonjour' })];
    const org = t.OrganizationFactory({
      members: [
        [admin, 'admin'],
        [editor, 'editor'],
      ],
      requests,
    });
    assert.equal(t.put(orgPath(org, `member/${editor.id}/`), { role: 'editor' }).status, 200);
    assert.equal(t.udata.data.activities.length, 0, 'the same role: nothing changed');
    assert.equal(t.put(orgPath(org, `member/${editor.id}/`), { role: 'admin' }).status, 200);
    assert.deepEqual(mine(t, { organization: org.id })[0].changes, ['members.1.role']);
    assert.equal(t.post(orgPath(org, `membership/${requests[0].id}/accept/`)).status, 200);
    const invitation = t.post(orgPath(org, 'member/'), { user: invited.id, role: 'editor' }).json;
    assert.equal(t.post(orgPath(org, `membership/${invitation.id}/cancel/`)).status, 200);
    assert.equal(t.delete(orgPath(org, `member/${editor.id}/`)).status, 204);
    assert.equal(t.udata.data.activities.length, 1);
  });

  it('(source) an accepted transfer saves the subject: `dataset:updated` by the one who answered, in its new organization', () => {
    const t = new APITestCase();
    const [owner, admin] = [t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    const dataset = DatasetFactory(t, { owner });
    const transfer = TransferFactory(t, { owner, recipient: org, subject: dataset, user: owner });
    t.login(admin);
    assert.equal(t.post(`transfer/${transfer.id}/`, { response: 'accept' }).status, 200);
    const [activity] = mine(t, { organization: org.id });
    assert.equal(activity.key, 'dataset:updated');
    assert.equal(activity.actor.id, admin.id);
    assert.deepEqual(activity.changes, ['organization', 'owner']);
  });

  it('(source) an organization’s reuse accepted by a user: `reuse:updated`, no organization any more; a refusal records nothing', () => {
    const t = new APITestCase();
    const [admin, recipient] = [t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    const [reuse, other] = [ReuseFactory(t, { organization: org }), ReuseFactory(t, { organization: org })];
    const accepted = TransferFactory(t, { owner: org, recipient, subject: reuse, user: admin });
    const refused = TransferFactory(t, { owner: org, recipient, subject: other, user: admin });
    t.login(recipient);
    assert.equal(t.post(`transfer/${refused.id}/`, { response: 'refuse' }).status, 200);
    assert.equal(t.udata.data.activities.length, 0);
    assert.equal(t.post(`transfer/${accepted.id}/`, { response: 'accept' }).status, 200);
    const [activity] = mine(t, { related_to: reuse.id });
    assert.deepEqual([activity.key, activity.organization, activity.changes], ['reuse:updated', null, ['owner', 'organization']]);
    assert.equal(mine(t, { organization: org.id }).length, 0, 'no longer the organization’s');
  });
});
