import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onMembershipRequestHandled, type MockNotification } from '../../mocks/notifications.js';
import type { MockUser } from '../../mocks/seed.js';
import { APITestCase, orgPath } from './udata-test-case.js';

/**
 * Who is notified of membership events, and when those notifications are handled:
 * `udata/tests/organization/test_notifications.py` (`MembershipRequestNotificationTest`,
 * `MembershipResponseNotificationTest`), the notification tests of `test_organizations_api.py`
 * and `test_user_api.py`, and `test_organization_badges_notifications.py` (`NotifyBadgeTest`).
 * Not ported: `OrganizationNotificationsTest`, which tests the legacy `membership_request`
 * provider of `features/notifications/actions.py` (no endpoint serves it in 17.6), and
 * `test_email_invitation_matched_on_registration` (the mock has no registration).
 */

const ofUser = (t: APITestCase, user: MockUser): MockNotification[] =>
  t.udata.data.notifications.filter((n) => n.user === user.id);
const detailsOf = (n: MockNotification) => n.details as unknown as Record<string, string | null>;
/** `org.requests[…]` after the fact: the stored request. */
const stored = (t: APITestCase, id: string) => t.udata.data.requests.find((r) => r.id === id)!;

describe('MembershipRequestNotificationTest', () => {
  it('test_notification_created_for_admins_only', () => {
    const t = new APITestCase();
    const [admin1, admin2, editor, applicant] = [t.UserFactory(), t.UserFactory(), t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({
      members: [
        [editor, 'editor'],
        [admin1, 'admin'],
        [admin2, 'admin'],
      ],
    });
    const request = t.add_membership_request(org, t.MembershipRequest({ user: applicant, comment: 'test' }));

    const notifications = t.udata.data.notifications;
    assert.equal(notifications.length, 2);
    assert.deepEqual(notifications.map((n) => n.user).sort(), [admin1.id, admin2.id].sort());
    for (const n of notifications) {
      assert.equal(detailsOf(n).request_organization, org.id);
      assert.equal(detailsOf(n).request_user, applicant.id);
      assert.equal(n.created_at, request.created);
    }
  });

  it('test_no_duplicate_notifications', () => {
    const t = new APITestCase();
    const [admin, applicant] = [t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    const request = t.MembershipRequest({ user: applicant, comment: 'test' });
    t.add_membership_request(org, request);
    t.add_membership_request(org, request);
    assert.equal(t.udata.data.notifications.length, 1);
  });

  it('test_multiple_requests_create_separate_notifications', () => {
    const t = new APITestCase();
    const [admin, applicant1, applicant2] = [t.UserFactory(), t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    t.add_membership_request(org, t.MembershipRequest({ user: applicant1, comment: 'test 1' }));
    t.add_membership_request(org, t.MembershipRequest({ user: applicant2, comment: 'test 2' }));
    const users = t.udata.data.notifications.map((n) => detailsOf(n).request_user);
    assert.equal(users.length, 2);
    assert.ok(users.includes(applicant1.id) && users.includes(applicant2.id));
  });

  it('(source) updating one’s pending request (200) sends no `after_create`: no new notification', () => {
    const t = new APITestCase();
    const admin = t.UserFactory();
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    t.login();
    assert.equal(t.post(orgPath(org, 'membership/'), { comment: 'one' }).status, 201);
    assert.equal(t.post(orgPath(org, 'membership/'), { comment: 'two' }).status, 200);
    assert.equal(ofUser(t, admin).length, 1);
  });
});

describe('MembershipResponseNotificationTest', () => {
  const setup = () => {
    const t = new APITestCase();
    const applicant = t.UserFactory();
    const admin = t.login();
    const requests = [t.MembershipRequest({ user: applicant, comment: 'test', status: 'pending' })];
    const org = t.OrganizationFactory({ members: [[admin, 'admin']], requests });
    return { t, applicant, admin, org, request: requests[0] };
  };

  it('test_accept_membership_creates_notification', () => {
    const { t, applicant, org, request } = setup();
    // udata sets the status and runs the task; the accept endpoint does both.
    assert.equal(t.post(orgPath(org, `membership/${request.id}/accept/`)).status, 200);
    const notifications = ofUser(t, applicant);
    assert.equal(notifications.length, 1);
    assert.equal(notifications[0].details.class, 'MembershipAcceptedNotificationDetails');
    assert.equal(detailsOf(notifications[0]).organization, org.id);
  });

  it('test_refuse_membership_creates_notification', () => {
    const { t, applicant, org, request } = setup();
    assert.equal(t.post(orgPath(org, `membership/${request.id}/refuse/`), { comment: 'non' }).status, 200);
    const notifications = ofUser(t, applicant);
    assert.equal(notifications.length, 1);
    assert.equal(notifications[0].details.class, 'MembershipRefusedNotificationDetails');
    assert.equal(detailsOf(notifications[0]).organization, org.id);
  });

  it('test_full_membership_request_cycle_with_refusal_then_approval', () => {
    const t = new APITestCase();
    const [applicant, admin] = [t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });

    // Step 1: the applicant requests membership.
    t.login(applicant);
    const first = t.post(orgPath(org, 'membership/'), { comment: 'I want to join' }).json;
    let adminNotifications = ofUser(t, admin);
    assert.equal(adminNotifications.length, 1);
    assert.equal(detailsOf(adminNotifications[0]).request_user, applicant.id);
    assert.equal(detailsOf(adminNotifications[0]).request_organization, org.id);
    assert.equal(adminNotifications[0].handled_at, null);

    // Step 2: the admin refuses it.
    t.login(admin);
    assert.equal(t.post(orgPath(org, `membership/${first.id}/refuse/`), { comment: 'Not now' }).status, 200);
    adminNotifications = ofUser(t, admin);
    assert.equal(adminNotifications.length, 1);
    assert.equal(adminNotifications[0].handled_at, stored(t, first.id).handled_on);
    let applicantNotifications = ofUser(t, applicant);
    assert.equal(applicantNotifications.length, 1);
    assert.equal(applicantNotifications[0].details.class, 'MembershipRefusedNotificationDetails');

    // Step 3: a new request after the refusal: the handled notification does not block it.
    t.login(applicant);
    const second = t.post(orgPath(org, 'membership/'), { comment: 'Please reconsider' });
    assert.equal(second.status, 201);
    assert.notEqual(second.json.id, first.id);
    const pending = ofUser(t, admin).filter((n) => n.handled_at === null);
    assert.equal(pending.length, 1);
    assert.equal(detailsOf(pending[0]).request_user, applicant.id);

    // Step 4: the admin accepts the second request.
    t.login(admin);
    assert.equal(t.post(orgPath(org, `membership/${second.json.id}/accept/`)).status, 200);
    applicantNotifications = ofUser(t, applicant);
    assert.equal(applicantNotifications.length, 2);
    assert.equal(applicantNotifications.filter((n) => n.details.class === 'MembershipAcceptedNotificationDetails').length, 1);
    assert.equal(applicantNotifications.filter((n) => n.details.class === 'MembershipRefusedNotificationDetails').length, 1);
    adminNotifications = ofUser(t, admin);
    assert.equal(adminNotifications.length, 2);
    // (source) `on_handle_membership_request` matches on organization and requester only: the
    // first notification, handled at step 2, gets the second decision's date too.
    for (const n of adminNotifications) assert.equal(n.handled_at, stored(t, second.json.id).handled_on);
  });
});

describe('MembershipAPITest (notifications)', () => {
  it('test_invite_member_creates_notification_for_invited_user', () => {
    const t = new APITestCase();
    const user = t.login();
    const invited = t.UserFactory();
    const organization = t.OrganizationFactory({ members: [[user, 'admin']] });
    assert.equal(t.post(orgPath(organization, 'member/'), { user: invited.id, role: 'editor' }).status, 201);
    const notifications = ofUser(t, invited);
    assert.equal(notifications.length, 1);
    assert.equal(detailsOf(notifications[0]).request_organization, organization.id);
    assert.equal(detailsOf(notifications[0]).kind, 'invitation');
    assert.equal(ofUser(t, user).length, 0);
  });

  it('(source) an e-mail invitation notifies nobody; the e-mail of an account invites (and notifies) that user', () => {
    const t = new APITestCase();
    const user = t.login();
    const existing = t.UserFactory({ email: 'existing@example.com' });
    const organization = t.OrganizationFactory({ members: [[user, 'admin']] });
    assert.equal(t.post(orgPath(organization, 'member/'), { email: 'nobody@example.com' }).status, 201);
    assert.equal(t.udata.data.notifications.length, 0);
    assert.equal(t.post(orgPath(organization, 'member/'), { email: 'existing@example.com' }).status, 201);
    assert.equal(ofUser(t, existing).length, 1);
  });

  it('test_cancel_invitation_marks_notification_as_handled', () => {
    const t = new APITestCase();
    const user = t.login();
    const invited = t.UserFactory();
    const requests = [t.MembershipRequest({ kind: 'invitation', user: invited, created_by: user, role: 'editor' })];
    const organization = t.OrganizationFactory({ members: [[user, 'admin']], requests });
    // Saved by hand in udata's test: kind keeps its default, "request".
    const notification = t.NotificationFactory(invited, {
      class: 'MembershipRequestNotificationDetails',
      request_organization: organization.id,
      request_user: invited.id,
      kind: 'request',
    });
    assert.equal(t.post(orgPath(organization, `membership/${requests[0].id}/cancel/`)).status, 200);
    assert.notEqual(notification.handled_at, null);
    assert.equal(ofUser(t, invited).length, 1, '(source) no accepted/refused notification for a cancel');
  });

  it('(source) a 409 on accept (already a member) handles nothing', () => {
    const t = new APITestCase();
    const admin = t.login();
    const member = t.UserFactory();
    const requests = [t.MembershipRequest({ user: member, comment: 'x' })];
    const org = t.OrganizationFactory({
      members: [
        [admin, 'admin'],
        [member, 'editor'],
      ],
      requests,
    });
    const notification = t.NotificationFactory(admin, {
      class: 'MembershipRequestNotificationDetails',
      request_organization: org.id,
      request_user: member.id,
      kind: 'request',
    });
    assert.equal(t.post(orgPath(org, `membership/${requests[0].id}/accept/`)).status, 409);
    assert.equal(notification.handled_at, null);
    assert.equal(ofUser(t, member).length, 0);
  });
});

describe('OrgInvitationsAPITest (notifications)', () => {
  for (const decision of ['accept', 'refuse'] as const) {
    it(`test_${decision}_org_invitation_marks_notification_as_handled`, () => {
      const t = new APITestCase();
      const user = t.login();
      const admin = t.UserFactory();
      const invitation = t.MembershipRequest({ kind: 'invitation', user, created_by: admin, role: 'editor' });
      const organization = t.OrganizationFactory({ members: [[admin, 'admin']], requests: [invitation] });
      const notification = t.NotificationFactory(user, {
        class: 'MembershipRequestNotificationDetails',
        request_organization: organization.id,
        request_user: user.id,
        kind: 'request',
      });
      assert.equal(t.post(`me/org_invitations/${invitation.id}/${decision}/`).status, 200);
      assert.notEqual(notification.handled_at, null);
      // (source) `notify_membership_invitation_response` only e-mails the inviter.
      assert.equal(t.udata.data.notifications.length, 1);
    });
  }

  it('(source) after_handle straight from the model: every recipient’s notification about the requester', () => {
    const t = new APITestCase();
    const [a, b, requester] = [t.UserFactory(), t.UserFactory(), t.UserFactory()];
    const org = t.OrganizationFactory({
      members: [
        [a, 'admin'],
        [b, 'admin'],
      ],
    });
    const request = t.add_membership_request(org, t.MembershipRequest({ user: requester, comment: 'x' }));
    request.handled_on = '2026-06-01T00:00:00.000Z';
    onMembershipRequestHandled(t.udata, request);
    assert.deepEqual(
      t.udata.data.notifications.map((n) => n.handled_at),
      ['2026-06-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z'],
    );
  });
});

describe('NotifyBadgeTest', () => {
  for (const kind of ['certified', 'public-service', 'local-authority', 'company', 'association']) {
    it(`test_notify_badge_creates_notifications[${kind}]`, () => {
      const t = new APITestCase();
      const [user1, user2] = [t.UserFactory(), t.UserFactory()];
      const organization = t.OrganizationFactory({
        members: [
          [user1, 'admin'],
          [user2, 'editor'],
        ],
      });
      t.add_badge(organization, kind);
      const notifications = t.udata.data.notifications.filter((n) => [user1.id, user2.id].includes(n.user!));
      assert.equal(notifications.length, 2);
      for (const n of notifications) {
        assert.equal(detailsOf(n).organization, organization.id);
        assert.equal(detailsOf(n).kind, kind);
      }
    });

    it(`test_notify_badge_notification_details[${kind}]`, () => {
      const t = new APITestCase();
      const user = t.login();
      const organization = t.OrganizationFactory({ members: [[user, 'admin']] });
      t.add_badge(organization, kind);
      const [notification] = t.get('notifications/').json.data;
      assert.equal(notification.details.organization.id, organization.id);
      assert.equal(notification.details.organization.name, organization.name);
      assert.equal(notification.details.kind, kind);
      assert.equal(notification.user.id, user.id);
    });
  }

  it('(source: BadgeMixin.add_badge) a badge already there notifies no one; an unknown kind is refused', () => {
    const t = new APITestCase();
    const user = t.UserFactory();
    const organization = t.OrganizationFactory({ members: [[user, 'admin']], fields: { badges: [{ kind: 'certified' }] } });
    t.add_badge(organization, 'certified');
    assert.equal(t.udata.data.notifications.length, 0);
    assert.throws(() => t.add_badge(organization, 'famous'));
    t.add_badge(organization, 'public-service');
    assert.deepEqual(
      organization.badges.map((b) => b.kind),
      ['public-service', 'certified'],
      'prepended',
    );
  });
});
