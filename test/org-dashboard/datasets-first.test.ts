import { aTimeout, expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { DATASET_PAGE_FIELDS } from '../../src/api/dashboard.js';
import type { OrgDashboard } from '../../src/components/org-dashboard/org-dashboard.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

/** The organization's own request (not its sub-resources). */
const ORGANIZATION = /^organizations\/[^/]+\/$/;

function mount(org: string, { apiKey = '', withCredentials = false } = {}): OrgDashboard {
  return fixtureSync(
    html`<org-dashboard
      api-base=${MOCK_API_BASE}
      org=${org}
      api-key=${apiKey}
      ?with-credentials=${withCredentials}
    ></org-dashboard>`,
  );
}

/** The dataset search (not the transfers card's `me/datasets/`): the table's first page, then the quality sample. */
const datasetRequests = () =>
  mockUdata
    .recorded('GET')
    .filter((r) => r.path === 'datasets/')
    .sort((a, b) => Number(a.query.page_size) - Number(b.query.page_size));
const organizationAnswered = (el: OrgDashboard) => Boolean(el.shadowRoot?.querySelector('.grid'));
const tableRows = (el: OrgDashboard) => el.shadowRoot!.querySelectorAll('[part~="section"][part~="datasets"] tbody tr');

describe('<org-dashboard>: its datasets, as early as udata allows', () => {
  useMockApi();

  it('asks its datasets beside the organization when `org` is an id and a key says who asks', async () => {
    mockUdata.fail({ method: 'GET', path: ORGANIZATION, delayMs: 600 });
    const el = mount(ORG_IDS.certified, { apiKey: VIEWER_KEYS.admin });
    await waitUntil(() => datasetRequests().length === 2, 'the datasets asked', { timeout: 500 });
    expect(organizationAnswered(el), 'the organization is still on its way').to.equal(false);
    const [request] = datasetRequests();
    expect(request.query).to.include({
      organization: ORG_IDS.certified,
      deleted: 'false',
      page: '1',
      page_size: '20',
      sort: '-last_update',
    });
    expect(datasetRequests()[1].query).to.include({ organization: ORG_IDS.certified, page_size: '100' });
    // Only the fields the dashboard shows (a key pays a preflight anyway).
    expect(request.fields).to.equal(DATASET_PAGE_FIELDS);
    await waitUntil(() => tableRows(el).length > 0, 'the datasets listed', { timeout: 3000 });
    // The organization's answer (the same id) asks nothing again.
    await aTimeout(100);
    expect(datasetRequests()).to.have.length(2);
    const firstTitle = tableRows(el)[0].querySelector('th, td')!.textContent!.trim();
    expect(firstTitle).to.not.equal('');
  });

  it("asks an anonymous visitor's at once too, with neither `deleted` (udata answers it 401) nor a mask (a preflight)", async () => {
    mockUdata.fail({ method: 'GET', path: ORGANIZATION, delayMs: 600 });
    const el = mount(ORG_IDS.certified);
    await waitUntil(() => datasetRequests().length === 2, 'the datasets asked', { timeout: 500 });
    expect(organizationAnswered(el)).to.equal(false);
    const [request] = datasetRequests();
    expect(request.query).to.include({ organization: ORG_IDS.certified });
    expect(request.query).to.not.have.property('deleted');
    expect(request.fields ?? null).to.equal(null);
    await waitUntil(() => tableRows(el).length > 0, 'the datasets listed', { timeout: 3000 });
    expect(datasetRequests()).to.have.length(2);
  });

  it('waits for the organization when `org` is a slug: udata filters datasets by id only', async () => {
    mockUdata.fail({ method: 'GET', path: ORGANIZATION, delayMs: 400 });
    const el = mount(ORG_SLUGS.certified, { apiKey: VIEWER_KEYS.admin });
    await aTimeout(250);
    expect(datasetRequests(), 'nothing asked before the id is known').to.have.length(0);
    await waitUntil(() => tableRows(el).length > 0, 'the datasets listed', { timeout: 3000 });
    expect(datasetRequests()).to.have.length(2);
    expect(datasetRequests()[0].query).to.include({ organization: ORG_IDS.certified, deleted: 'false' });
  });

  it('waits for /me/ when cookies say who asks: `deleted=false` only for a logged-in viewer', async () => {
    mockUdata.fail({ method: 'GET', path: /^me\/$/, delayMs: 400 });
    const el = mount(ORG_IDS.certified, { withCredentials: true });
    await aTimeout(250);
    expect(datasetRequests(), 'nothing asked before /me/ answers').to.have.length(0);
    await waitUntil(() => tableRows(el).length > 0, 'the datasets listed', { timeout: 3000 });
    expect(datasetRequests()).to.have.length(2);
    // No session cookie on the mock: an anonymous visitor.
    expect(datasetRequests()[0].query).to.not.have.property('deleted');
  });

  it('lists the table’s first page without waiting for the larger quality sample', async () => {
    mockUdata.fail({ method: 'GET', path: /^datasets\/$/, query: { page_size: '100' }, delayMs: 1500 });
    const el = mount(ORG_IDS.certified, { apiKey: VIEWER_KEYS.admin });
    await waitUntil(() => tableRows(el).length === 20, 'the first page listed', { timeout: 1200 });
    const quality = el.shadowRoot!.querySelector('[part~="section"][part~="quality"]')!;
    expect(quality.textContent).to.include('Chargement…');
    await waitUntil(() => !quality.textContent!.includes('Chargement…'), 'the anomalies shown', { timeout: 3000 });
    expect(datasetRequests()).to.have.length(2);
  });

  it("shows the organization's error, not a datasets table, when the id is unknown", async () => {
    const unknown = '0123456789abcdef01234567';
    const el = mount(unknown, { apiKey: VIEWER_KEYS.admin });
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the error shown', { timeout: 3000 });
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/introuvable|not found/i);
    expect(tableRows(el)).to.have.length(0);
  });
});
