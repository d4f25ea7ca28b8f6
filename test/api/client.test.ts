import { expect } from '@open-wc/testing';
import { UdataClient, normalizeApiBase } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import {
  MOCK_API_BASE,
  ORG_IDS,
  ORG_OLD_SLUGS,
  ORG_SLUGS,
  VIEWER_KEYS,
  mockRedirectsWork,
  mockUdata,
  useMockApi,
} from '../support/mock-api.js';
import { inviteMember } from '../../src/api/members.js';
import { listMembershipRequests, requestMembership } from '../../src/api/membership-requests.js';
import { getOrganization } from '../../src/api/organization.js';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a failure');
}

describe('UdataClient', () => {
  useMockApi();

  it('adds the trailing slash to the API root', () => {
    expect(normalizeApiBase('https://demo.data.gouv.fr/api/1')).to.equal('https://demo.data.gouv.fr/api/1/');
    expect(normalizeApiBase(undefined)).to.equal('https://www.data.gouv.fr/api/1/');
    expect(new UdataClient({ apiBase: 'https://demo.data.gouv.fr/api/1' }).origin).to.equal('https://demo.data.gouv.fr');
  });

  it('calls the exact udata paths and sends the key as X-API-KEY', async () => {
    const client = new UdataClient({ apiBase: MOCK_API_BASE.slice(0, -1), apiKey: VIEWER_KEYS.admin });
    const org = await getOrganization(client, ORG_SLUGS.certified);
    expect(org.id).to.equal(ORG_IDS.certified);
    await listMembershipRequests(client, org.id, { status: 'pending', user: 'abc' });
    const [get, list] = mockUdata.requests;
    expect(get).to.include({ method: 'GET', path: `organizations/${ORG_SLUGS.certified}/`, apiKey: VIEWER_KEYS.admin });
    expect(list.path).to.equal(`organizations/${ORG_IDS.certified}/membership/`);
    expect(list.query).to.deep.equal({ status: 'pending', user: 'abc' });
  });

  it('sends no key header and no cookie when anonymous', async () => {
    await getOrganization(new UdataClient({ apiBase: MOCK_API_BASE }), ORG_IDS.certified);
    expect(mockUdata.requests[0]).to.include({ apiKey: null, credentials: 'omit' });
  });

  it('sends cookies only when asked to (a page on the API’s own site)', async () => {
    await getOrganization(new UdataClient({ apiBase: MOCK_API_BASE, withCredentials: true }), ORG_IDS.certified);
    expect(mockUdata.requests[0].credentials).to.equal('include');
  });

  it('posts JSON bodies and tells a new request (201) from an updated one (200)', async () => {
    const client = new UdataClient({ apiBase: MOCK_API_BASE, apiKey: VIEWER_KEYS.nonMember });
    const first = await requestMembership(client, ORG_IDS.certified, 'Bonjour');
    expect(first.created).to.equal(true);
    expect(first.request.status).to.equal('pending');
    const second = await requestMembership(client, ORG_IDS.certified, 'Bonjour encore');
    expect(second.created).to.equal(false);
    expect(mockUdata.recorded('POST')[1].body).to.deep.equal({ comment: 'Bonjour encore' });
  });

  it('turns udata errors into ApiError with status, message and field errors', async () => {
    const client = new UdataClient({ apiBase: MOCK_API_BASE, apiKey: VIEWER_KEYS.admin });
    const editor = mockUdata.userByKey(VIEWER_KEYS.editor)!;
    // udata 16.3+ sends each field error as a string; older servers as a list: both are read.
    const invalid = await failure(inviteMember(client, ORG_IDS.certified, { user: editor.id, role: 'admin' }));
    expect(invalid).to.include({ kind: 'http', status: 400, action: 'invite-member', message: 'User is already a member' });
    expect(invalid.errors.user).to.deep.equal(['User is already a member']);
    mockUdata.fail({
      path: 'member/',
      status: 400,
      json: { errors: { email: ['Invalid email address'] }, message: 'Validation error' },
    });
    const legacy = await failure(inviteMember(client, ORG_IDS.certified, { email: 'x', role: 'editor' }));
    expect(legacy.errors.email).to.deep.equal(['Invalid email address']);
    const missing = await failure(getOrganization(client, 'nope'));
    expect(missing.status).to.equal(404);
    expect(missing.message).to.match(/^The requested URL was not found on the server/);
  });

  it('reports a rejected API key as 401, even on a public GET', async () => {
    const error = await failure(getOrganization(new UdataClient({ apiBase: MOCK_API_BASE, apiKey: 'wrong' }), ORG_IDS.certified));
    expect(error).to.include({ kind: 'http', status: 401 });
  });

  it('reports network failures with status 0', async () => {
    mockUdata.fail({ networkError: true });
    const error = await failure(getOrganization(new UdataClient({ apiBase: MOCK_API_BASE }), ORG_IDS.certified));
    expect(error).to.include({ kind: 'network', status: 0, action: 'load-organization' });
  });

  it('reports a body that is not JSON', async () => {
    mockUdata.fail({ status: 200, text: '<html>proxy error' });
    const error = await failure(getOrganization(new UdataClient({ apiBase: MOCK_API_BASE }), ORG_IDS.certified));
    expect(error).to.include({ kind: 'parse', status: 200 });
  });

  it('keeps the status of an error whose body is not JSON', async () => {
    mockUdata.fail({ status: 502, text: '<html>Bad gateway</html>' });
    const error = await failure(getOrganization(new UdataClient({ apiBase: MOCK_API_BASE }), ORG_IDS.certified));
    expect(error).to.include({ kind: 'http', status: 502 });
  });

  it('gives up after its time limit', async () => {
    mockUdata.fail({ delayMs: 500 });
    const client = new UdataClient({ apiBase: MOCK_API_BASE, timeoutMs: 50 });
    const error = await failure(getOrganization(client, ORG_IDS.certified));
    expect(error).to.include({ kind: 'timeout', status: 0 });
  });

  it('shares one request between identical concurrent GETs', async () => {
    const client = new UdataClient({ apiBase: MOCK_API_BASE });
    const [a, b] = await Promise.all([getOrganization(client, ORG_IDS.certified), getOrganization(client, ORG_IDS.certified)]);
    expect(a.id).to.equal(b.id);
    expect(mockUdata.recorded('GET', 'organizations/')).to.have.length(1);
    await getOrganization(client, ORG_IDS.certified);
    expect(mockUdata.recorded('GET', 'organizations/')).to.have.length(2);
  });

  it('lets one caller abort without cancelling the shared request for the others', async () => {
    mockUdata.fail({ delayMs: 100 });
    const client = new UdataClient({ apiBase: MOCK_API_BASE });
    const controller = new AbortController();
    const aborted = failure(getOrganization(client, ORG_IDS.certified, { signal: controller.signal }));
    const kept = getOrganization(client, ORG_IDS.certified);
    controller.abort();
    expect((await aborted).kind).to.equal('abort');
    expect((await kept).id).to.equal(ORG_IDS.certified);
  });

  it('never sends two POSTs for one call and does not follow a redirect on a write', async () => {
    mockUdata.fail({ method: 'POST', status: 308, json: { message: 'moved' } });
    const client = new UdataClient({ apiBase: MOCK_API_BASE, apiKey: VIEWER_KEYS.nonMember });
    const error = await failure(requestMembership(client, ORG_IDS.certified, 'Bonjour'));
    expect(error.status).to.be.oneOf([0, 308]);
    expect(mockUdata.recorded('POST')).to.have.length(1);
  });

  describe('a renamed organization (udata answers its old slug 308)', () => {
    it('loads with an API key: the slug is resolved without the key, then asked with it', async function () {
      if (!(await mockRedirectsWork())) this.skip();
      const client = new UdataClient({ apiBase: MOCK_API_BASE, apiKey: VIEWER_KEYS.admin });
      const org = await getOrganization(client, ORG_OLD_SLUGS.certified);
      expect(org.id).to.equal(ORG_IDS.certified);
      expect(org.permissions?.members, 'read with the key').to.equal(true);
      const seen = mockUdata.recorded('GET').map((r) => [r.path, r.apiKey]);
      expect(seen).to.deep.equal([
        [`organizations/${ORG_OLD_SLUGS.certified}/`, VIEWER_KEYS.admin],
        [`organizations/${ORG_OLD_SLUGS.certified}/`, null],
        [`organizations/${ORG_SLUGS.certified}/`, null],
        [`organizations/${ORG_SLUGS.certified}/`, VIEWER_KEYS.admin],
      ]);
    });

    it('never takes the key to a redirect that leaves the API', async () => {
      const calls: Array<{ url: string; key: string | null }> = [];
      const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input);
        calls.push({ url, key: new Headers(init?.headers).get('X-API-KEY') });
        if (init?.redirect === 'manual')
          return new Response(null, { status: 308, headers: { Location: 'https://elsewhere.example/api/1/organizations/x/' } });
        // The anonymous probe followed the redirect to another origin.
        const response = new Response('{}', { status: 200 });
        Object.defineProperties(response, {
          redirected: { value: true },
          url: { value: 'https://elsewhere.example/api/1/organizations/x/' },
        });
        return response;
      };
      const client = new UdataClient({
        apiBase: 'https://udata.example/api/1/',
        apiKey: 'secret',
        fetch: fakeFetch as typeof fetch,
      });
      const error = await failure(getOrganization(client, 'old-slug'));
      expect(error.kind).to.equal('redirect');
      expect(calls.filter((c) => c.key)).to.deep.equal([
        { url: 'https://udata.example/api/1/organizations/old-slug/', key: 'secret' },
      ]);
      expect(calls.every((c) => c.url.startsWith('https://udata.example/'))).to.equal(true);
    });
  });

  describe('every exchange ends: the body read too is bounded and abortable', () => {
    /** Headers at once, then a body that never ends. */
    const stalledFetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id": '));
          init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;

    it("a body that never ends fails with the client's timeout", async () => {
      const client = new UdataClient({ apiBase: 'https://udata.example/api/1/', timeoutMs: 100, fetch: stalledFetch });
      expect((await failure(getOrganization(client, 'x'))).kind).to.equal('timeout');
    });

    it('a write aborted while its answer is read fails as aborted', async () => {
      const client = new UdataClient({ apiBase: 'https://udata.example/api/1/', apiKey: 'k', fetch: stalledFetch });
      const controller = new AbortController();
      const pending = failure(requestMembership(client, 'x', 'Bonjour', { signal: controller.signal }));
      setTimeout(() => controller.abort(), 20);
      expect((await pending).kind).to.equal('abort');
    });
  });
});
