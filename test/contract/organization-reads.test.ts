import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APITestCase, orgPath } from './udata-test-case.js';

/**
 * `OrganizationAPITest` (get, delete), `OrganizationDatasetsAPITest`, `OrganizationReusesAPITest`,
 * `OrganizationDiscussionsAPITest` and `OrganizationPermissionsAPITest` of udata's
 * `test_organizations_api.py`, plus what udata's routing does to an old slug
 * (`udata/routing.py`). The list, create, update and logo tests are in `profile-api.test.ts`
 * and `profile-search-logo.test.ts`.
 */

const now = '2026-11-30T10:00:00+00:00';

describe('OrganizationAPITest', () => {
  it('test_organization_role_api_get', () => {
    const t = new APITestCase();
    const response = t.get('organizations/roles/');
    assert.equal(response.status, 200);
    assert.deepEqual(response.json, [
      { id: 'admin', label: 'Administrator' },
      { id: 'editor', label: 'Editor' },
      { id: 'partial_editor', label: 'Partial editor' },
    ]);
  });

  it('test_organization_api_get', () => {
    const t = new APITestCase();
    assert.equal(t.get(orgPath(t.OrganizationFactory())).status, 200);
    assert.equal(t.get('organizations/inconnue/').status, 404);
  });

  it('test_organization_api_get_member_user_is_nested_object', () => {
    const t = new APITestCase();
    const user = t.UserFactory({ first_name: 'Normal', last_name: 'User' });
    const member = t.get(orgPath(t.OrganizationFactory({ members: [[user, 'editor']] }))).json.members[0];
    assert.equal(typeof member.user, 'object');
    assert.equal(member.user.first_name, 'Normal');
    assert.equal(member.user.last_name, 'User');
    assert.ok('id' in member.user);
  });

  it('test_organization_api_get_never_exposes_requests(_to_org_admin)', () => {
    const t = new APITestCase();
    const admin = t.UserFactory();
    const organization = t.OrganizationFactory({
      members: [[admin, 'admin']],
      requests: [t.MembershipRequest({ user: t.UserFactory(), comment: 'secret comment' })],
    });
    assert.ok(!('requests' in t.get(orgPath(organization)).json));
    t.login(admin);
    assert.ok(!('requests' in t.get(orgPath(organization)).json));
  });

  it('test_organization_api_get_deleted', () => {
    const t = new APITestCase();
    const organization = t.OrganizationFactory({ deleted: now });
    const response = t.get(orgPath(organization));
    assert.equal(response.status, 410);
    assert.equal(response.json.message, 'Organization has been deleted');
    t.login();
    assert.equal(t.get(orgPath(organization)).status, 410, 'a non-member too');
  });

  it('test_organization_api_get_deleted_but_authorized', () => {
    const t = new APITestCase();
    const user = t.login();
    const organization = t.OrganizationFactory({ members: [[user, 'editor']], deleted: now });
    const response = t.get(orgPath(organization));
    assert.equal(response.status, 200);
    assert.equal(response.json.deleted, now);
    t.login(t.AdminFactory());
    assert.equal(t.get(orgPath(organization)).status, 200, 'a sysadmin too');
  });

  it('(source) only the organization itself answers 410: its sub-endpoints keep answering', () => {
    const t = new APITestCase();
    const organization = t.OrganizationFactory({ deleted: now });
    t.DatasetFactory(organization);
    assert.equal(t.get(orgPath(organization, 'datasets/')).status, 200);
    assert.equal(t.get(orgPath(organization, 'reuses/')).status, 200);
    t.login();
    assert.equal(t.post(orgPath(organization, 'membership/'), { comment: 'hi' }).status, 201);
  });

  it('test_organization_api_delete', () => {
    const t = new APITestCase();
    const user = t.login();
    const organization = t.OrganizationFactory({ members: [[user, 'admin']] });
    const response = t.delete(orgPath(organization));
    assert.equal(response.status, 204);
    assert.equal(response.json, null, 'no body');
    assert.equal(t.udata.data.organizations.length, 1, 'a soft delete');
    assert.ok(organization.deleted);
  });

  it('test_organization_api_delete_deleted', () => {
    const t = new APITestCase();
    const organization = t.OrganizationFactory({ deleted: now });
    // (source) anonymous first: `@api.secure` answers before the deletion check.
    assert.equal(t.delete(orgPath(organization)).status, 401);
    t.login();
    const response = t.delete(orgPath(organization));
    assert.equal(response.status, 410);
    assert.equal(response.json.message, 'Organization has been deleted');
  });

  it('test_organization_api_delete_as_editor_forbidden', () => {
    const t = new APITestCase();
    const user = t.login();
    const organization = t.OrganizationFactory({ members: [[user, 'editor']] });
    const response = t.delete(orgPath(organization));
    assert.equal(response.status, 403);
    assert.equal(response.json.message, 'You do not have the permission to modify that object.');
    assert.equal(organization.deleted, null);
  });

  it('test_organization_api_delete_as_non_member_forbidden', () => {
    const t = new APITestCase();
    t.login();
    const organization = t.OrganizationFactory();
    assert.equal(t.delete(orgPath(organization)).status, 403);
    assert.equal(organization.deleted, null);
  });

  it('(routing) an old slug answers 308 to the current one, for every method, before authentication', () => {
    const t = new APITestCase();
    const organization = t.OrganizationFactory({ slug: 'nouveau-nom', previous_slugs: ['ancien-nom'] });
    for (const [method, call] of [
      ['GET', () => t.get('organizations/ancien-nom/datasets/', { page: '2' })],
      ['DELETE', () => t.delete('organizations/ancien-nom/')],
    ] as const) {
      const response = call();
      assert.equal(response.status, 308, method);
      assert.equal(response.headers.Location, `/api/1/organizations/${organization.slug}/${method === 'GET' ? 'datasets/' : ''}`);
    }
    t.login({ ...t.UserFactory(), apiKey: 'wrong' });
    assert.equal(t.get('organizations/ancien-nom/').status, 308, 'even with a wrong key');
  });

  it('(auth) a wrong API key is 401 even on a public GET', () => {
    const t = new APITestCase();
    const organization = t.OrganizationFactory();
    t.login({ ...t.UserFactory(), apiKey: 'wrong' });
    const response = t.get(orgPath(organization));
    assert.equal(response.status, 401);
    assert.equal(response.json.message, 'Invalid API token');
  });
});

describe('OrganizationDatasetsAPITest', () => {
  it('test_list_org_datasets', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    for (let i = 0; i < 3; i++) t.DatasetFactory(org);
    const response = t.get(orgPath(org, 'datasets/'));
    assert.equal(response.status, 200);
    assert.equal(response.json.data.length, 3);
  });

  it('test_list_org_datasets_private', () => {
    const t = new APITestCase();
    const user = t.login();
    const org = t.OrganizationFactory({ members: [[user, 'admin']] });
    for (let i = 0; i < 3; i++) t.DatasetFactory(org, { private: true });
    assert.equal(t.get(orgPath(org, 'datasets/')).json.data.length, 3);
  });

  it('test_list_org_datasets_hide_private', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    for (let i = 0; i < 3; i++) t.DatasetFactory(org);
    for (let i = 0; i < 2; i++) t.DatasetFactory(org, { private: true });
    assert.equal(t.get(orgPath(org, 'datasets/')).json.data.length, 3);
  });

  it('test_list_org_datasets_with_size', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    for (let i = 0; i < 3; i++) t.DatasetFactory(org);
    assert.equal(t.get(orgPath(org, 'datasets/'), { page_size: '2' }).json.data.length, 2);
  });

  it('(source) deleted and archived datasets are listed; page_size=0, a bad sort and a page past the end are refused', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    t.DatasetFactory(org, { deleted: now });
    t.DatasetFactory(org, { archived: now });
    const response = t.get(orgPath(org, 'datasets/'), { sort: '-created' });
    assert.equal(response.json.total, 2);
    assert.deepEqual(
      response.json.data.map((d: { deleted: string | null }) => d.deleted),
      [null, now],
    );
    assert.deepEqual(t.get(orgPath(org, 'datasets/'), { page_size: '0' }).json, {
      errors: { page_size: 'The page size to fetch Invalid page_size: 0. page_size must be a positive integer' },
      message: 'Input payload validation failed',
    });
    assert.equal(t.get(orgPath(org, 'datasets/'), { sort: 'size' }).status, 400);
    assert.equal(t.get(orgPath(org, 'datasets/'), { page: '2' }).status, 404);
  });

  it('(source: Dataset.quality) the resource keys are absent, not false, without resources', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    t.DatasetFactory(org, { resources: 0 });
    t.DatasetFactory(org, { resources: 2 });
    const [none, some] = t.get(orgPath(org, 'datasets/')).json.data.map((d: { quality: object }) => d.quality);
    for (const key of ['has_resources', 'has_open_format', 'all_resources_available', 'resources_documentation']) {
      assert.ok(!(key in none), key);
      assert.ok(key in some, key);
    }
    assert.ok('license' in none && 'spatial' in none);
  });
});

describe('OrganizationReusesAPITest', () => {
  it('test_list_org_reuses', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    for (let i = 0; i < 3; i++) t.ReuseFactory(org);
    const response = t.get(orgPath(org, 'reuses/'));
    assert.equal(response.status, 200);
    assert.ok(Array.isArray(response.json), 'a plain array');
    assert.equal(response.json.length, 3);
  });

  it('test_list_org_reuses_private', () => {
    const t = new APITestCase();
    const user = t.login();
    const org = t.OrganizationFactory({ members: [[user, 'admin']] });
    for (let i = 0; i < 3; i++) t.ReuseFactory(org, { private: true });
    assert.equal(t.get(orgPath(org, 'reuses/')).json.length, 3);
  });

  it('test_list_org_reuses_hide_private', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    for (let i = 0; i < 3; i++) t.ReuseFactory(org);
    for (let i = 0; i < 2; i++) t.ReuseFactory(org, { private: true });
    assert.equal(t.get(orgPath(org, 'reuses/')).json.length, 3);
  });

  it('(source) deleted and archived reuses are listed', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    t.ReuseFactory(org, { deleted: now });
    t.ReuseFactory(org, { archived: now });
    assert.equal(t.get(orgPath(org, 'reuses/')).json.length, 2);
  });
});

describe('OrganizationDiscussionsAPITest', () => {
  it('test_list_org_discussions', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    const dataset = t.DatasetFactory(org);
    const reuse = t.ReuseFactory(org);
    const ids = [
      t.DiscussionFactory(org, { class: 'Dataset', id: dataset.id }).id,
      t.DiscussionFactory(org, { class: 'Reuse', id: reuse.id }, now).id,
    ];
    const response = t.get(orgPath(org, 'discussions/'));
    assert.equal(response.status, 200);
    assert.equal(response.json.length, 2, 'open and closed, as a plain array');
    for (const item of response.json) assert.ok(ids.includes(item.id));
  });
});

describe('OrganizationPermissionsAPITest', () => {
  const cases = [
    ['as_anonymous', null, [false, false, false, false, false]],
    ['as_org_admin', 'admin', [true, true, true, true, true]],
    ['as_org_editor', 'editor', [false, false, false, false, true]],
    ['as_superadmin', 'sysadmin', [true, true, true, true, true]],
    ['as_other_user', 'other', [false, false, false, false, false]],
  ] as const;
  for (const [name, who, expected] of cases) {
    it(`test_get_organization_permissions_${name}`, () => {
      const t = new APITestCase();
      const user = t.UserFactory();
      const org = t.OrganizationFactory({ members: who === 'admin' || who === 'editor' ? [[user, who]] : [] });
      if (who === 'sysadmin') t.login(t.AdminFactory());
      else if (who) t.login(user);
      const response = t.get(orgPath(org));
      assert.equal(response.status, 200);
      const { edit, delete: del, members, harvest, private: priv } = response.json.permissions;
      assert.deepEqual([edit, del, members, harvest, priv], expected);
    });
  }
});
