import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APITestCase, orgPath } from './udata-test-case.js';
import { DATASET_PAGE_FIELDS } from '../../src/api/dashboard.js';

/**
 * udata's `X-Fields` mask (flask-restx 1.3's `Mask`, which udata 17.6 pins): the cases of
 * `test_organizations_api.py` that send it, then "(source)" cases read from
 * `flask_restx/mask.py` and `marshalling.py` (udata has no test of the syntax itself).
 */

function organizationWithMembers(t: APITestCase) {
  const admin = t.UserFactory({ first_name: 'Ada', last_name: 'Admin' });
  const editor = t.UserFactory({ first_name: 'Eddy', last_name: 'Editeur' });
  const org = t.OrganizationFactory({
    members: [
      [admin, 'admin'],
      [editor, 'editor'],
    ],
  });
  return { admin, editor, org };
}

describe('OrganizationAPITest with X-Fields', () => {
  it('test_organization_api_get_never_exposes_requests (X-Fields: requests)', () => {
    const t = new APITestCase();
    const organization = t.OrganizationFactory({
      requests: [t.MembershipRequest({ user: t.UserFactory(), comment: 'secret comment' })],
    });
    const response = t.get(orgPath(organization), {}, { 'X-Fields': 'requests' });
    assert.equal(response.status, 200);
    assert.ok(!('requests' in response.json));
  });

  it('(source) only the fields asked, members masked item by item, outer braces optional', () => {
    const t = new APITestCase();
    const { admin, editor, org } = organizationWithMembers(t);
    const expected = {
      id: org.id,
      name: org.name,
      members: [
        { role: 'admin', user: { id: admin.id } },
        { role: 'editor', user: { id: editor.id } },
      ],
    };
    for (const mask of ['id,name,members{role,user{id}}', '{id,name,members{role,user{id}}}', 'id name members{role user{id}}']) {
      const response = t.get(orgPath(org), {}, { 'X-Fields': mask });
      assert.equal(response.status, 200, mask);
      assert.deepEqual(response.json, expected, mask);
    }
  });

  it('(source) the caller’s permissions and a nested dict keep the keys asked', () => {
    const t = new APITestCase();
    const { admin, org } = organizationWithMembers(t);
    t.login(admin);
    const response = t.get(orgPath(org), {}, { 'X-Fields': 'permissions{edit,delete},metrics{datasets,zzz}' });
    assert.deepEqual(response.json, { permissions: { edit: true, delete: true }, metrics: { datasets: 0 } });
    const whole = t.get(orgPath(org), {}, { 'X-Fields': 'permissions' }).json;
    assert.deepEqual(Object.keys(whole), ['permissions']);
    assert.deepEqual(Object.keys(whole.permissions).sort(), ['delete', 'edit', 'harvest', 'members', 'private']);
  });

  it('(source) unknown fields are left out, a null field stays, * adds the others', () => {
    const t = new APITestCase();
    const { org } = organizationWithMembers(t);
    assert.deepEqual(t.get(orgPath(org), {}, { 'X-Fields': 'nope,id,foo{bar}' }).json, { id: org.id });
    assert.deepEqual(t.get(orgPath(org), {}, { 'X-Fields': 'members{nope}' }).json, { members: [{}, {}] });
    assert.deepEqual(t.get(orgPath(org), {}, { 'X-Fields': 'deleted' }).json, { deleted: null });
    const starred = t.get(orgPath(org), {}, { 'X-Fields': 'members{role},*' }).json;
    assert.deepEqual(starred.members, [{ role: 'admin' }, { role: 'editor' }]);
    assert.equal(starred.name, org.name);
    assert.deepEqual(t.get(orgPath(org), {}, { 'X-Fields': '{*}' }).json, t.get(orgPath(org)).json);
  });

  it('(source) a list answer is masked item by item, with no wrapper', () => {
    const t = new APITestCase();
    const { admin, org } = organizationWithMembers(t);
    const applicant = t.UserFactory();
    t.login(applicant);
    t.post(orgPath(org, 'membership/'), { comment: 'Bonjour' });
    t.login(admin);
    const response = t.get(orgPath(org, 'membership/'), { status: 'pending' }, { 'X-Fields': 'user{id},status' });
    assert.deepEqual(response.json, [{ user: { id: applicant.id }, status: 'pending' }]);
  });

  it('(source) a page is masked as a whole: `data{…}` masks each item, the pager keeps the fields asked', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory();
    for (let i = 0; i < 3; i++) t.DatasetFactory(org);
    const whole = t.get('datasets/', { organization: org.id });
    const response = t.get('datasets/', { organization: org.id }, { 'X-Fields': DATASET_PAGE_FIELDS });
    assert.equal(response.status, 200);
    assert.deepEqual(Object.keys(response.json).sort(), ['data', 'next_page', 'page', 'page_size', 'previous_page', 'total']);
    assert.equal(response.json.total, 3);
    assert.equal(response.json.data.length, 3);
    const asked = ['id', 'title', 'slug', 'page', 'private', 'archived', 'deleted', 'last_update', 'metrics', 'quality'];
    for (const [i, dataset] of (response.json.data as Array<Record<string, unknown>>).entries()) {
      const full = whole.json.data[i] as Record<string, unknown>;
      // Every field asked that udata has, as it is, and nothing else.
      assert.deepEqual(dataset, Object.fromEntries(asked.filter((key) => key in full).map((key) => [key, full[key]])));
      assert.ok(Object.keys(full).length > Object.keys(dataset).length, 'the whole dataset has more');
    }
  });

  it('(source) a syntax error answers 400 with restx’s message', () => {
    const t = new APITestCase();
    const { org } = organizationWithMembers(t);
    const cases: Array<[string, string]> = [
      ['id,{name}', 'Unexpected opening bracket'],
      ['id,,name', 'Unexpected comma'],
      [',id', 'Unexpected comma'],
      ['{id', 'Missing closing bracket'],
      ['id,members{role', 'Missing closing bracket'],
      ['id}', 'Unexpected closing bracket'],
    ];
    for (const [mask, reason] of cases) {
      const response = t.get(orgPath(org), {}, { 'X-Fields': mask });
      assert.equal(response.status, 400, mask);
      assert.deepEqual(response.json, { message: `Mask parse error: ${reason}` }, mask);
    }
  });

  it('(source) a sub-mask on a plain value answers 400: inconsistent with the model', () => {
    const t = new APITestCase();
    const { org } = organizationWithMembers(t);
    for (const mask of ['name{x}', 'members{user{first_name{x}}}']) {
      const response = t.get(orgPath(org), {}, { 'X-Fields': mask });
      assert.equal(response.status, 400, mask);
      assert.deepEqual(response.json, { message: 'Mask error: Mask is inconsistent with model' });
    }
  });

  it('(source) a failure keeps its own body: a mask does not apply to errors', () => {
    const t = new APITestCase();
    const response = t.get('organizations/inconnue/', {}, { 'X-Fields': 'id' });
    assert.equal(response.status, 404);
    assert.ok(typeof response.json.message === 'string');
  });
});
