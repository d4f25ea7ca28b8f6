import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APITestCase, orgPath } from './udata-test-case.js';

/**
 * udata's `udata/tests/api/test_organizations_api.py` (17.6, commit 25b5a2dd), ported case by
 * case against the mock: each `it` is named after the udata test it ports, asserts what that
 * test asserts (status, body, state) and, where udata's source says more than its test (error
 * bodies), that too. Not ported: `OrganizationBlocsAPITest`, `OrganizationBadgeAPITest`,
 * `OrganizationContactPointsAPITest`, `OrganizationCsvExportsTest` and follow tests —
 * endpoints no element calls yet — and the notification tests (the mock sends no
 * notifications). The logo upload and organization suggest tests are in
 * `profile-search-logo.test.ts`.
 */

const pending = (t: APITestCase, orgId: string) => t.udata.data.requests.filter((r) => r.org === orgId && r.status === 'pending');
const isMember = (t: APITestCase, orgId: string, userId: string) =>
  t.udata.data.organizations.find((o) => o.id === orgId)!.members.some((m) => m.user.id === userId);

describe('MembershipAPITest', () => {
  it('test_request_membership', () => {
    const t = new APITestCase();
    const organization = t.OrganizationFactory();
    const user = t.login();
    const response = t.post(orgPath(organization, 'membership/'), { comment: 'a comment' });
    assert.equal(response.status, 201);
    const [request] = t.udata.data.requests;
    assert.equal(t.udata.data.requests.length, 1);
    assert.equal(request.user?.id, user.id);
    assert.equal(request.status, 'pending');
    assert.equal(request.comment, 'a comment');
    assert.equal(request.handled_by ?? null, null);
    assert.match(response.json.id, /^[0-9a-f-]{36}$/, 'request ids are UUIDs');
    assert.equal(response.json.kind, 'request');
  });

  it('test_request_membership_without_comment', () => {
    const t = new APITestCase();
    const organization = t.OrganizationFactory();
    t.login();
    const response = t.post(orgPath(organization, 'membership/'), {});
    assert.equal(response.status, 400);
    assert.equal(typeof response.json.errors.comment, 'string', 'field errors are strings');
    assert.equal(t.udata.data.requests.length, 0);
  });

  it('(source) an empty comment and a request from a current member are both accepted', () => {
    const t = new APITestCase();
    const user = t.login();
    const organization = t.OrganizationFactory({ members: [[user, 'editor']] });
    assert.equal(t.post(orgPath(organization, 'membership/'), { comment: '' }).status, 201);
    assert.equal(t.post(orgPath(organization, 'membership/'), { comment: 'again' }).status, 200);
  });

  it('test_request_existing_pending_membership_do_not_duplicate_it', () => {
    const t = new APITestCase();
    const user = t.login();
    const organization = t.OrganizationFactory({ requests: [t.MembershipRequest({ user, comment: 'previous' })] });
    const response = t.post(orgPath(organization, 'membership/'), { comment: 'a comment' });
    assert.equal(response.status, 200);
    assert.equal(t.udata.data.requests.length, 1);
    assert.equal(t.udata.data.requests[0].comment, 'a comment');
    assert.equal(t.udata.data.requests[0].status, 'pending');
  });

  it('test_get_membership_requests', () => {
    const t = new APITestCase();
    const user = t.login();
    const applicant = t.UserFactory({ email: 'thibaud@example.org' });
    const organization = t.OrganizationFactory({
      members: [[user, 'admin']],
      requests: [t.MembershipRequest({ user: applicant, comment: 'test' })],
    });
    const response = t.get(orgPath(organization, 'membership/'));
    assert.equal(response.status, 200);
    assert.equal(response.json.length, 1);
    assert.equal(response.json[0].comment, 'test');
    assert.equal(response.json[0].user.email, 'th*****@example.org');
  });

  it('test_only_org_member_can_get_membership_requests', () => {
    const t = new APITestCase();
    t.login();
    const applicant = t.UserFactory();
    const organization = t.OrganizationFactory({ requests: [t.MembershipRequest({ user: applicant, comment: 'test' })] });
    const response = t.get(orgPath(organization, 'membership/'));
    assert.equal(response.status, 403);
    assert.equal(response.json.message, 'You do not have the permission to modify that object.');
  });

  it("(source) an editor is refused the request list (403), anonymous 401, another user's filter 403", () => {
    const t = new APITestCase();
    const editor = t.UserFactory();
    const other = t.UserFactory();
    const organization = t.OrganizationFactory({ members: [[editor, 'editor']] });
    assert.equal(t.get(orgPath(organization, 'membership/'), { status: 'pending' }).status, 401);
    t.login(editor);
    assert.equal(t.get(orgPath(organization, 'membership/'), { status: 'pending' }).status, 403);
    const response = t.get(orgPath(organization, 'membership/'), { user: other.id });
    assert.equal(response.status, 403);
    assert.equal(response.json.message, 'You can only access your own membership requests or the one of your organizations.');
  });

  it('test_applicant_can_get_their_membership_requests', () => {
    const t = new APITestCase();
    const applicant = t.login();
    const organization = t.OrganizationFactory({ requests: [t.MembershipRequest({ user: applicant, comment: 'test' })] });
    assert.equal(t.get(orgPath(organization, 'membership/'), { user: applicant.id }).status, 200);
  });

  // udata has the same case twice: with `user` alone and with `user` and `status`.
  for (const [name, query] of [
    ['test_get_membership_requests_filtered_by_user_skips_orphan_requests', {}],
    ['test_get_membership_requests_filtered_by_user_and_status_skips_orphan_requests', { status: 'pending' }],
  ] as const) {
    it(name, () => {
      const t = new APITestCase();
      const applicant = t.login();
      const organization = t.OrganizationFactory({
        requests: [
          t.MembershipRequest({ email: 'invited@example.org', kind: 'invitation' }),
          t.MembershipRequest({ user: applicant, comment: 'test' }),
        ],
      });
      const response = t.get(orgPath(organization, 'membership/'), { user: applicant.id, ...query });
      assert.equal(response.status, 200);
      assert.equal(response.json.length, 1);
      assert.equal(response.json[0].comment, 'test');
    });
  }

  for (const searched of ['pending', 'accepted', 'refused']) {
    it(`test_applicant_can_get_their_membership_requests_with_status[${searched}]`, () => {
      const t = new APITestCase();
      const applicant = t.login();
      const organization = t.OrganizationFactory({ requests: [t.MembershipRequest({ user: applicant, comment: 'test' })] });
      const response = t.get(orgPath(organization, 'membership/'), { user: applicant.id, status: searched });
      assert.equal(response.status, 200);
      assert.equal(response.json.length, searched === 'pending' ? 1 : 0);
    });
  }

  it('test_get_members_with_or_without_email', () => {
    const t = new APITestCase();
    const admin = t.UserFactory({ email: 'admin@example.org' });
    const editor = t.UserFactory({ email: 'editor@example.org' });
    const other = t.UserFactory({ email: 'other@example.org' });
    const organization = t.OrganizationFactory({
      members: [
        [admin, 'admin'],
        [editor, 'editor'],
      ],
    });
    const emails = () => {
      const response = t.get(orgPath(organization));
      assert.equal(response.status, 200);
      assert.equal(response.json.members[0].role, 'admin');
      assert.equal(response.json.members[0].since, '2024-04-14T00:00:00+00:00');
      assert.equal(response.json.members[1].role, 'editor');
      return response.json.members.map((m: { user: { email: string } }) => m.user.email);
    };
    t.login(admin);
    assert.deepEqual(emails(), ['ad***@example.org', 'ed****@example.org']);
    t.login(editor);
    assert.deepEqual(emails(), ['ad***@example.org', 'ed****@example.org']);
    t.login(other);
    assert.deepEqual(emails(), ['***@example.org', '***@example.org']);
    t.login(t.AdminFactory());
    assert.deepEqual(emails(), ['admin@example.org', 'editor@example.org']);
  });

  it('test_get_members_last_login_at', () => {
    const t = new APITestCase();
    const lastLogin = '2025-01-15T10:00:00+00:00';
    const admin = t.UserFactory({ last_login_at: lastLogin });
    const editor = t.UserFactory({ last_login_at: lastLogin });
    const organization = t.OrganizationFactory({
      members: [
        [admin, 'admin'],
        [editor, 'editor'],
      ],
    });
    const logins = () =>
      t.get(orgPath(organization)).json.members.map((m: { user: { last_login_at: string | null } }) => m.user.last_login_at);
    t.login(admin);
    assert.deepEqual(logins(), [lastLogin, lastLogin]);
    assert.ok(!('current_login_at' in t.get(orgPath(organization)).json.members[0].user));
    t.login(editor);
    assert.deepEqual(logins(), [lastLogin, lastLogin]);
    t.login(t.UserFactory());
    assert.deepEqual(logins(), [null, null]);
    t.login(t.AdminFactory());
    assert.deepEqual(logins(), [lastLogin, lastLogin]);
  });

  it('test_accept_membership', () => {
    const t = new APITestCase();
    const user = t.login();
    const applicant = t.UserFactory();
    const requests = [t.MembershipRequest({ user: applicant, comment: 'test' })];
    const organization = t.OrganizationFactory({ members: [[user, 'admin']], requests });
    const path = orgPath(organization, `membership/${requests[0].id}/accept/`);
    const response = t.post(path);
    assert.equal(response.status, 200);
    assert.equal(response.json.role, 'editor');
    assert.equal(pending(t, organization.id).length, 0);
    assert.ok(isMember(t, organization.id, applicant.id));
    assert.equal(requests[0].status, 'accepted');
    assert.equal(requests[0].handled_by, user.id);
    assert.ok(requests[0].handled_on);
    // Accepting twice answers 409 (with the existing member as body).
    const again = t.post(path);
    assert.equal(again.status, 409);
    assert.equal(again.json.user.id, applicant.id);
  });

  it('(source) accept and refuse do not check the status: a refused request can still be accepted', () => {
    const t = new APITestCase();
    const user = t.login();
    const applicant = t.UserFactory();
    const requests = [t.MembershipRequest({ user: applicant, comment: 'test', status: 'refused' })];
    const organization = t.OrganizationFactory({ members: [[user, 'admin']], requests });
    assert.equal(t.post(orgPath(organization, `membership/${requests[0].id}/accept/`)).status, 200);
    assert.ok(isMember(t, organization.id, applicant.id));
    assert.equal(t.post(orgPath(organization, `membership/${requests[0].id}/refuse/`), { comment: 'no' }).status, 200);
  });

  it('test_only_admin_can_accept_membership', () => {
    const t = new APITestCase();
    const user = t.login();
    const requests = [t.MembershipRequest({ user: t.UserFactory(), comment: 'test' })];
    const organization = t.OrganizationFactory({ members: [[user, 'editor']], requests });
    assert.equal(t.post(orgPath(organization, `membership/${requests[0].id}/accept/`)).status, 403);
  });

  it('test_accept_membership_404', () => {
    const t = new APITestCase();
    const user = t.login();
    const organization = t.OrganizationFactory({ members: [[user, 'admin']] });
    const response = t.post(orgPath(organization, `membership/${t.MembershipRequest().id}/accept/`));
    assert.equal(response.status, 404);
    assert.equal(response.json.message, 'Unknown membership request id');
    assert.equal(t.post(orgPath(organization, 'membership/0c0000000000000000000001/accept/')).status, 404, 'not a UUID');
  });

  it('test_refuse_membership', () => {
    const t = new APITestCase();
    const user = t.login();
    const applicant = t.UserFactory();
    const requests = [t.MembershipRequest({ user: applicant, comment: 'test' })];
    const organization = t.OrganizationFactory({ members: [[user, 'admin']], requests });
    const response = t.post(orgPath(organization, `membership/${requests[0].id}/refuse/`), { comment: 'no' });
    assert.equal(response.status, 200);
    assert.deepEqual(response.json, {});
    assert.ok(!isMember(t, organization.id, applicant.id));
    assert.equal(requests[0].status, 'refused');
    assert.equal(requests[0].refusal_comment, 'no');
    assert.equal(requests[0].handled_by, user.id);
  });

  it('test_only_admin_can_refuse_membership', () => {
    const t = new APITestCase();
    const user = t.login();
    const requests = [t.MembershipRequest({ user: t.UserFactory(), comment: 'test' })];
    const organization = t.OrganizationFactory({ members: [[user, 'editor']], requests });
    assert.equal(t.post(orgPath(organization, `membership/${requests[0].id}/refuse/`), { comment: 'no' }).status, 403);
  });

  it('test_refuse_membership_404', () => {
    const t = new APITestCase();
    const user = t.login();
    const organization = t.OrganizationFactory({ members: [[user, 'admin']] });
    const response = t.post(orgPath(organization, `membership/${t.MembershipRequest().id}/refuse/`));
    assert.equal(response.status, 404);
    assert.equal(response.json.message, 'Unknown membership request id');
  });

  it('test_refuse_membership_without_comment', () => {
    const t = new APITestCase();
    const user = t.login();
    const requests = [t.MembershipRequest({ user: t.UserFactory(), comment: 'test' })];
    const organization = t.OrganizationFactory({ members: [[user, 'admin']], requests });
    const response = t.post(orgPath(organization, `membership/${requests[0].id}/refuse/`), {});
    assert.equal(response.status, 400);
    assert.deepEqual(response.json, { errors: { comment: 'Comment is required' }, message: 'Comment is required' });
    assert.equal(requests[0].status, 'pending');
  });

  for (const decision of ['accept', 'refuse']) {
    it(`test_${decision}_membership_rejects_invitation`, () => {
      const t = new APITestCase();
      const user = t.login();
      const requests = [t.MembershipRequest({ kind: 'invitation', user: t.UserFactory(), created_by: user })];
      const organization = t.OrganizationFactory({ members: [[user, 'admin']], requests });
      const response = t.post(orgPath(organization, `membership/${requests[0].id}/${decision}/`));
      assert.equal(response.status, 400);
      assert.equal(response.json.message, 'Use the cancel endpoint for invitations');
      assert.equal(requests[0].status, 'pending');
    });
  }
});
