import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { UdataClient } from '../../src/api/client.js';
import type { ApiError } from '../../src/api/errors.js';
import type { OrgErrorDetail } from '../../src/internal/org-element.js';
import { $, textOf, waitFor, waitForText } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, mountOnMock, useMockApi } from '../support/mock-api.js';
import { typeKeys } from '../support/keyboard.js';
import { fieldOf } from '../org-profile-form/support.js';
import type { OrgProfileForm } from '../../src/components/org-profile-form/org-profile-form.js';
import { getOrganization } from '../../src/api/organization.js';
import { getMe } from '../../src/api/users.js';

/** Records the `org-error` events of the page while a test runs. */
function recordErrors(): { details: OrgErrorDetail[]; stop: () => void } {
  const details: OrgErrorDetail[] = [];
  const listener = (e: Event) => details.push((e as CustomEvent<OrgErrorDetail>).detail);
  document.addEventListener('org-error', listener);
  return { details, stop: () => document.removeEventListener('org-error', listener) };
}

/** What the mock serves an admin for the organization, to alter one field of it. */
const servedOrganization = () => {
  const served = mockUdata.handle({
    method: 'GET',
    url: `${MOCK_API_BASE}organizations/${ORG_SLUGS.certified}/`,
    headers: { 'x-api-key': VIEWER_KEYS.admin },
  }).json as Record<string, unknown>;
  mockUdata.reset(); // not one of the element's requests
  return served;
};

describe('answers a hostile or broken server may send', () => {
  useMockApi();

  describe('an empty answer (204, or no body) where udata sends JSON is unreadable, said once', () => {
    for (const [what, fault] of [
      ['204', { status: 204 }],
      ['200 with no body', { status: 200, text: '' }],
    ] as const) {
      it(`the organization answered ${what}: said, with one org-error, never "Loading…" forever`, async () => {
        mockUdata.fail({ method: 'GET', path: /^organizations\/[^/]+\/$/, ...fault, times: Infinity });
        const errors = recordErrors();
        const el = await mountOnMock('join-request-button', VIEWER_KEYS.nonMember);
        await waitForText(el, 'réponse illisible');
        await new Promise((resolve) => setTimeout(resolve, 100));
        errors.stop();
        expect(errors.details).to.deep.equal([
          {
            action: 'load-organization',
            status: fault.status,
            message: 'Le serveur a envoyé une réponse illisible. Réessayez plus tard.',
          },
        ]);
        expect(textOf(el)).not.to.include('Chargement');
      });
    }

    it('/me/ answered with nothing: a keyed viewer is not taken for an anonymous one', async () => {
      mockUdata.fail({ method: 'GET', path: /^me\/$/, status: 200, text: '', times: Infinity });
      const el = await mountOnMock('join-request-button', VIEWER_KEYS.nonMember);
      await waitForText(el, 'réponse illisible');
      expect(textOf(el)).not.to.include('Se connecter');
    });

    it('a join request answered 204: said in the dialog, the comment kept, no org-join-requested', async () => {
      const el = await mountOnMock('join-request-button', VIEWER_KEYS.nonMember);
      (await waitFor<HTMLButtonElement>(el, 'button[part~="button"]')).click();
      const comment = await waitFor<HTMLTextAreaElement>(el, 'dialog[open] textarea');
      comment.focus();
      await typeKeys('Bonjour');
      mockUdata.fail({ method: 'POST', path: 'membership/', status: 204 });
      let requested = 0;
      el.addEventListener('org-join-requested', () => requested++);
      $<HTMLButtonElement>(el, 'button[part~="submit"]')!.click();
      await waitUntil(() => $(el, 'dialog[open] [part~="error"]'), 'the dialog says it', { timeout: 4000 });
      expect($(el, 'dialog[open] [part~="error"]')!.textContent).to.include('réponse illisible');
      expect(comment.value).to.equal('Bonjour');
      expect(requested).to.equal(0);
    });

    it('the pending requests answered 204: the list says so instead of loading forever', async () => {
      mockUdata.fail({ method: 'GET', path: 'membership/', status: 204, times: Infinity });
      const el = await mountOnMock('pending-requests', VIEWER_KEYS.admin);
      await waitForText(el, 'réponse illisible');
    });
  });

  describe('optional fields of the wrong type are dropped; the elements keep working', () => {
    it('acronym 42 and url 123: the profile form opens, those fields empty', async () => {
      mockUdata.fail({
        method: 'GET',
        path: /^organizations\/[^/]+\/$/,
        status: 200,
        json: { ...servedOrganization(), acronym: 42, url: 123, business_number_id: {} },
        times: Infinity,
      });
      const el = await mountOnMock<OrgProfileForm>('org-profile-form', VIEWER_KEYS.admin);
      await waitFor(el, 'form');
      expect(fieldOf(el, 'name').value).to.equal(servedOrganization().name);
      expect(fieldOf(el, 'acronym').value).to.equal('');
      expect(fieldOf(el, 'url').value).to.equal('');
    });

    it('an object as a member’s e-mail, a request’s e-mail and role: members and requests still show', async () => {
      const served = servedOrganization();
      const members = (served.members as Array<{ user: Record<string, unknown> }>).map((m, i) =>
        i === 0 ? { ...m, user: { ...m.user, email: { toString: 'x' }, last_login_at: [] } } : m,
      );
      mockUdata.fail({
        method: 'GET',
        path: /^organizations\/[^/]+\/$/,
        status: 200,
        json: { ...served, members },
        times: Infinity,
      });
      const listed = mockUdata.handle({
        method: 'GET',
        url: `${MOCK_API_BASE}organizations/${ORG_IDS.certified}/membership/?status=pending`,
        headers: { 'x-api-key': VIEWER_KEYS.admin },
      }).json as Array<Record<string, unknown>>;
      mockUdata.fail({
        method: 'GET',
        path: 'membership/',
        status: 200,
        json: listed.map((r) => ({ ...r, email: { x: 1 }, role: ['admin'], comment: 7 })),
        times: Infinity,
      });
      const members_ = await mountOnMock('org-members', VIEWER_KEYS.admin);
      await waitUntil(() => members_.shadowRoot!.querySelectorAll('tbody tr').length > 0, 'members listed', { timeout: 4000 });
      const requests = await mountOnMock('pending-requests', VIEWER_KEYS.admin);
      const asked = listed.filter((r) => r.kind === 'request').length;
      await waitUntil(
        () => requests.shadowRoot!.querySelectorAll('[part~="request"]').length === asked,
        `${asked} requests; saw ${textOf(requests)}`,
        { timeout: 4000 },
      );
      expect(textOf(requests)).not.to.include('[object Object]');
      expect(textOf(members_)).not.to.include('[object Object]');
    });

    it('an invitation whose role is not a text is unreadable, never a crash', async () => {
      mockUdata.fail({
        method: 'GET',
        path: /^me\/org_invitations\/$/,
        status: 200,
        json: [{ id: 'x', organization: { id: ORG_IDS.certified }, role: { admin: true } }],
        times: Infinity,
      });
      const errors = recordErrors();
      const el = await mountOnMock('join-request-button', VIEWER_KEYS.nonMember);
      await waitUntil(() => textOf(el) !== '' && !textOf(el).includes('Chargement'), 'settled', { timeout: 4000 });
      errors.stop();
      expect(textOf(el)).not.to.include('[object Object]');
      expect(errors.details.every((d) => typeof d.status === 'number' && d.action && d.message)).to.equal(true);
    });
  });

  it('a 429 says when to try again (Retry-After), not "unexpected error"', async () => {
    mockUdata.fail({ method: 'GET', path: /^organizations\/[^/]+\/$/, status: 429, headers: { 'Retry-After': '30' } });
    const el = await mountOnMock('join-request-button', VIEWER_KEYS.nonMember);
    await waitForText(el, 'Trop de demandes');
    expect(textOf(el)).to.include('dans 30 s');
    expect(textOf(el)).not.to.include('code 429');
  });

  it('a relative api-base is resolved against the page: requests go to this site’s /api/1/', async () => {
    const asked: string[] = [];
    const client = new UdataClient({
      apiBase: '/api/1',
      fetch: (async (input: RequestInfo | URL) => {
        asked.push(String(input));
        return new Response(JSON.stringify({ id: 'o', name: 'O', members: [] }), { status: 200 });
      }) as typeof fetch,
    });
    expect(client.apiBase).to.equal(`${location.origin}/api/1/`);
    await getOrganization(client, 'o');
    expect(asked).to.deep.equal([`${location.origin}/api/1/organizations/o/`]);
  });

  it('an api-base that is no URL: a clear failure with action, status and message, nothing requested', async () => {
    let asked = 0;
    const client = new UdataClient({
      apiBase: 'http://[bad',
      fetch: (async () => (asked++, new Response('{}'))) as typeof fetch,
    });
    const error = (await getOrganization(client, 'o').then(
      () => null,
      (e: unknown) => e,
    )) as ApiError;
    expect([error.kind, error.status, error.action]).to.deep.equal(['client', 0, 'load-organization']);
    expect(asked).to.equal(0);
  });

  it('every request is asked with cache "no-store" (a cached anonymous answer never reaches a keyed viewer)', async () => {
    const modes: Array<RequestCache | undefined> = [];
    const client = new UdataClient({
      apiBase: MOCK_API_BASE,
      apiKey: VIEWER_KEYS.admin,
      fetch: (async (_: RequestInfo | URL, init?: RequestInit) => {
        modes.push(init?.cache);
        return new Response(JSON.stringify({ id: 'o', name: 'O', members: [] }), { status: 200 });
      }) as typeof fetch,
    });
    await getOrganization(client, 'o');
    await getMe(client).catch(() => undefined);
    expect(modes).to.deep.equal(['no-store', 'no-store']);
  });
});
