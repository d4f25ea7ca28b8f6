import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APITestCase, orgPath } from './udata-test-case.js';

/**
 * `MeAPITest` (`test_me_api.py`), `OrgInvitationsAPITest` and the suggest tests of `UserAPITest`
 * (`test_user_api.py`), and the query rules of `/discussions/` (`test_discussions.py`) and
 * `/harvest/sources/` (`harvest/tests/test_api.py`). Not ported: profile updates, account
 * deletion, token expiry and revocation (the mock has plain keys); notifications are in notifications-*.test.ts.
 */

describe('MeAPITest', () => {
  it('test_get_profile', () => {
    const t = new APITestCase();
    const user = t.login();
    const response = t.get('me/');
    assert.equal(response.status, 200);
    assert.equal(response.json.email, user.email, 'the whole address, to oneself');
    assert.equal(response.json.first_name, user.first_name);
    assert.deepEqual(response.json.roles, []);
    assert.ok(!('apikey' in response.json) && !('apiKey' in response.json), 'test_get_me_no_apikey_field');
  });

  it('test_get_profile_with_deleted_org', () => {
    const t = new APITestCase();
    const user = t.login();
    const org = t.OrganizationFactory({ members: [[user, 'editor']] });
    const deletedOrg = t.OrganizationFactory({ members: [[user, 'editor']], deleted: '2026-01-01T00:00:00+00:00' });
    const ids = t.get('me/').json.organizations.map((o: { id: string }) => o.id);
    assert.ok(ids.includes(org.id));
    assert.ok(!ids.includes(deletedOrg.id));
  });

  it('test_get_profile_401', () => {
    const t = new APITestCase();
    assert.equal(t.get('me/').status, 401);
    const gone = t.UserFactory({ deleted: '2026-01-01T00:00:00+00:00' });
    t.login(gone);
    assert.equal(t.get('me/').status, 401, '(source) a deleted account too');
  });

  it('test_get_profile_exposes_creation_date_as_since / test_last_login_at_visible_on_me', () => {
    const t = new APITestCase();
    t.login(t.UserFactory({ last_login_at: '2025-01-15T10:00:00+00:00' }));
    const me = t.get('me/').json;
    assert.equal(me.since, '2024-01-01T00:00:00+00:00');
    assert.equal(me.last_login_at, '2025-01-15T10:00:00+00:00');
  });
});

describe('OrgInvitationsAPITest', () => {
  const setup = (fields: { status?: 'accepted'; comment?: string; forOther?: boolean } = {}) => {
    const t = new APITestCase();
    const user = t.login();
    const admin = t.UserFactory();
    const invited = fields.forOther ? t.UserFactory() : user;
    const requests = [
      t.MembershipRequest({
        kind: 'invitation',
        user: invited,
        created_by: admin,
        role: 'editor',
        status: fields.status,
        comment: fields.comment,
      }),
    ];
    const members: Array<[typeof user, 'admin' | 'editor']> = [[admin, 'admin']];
    if (fields.status === 'accepted') members.push([user, 'editor']);
    const organization = t.OrganizationFactory({ members, requests });
    return { t, user, organization, invitation: requests[0] };
  };

  it('test_list_org_invitations', () => {
    const { t, organization } = setup({ comment: 'Welcome!' });
    const response = t.get('me/org_invitations/');
    assert.equal(response.status, 200);
    assert.equal(response.json.length, 1);
    assert.equal(response.json[0].organization.id, organization.id);
    assert.equal(response.json[0].organization.name, organization.name);
    assert.equal(response.json[0].role, 'editor');
    assert.equal(response.json[0].comment, 'Welcome!');
  });

  it('test_list_org_invitations_empty / _excludes_requests', () => {
    const t = new APITestCase();
    const user = t.login();
    assert.deepEqual(t.get('me/org_invitations/').json, []);
    t.OrganizationFactory({ requests: [t.MembershipRequest({ user, comment: 'Please add me' })] });
    assert.deepEqual(t.get('me/org_invitations/').json, []);
    t.logout();
    assert.equal(t.get('me/org_invitations/').status, 401);
  });

  it('test_accept_org_invitation', () => {
    const { t, user, organization, invitation } = setup();
    const response = t.post(`me/org_invitations/${invitation.id}/accept/`);
    assert.equal(response.status, 200);
    assert.deepEqual(response.json, { message: 'Invitation accepted' });
    assert.equal(organization.members.find((m) => m.user.id === user.id)?.role, 'editor');
    assert.equal(invitation.status, 'accepted');
    assert.equal(invitation.handled_by, user.id);
  });

  it('test_accept_org_invitation_not_found', () => {
    const { t } = setup();
    assert.equal(t.post('me/org_invitations/00000000-0000-0000-0000-000000000000/accept/').status, 404);
  });

  it('test_accept_org_invitation_already_accepted', () => {
    const { t, invitation } = setup({ status: 'accepted' });
    const response = t.post(`me/org_invitations/${invitation.id}/accept/`);
    assert.equal(response.status, 400);
    assert.equal(response.json.message, 'Invitation is not pending');
  });

  it('test_refuse_org_invitation', () => {
    const { t, user, organization, invitation } = setup();
    const response = t.post(`me/org_invitations/${invitation.id}/refuse/`);
    assert.equal(response.status, 200);
    assert.deepEqual(response.json, { message: 'Invitation refused' });
    assert.ok(!organization.members.some((m) => m.user.id === user.id));
    assert.equal(invitation.status, 'refused');
  });

  it('test_cannot_accept_other_user_invitation', () => {
    const { t, invitation } = setup({ forOther: true });
    assert.equal(t.post(`me/org_invitations/${invitation.id}/accept/`).status, 404);
  });
});

describe('UserAPITest (suggest)', () => {
  it('test_suggest_users_api_first_name / _last_name / _unicode', () => {
    const t = new APITestCase();
    for (let i = 0; i < 4; i++) t.UserFactory({ last_name: i % 2 ? `last-name-testé-${i}` : `Autre${i}` });
    const response = t.get('users/suggest/', { q: 'last-name-testé', size: '5' });
    assert.equal(response.status, 200);
    assert.equal(response.json.length, 2);
    for (const user of response.json) {
      assert.deepEqual(Object.keys(user).sort(), ['avatar_url', 'email', 'first_name', 'id', 'last_name', 'slug']);
      assert.ok(user.last_name.includes('last-name-testé'));
    }
  });

  it('test_suggest_users_api_no_match / _empty / _no_dedup', () => {
    const t = new APITestCase();
    assert.deepEqual(t.get('users/suggest/', { q: 'xxxxxx', size: '5' }).json, []);
    t.UserFactory({ first_name: 'test', last_name: 'homonym' });
    t.UserFactory({ first_name: 'test', last_name: 'homonym' });
    assert.equal(t.get('users/suggest/', { q: 'homonym', size: '5' }).json.length, 2);
  });

  it('test_suggest_users_api_size_validation', () => {
    const t = new APITestCase();
    for (const size of ['0', '21']) {
      const response = t.get('users/suggest/', { q: 'foobar', size });
      assert.equal(response.status, 400);
      assert.ok(response.json.errors.size.includes('between 1 and 20'));
    }
  });

  it('(source) deleted users are never suggested; e-mails show only their domain, except to a sysadmin', () => {
    const t = new APITestCase();
    t.UserFactory({ first_name: 'Anne', last_name: 'Martin', email: 'anne@example.org' });
    t.UserFactory({ first_name: 'Anne', last_name: 'Martin', email: 'old@example.org', deleted: '2026-01-01T00:00:00+00:00' });
    const found = t.get('users/suggest/', { q: 'anne mar' }).json;
    assert.deepEqual(
      found.map((u: { email: string }) => u.email),
      ['***@example.org'],
    );
    t.login(t.AdminFactory());
    assert.equal(t.get('users/suggest/', { q: 'anne' }).json[0].email, 'anne@example.org');
  });
});

describe('DiscussionsTest and HarvestAPITest (the query rules the dashboard relies on)', () => {
  it('test_list_discussions_org_does_not_exist: `org` must be the id (a slug is 404); closed=false keeps open ones', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    const dataset = t.DatasetFactory(org);
    t.DiscussionFactory(org, { class: 'Dataset', id: dataset.id });
    t.DiscussionFactory(org, { class: 'Dataset', id: dataset.id }, '2026-01-01T00:00:00+00:00');
    assert.equal(t.get('discussions/', { org: org.slug }).status, 404);
    assert.equal(t.get('discussions/', { org: 'bad org id' }).status, 404);
    const open = t.get('discussions/', { org: org.id, closed: 'false' });
    assert.equal(open.status, 200);
    assert.equal(open.json.total, 1);
    assert.equal(t.get(orgPath(org, 'discussions/')).json.length, 2);
  });

  it('test_list_sources_for_owner / _for_org: `owner` is a user, `organization` an organization', () => {
    const t = new APITestCase();
    const user = t.UserFactory();
    const org = t.OrganizationFactory({ members: [[user, 'admin']] });
    for (let i = 0; i < 3; i++) t.HarvestSourceFactory({ user });
    t.HarvestSourceFactory({ org });
    assert.equal(t.get('harvest/sources/', { owner: user.id }).json.data.length, 3);
    assert.equal(t.get('harvest/sources/', { organization: org.id }).json.data.length, 1);
    assert.equal(t.get('harvest/sources/', { owner: org.id }).json.data.length, 0);
    assert.equal(t.get('harvest/sources/', { organization: org.slug }).status, 400);
  });

  it('test_list_sources_paginate: `page` and `page_size` honoured, `total` counts all, a page past the end is 404', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    const total = 25;
    const sources = Array.from({ length: total }, () => t.HarvestSourceFactory({ org }));
    t.HarvestSourceFactory({ org: t.OrganizationFactory() });
    const first = t.get('harvest/sources/', { organization: org.id, page: '1', page_size: '20' });
    assert.equal(first.status, 200);
    assert.equal(first.json.data.length, 20);
    assert.equal(first.json.total, total);
    assert.deepEqual([first.json.page, first.json.page_size], [1, 20]);
    const second = t.get('harvest/sources/', { organization: org.id, page: '2', page_size: '20' });
    assert.equal(second.status, 200);
    assert.equal(second.json.data.length, total - 20);
    assert.equal(second.json.total, total);
    const ids = [...first.json.data, ...second.json.data].map((s: { id: string }) => s.id);
    assert.deepEqual(new Set(ids), new Set(sources.map((s) => s.id)), 'each source once, on one page');
    assert.equal(t.get('harvest/sources/', { organization: org.id, page: '3', page_size: '20' }).status, 404);
    assert.equal(t.get('harvest/sources/', { organization: org.id }).json.page_size, 20, 'udata’s default page size');
  });
});
