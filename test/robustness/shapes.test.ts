import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PendingRequests } from '../../src/components/pending-requests/pending-requests.js';
import { $, deepActiveElement, textOf, waitFor, waitForText } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi, mountOnMock } from '../support/mock-api.js';

/** Answers of an unexpected shape are checked where the client receives them: never a crash. */
describe('answers of an unexpected shape', () => {
  useMockApi();
  const section = (el: Element, id: string) => $(el, `[part~="section"][part~="${id}"]`)!;

  it('{} where the datasets page is expected: that section says so, the others keep working', async () => {
    mockUdata.fail({ method: 'GET', path: /^datasets\/$/, status: 200, json: {}, times: Infinity });
    const el = await fixture(html`<org-dashboard api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified}></org-dashboard>`);
    await waitUntil(
      () => el.shadowRoot!.querySelector('.grid') && !el.shadowRoot!.querySelector('.grid .loading'),
      'sections loaded',
      { timeout: 4000 },
    );
    expect(section(el, 'datasets').textContent).to.include('réponse illisible');
    expect(section(el, 'reuses').querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('null members, or a number for a name: the element says the answer is unreadable, nothing throws', async () => {
    const served = mockUdata.handle({ method: 'GET', url: `${MOCK_API_BASE}organizations/${ORG_SLUGS.certified}/`, headers: {} })
      .json as object;
    mockUdata.fail({
      method: 'GET',
      path: /^organizations\/[^/]+\/$/,
      status: 200,
      json: { ...served, members: null, name: 42 },
      times: Infinity,
    });
    const errors: CustomEvent[] = [];
    const listener = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('org-error', listener);
    const el = await fixture(
      html`<join-request-button api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified}></join-request-button>`,
    );
    await waitForText(el, 'réponse illisible');
    document.removeEventListener('org-error', listener);
    expect(errors.map((e) => e.detail.action)).to.deep.equal(['load-organization']);
  });

  it('unknown badge kinds and harvest states (even "constructor") show as text, never as a prototype or a class name', async () => {
    const org = mockUdata.organization(ORG_IDS.certified)!;
    org.badges = [{ kind: 'constructor' }, { kind: '__proto__' }, { kind: 'nouveau-badge' }];
    mockUdata.data.harvestSources[0].last_job = {
      status: 'constructor' as never,
      started: 12345 as never,
      ended: null,
      errors: [],
    };
    org.members[0].since = 12345 as never;
    const el = await fixture(html`<org-dashboard api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified}></org-dashboard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="harvester"]'), 'harvesters', { timeout: 4000 });
    const text = textOf(el);
    expect(text).to.include('constructor').and.include('__proto__').and.include('nouveau-badge');
    expect(text).not.to.include('function');
    expect(text).not.to.include('[object');
    expect(el.shadowRoot!.querySelector('.status-constructor')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.status-unknown')).not.to.equal(null);
  });

  it('ids with quotes: focus moves past them, no selector breaks', async () => {
    const hostile = { ...mockUdata.data.requests[1], id: 'x"] , *[y=\'' };
    mockUdata.data.requests.splice(1, 1, hostile);
    const el = await mountOnMock<PendingRequests>('pending-requests', VIEWER_KEYS.admin);
    const accept = await waitFor<HTMLButtonElement>(el, '[part~="accept"]');
    accept.click();
    await waitForText(el, 'a rejoint l’organisation');
    await waitUntil(
      () => deepActiveElement()?.closest?.('[part~="request"]') || deepActiveElement()?.getAttribute('part')?.includes('accept'),
      'focus on the next request',
    );
    expect(el.count).to.equal(1);
  });
});
