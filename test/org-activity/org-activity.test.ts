import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OrgActivity } from '../../src/components/org-activity/org-activity.js';
import { assertNone, textOf, waitFor, waitForText } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

const SITE = 'https://www.data.gouv.fr';

function mount(apiKey: string, lang = 'fr'): OrgActivity {
  const wrapper = fixtureSync(
    html`<div lang=${lang}>
      <org-activity api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${apiKey} site-url=${SITE}></org-activity>
    </div>`,
  );
  return wrapper.querySelector('org-activity')!;
}

const items = (el: OrgActivity) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="activity"]')];

/** A page of udata's as it answers once it dropped what the caller may not read. */
const shortPage = (data: unknown[], page: number, next: boolean) => ({
  data,
  page,
  page_size: 20,
  total: 60,
  next_page: next ? `${MOCK_API_BASE}activity/?page=${page + 1}` : null,
  previous_page: null,
});

describe('<org-activity>', () => {
  useMockApi();
  it('shows a member who changed what, newest first, grouped by month, with links and the changed fields on demand', async () => {
    const el = mount(VIEWER_KEYS.editor);
    await waitUntil(() => items(el).length >= 20, 'a page of activity');
    const [request] = mockUdata.recorded('GET', 'activity/');
    expect(request.query).to.deep.include({ organization: ORG_IDS.certified, page: '1', page_size: '20', lang: 'fr' });
    const times = items(el).map((item) => item.querySelector('time')!.getAttribute('datetime')!);
    expect([...times].sort().reverse()).to.deep.equal(times);
    const months = [...el.shadowRoot!.querySelectorAll('[part~="month"]')].map((h) => h.textContent!.trim());
    expect(months[0]).to.match(/^[a-zéû]+ \d{4}$/);
    expect(new Set(months).size).to.equal(months.length);
    const updated = items(el).find((item) => item.textContent!.includes('a modifié le jeu de données'))!;
    const object = updated.querySelector<HTMLAnchorElement>('[part~="object-link"]')!;
    expect(object.getAttribute('href')).to.match(new RegExp(`^${SITE}/datasets/[0-9a-f]{24}/$`));
    expect(object.textContent).to.match(/^«\u00a0.+\u00a0»$/);
    const withChanges = items(el).find((item) => item.querySelector('[part~="changes"]'))!;
    const changes = withChanges.querySelector<HTMLDetailsElement>('[part~="changes"]')!;
    expect(changes.open).to.equal(false);
    expect(changes.querySelector('summary')!.textContent).to.match(/^\d+ champs? modifiés?$/);
    expect(changes.querySelectorAll('li code').length).to.be.greaterThan(0);
    expect(updated.querySelector('a')!.getAttribute('href')).to.match(new RegExp(`^${SITE}/users/`));
    await expect(el).to.be.accessible();
  });

  it('keeps asking while udata answers short pages, until a page’s worth or the end', async () => {
    const el = mount(VIEWER_KEYS.admin);
    const one = (key: string, title: string) => ({
      actor: null,
      related_to: title,
      related_to_id: '0000000000000000000001d1',
      related_to_kind: 'Dataset',
      created_at: '2026-11-30T10:00:00+00:00',
      key,
      label: 'did something new',
      changes: [],
    });
    mockUdata.fail({ method: 'GET', path: 'activity/', status: 200, json: shortPage([one('dataset:created', 'A')], 1, true) });
    mockUdata.fail({ method: 'GET', path: 'activity/', status: 200, json: shortPage([], 2, true) });
    mockUdata.fail({
      method: 'GET',
      path: 'activity/',
      status: 200,
      json: shortPage([one('dataset:teleported', 'B')], 3, false),
    });
    await waitForText(el, 'did something new');
    expect(mockUdata.recorded('GET', 'activity/').map((r) => r.query.page)).to.deep.equal(['1', '2', '3']);
    expect(items(el)).to.have.length(2);
    // A key this version does not know: udata's own label.
    expect(items(el)[1].textContent!.replace(/\s+/g, ' ')).to.include('Quelqu’un did something new «');
    assertNone(el, '[part~="more"]');
  });

  it('loads older activity on demand', async () => {
    const el = mount(VIEWER_KEYS.admin);
    await waitUntil(() => items(el).length === 20, 'the first 20');
    (await waitFor<HTMLButtonElement>(el, '[part~="more"]')).click();
    await waitUntil(() => items(el).length === 40, 'the next 20');
  });

  it('is for members: others are told so and nothing is asked', async () => {
    const el = mount(VIEWER_KEYS.nonMember);
    await waitForText(el, 'Seuls les membres de l’organisation voient son activité.');
    expect(mockUdata.recorded('GET', 'activity/')).to.have.length(0);
  });

  it('says a failure, retries, and speaks English', async () => {
    mockUdata.fail({ method: 'GET', path: 'activity/', status: 500 });
    const el = mount(VIEWER_KEYS.admin, 'en');
    const alert = await waitFor(el, '[part~="error"]');
    alert.querySelector('button')!.click();
    await waitUntil(() => items(el).length > 0, 'activity');
    expect(textOf(el)).to.match(/(created|updated|now follows|added)/);
    expect(mockUdata.recorded('GET', 'activity/').at(-1)!.query.lang).to.equal('en');
  });
});
