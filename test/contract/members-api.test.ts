import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APITestCase, orgPath } from './udata-test-case.js';

/**
 * `MembershipAPITest` of udata's `test_organizations_api.py`, continued: invitations (current
 * udata's "add a member"), role changes and removals. Each field error is checked in full,
 * as udata's source builds it (`FieldValidationError` → `{"errors": {field: message},
 * "message": message}`), since the elements show each at its field.
 */

const requestsOf = (t: APITestCase, orgId: string) => t.udata.data.requests.filter((r) => r.org === orgId);
const memberOf = (t: APITestCase, orgId: string, userId: string) =>
  t.udata.data.organizations.find((o) => o.id === orgId)!.members.find((m) => m.user.id === userId);
const fieldError = (field: string, message: string) => ({ errors: { [field]: message }, message });

describe('MembershipAPITest (invitations and members)', () => {
  const adminAndOrg = () => {
    const t = new APITestCase();
    const user = t.login();
    const organization = t.OrganizationFactory({ members: [[user, 'admin']] });
    return { t, user, organization, invite: (body: unknown) => t.post(orgPath(organization, 'member/'), body) };
  };

  it('test_invite_member_by_user_id', () => {
    const { t, organization, invite } = adminAndOrg();
    const invited = t.UserFactory();
    const response = invite({ user: invited.id, role: 'admin' });
    assert.equal(response.status, 201);
    assert.equal(response.json.kind, 'invitation');
    assert.equal(response.json.role, 'admin');
    assert.equal(response.json.status, 'pending');
    assert.equal(memberOf(t, organization.id, invited.id), undefined);
    assert.equal(requestsOf(t, organization.id)[0].user?.id, invited.id);
  });

  it('test_invite_member_by_email', () => {
    const { t, organization, invite } = adminAndOrg();
    const response = invite({ email: 'newuser@example.com', role: 'editor' });
    assert.equal(response.status, 201);
    assert.equal(response.json.kind, 'invitation');
    assert.equal(response.json.email, 'newuser@example.com');
    assert.equal(response.json.role, 'editor');
    assert.equal(requestsOf(t, organization.id)[0].user, null);
  });

  it('test_invite_member_by_email_existing_user', () => {
    const { t, organization, invite } = adminAndOrg();
    const existing = t.UserFactory({ email: 'existing@example.com' });
    const response = invite({ email: 'existing@example.com', role: 'editor' });
    assert.equal(response.status, 201);
    assert.equal(response.json.user.id, existing.id);
    assert.equal(response.json.email, null);
    assert.equal(requestsOf(t, organization.id)[0].email, null);
  });

  it('test_only_admin_can_invite_member', () => {
    const t = new APITestCase();
    const user = t.login();
    const organization = t.OrganizationFactory({ members: [[user, 'editor']] });
    assert.equal(t.post(orgPath(organization, 'member/'), { user: t.UserFactory().id, role: 'editor' }).status, 403);
    assert.equal(requestsOf(t, organization.id).length, 0);
  });

  it('test_invite_member_already_member', () => {
    const t = new APITestCase();
    const user = t.login();
    const existing = t.UserFactory({ email: 'member@example.org' });
    const organization = t.OrganizationFactory({
      members: [
        [user, 'admin'],
        [existing, 'editor'],
      ],
    });
    const response = t.post(orgPath(organization, 'member/'), { user: existing.id, role: 'admin' });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json, fieldError('user', 'User is already a member'));
    // (source) by e-mail, the address of a member is the member.
    assert.deepEqual(
      t.post(orgPath(organization, 'member/'), { email: 'Member@example.org' }).json,
      fieldError('user', 'User is already a member'),
    );
    assert.equal(requestsOf(t, organization.id).length, 0);
  });

  it('test_invite_member_duplicate_invitation', () => {
    const t = new APITestCase();
    const user = t.login();
    const invited = t.UserFactory();
    const organization = t.OrganizationFactory({
      members: [[user, 'admin']],
      requests: [t.MembershipRequest({ kind: 'invitation', user: invited, created_by: user })],
    });
    const response = t.post(orgPath(organization, 'member/'), { user: invited.id, role: 'admin' });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json, fieldError('user', 'A request or invitation is already pending for this user'));
    assert.equal(requestsOf(t, organization.id).length, 1);
  });

  it('(source) a pending join request or e-mail invitation also blocks a new invitation', () => {
    const { t, organization, invite } = adminAndOrg();
    const applicant = t.UserFactory();
    t.udata.data.requests.push({ ...t.MembershipRequest({ user: applicant, comment: 'hi' }), org: organization.id });
    assert.deepEqual(
      invite({ user: applicant.id }).json,
      fieldError('user', 'A request or invitation is already pending for this user'),
    );
    assert.equal(invite({ email: 'someone@example.org' }).status, 201);
    assert.deepEqual(
      invite({ email: 'SOMEONE@example.org' }).json,
      fieldError('email', 'An invitation is already pending for this email'),
    );
  });

  it('test_invite_member_invalid_email', () => {
    const { t, organization, invite } = adminAndOrg();
    const response = invite({ email: 'not-an-email', role: 'editor' });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json, fieldError('email', 'Invalid email address'));
    assert.equal(requestsOf(t, organization.id).length, 0);
  });

  it('test_invite_member_unknown_user_id', () => {
    const { invite } = adminAndOrg();
    const response = invite({ user: 'deadbeefdeadbeefdeadbeef', role: 'editor' });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json, fieldError('user', "Unknown user 'deadbeefdeadbeefdeadbeef'"));
  });

  it('test_invite_member_requires_user_or_email', () => {
    const { invite } = adminAndOrg();
    const response = invite({ role: 'editor' });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json, fieldError('user', 'Either user or email is required'));
  });

  it('test_invite_member_cannot_provide_both_user_and_email', () => {
    const { t, invite } = adminAndOrg();
    const response = invite({ user: t.UserFactory().id, email: 'other@example.com', role: 'editor' });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json, fieldError('user', 'Cannot provide both user and email'));
  });

  it('(source) an unknown role and assignments for another role than partial editor are field errors', () => {
    const { t, organization, invite } = adminAndOrg();
    assert.deepEqual(invite({ user: t.UserFactory().id, role: 'owner' }).json, fieldError('role', "Invalid role 'owner'"));
    const dataset = t.DatasetFactory(organization);
    assert.deepEqual(
      invite({ user: t.UserFactory().id, role: 'editor', assignments: [{ class: 'Dataset', id: dataset.id }] }).json,
      fieldError('assignments', 'Assignments can only be set for partial_editor role'),
    );
  });

  it('test_cancel_invitation', () => {
    const t = new APITestCase();
    const user = t.login();
    const requests = [t.MembershipRequest({ kind: 'invitation', user: t.UserFactory(), created_by: user })];
    const organization = t.OrganizationFactory({ members: [[user, 'admin']], requests });
    const response = t.post(orgPath(organization, `membership/${requests[0].id}/cancel/`));
    assert.equal(response.status, 200);
    assert.equal(requests[0].status, 'canceled');
  });

  it('test_cancel_invitation_not_pending', () => {
    const t = new APITestCase();
    const user = t.login();
    const invited = t.UserFactory();
    const requests = [t.MembershipRequest({ kind: 'invitation', user: invited, created_by: user, status: 'accepted' })];
    const organization = t.OrganizationFactory({
      members: [
        [user, 'admin'],
        [invited, 'editor'],
      ],
      requests,
    });
    const response = t.post(orgPath(organization, `membership/${requests[0].id}/cancel/`));
    assert.equal(response.status, 400);
    assert.equal(response.json.message, 'Only pending invitations can be canceled');
  });

  it('test_cancel_request_not_allowed', () => {
    const t = new APITestCase();
    const user = t.login();
    const requests = [t.MembershipRequest({ user: t.UserFactory(), comment: 'Please add me' })];
    const organization = t.OrganizationFactory({ members: [[user, 'admin']], requests });
    const response = t.post(orgPath(organization, `membership/${requests[0].id}/cancel/`));
    assert.equal(response.status, 400);
    assert.equal(response.json.message, 'Only invitations can be canceled');
    assert.equal(requests[0].status, 'pending');
  });

  it('test_update_member', () => {
    const t = new APITestCase();
    const user = t.login();
    const updated = t.UserFactory();
    const organization = t.OrganizationFactory({
      members: [
        [user, 'admin'],
        [updated, 'editor'],
      ],
    });
    const response = t.put(orgPath(organization, `member/${updated.id}/`), { role: 'admin' });
    assert.equal(response.status, 200);
    assert.equal(response.json.role, 'admin');
    assert.equal(memberOf(t, organization.id, updated.id)?.role, 'admin');
  });

  it('test_update_member_not_in_organization', () => {
    const t = new APITestCase();
    const user = t.login();
    const other = t.UserFactory();
    const organization = t.OrganizationFactory({ members: [[user, 'admin']] });
    assert.equal(t.put(orgPath(organization, `member/${other.id}/`), { role: 'admin' }).status, 404);
    assert.equal(memberOf(t, organization.id, other.id), undefined);
  });

  it('test_only_admin_can_update_member', () => {
    const t = new APITestCase();
    const user = t.login();
    const updated = t.UserFactory();
    const organization = t.OrganizationFactory({
      members: [
        [user, 'editor'],
        [updated, 'editor'],
      ],
    });
    assert.equal(t.put(orgPath(organization, `member/${updated.id}/`), { role: 'admin' }).status, 403);
    assert.equal(memberOf(t, organization.id, updated.id)?.role, 'editor');
  });

  it('test_delete_member', () => {
    const t = new APITestCase();
    const user = t.login();
    const deleted = t.UserFactory();
    const organization = t.OrganizationFactory({
      members: [
        [user, 'admin'],
        [deleted, 'editor'],
      ],
    });
    const response = t.delete(orgPath(organization, `member/${deleted.id}/`));
    assert.equal(response.status, 204);
    assert.equal(memberOf(t, organization.id, deleted.id), undefined);
    assert.equal(t.get(orgPath(organization)).json.metrics.members, 1);
    assert.ok(t.udata.data.users.includes(deleted), 'the account is kept');
  });

  it('test_only_admin_can_delete_member', () => {
    const t = new APITestCase();
    const user = t.login();
    const deleted = t.UserFactory();
    const organization = t.OrganizationFactory({
      members: [
        [user, 'editor'],
        [deleted, 'editor'],
      ],
    });
    assert.equal(t.delete(orgPath(organization, `member/${deleted.id}/`)).status, 403);
    assert.ok(memberOf(t, organization.id, deleted.id));
  });

  it('(source) udata before v15: no invitation endpoint (404), the direct add; current udata answers it 405', () => {
    const { t, organization, invite } = adminAndOrg();
    const user = t.UserFactory();
    assert.equal(t.post(orgPath(organization, `member/${user.id}/`), { role: 'editor' }).status, 405);
    t.udata.flavour.legacyMemberAdd = true;
    assert.equal(invite({ user: user.id }).status, 404);
    assert.equal(t.post(orgPath(organization, `member/${user.id}/`), { role: 'editor' }).status, 201);
  });
});
