import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MockUdata } from '../../mocks/backend.js';
import { ORG_IDS, VIEWER_KEYS } from '../../mocks/seed.js';
import { APITestCase, orgPath } from './udata-test-case.js';

/**
 * The membership history: `GET /organizations/{org}/membership/?status=accepted|refused|canceled`
 * (`MembershipRequestAPI.get`, `udata/core/organization/api.py`). udata's tests only filter an
 * applicant's own requests by status (organizations-api.test.ts ports them); here, what the
 * source does for an organization's admins: `request_fields` only — who decided, when, and the
 * refusal's reason are stored (`handled_by`, `handled_on`, `refusal_comment`) but never sent —,
 * `status` unchecked, and the same 403 as the pending list for everyone else.
 */

const FIELDS = ['id', 'user', 'email', 'kind', 'created', 'status', 'role', 'comment', 'assignments'];

function decided() {
  const t = new APITestCase();
  const admin = t.login();
  const [editor, partial, gerald, lea, ines] = [
    t.UserFactory(),
    t.UserFactory(),
    t.UserFactory(),
    t.UserFactory(),
    t.UserFactory(),
  ];
  const requests = [
    t.MembershipRequest({ user: gerald, comment: 'Pour voir.' }),
    t.MembershipRequest({ user: lea, comment: 'Je travaille au service SIG.' }),
  ];
  const org = t.OrganizationFactory({
    members: [
      [admin, 'admin'],
      [editor, 'editor'],
      [partial, 'partial_editor'],
    ],
    requests,
  });
  assert.equal(t.post(orgPath(org, `membership/${requests[0].id}/refuse/`), { comment: 'Réservé aux agents.' }).status, 200);
  assert.equal(t.post(orgPath(org, `membership/${requests[1].id}/accept/`)).status, 200);
  const invitation = t.post(orgPath(org, 'member/'), { email: 'stagiaire@example.org', comment: 'Bienvenue' }).json;
  assert.equal(t.post(orgPath(org, `membership/${invitation.id}/cancel/`)).status, 200);
  const declined = t.post(orgPath(org, 'member/'), { user: ines.id }).json;
  t.login(ines);
  assert.equal(t.post(`me/org_invitations/${declined.id}/refuse/`).status, 200);
  t.login(admin);
  return { t, org, admin, editor, partial, gerald, lea, ines };
}

describe('Membership history (source)', () => {
  it('(source) admins list each past status; only request_fields are sent', () => {
    const { t, org, gerald, lea, ines } = decided();
    const list = (status: string) => {
      const response = t.get(orgPath(org, 'membership/'), { status });
      assert.equal(response.status, 200);
      return response.json as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    const refused = list('refused');
    assert.deepEqual(
      refused.map((r) => [r.kind, r.user?.id]),
      [
        ['request', gerald.id],
        ['invitation', ines.id],
      ],
    );
    for (const request of [...refused, ...list('accepted'), ...list('canceled')]) {
      assert.deepEqual(Object.keys(request).sort(), [...FIELDS].sort());
      for (const secret of ['handled_by', 'handled_on', 'refusal_comment', 'created_by']) assert.ok(!(secret in request), secret);
    }
    assert.equal(refused[0].comment, 'Pour voir.', 'the applicant’s comment, not the refusal’s');
    assert.deepEqual(
      list('accepted').map((r) => r.user.id),
      [lea.id],
    );
    const [canceled] = list('canceled');
    assert.deepEqual(
      [canceled.kind, canceled.user, canceled.email, canceled.comment],
      ['invitation', null, 'stagiaire@example.org', 'Bienvenue'],
    );
    assert.equal(list('pending').length, 0);
    // The stored decision is there, only not sent.
    const stored = t.udata.data.requests.find((r) => r.user?.id === gerald.id)!;
    assert.deepEqual([stored.handled_by, stored.refusal_comment], [t.udata.data.users[0].id, 'Réservé aux agents.']);
  });

  it('(source) no status is all of them, in their order; an unknown status is no error, an empty list', () => {
    const { t, org } = decided();
    const all = t.get(orgPath(org, 'membership/')).json as Array<{ status: string }>;
    assert.deepEqual(
      all.map((r) => r.status),
      ['refused', 'accepted', 'canceled', 'refused'],
    );
    const unknown = t.get(orgPath(org, 'membership/'), { status: 'archived' });
    assert.deepEqual([unknown.status, unknown.json], [200, []]);
  });

  it('(source) editors and partial editors are refused (403), anonymous callers 401; sysadmins see it', () => {
    const { t, org, editor, partial } = decided();
    for (const user of [editor, partial]) {
      t.login(user);
      const response = t.get(orgPath(org, 'membership/'), { status: 'accepted' });
      assert.equal(response.status, 403);
      assert.equal(response.json.message, 'You do not have the permission to modify that object.');
    }
    t.logout();
    assert.equal(t.get(orgPath(org, 'membership/'), { status: 'accepted' }).status, 401);
    t.login(t.AdminFactory());
    assert.equal(t.get(orgPath(org, 'membership/'), { status: 'accepted' }).json.length, 1);
  });

  it('(seed) the DREAL’s history: Théo accepted, Gérald refused, Zoé’s invitation accepted, an e-mail one canceled', () => {
    const udata = new MockUdata();
    const list = (status: string, key: string = VIEWER_KEYS.admin) =>
      udata.handle({
        method: 'GET',
        url: `https://udata.example/api/1/organizations/${ORG_IDS.certified}/membership/?status=${status}`,
        headers: { 'X-API-KEY': key },
      });
    const names = (status: string) =>
      (list(status).json as Array<{ user: { first_name: string } | null; email: string | null }>).map(
        (r) => r.user?.first_name ?? r.email,
      );
    assert.deepEqual(names('accepted'), ['Théo', 'Zoé']);
    assert.deepEqual(names('refused'), ['Gérald']);
    assert.deepEqual(names('canceled'), ['stagiaire.sig@example.org']);
    const [zoe] = (list('accepted').json as Array<{ kind: string; role: string; assignments: unknown[] }>).slice(1);
    assert.deepEqual([zoe.kind, zoe.role, zoe.assignments.length], ['invitation', 'partial_editor', 3]);
    assert.equal(list('accepted', VIEWER_KEYS.editor).status, 403);
    const stored = udata.data.requests.filter((r) => r.org === ORG_IDS.certified && r.status !== 'pending');
    assert.ok(
      stored.every((r) => r.handled_by && r.handled_on),
      'each decision is stored with who and when',
    );
  });
});
