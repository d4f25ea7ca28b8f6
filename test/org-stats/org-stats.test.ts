import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OrgStats } from '../../src/components/org-stats/org-stats.js';
import { lastMonths } from '../../src/components/org-stats/stats-chart.js';
import { METRICS_API_BASE, mockMetricsApi } from '../../mocks/browser.js';
import { assertNone, waitFor, waitForText } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

function mount({ org = ORG_SLUGS.certified as string, metrics = '', lang = 'fr' } = {}): OrgStats {
  const wrapper = fixtureSync(
    html`<div lang=${lang}>
      <org-stats api-base=${MOCK_API_BASE} org=${org} api-key=${VIEWER_KEYS.admin} metrics-base=${metrics}></org-stats>
    </div>`,
  );
  return wrapper.querySelector('org-stats')!;
}

const chart = (el: OrgStats, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-chart="${id}"]`)!;
/** The numbers of a chart's table, as a person reads them (French digits grouping folded). */
const tableValues = (figure: HTMLElement) =>
  [...figure.querySelectorAll('tbody td')].map((td) => Number(td.textContent!.replace(/\s/g, '').replace(/\u202f/g, '')));

describe('<org-stats>', () => {
  useMockApi();
  beforeEach(() => mockMetricsApi.reset());

  it('draws what was published each month over 13 months, zeros included, with the table and a description', async () => {
    const el = mount();
    const datasets = await waitFor(el, '[data-chart="datasets"]');
    const months = lastMonths();
    const stored = mockUdata.organization(ORG_IDS.certified)!.metrics as unknown as Record<string, Record<string, number>>;
    expect(tableValues(datasets)).to.deep.equal(months.map((m) => stored.datasets_by_months[m] ?? 0));
    expect(datasets.querySelectorAll('rect.bar')).to.have.length(13);
    const svg = datasets.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('desc')!.textContent).to.match(/^[\d\s\u202f]+ de [a-zéû]+ \d{4} à [a-zéû]+ \d{4}/);
    expect(chart(el, 'followers')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('an organization never counted shows zeros, not gaps', async () => {
    const el = mount({ org: ORG_IDS.solo });
    const datasets = await waitFor(el, '[data-chart="datasets"]');
    expect(tableValues(datasets)).to.deep.equal(new Array(13).fill(0));
  });

  it('with a metrics API: visits and downloads per month with their totals, asked without the key', async () => {
    const sent: Array<{ url: string; headers: Headers }> = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.startsWith(METRICS_API_BASE)) sent.push({ url, headers: new Headers(init?.headers) });
      return realFetch(input, init);
    };
    try {
      const el = mount({ metrics: METRICS_API_BASE });
      const visits = await waitFor(el, '[data-chart="dataset-visits"]');
      const rows = mockMetricsApi.tables.organizations.filter((r) => r.organization_id === ORG_IDS.certified);
      const expected = lastMonths().map((m) => Number(rows.find((r) => r.metric_month === m)?.monthly_visit_dataset ?? 0));
      expect(tableValues(visits)).to.deep.equal(expected);
      // Visits as a line, a dot per month; counts as bars.
      expect(visits.querySelectorAll('circle.dot')).to.have.length(13);
      expect(visits.querySelector('polyline.line')).to.exist;
      expect(el.shadowRoot!.querySelectorAll('[data-chart="downloads"] rect.bar')).to.have.length(13);
      await waitForText(el, 'Visites et téléchargements comptés depuis juillet 2022.');
      expect(visits.querySelector('.chart-total')!.textContent).to.match(/au total/);
      const [asked] = mockMetricsApi.requests.filter((r) => r.path === 'organizations/data/');
      expect(asked.query).to.deep.include({
        organization_id__exact: ORG_IDS.certified,
        metric_month__sort: 'desc',
        page_size: '13',
      });
      expect(sent.length).to.be.greaterThan(0);
      sent.forEach((r) => expect(r.headers.has('X-API-KEY')).to.equal(false));
    } finally {
      window.fetch = realFetch;
    }
  });

  it('without a metrics API, or when it fails, only its charts are missing', async () => {
    const none = mount();
    await waitFor(none, '[data-chart="datasets"]');
    assertNone(none, '[data-chart="dataset-visits"]');
    expect(mockMetricsApi.requests).to.have.length(0);
    mockMetricsApi.fail({ status: 503, times: 2 });
    const failing = mount({ metrics: METRICS_API_BASE });
    await waitForText(failing, 'Les visites et téléchargements n’ont pas pu être lus pour l’instant.');
    expect(chart(failing, 'datasets')).to.exist;
    assertNone(failing, '[data-chart="dataset-visits"]');
  });

  it('downloads each chart’s numbers as CSV (; for French spreadsheets)', async () => {
    const el = mount();
    const datasets = await waitFor(el, '[data-chart="datasets"]');
    const blobs: Blob[] = [];
    const names: string[] = [];
    // The file is read, never saved: a real download opens the browser's panel and takes the
    // keyboard from the other test pages running beside this one.
    const noDownload = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!link.matches?.('a[download]')) return;
      event.preventDefault();
      names.push(link.download);
    };
    document.addEventListener('click', noDownload, true);
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return create.call(URL, blob);
    };
    try {
      datasets.querySelector<HTMLButtonElement>('[part~="csv"]')!.click();
      await waitUntil(() => blobs.length === 1, 'a file');
      expect(names).to.have.length(1);
      expect(names[0]).to.match(/^dreal-ara-datasets-\d{4}-\d\d-\d\d\.csv$/);
      const text = await blobs[0].text();
      const lines = text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).to.equal('Mois;Nombre');
      expect(lines).to.have.length(14);
      expect(lines[13]).to.match(new RegExp(`^${lastMonths().at(-1)};\\d+$`));
    } finally {
      URL.createObjectURL = create;
      document.removeEventListener('click', noDownload, true);
    }
  });
});
