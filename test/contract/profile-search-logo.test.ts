import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MockOrganization } from '../../mocks/seed.js';
import type { MockFile } from '../../mocks/uploads.js';
import { APITestCase, orgPath } from './udata-test-case.js';

/**
 * The organization list, suggestion and logo of udata 17.6 (commit 25b5a2dd): the
 * `test_organization_api_list*`, `test_suggest_organizations_*` and
 * `test_organization_logo_upload*` tests of `OrganizationAPITest` / `MembershipAPITest`
 * (`udata/tests/api/test_organizations_api.py`), plus `(source)` cases from `OrgApiParser`,
 * `OrganizationSuggestAPI`, `AvatarAPI`, `parse_uploaded_image` (`udata/core/storages/api.py`),
 * flask-storage's `ImageReference.save` and Pillow's `Image.crop`. Left out: the English
 * stemming and `$text_score` order of the list's `q` (the mock matches whole words, newest
 * first), and the image processing itself (resizing to 500 px, the squared thumbnails): the
 * mock serves the uploaded bytes under every name udata would store.
 */

/** `create_test_image()`: the mock only looks at the signature. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const image = (filename = 'test.png', type = 'image/png', bytes = PNG): MockFile => ({ filename, type, bytes });
const AVATAR = /^https:\/\/udata\.test\/s\/avatars\/[0-9a-f]{2}\/[0-9a-f]{30}\.png$/;

describe('OrganizationAPITest (list)', () => {
  it('test_organization_api_list / _never_exposes_requests', () => {
    const t = new APITestCase();
    for (let i = 0; i < 3; i++) t.OrganizationFactory();
    t.OrganizationFactory({ deleted: '2026-01-01T00:00:00+00:00' });
    const response = t.get('organizations/');
    assert.equal(response.status, 200);
    assert.deepEqual(
      [response.json.data.length, response.json.total, response.json.page, response.json.page_size],
      [3, 3, 1, 20],
    );
    assert.ok(!('requests' in response.json.data[0]));
  });

  it('test_organization_api_list_with_filters', () => {
    const t = new APITestCase();
    const org = t.OrganizationFactory({ fields: { business_number_id: '13002526500013' } });
    const publicService = t.OrganizationFactory({ fields: { badges: [{ kind: 'public-service' }] } });
    const ids = (query: Record<string, string>) => t.get('organizations/', query).json.data.map((o: { id: string }) => o.id);
    assert.deepEqual(ids({ badge: 'public-service' }), [publicService.id]);
    assert.deepEqual(t.get('organizations/', { badge: 'bad-badge' }).json, {
      errors: { badge: "The value 'bad-badge' is not a valid choice for 'badge'." },
      message: 'Input payload validation failed',
    });
    assert.deepEqual(ids({ name: org.name }), [org.id]);
    assert.deepEqual(ids({ name: org.name.toUpperCase() }), [org.id]);
    assert.deepEqual(ids({ name: 'Some other name' }), []);
    assert.deepEqual(ids({ business_number_id: '13002526500013' }), [org.id]);
    assert.deepEqual(ids({ business_number_id: 'xxx' }), []);
  });

  it('(source) q is a whole-word text search on the name; sort choices; deleted ones never listed', () => {
    const t = new APITestCase();
    const a = t.OrganizationFactory({
      fields: {
        name: 'Région Île-de-France',
        created_at: '2024-01-01',
        metrics: { datasets: 0, reuses: 0, members: 0, followers: 9 },
      },
    });
    const b = t.OrganizationFactory({ fields: { name: 'Commune de Lyon', created_at: '2025-01-01' } });
    t.OrganizationFactory({ deleted: '2026-01-01', fields: { name: 'Région dissoute' } });
    const ids = (query: Record<string, string>) => t.get('organizations/', query).json.data.map((o: { id: string }) => o.id);
    assert.deepEqual(ids({ q: 'region ILE' }), [a.id]);
    assert.deepEqual(ids({}), [b.id, a.id], 'newest first');
    assert.deepEqual(ids({ sort: '-followers' }), [a.id, b.id]);
    assert.deepEqual(t.get('organizations/', { sort: 'members' }).json.errors, {
      sort: "The field (and direction) on which sorting apply The value 'members' is not a valid choice for 'sort'.",
    });
  });
});

describe('MembershipAPITest (suggest)', () => {
  const named = (t: APITestCase, name: string, followers = 0, acronym: string | null = null) =>
    t.OrganizationFactory({ fields: { name, acronym, metrics: { datasets: 0, reuses: 0, members: 0, followers } } });
  const suggest = (t: APITestCase, q: string, size = '5') => {
    const response = t.get('organizations/suggest/', { q, size });
    assert.equal(response.status, 200);
    return response.json as Array<Record<string, string | null>>;
  };

  it('test_suggest_organizations_api', () => {
    const t = new APITestCase();
    ['pomme', 'test-1', 'arbre'].forEach((name, i) => named(t, name, i));
    const best = named(t, 'test-4', 10);
    const found = suggest(t, 'tes');
    assert.ok(found.length > 1 && found.length <= 5);
    for (const suggestion of found) {
      assert.deepEqual(Object.keys(suggestion).sort(), ['acronym', 'id', 'image_url', 'name', 'page', 'slug']);
      assert.ok(suggestion.name!.includes('tes'));
    }
    assert.equal(found[0].id, best.id);
  });

  for (const [test, name, q] of [
    ['test_suggest_organizations_with_special_chars', 'testé-', 'testé'],
    ['test_suggest_organizations_with_multiple_words', 'mon testé-', 'mon testé'],
    ['test_suggest_organizations_with_apostrophe', "Ministère de l'intérieur ", 'Ministère'],
  ]) {
    it(test, () => {
      const t = new APITestCase();
      for (let i = 0; i < 4; i++) named(t, i % 2 ? `${name}${i}` : ['pomme', 'arbre'][i / 2]);
      const found = suggest(t, q);
      assert.equal(found.length, 2);
      for (const suggestion of found) assert.ok(suggestion.name!.includes(q));
    });
  }

  it('test_suggest_organizations_api_no_match / _empty / _homonyms', () => {
    const t = new APITestCase();
    assert.deepEqual(suggest(t, 'xxxxxx'), []);
    ['pomme', 'arbre', 'homonym', 'homonym'].forEach((name) => named(t, name));
    assert.deepEqual(suggest(t, 'xxxxxx'), []);
    assert.deepEqual(
      suggest(t, 'homonym').map((s) => s.name),
      ['homonym', 'homonym'],
    );
  });

  it('test_suggest_organizations_acronym', () => {
    const t = new APITestCase();
    for (let i = 0; i < 3; i++) named(t, ['pomme', 'arbre', 'poire'][i], i, i % 2 ? `UDATA${i}` : 'mot');
    const best = named(t, 'chou', 10, 'UDATA4');
    const found = suggest(t, 'uDaTa');
    assert.deepEqual(
      found.map((s) => s.acronym),
      ['UDATA4', 'UDATA1'],
    );
    assert.equal(found[0].id, best.id);
  });

  it('(source) the answer, q required, size an integer (10 by default, 0 for all); deleted ones and accents', () => {
    const t = new APITestCase();
    const org = named(t, 'Données publiques', 0, 'DP');
    t.OrganizationFactory({ deleted: '2026-01-01', fields: { name: 'Données dissoutes' } });
    assert.deepEqual(suggest(t, 'DONNÉES'), [
      { id: org.id, name: 'Données publiques', acronym: 'DP', slug: org.slug, image_url: null, page: org.page! },
    ]);
    assert.deepEqual(suggest(t, 'donnees'), [], 'accents are not folded');
    assert.deepEqual(t.get('organizations/suggest/').json, {
      errors: { q: 'The string to autocomplete/suggest Missing required parameter in the query string' },
      message: 'Input payload validation failed',
    });
    assert.deepEqual(t.get('organizations/suggest/', { q: 'a', size: 'cinq' }).json, {
      errors: { size: "The amount of suggestion to fetch invalid literal for int() with base 10: 'cinq'" },
      message: 'Input payload validation failed',
    });
    for (let i = 0; i < 12; i++) named(t, `Organisation ${i}`);
    assert.equal(t.get('organizations/suggest/', { q: 'organisation' }).json.length, 10);
    assert.equal(suggest(t, 'organisation', '0').length, 12);
    assert.equal(suggest(t, '', '0').length, 13, 'an empty q matches every live organization');
  });
});

describe('OrganizationAPITest (logo)', () => {
  const setup = () => {
    const t = new APITestCase();
    const user = t.login();
    return { t, user, org: t.OrganizationFactory({ members: [[user, 'admin']] }) };
  };
  const logo = (t: APITestCase, org: MockOrganization, file?: MockFile, bbox?: string, method: 'POST' | 'PUT' = 'POST') =>
    t.upload(method, orgPath(org, 'logo/'), { files: file ? { file } : {}, fields: bbox === undefined ? {} : { bbox } });

  it('test_organization_logo_upload', () => {
    const { t, org } = setup();
    const response = logo(t, org, image());
    assert.equal(response.status, 200);
    assert.equal(response.json.success, true);
    assert.deepEqual(Object.keys(response.json), ['success', 'image']);
    assert.match(response.json.image, AVATAR);
    assert.equal(org.logo, response.json.image);
    assert.equal(org.logo_thumbnail, response.json.image.replace(/\.png$/, '-100.png'));
    for (const name of [org.logo!, org.logo!.replace('.png', '-original.png'), org.logo_thumbnail!]) {
      const served = t.udata.handle({ method: 'GET', url: name, headers: {} });
      assert.deepEqual([served.status, served.headers?.['Content-Type'], served.bytes], [200, 'image/png', PNG]);
    }
    const read = t.get(orgPath(org)).json;
    assert.deepEqual([read.logo, read.logo_thumbnail], [org.logo, org.logo_thumbnail]);
    assert.equal(t.get('organizations/suggest/', { q: org.name }).json[0].image_url, org.logo_thumbnail);
  });

  it('test_organization_logo_upload_forbidden_for_non_member', () => {
    const t = new APITestCase();
    const editor = t.UserFactory();
    const org = t.OrganizationFactory({ members: [[editor, 'editor']] });
    assert.equal(logo(t, org, image()).status, 401);
    for (const user of [t.UserFactory(), editor]) {
      t.login(user);
      assert.deepEqual(logo(t, org, image()).json, { message: 'You do not have the permission to modify that object.' });
    }
    assert.equal(org.logo, null);
  });

  it('test_organization_logo_upload_rejects_non_image', () => {
    const { t, org } = setup();
    const response = logo(t, org, image('payload.txt', 'text/plain', new TextEncoder().encode('not an image')));
    assert.equal(response.status, 400);
    assert.deepEqual(response.json, { message: 'Unsupported image format' });
  });

  it('test_organization_api_update_preserves_logo / _empty_logo_preserves_logo', () => {
    const { t, org } = setup();
    logo(t, org, image());
    const before = [org.logo, org.logo_thumbnail];
    const data = t.get(orgPath(org)).json;
    assert.equal(t.put(orgPath(org), { ...data, description: 'new description' }).status, 200);
    assert.equal(
      t.put(orgPath(org), { ...data, description: 'new description', logo: '', logo_thumbnail: 'https://x.org/y.png' }).status,
      200,
    );
    assert.deepEqual([org.logo, org.logo_thumbnail, org.description], [...before, 'new description']);
  });

  it('(source) PUT re-uploads (file required) and answers the new URL, but never saves the organization', () => {
    const { t, org } = setup();
    const first = logo(t, org, image()).json.image;
    const response = logo(t, org, image(), '0,0,10,10', 'PUT');
    assert.equal(response.status, 200);
    assert.match(response.json.image, AVATAR);
    assert.notEqual(response.json.image, first);
    assert.equal(t.udata.handle({ method: 'GET', url: response.json.image, headers: {} }).status, 200);
    assert.equal(t.get(orgPath(org)).json.logo, first, 'the organization keeps its logo');
    assert.equal(logo(t, org, undefined, '0,0,10,10', 'PUT').status, 500);
  });

  it('(source) each failure, in udata order; none changes the organization', () => {
    const { t, org } = setup();
    const cases: Array<[MockFile | undefined, string | undefined, number, string]> = [
      [undefined, undefined, 500, 'Internal Server Error'], // `args["file"]` is None: AttributeError
      [image('logo.png', 'image/gif'), 'x', 400, 'Unsupported image format'],
      [image('logo.png', 'image/png; charset=binary'), '1,2,trois,4', 400, "could not convert string to float: 'trois'"],
      [image('logo.png', 'image/png', new TextEncoder().encode('<svg/>')), '', 500, 'Internal Server Error'], // Pillow
      [image('logo.webp', 'image/webp'), '0,0,1,1', 400, 'This file type is not allowed.The allowed file type list is available at https://udata.test/api/1/datasets/extensions/'],
      [image('blob'), undefined, 400, 'This file type is not allowed.The allowed file type list is available at https://udata.test/api/1/datasets/extensions/'],
      [image(), '200,0,50,50', 400, "Coordinate 'right' is less than 'left'"],
      [image(), '0,200,50,50', 400, "Coordinate 'lower' is less than 'upper'"],
      [image(), '0,0,50', 500, 'Internal Server Error'],
      [image(), '0,0,50,50,1', 400, 'too many values to unpack (expected 4)'],
      [image(), 'nan,0,1,1', 400, 'cannot convert float NaN to integer'],
    ]; // prettier-ignore
    for (const [file, bbox, status, text] of cases) {
      const response = logo(t, org, file, bbox);
      assert.deepEqual([response.status, response.json], [status, { message: text }], `${file?.filename} ${bbox}`);
    }
    assert.equal(org.logo, null);
    // The bbox is Pillow's crop box (left, upper, right, lower), truncated to integers.
    assert.equal(logo(t, org, image('LOGO.PNG', 'IMAGE/PNG'), ' 10.9, 0, 110, 100').status, 200);
    assert.match(org.logo!, /\.png$/);
  });

  it('(source) a deleted organization still takes a logo (no 410 on this endpoint)', () => {
    const t = new APITestCase();
    const user = t.login();
    const org = t.OrganizationFactory({ members: [[user, 'admin']], deleted: '2026-01-01' });
    assert.equal(logo(t, org, image()).status, 200);
  });
});
