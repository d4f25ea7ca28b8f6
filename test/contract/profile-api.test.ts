import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APITestCase, orgPath } from './udata-test-case.js';

/**
 * The organization profile of udata 17.6 (commit 25b5a2dd): the create, update and list tests
 * of `OrganizationAPITest` (`udata/tests/api/test_organizations_api.py`), plus `(source)` cases
 * for what udata's code says and its tests do not: `udata.api_fields.patch()` (a partial body
 * is a valid PUT), `check_siret`, MongoEngine's validation messages as
 * `handle_validation_error` serializes them, `populate_slug`, and the order of the checks.
 * The list, suggest and logo tests are in `profile-search-logo.test.ts`.
 * Left out: spam detection (udata reports, it does not refuse), the `extras`, `image_url` and
 * `presentation_blocs*` fields (no element writes them), the DNS resolution of URL host names
 * (udata refuses names resolving to private IPs; the mock checks literal IPs only) and
 * non-JSON bodies (a transport concern).
 */

const admin = (t: APITestCase) => {
  const user = t.login();
  return { user, org: t.OrganizationFactory({ members: [[user, 'admin']] }) };
};
const stored = (t: APITestCase, id: string) => t.udata.data.organizations.find((o) => o.id === id)!;
const failure = (text: string) => ({ errors: { business_number_id: text }, message: text });

describe('OrganizationAPITest (create)', () => {
  it('test_organization_api_create', () => {
    const t = new APITestCase();
    const user = t.login();
    const response = t.post('organizations/', { name: 'Mon organisation', description: 'Elle publie.', acronym: 'MO' });
    assert.equal(response.status, 201);
    assert.equal(t.udata.data.organizations.length, 1);
    const [org] = t.udata.data.organizations;
    assert.deepEqual(
      org.members.map((m) => [m.user.id, m.role]),
      [[user.id, 'admin']],
    );
    assert.equal(response.json.metrics.members, 1);
    assert.equal(response.json.slug, 'mon-organisation');
    assert.equal(response.json.uri, 'https://udata.test/api/1/organizations/mon-organisation/');
    assert.deepEqual(response.json.permissions, { edit: true, delete: true, members: true, harvest: true, private: true });
    assert.equal(response.json.business_number_id, null);
    assert.equal(t.get(orgPath(org)).status, 200);
  });

  it('(source) anonymous: 401; readonly and unknown keys are ignored', () => {
    const t = new APITestCase();
    const anonymous = t.post('organizations/', { name: 'X', description: 'Y' });
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.json.message, /^The server could not verify/);
    t.login();
    const body = { name: 'X', description: 'Y', slug: 'mine', deleted: '2020-01-01', badges: [{ kind: 'certified' }], x: 1 };
    const response = t.post('organizations/', body);
    assert.equal(response.status, 201);
    assert.deepEqual([response.json.slug, response.json.deleted, response.json.badges], ['x', null, []]);
  });

  it('(source) name and description are required: MongoEngine lists every failure at save()', () => {
    const t = new APITestCase();
    t.login();
    assert.deepEqual(t.post('organizations/', {}).json, {
      errors: { name: 'Field is required', description: 'Field is required' },
      message: "ValidationError (Organization:None) (Field is required: ['name', 'description'])",
    });
    // A blank string is an absent value; other failures are grouped by message, in the model's order.
    const response = t.post('organizations/', { name: '  ', description: 'D', acronym: 'A'.repeat(129), url: 'pas une URL' });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json, {
      errors: { name: 'Field is required', acronym: 'String value is too long', url: 'Invalid URL "pas une URL"' },
      message:
        "ValidationError (Organization:None) (Field is required: ['name'] String value is too long: ['acronym'] Invalid URL \"pas une URL\": ['url'])",
    });
    assert.equal(t.post('organizations/', { name: 'N', description: 'D', acronym: 'A'.repeat(128) }).status, 201);
    assert.equal(
      t.post('organizations/', { name: 7, description: 'D' }).json.errors.name,
      'StringField only accepts string values',
    );
    assert.equal(t.udata.data.organizations.length, 1);
  });

  it('(source) url: udata.uris.validate messages', () => {
    const t = new APITestCase();
    t.login();
    const error = (url: string) => t.post('organizations/', { name: 'N', description: 'D', url }).json.errors?.url;
    assert.equal(error('https://EXAMPLE.ORG'), 'Invalid URL "https://EXAMPLE.ORG": Invalid TLD ORG');
    assert.equal(
      error('javascript://example.org/x'),
      'Invalid URL "javascript://example.org/x": Invalid scheme javascript, allowed schemes: http, https, ftp, ftps',
    );
    assert.equal(error('https://udata.example'), 'Invalid URL "https://udata.example": Invalid TLD example');
    assert.equal(error('http://localhost:8080/'), 'Invalid URL "http://localhost:8080/": is a local URL');
    assert.equal(error('http://127.0.0.1/'), 'Invalid URL "http://127.0.0.1/": is a local URL');
    assert.equal(error('http://192.168.1.20/'), 'Invalid URL "http://192.168.1.20/": is a private URL');
    assert.equal(error('www.example.org'), 'Invalid URL "www.example.org"');
    for (const ok of [
      'https://www.example.gouv.fr',
      'ftp://données.example.org',
      'http://example.org:8080/a?b=c',
      '//example.com',
      '',
    ])
      assert.equal(error(ok), undefined, ok);
  });

  it('(source) slugs: from the name, unique (a suffix when taken, deleted organizations included)', () => {
    const t = new APITestCase();
    t.login();
    t.OrganizationFactory({ slug: 'ministere-de-linterieur', deleted: '2024-01-01T00:00:00+00:00' });
    const slug = () => t.post('organizations/', { name: 'Ministère de l’Intérieur', description: 'D' }).json.slug;
    assert.deepEqual([slug(), slug()], ['ministere-de-linterieur-1', 'ministere-de-linterieur-2']);
    assert.equal(
      t.post('organizations/', { name: "Œuvres d'Île-de-France", description: 'D' }).json.slug,
      'oeuvres-dile-de-france',
    );
  });
});

describe('OrganizationAPITest (SIRET)', () => {
  it('test_organization_api_update_business_number_id', () => {
    const t = new APITestCase();
    const { org } = admin(t);
    const response = t.put(orgPath(org), { ...t.get(orgPath(org)).json, business_number_id: '13002526500013' });
    assert.equal(response.status, 200);
    assert.equal(stored(t, org.id).business_number_id, '13002526500013');
    assert.equal(response.json.business_number_id, '13002526500013');
  });

  it('test_organization_api_update_business_number_id_failing', () => {
    const t = new APITestCase();
    const { org } = admin(t);
    const data = t.get(orgPath(org)).json;
    for (const [siret, text] of [
      ['110014016', 'A siret number is made of 14 digits'],
      ['12345678901234', 'Invalid Siret number'],
      ['tttttttttttttt', 'A siret number is only made of digits'],
    ]) {
      const response = t.put(orgPath(org), { ...data, business_number_id: siret });
      assert.equal(response.status, 400);
      assert.deepEqual(response.json, failure(text));
    }
    assert.equal(stored(t, org.id).business_number_id, null);
  });

  it('(source) the SIRET check runs in patch(), before save(): its failure answers alone', () => {
    const t = new APITestCase();
    t.login();
    assert.deepEqual(
      t.post('organizations/', { business_number_id: '123' }).json,
      failure('A siret number is made of 14 digits'),
    );
    // Only the SIREN (9 first characters) is checked; La Poste's number is let through.
    for (const siret of ['130025265ABCDE', '35600000000048', ' '])
      assert.equal(t.post('organizations/', { name: 'N', description: 'D', business_number_id: siret }).status, 201);
  });

  it('(source) checked only when it changes, and only when ORG_BID_FORMAT is "siret"', () => {
    const t = new APITestCase();
    const user = t.login();
    const org = t.OrganizationFactory({ members: [[user, 'admin']], fields: { business_number_id: '12345678901234' } });
    assert.equal(t.put(orgPath(org), { business_number_id: '12345678901234', acronym: 'OK' }).status, 200);
    t.udata.flavour.orgBidFormat = null;
    assert.equal(t.put(orgPath(org), { business_number_id: '110014016' }).status, 200);
    assert.deepEqual(t.put(orgPath(org), { business_number_id: '130025265000130' }).json, {
      errors: { business_number_id: 'String value is too long' },
      message: `ValidationError (Organization:${org.id}) (String value is too long: ['business_number_id'])`,
    });
  });
});

describe('OrganizationAPITest (update)', () => {
  it('test_organization_api_update', () => {
    const t = new APITestCase();
    const { org } = admin(t);
    const response = t.put(orgPath(org), { ...t.get(orgPath(org)).json, description: 'new description' });
    assert.equal(response.status, 200);
    assert.equal(t.udata.data.organizations.length, 1);
    assert.equal(stored(t, org.id).description, 'new description');
    assert.equal(response.json.description, 'new description');
  });

  it('(source) a partial body is a valid PUT: patch() only touches the keys it is given', () => {
    const t = new APITestCase();
    const user = t.login();
    const org = t.OrganizationFactory({ members: [[user, 'admin']], fields: { acronym: 'ACR', url: 'https://example.org' } });
    const response = t.put(orgPath(org), { description: 'Seule la description.' });
    assert.equal(response.status, 200);
    assert.deepEqual(
      [response.json.name, response.json.acronym, response.json.url, response.json.description],
      [org.name, 'ACR', 'https://example.org', 'Seule la description.'],
    );
    // Clearing: a blank (or null) optional field; a blank required one is refused.
    assert.equal(t.put(orgPath(org), { acronym: '', url: null }).json.acronym, null);
    assert.deepEqual(t.put(orgPath(org), { name: '' }).json, {
      errors: { name: 'Field is required' },
      message: `ValidationError (Organization:${org.id}) (Field is required: ['name'])`,
    });
    assert.equal(stored(t, org.id).name, org.name, 'nothing saved');
  });

  it('test_organization_api_update_deleted', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory({ deleted: '2026-01-01T00:00:00+00:00' });
    t.login();
    const response = t.put(orgPath(org), { ...org, description: 'new description' });
    assert.equal(response.status, 410);
    assert.deepEqual(response.json, { message: 'Organization has been deleted' });
    assert.equal(stored(t, org.id).description, 'Une organisation.');
  });

  it('(source) order: 401, then 410 (for anyone), then 403, then the fields; "deleted": null skips the 410', () => {
    const t = new APITestCase();
    const [owner, editor, outsider] = [t.UserFactory(), t.UserFactory(), t.UserFactory()];
    const members: Array<[typeof owner, 'admin' | 'editor']> = [[owner, 'admin'], [editor, 'editor']]; // prettier-ignore
    const org = t.OrganizationFactory({ members, deleted: '2026-01-01T00:00:00+00:00' });
    assert.equal(t.put(orgPath(org), { name: '' }).status, 401);
    t.login(editor);
    assert.equal(t.put(orgPath(org), { name: '' }).status, 410);
    t.login(outsider);
    assert.equal(t.put(orgPath(org), { deleted: null }).status, 403);
    t.login(owner);
    assert.equal(t.put(orgPath(org), { deleted: null, name: '' }).status, 400);
    const response = t.put(orgPath(org), { deleted: null, description: 'Encore là ?' });
    assert.equal(response.status, 200);
    assert.equal(response.json.deleted, '2026-01-01T00:00:00+00:00', '`deleted` is read-only');
  });

  it('test_organization_api_update_forbidden', () => {
    const t = new APITestCase();
    const editor = t.UserFactory();
    const org = t.OrganizationFactory({ members: [[editor, 'editor']] });
    for (const user of [t.UserFactory(), editor]) {
      t.login(user);
      const response = t.put(orgPath(org), { description: 'new description' });
      assert.equal(response.status, 403);
      assert.deepEqual(response.json, { message: 'You do not have the permission to modify that object.' });
    }
    assert.equal(stored(t, org.id).description, 'Une organisation.');
    t.login(t.AdminFactory());
    assert.equal(t.put(orgPath(org), { description: 'Par un sysadmin' }).status, 200);
  });

  it('(source) renaming changes the slug; the old one answers 308 (SlugField update=True, follow=True)', () => {
    const t = new APITestCase();
    const { org } = admin(t);
    const old = org.slug;
    const response = t.put(orgPath(org), { name: 'Nouveau Nom' });
    assert.deepEqual([response.json.slug, response.json.page], ['nouveau-nom', 'https://udata.test/organizations/nouveau-nom/']);
    const redirect = t.get(`organizations/${old}/`);
    assert.equal(redirect.status, 308);
    assert.equal(redirect.headers.Location, '/api/1/organizations/nouveau-nom/');
    assert.equal(t.put(orgPath(stored(t, org.id)), { name: 'Nouveau nom' }).json.slug, 'nouveau-nom', 'same slug: kept');
  });
});
