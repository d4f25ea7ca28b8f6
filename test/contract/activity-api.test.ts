import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTIVITY_TYPES } from '../../mocks/activity.js';
import { ActivityFactory, activityPage } from './activity-factories.js';
import { DatasetFactory } from './transfer-factories.js';
import { APITestCase } from './udata-test-case.js';

/**
 * `ActivityAPITest` (`udata/tests/api/test_activities_api.py`, udata 17.6), case by case, then
 * what `udata/core/activity/api.py` does that its tests do not assert: the exact item, the
 * labels, the filters' errors, and the page whose hidden items are dropped after paging.
 * Not ported: `test_activity_api_with_topic` (the mock holds no topic; a topic or dataservice
 * activity reads as a dangling one there). The model tests (`test_activity.py`) and what the
 * mock's write routes record are in activity-model.test.ts.
 */

describe('ActivityAPITest', () => {
  it('test_activity_api_list', () => {
    const t = new APITestCase();
    ActivityFactory(t, { actor: t.UserFactory(), related_to: t.DatasetFactory(null) });
    ActivityFactory(t, { actor: t.UserFactory(), related_to: t.ReuseFactory(null) });
    const response = activityPage(t);
    assert.equal(response.status, 200);
    assert.equal(response.json.data.length, 2);
  });

  it('test_activity_api_list_filter_by_bogus_related_to', () => {
    const t = new APITestCase();
    const response = activityPage(t, { related_to: 'foobar' });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json, { message: '`related_to` arg must be an identifier' });
  });

  it('test_activity_api_list_filtered_by_related_to', () => {
    const t = new APITestCase();
    const [dataset1, dataset2] = [t.DatasetFactory(null), t.DatasetFactory(null)];
    const reuse = t.ReuseFactory(null);
    for (const related_to of [dataset1, dataset1, dataset2, reuse]) ActivityFactory(t, { actor: t.UserFactory(), related_to });
    let response = activityPage(t, { related_to: dataset1.id });
    assert.equal(response.status, 200);
    assert.equal(response.json.data.length, 2);
    assert.equal(response.json.data[0].related_to, dataset1.title);
    assert.equal(response.json.data[1].related_to, dataset1.title);
    response = activityPage(t, { related_to: reuse.id });
    assert.equal(response.status, 200);
    assert.equal(response.json.data.length, 1);
    assert.equal(response.json.data[0].related_to, reuse.title);
  });

  it('test_activity_api_list_with_private', () => {
    const t = new APITestCase();
    ActivityFactory(t, { actor: t.UserFactory(), related_to: t.DatasetFactory(null, { private: true }) });
    ActivityFactory(t, { actor: t.UserFactory(), related_to: t.ReuseFactory(null, { private: true }) });
    // Anonymous users and lambda users do not see activities about private documents.
    assert.equal(activityPage(t).json.data.length, 0);
    t.login();
    assert.equal(activityPage(t).json.data.length, 0);
    // A sysadmin does.
    t.login(t.AdminFactory());
    assert.equal(activityPage(t).json.data.length, 2);
  });

  it('test_activity_api_list_with_private_visible_to_owner', () => {
    const t = new APITestCase();
    const owner = t.UserFactory();
    ActivityFactory(t, { actor: t.UserFactory(), related_to: DatasetFactory(t, { owner }, { private: true }) });
    assert.equal(activityPage(t).json.data.length, 0);
    t.login(owner);
    assert.equal(activityPage(t).json.data.length, 1);
  });

  it('test_activity_api_list_with_private_visible_to_org_member', () => {
    const t = new APITestCase();
    const member = t.UserFactory();
    const org = t.OrganizationFactory({ members: [[member, 'admin']] });
    ActivityFactory(t, { actor: t.UserFactory(), related_to: DatasetFactory(t, { organization: org }, { private: true }) });
    assert.equal(activityPage(t).json.data.length, 0);
    t.login(member);
    assert.equal(activityPage(t).json.data.length, 1);
  });

  it('test_activity_api_list_with_deleted_actor', () => {
    const t = new APITestCase();
    const actor = t.UserFactory();
    ActivityFactory(t, { actor, related_to: t.DatasetFactory(null) });
    actor.deleted = new Date().toISOString();
    const response = activityPage(t);
    assert.equal(response.status, 200);
    assert.equal(response.json.data[0].actor.id, actor.id, 'a soft-deleted actor is still shown');
  });

  it('test_activity_api_list_with_deleted_organization', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    ActivityFactory(t, { actor: t.UserFactory(), related_to: t.DatasetFactory(null), organization: org });
    org.deleted = new Date().toISOString();
    const response = activityPage(t);
    assert.equal(response.status, 200);
    assert.equal(response.json.data[0].organization.id, org.id);
  });

  it('test_activity_api_list_with_dangling_related_to', () => {
    const t = new APITestCase();
    const dataset = t.DatasetFactory(null);
    ActivityFactory(t, { actor: t.UserFactory(), related_to: dataset });
    // A manual purge of the dataset leaves the activity with a dangling reference.
    t.udata.data.datasets.splice(t.udata.data.datasets.indexOf(dataset), 1);
    const response = activityPage(t);
    assert.equal(response.status, 200);
    assert.equal(response.json.data.length, 0);
  });

  it('test_activity_api_list_with_dangling_actor', () => {
    const t = new APITestCase();
    const actor = t.UserFactory();
    ActivityFactory(t, { actor, related_to: t.DatasetFactory(null) });
    t.udata.data.users.splice(t.udata.data.users.indexOf(actor), 1);
    const response = activityPage(t);
    assert.equal(response.status, 200);
    assert.equal(response.json.data.length, 0);
  });
});

describe('SiteActivityAPI (source)', () => {
  it('(source) an item: actor and organization as references, the object by its name, id, class and page', () => {
    const t = new APITestCase();
    const actor = t.UserFactory({ first_name: 'Élodie', last_name: 'Lefèvre' });
    const org = t.OrganizationFactory({ members: [[actor, 'admin']] });
    const dataset = DatasetFactory(t, { organization: org }, { title: 'Zones humides', page: 'https://udata.test/datasets/zh/' });
    ActivityFactory(t, {
      key: 'dataset:resource:added',
      actor,
      related_to: dataset,
      organization: org,
      created_at: '2026-05-14T09:12:00+00:00',
      extras: { resource_id: 'a7c3e0d2-5b1f-4e8a-9c6d-000000000001' },
    });
    const [item] = activityPage(t).json.data;
    assert.deepEqual(Object.keys(item), [
      'actor',
      'organization',
      'related_to',
      'related_to_id',
      'related_to_kind',
      'related_to_url',
      'created_at',
      'label',
      'key',
      'icon',
      'changes',
      'extras',
    ]);
    assert.deepEqual(item.actor, {
      id: actor.id,
      class: 'User',
      slug: actor.slug,
      first_name: 'Élodie',
      last_name: 'Lefèvre',
      avatar: null,
      avatar_thumbnail: null,
      page: actor.page,
      uri: `https://udata.test/api/1/users/${actor.slug}/`,
    });
    assert.equal(item.organization.id, org.id);
    assert.equal(item.organization.class, 'Organization');
    assert.deepEqual(item.organization.permissions, {
      edit: false,
      delete: false,
      members: false,
      harvest: false,
      private: false,
    });
    assert.equal(item.related_to, 'Zones humides');
    assert.equal(item.related_to_id, dataset.id);
    assert.equal(item.related_to_kind, 'Dataset');
    assert.equal(item.related_to_url, 'https://udata.test/datasets/zh/');
    assert.equal(item.created_at, '2026-05-14T09:12:00+00:00');
    assert.equal(item.label, 'added a resource to a dataset');
    assert.equal(item.key, 'dataset:resource:added');
    assert.equal(item.icon, 'fa fa-plus');
    assert.deepEqual(item.changes, []);
    assert.deepEqual(item.extras, { resource_id: 'a7c3e0d2-5b1f-4e8a-9c6d-000000000001' });
  });

  it('(source) labels follow ?lang= (English otherwise); without a web page the URL is the API one', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    ActivityFactory(t, { key: 'organization:created', actor: t.UserFactory(), related_to: org, organization: org });
    ActivityFactory(t, { key: 'dataset:followed', actor: t.UserFactory(), related_to: t.DatasetFactory(null) });
    const [followed, created] = activityPage(t, { lang: 'fr' }).json.data;
    assert.equal(followed.label, 'a suivi un jeu de données');
    assert.equal(followed.icon, 'fa fa-eye');
    assert.match(followed.related_to_url, /^https:\/\/udata\.test\/api\/1\/datasets\/jeu-\d+\/$/);
    assert.equal(created.label, 'a mis à jour une organisation', 'udata’s French catalogue has it so');
    assert.equal(created.related_to, org.name);
    assert.equal(activityPage(t, { lang: 'xx' }).json.data[1].label, 'created an organization');
  });

  it('(source) 27 keys; ?organization= is its own activities or about it; ?user= is the actor', () => {
    assert.equal(Object.keys(ACTIVITY_TYPES).length, 27);
    const t = new APITestCase();
    const [alice, bob] = [t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory();
    const dataset = DatasetFactory(t, { organization: org });
    ActivityFactory(t, { actor: alice, related_to: dataset, organization: org });
    ActivityFactory(t, { key: 'organization:followed', actor: bob, related_to: org });
    // Follows and discussions are emitted without an organization: not in its activity.
    ActivityFactory(t, { key: 'dataset:discussed', actor: bob, related_to: dataset });
    const keys = (query: Record<string, string>) => activityPage(t, query).json.data.map((a: { key: string }) => a.key);
    assert.deepEqual(keys({ organization: org.id }), ['organization:followed', 'dataset:created']);
    assert.deepEqual(keys({ user: bob.id }), ['dataset:discussed', 'organization:followed']);
    assert.deepEqual(keys({ organization: org.id, user: alice.id }), ['dataset:created']);
    assert.deepEqual(keys({ organization: t.udata.newObjectId() }), []);
    for (const name of ['organization', 'user']) {
      const response = activityPage(t, { [name]: org.slug });
      assert.equal(response.status, 400, `${name} must be an id (a slug is not)`);
      assert.deepEqual(response.json, {
        errors: {},
        message: `'${org.slug}' is not a valid ObjectId, it must be a 12-byte input or a 24-character hex string`,
      });
    }
  });

  it('(source) hidden items are dropped after paging: a short page, total and next_page still count them', () => {
    const t = new APITestCase();
    const member = t.UserFactory();
    const org = t.OrganizationFactory({ members: [[member, 'partial_editor']] });
    const hidden = DatasetFactory(t, { organization: org }, { private: true });
    const deleted = DatasetFactory(t, { organization: org }, { deleted: '2026-01-02T00:00:00+00:00' });
    const open = DatasetFactory(t, { organization: org });
    for (let i = 0; i < 3; i++) ActivityFactory(t, { actor: member, related_to: open, organization: org });
    ActivityFactory(t, { key: 'dataset:deleted', actor: member, related_to: deleted, organization: org });
    for (let i = 0; i < 2; i++) ActivityFactory(t, { actor: member, related_to: hidden, organization: org });
    let page = activityPage(t, { organization: org.id, page_size: '4' }).json;
    assert.equal(page.data.length, 1, 'three of the four newest are hidden');
    assert.equal(page.total, 6);
    assert.equal(page.page_size, 4);
    assert.equal(page.next_page, `https://udata.test/api/1/activity/?organization=${org.id}&page_size=4&page=2`);
    assert.equal(page.previous_page, null);
    page = activityPage(t, { organization: org.id, page_size: '4', page: '2' }).json;
    assert.equal(page.data.length, 2);
    assert.equal(page.next_page, null);
    assert.equal(page.previous_page, `https://udata.test/api/1/activity/?organization=${org.id}&page_size=4&page=1`);
    assert.equal(activityPage(t, { organization: org.id, page_size: '4', page: '3' }).status, 404);
    // Any member sees them, a partial editor too (`OrganizationPartialEditorNeed`).
    t.login(member);
    assert.equal(activityPage(t, { organization: org.id, page_size: '4' }).json.data.length, 4);
  });

  it('(source) a page of hidden items only is an empty 200; page arguments are positive integers', () => {
    const t = new APITestCase();
    ActivityFactory(t, { actor: t.UserFactory(), related_to: t.DatasetFactory(null) });
    ActivityFactory(t, { actor: t.UserFactory(), related_to: t.DatasetFactory(null, { private: true }) });
    const response = activityPage(t, { page_size: '1' });
    assert.equal(response.status, 200);
    assert.deepEqual(response.json.data, []);
    assert.equal(activityPage(t, { page_size: '1', page: '2' }).json.data.length, 1);
    const bad = activityPage(t, { page_size: '0' });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.json.errors, {
      page_size: 'The page size to fetch Invalid page_size: 0. page_size must be a positive integer',
    });
    assert.equal(activityPage(t, { page: 'x' }).status, 400);
    assert.equal(activityPage(t, { page: '2' }).status, 404, 'the first page holds both: page 2 is past the end');
  });

  it('(auth) open to anonymous callers; a wrong API key is 401', () => {
    const t = new APITestCase();
    assert.equal(activityPage(t).status, 200);
    assert.equal(t.get('activity/', {}, { 'X-API-KEY': 'nope' }).status, 401);
    assert.equal(t.get('activity').status, 308);
  });
});
