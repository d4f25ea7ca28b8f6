import { expect } from '@open-wc/testing';
import { MockUdata, type MockResponse } from '../../mocks/backend.js';
import { ORG_IDS, ORG_OLD_SLUGS, ORG_SLUGS, VIEWER_KEYS } from '../../mocks/seed.js';

/**
 * The mock's own machinery (seed, version flavours, failure injection, recording). What it
 * answers as udata is proven by the contract ported from udata's tests (test/contract/).
 */

const API = 'https://udata.example/api/1/';

describe('the in-memory udata (machinery and seed)', () => {
  let udata: MockUdata;
  beforeEach(() => (udata = new MockUdata()));

  const call = (method: string, path: string, key?: string, body?: unknown): MockResponse =>
    udata.handle({ method, url: API + path, headers: key ? { 'X-API-KEY': key } : {}, body });
  const org = `organizations/${ORG_IDS.certified}/`;

  it('redirects (308) a path without its trailing slash, and the old slug of the renamed organization', () => {
    const answer = call('GET', org.slice(0, -1));
    expect(answer.status).to.equal(308);
    expect(answer.headers?.Location).to.equal(API + org);
    const renamed = call('GET', `organizations/${ORG_OLD_SLUGS.certified}/`, VIEWER_KEYS.admin);
    expect(renamed.status).to.equal(308);
    expect(renamed.headers?.Location).to.equal(`/api/1/organizations/${ORG_SLUGS.certified}/`);
  });

  it('flavours: editors allowed the request list, no permissions, harvest sources as a plain array', () => {
    expect(call('GET', `${org}membership/?status=pending`, VIEWER_KEYS.editor).status).to.equal(403);
    udata.flavour.editorsMayListRequests = true;
    expect(call('GET', `${org}membership/?status=pending`, VIEWER_KEYS.editor).status).to.equal(200);
    udata.flavour.sendsPermissions = false;
    expect(call('GET', org, VIEWER_KEYS.admin).json).not.to.have.property('permissions');
    udata.flavour.harvestPlainArray = true;
    expect(call('GET', `harvest/sources/?organization=${ORG_IDS.certified}`).json).to.be.an('array');
  });

  it('seeds the cases the elements must handle: deleted, archived, no resources, UUID requests', () => {
    const datasets = (
      call('GET', `${org}datasets/?page_size=100&page=2`, VIEWER_KEYS.admin).json as {
        data: Array<{ deleted: string | null; archived: string | null; quality: object }>;
      }
    ).data;
    expect(datasets.filter((d) => d.deleted)).to.have.length(1);
    expect(datasets.filter((d) => d.archived)).to.have.length(1);
    const reuses = call('GET', `${org}reuses/`).json as Array<{ deleted: string | null }>;
    expect(reuses.filter((r) => r.deleted)).to.have.length(1);
    const requests = call('GET', `${org}membership/?status=pending`, VIEWER_KEYS.admin).json as Array<{ id: string }>;
    expect(requests[0].id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('records every request and injects failures once', () => {
    udata.fail({ path: 'me/', status: 503 });
    expect(call('GET', 'me/', VIEWER_KEYS.admin).status).to.equal(503);
    expect(call('GET', 'me/', VIEWER_KEYS.admin).status).to.equal(200);
    expect(udata.recorded('GET', 'me/')).to.have.length(2);
    expect(udata.requests[0].apiKey).to.equal(VIEWER_KEYS.admin);
  });
});
