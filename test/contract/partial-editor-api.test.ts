import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APITestCase, orgPath } from './udata-test-case.js';

/**
 * udata's `udata/tests/api/test_partial_editor.py`: assignments of partial editors. Not ported:
 * what a partial editor may edit on a dataset (`PartialEditorDatasetAPITest`'s dataset PUTs —
 * no element edits datasets), auto-assignment on creation, and transfers (the mock has none).
 */

function setUp() {
  const t = new APITestCase();
  const admin = t.UserFactory();
  const editor = t.UserFactory();
  const partial = t.UserFactory();
  const org = t.OrganizationFactory({
    members: [
      [admin, 'admin'],
      [editor, 'editor'],
      [partial, 'partial_editor'],
    ],
  });
  const assigned = t.DatasetFactory(org);
  const other = t.DatasetFactory(org);
  const url = orgPath(org, `member/${partial.id}/assignments/`);
  return { t, admin, editor, partial, org, assigned, other, url };
}

describe('PartialEditorDatasetAPITest (assignments)', () => {
  it('test_admin_can_sync_assignments', () => {
    const { t, admin, org, assigned, other, url } = setUp();
    t.login(admin);
    let response = t.put(url, [{ class: 'Dataset', id: assigned.id }]);
    assert.equal(response.status, 200);
    assert.equal(response.json.length, 1);
    assert.deepEqual(response.json[0].subject, { class: 'Dataset', id: assigned.id });
    response = t.get(orgPath(org, 'assignments/'));
    assert.equal(response.status, 200);
    assert.equal(response.json.length, 1);
    response = t.put(url, [
      { class: 'Dataset', id: assigned.id },
      { class: 'Dataset', id: other.id },
    ]);
    assert.equal(response.json.length, 2);
    response = t.put(url, []);
    assert.equal(response.status, 200);
    assert.equal(response.json.length, 0);
  });

  it('test_editor_cannot_manage_assignments', () => {
    const { t, editor, assigned, url, org } = setUp();
    t.login(editor);
    assert.equal(t.put(url, [{ class: 'Dataset', id: assigned.id }]).status, 403);
    assert.equal(t.get(orgPath(org, 'assignments/')).status, 403, '(source) nor list them');
  });

  it('test_cannot_assign_object_from_another_org', () => {
    const { t, admin, url } = setUp();
    const foreign = t.DatasetFactory(t.OrganizationFactory());
    t.login(admin);
    const response = t.put(url, [{ class: 'Dataset', id: foreign.id }]);
    assert.equal(response.status, 400);
    assert.equal(response.json.errors.assignments, `Dataset '${foreign.id}' does not belong to this organization`);
  });

  it('test_malformed_assignments_payload_is_rejected', () => {
    const { t, admin, assigned, url } = setUp();
    t.login(admin);
    for (const payload of [
      `[{"class": "Dataset", "id": "${assigned.id}"}]`,
      { class: 'Dataset', id: assigned.id },
      [assigned.id],
      42,
    ]) {
      const response = t.put(url, payload);
      assert.equal(response.status, 400, JSON.stringify(payload));
    }
    assert.equal(t.udata.data.assignments.length, 0);
  });

  it('test_assignment_with_invalid_id_is_rejected', () => {
    const { t, admin, url } = setUp();
    t.login(admin);
    assert.equal(t.put(url, [{ class: 'Dataset', id: 'not-an-object-id' }]).status, 400);
  });

  it('test_cannot_assign_to_non_partial_editor', () => {
    const { t, admin, editor, org, assigned } = setUp();
    t.login(admin);
    const response = t.put(orgPath(org, `member/${editor.id}/assignments/`), [{ class: 'Dataset', id: assigned.id }]);
    assert.equal(response.status, 400);
    assert.equal(response.json.message, 'User must be a partial_editor member of this organization');
  });

  it('test_removing_member_cleans_up_assignments', () => {
    const { t, admin, partial, org, assigned, url } = setUp();
    t.login(admin);
    t.put(url, [{ class: 'Dataset', id: assigned.id }]);
    assert.equal(t.delete(orgPath(org, `member/${partial.id}/`)).status, 204);
    assert.equal(t.get(orgPath(org, 'assignments/')).json.length, 0);
  });
});

describe('PartialEditorInvitationAssignmentTest', () => {
  const invitationSetUp = () => {
    const t = new APITestCase();
    const admin = t.UserFactory();
    const org = t.OrganizationFactory({ members: [[admin, 'admin']] });
    return { t, admin, org, dataset1: t.DatasetFactory(org), dataset2: t.DatasetFactory(org) };
  };

  it('test_invite_partial_editor_with_assignments_then_accept', () => {
    const { t, admin, org, dataset1, dataset2 } = invitationSetUp();
    const invited = t.UserFactory();
    t.login(admin);
    const assignments = [
      { class: 'Dataset', id: dataset1.id },
      { class: 'Dataset', id: dataset2.id },
    ];
    const response = t.post(orgPath(org, 'member/'), { user: invited.id, role: 'partial_editor', assignments });
    assert.equal(response.status, 201);
    assert.equal(response.json.assignments.length, 2);
    t.login(invited);
    assert.equal(t.post(`me/org_invitations/${response.json.id}/accept/`).status, 200);
    assert.equal(t.udata.data.assignments.filter((a) => a.user === invited.id).length, 2);
  });

  it('test_invite_with_assignments_requires_partial_editor_role', () => {
    const { t, admin, org, dataset1 } = invitationSetUp();
    t.login(admin);
    const response = t.post(orgPath(org, 'member/'), {
      user: t.UserFactory().id,
      role: 'editor',
      assignments: [{ class: 'Dataset', id: dataset1.id }],
    });
    assert.equal(response.status, 400);
  });

  it('test_invite_with_assignments_from_other_org', () => {
    const { t, admin, org } = invitationSetUp();
    const foreign = t.DatasetFactory(t.OrganizationFactory());
    t.login(admin);
    const response = t.post(orgPath(org, 'member/'), {
      user: t.UserFactory().id,
      role: 'partial_editor',
      assignments: [{ class: 'Dataset', id: foreign.id }],
    });
    assert.equal(response.status, 400);
  });

  it('test_invite_without_assignments_still_works', () => {
    const { t, admin, org } = invitationSetUp();
    t.login(admin);
    const response = t.post(orgPath(org, 'member/'), { user: t.UserFactory().id, role: 'partial_editor' });
    assert.equal(response.status, 201);
    assert.equal(response.json.assignments.length, 0);
  });

  it('test_list_invitations_includes_assignments', () => {
    const { t, admin, org, dataset1, dataset2 } = invitationSetUp();
    const invited = t.UserFactory();
    t.login(admin);
    t.post(orgPath(org, 'member/'), {
      user: invited.id,
      role: 'partial_editor',
      assignments: [
        { class: 'Dataset', id: dataset1.id },
        { class: 'Dataset', id: dataset2.id },
      ],
    });
    t.login(invited);
    const response = t.get('me/org_invitations/');
    assert.equal(response.json[0].assignments.length, 2);
    assert.ok(response.json[0].assignments.map((a: { id: string }) => a.id).includes(dataset1.id));
  });

  it('test_accept_invitation_skips_deleted_subjects', () => {
    const { t, admin, org, dataset1, dataset2 } = invitationSetUp();
    const invited = t.UserFactory();
    t.login(admin);
    const { json } = t.post(orgPath(org, 'member/'), {
      user: invited.id,
      role: 'partial_editor',
      assignments: [
        { class: 'Dataset', id: dataset1.id },
        { class: 'Dataset', id: dataset2.id },
      ],
    });
    t.udata.data.datasets.splice(t.udata.data.datasets.indexOf(dataset1), 1);
    t.login(invited);
    assert.equal(t.post(`me/org_invitations/${json.id}/accept/`).status, 200);
    assert.deepEqual(
      t.udata.data.assignments.map((a) => a.subject.id),
      [dataset2.id],
    );
  });
});

describe('AssignmentIntegrityTest (roles)', () => {
  it('test_role_change_from_partial_editor_cleans_assignments', () => {
    const { t, admin, partial, org, assigned, url } = setUp();
    t.login(admin);
    t.put(url, [{ class: 'Dataset', id: assigned.id }]);
    assert.equal(t.put(orgPath(org, `member/${partial.id}/`), { role: 'editor' }).status, 200);
    assert.equal(t.udata.data.assignments.length, 0);
  });

  it('test_role_change_to_partial_editor_keeps_no_assignments', () => {
    const { t, admin, editor, org } = setUp();
    t.login(admin);
    assert.equal(t.put(orgPath(org, `member/${editor.id}/`), { role: 'partial_editor' }).status, 200);
    assert.equal(t.udata.data.assignments.filter((a) => a.user === editor.id).length, 0);
  });
});

describe('DatasetAPITest / ReuseAPITest (what the picker reads of an assigned object)', () => {
  it('test_dataset_api_get / test_reuse_api_get: one object by id; a private one only for its members', () => {
    const t = new APITestCase();
    const member = t.UserFactory();
    const org = t.OrganizationFactory({ members: [[member, 'editor']] });
    const dataset = t.DatasetFactory(org);
    const hidden = t.DatasetFactory(org, { private: true });
    const reuse = t.ReuseFactory(org);
    assert.equal(t.get(`datasets/${dataset.id}/`).json.title, dataset.title);
    assert.equal(t.get(`reuses/${reuse.id}/`).json.title, reuse.title);
    assert.equal(t.get(`datasets/${hidden.id}/`).status, 404);
    t.login(member);
    assert.equal(t.get(`datasets/${hidden.id}/`).status, 200);
    assert.equal(t.get('datasets/0123456789abcdef01234567/').status, 404);
  });
});
