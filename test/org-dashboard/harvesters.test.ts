import { mountDashboard } from './support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OrgDashboard } from '../../src/components/org-dashboard/org-dashboard.js';
import { oid } from '../../mocks/seed.js';
import { assertFocused, describeElement, deepActiveElement } from '../support/dom.js';
import { ORG_IDS, mockUdata, useMockApi } from '../support/mock-api.js';

// The certified organization has 4 harvest sources in the seed; udata lists them in its order.
const SEEDED = [
  'Catalogue géographique régional',
  'Flux des installations classées',
  'Ancien serveur CSW',
  'Observatoire de l’eau',
];
const name = (i: number) => `Source ${String(i).padStart(3, '0')}`;
const names = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => name(from + i));

/** `n` more harvest sources of the certified organization, "Source 001" to "Source n", after the seeded ones. */
function seedSources(n: number) {
  for (let i = 1; i <= n; i++) {
    mockUdata.data.harvestSources.push({
      id: oid('3b', i),
      org: ORG_IDS.certified,
      name: name(i),
      url: `https://geo.example.gouv.fr/csw/more/${i}`,
      backend: 'csw-iso-19139',
      active: true,
      last_job: null,
    });
  }
}

const mount = (lang = 'fr') => mountDashboard(undefined, { lang });

const section = (el: OrgDashboard) => el.shadowRoot!.querySelector<HTMLElement>('[part~="section"][part~="harvesters"]')!;
const text = (el: OrgDashboard) => section(el).textContent!.replace(/\s+/g, ' ');
const shown = (el: OrgDashboard) =>
  [...section(el).querySelectorAll('[part~="harvester"] strong')].map((s) => s.textContent!.trim());
const pageButton = (el: OrgDashboard, label: string) =>
  [...section(el).querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent!.includes(label));
const askedPages = () => mockUdata.recorded('GET', 'harvest/sources/').map((r) => r.query.page);

async function waitForPage(el: OrgDashboard, page: number, pages = 6) {
  await waitUntil(
    () => text(el).includes(`Page ${page} sur ${pages}`) && !section(el).querySelector('[aria-busy="true"]'),
    `page ${page}; saw: ${text(el)}`,
    { timeout: 4000 },
  );
}

describe('<org-dashboard>: many harvest sources, a page at a time', () => {
  useMockApi();

  it('shows the first page, says the total, and asks udata for the next page when asked', async () => {
    seedSources(116);
    const el = await mount();
    expect(shown(el)).to.deep.equal([...SEEDED, ...names(1, 16)]);
    expect(text(el)).to.include('120 moissonneurs (1 à 20 sur 120)').and.include('Page 1 sur 6');
    expect(section(el).querySelector('[role="status"]')!.textContent).to.include('120 moissonneurs');
    const [first] = mockUdata.recorded('GET', 'harvest/sources/');
    expect(first.query).to.include({ organization: ORG_IDS.certified, page: '1', page_size: '20' });
    await expect(el).to.be.accessible();

    pageButton(el, 'suivante')!.click();
    await waitForPage(el, 2);
    expect(shown(el)).to.deep.equal(names(17, 36));
    expect(text(el)).to.include('120 moissonneurs (21 à 40 sur 120)');
    expect(askedPages()).to.deep.equal(['1', '2']);
    expect(mockUdata.recorded('GET', 'harvest/sources/')[1].query).to.include({ page_size: '20' });
    await expect(el).to.be.accessible();
  });

  it('says the total in English too', async () => {
    seedSources(116);
    const el = await mount('en');
    expect(text(el)).to.include('120 harvesters (1–20 of 120)').and.include('Page 1 of 6');
  });

  it('a short list says how many, with no page navigation', async () => {
    const el = await mount();
    expect(shown(el)).to.deep.equal(SEEDED);
    expect(text(el)).to.include('4 moissonneurs').and.not.include('sur 4');
    expect(section(el).querySelector('nav')).to.equal(null);
  });

  it('pages with the keyboard alone, one request a page, focus kept in the navigation', async function () {
    this.timeout(20_000);
    seedSources(116);
    const el = await mount();
    pageButton(el, 'suivante')!.focus();
    for (let page = 2; page <= 6; page++) {
      await sendKeys({ press: 'Enter' });
      await waitForPage(el, page);
      if (page < 6) assertFocused(pageButton(el, 'suivante')!, 'the next-page button');
    }
    expect(shown(el)).to.deep.equal(names(97, 116));
    expect(text(el)).to.include('(101 à 120 sur 120)');
    // The last page has no "next" button: focus goes to "previous", never lost.
    expect(pageButton(el, 'suivante')).to.equal(undefined);
    await waitUntil(
      () => deepActiveElement() === pageButton(el, 'précédente'),
      `focus on the previous-page button; found ${describeElement(deepActiveElement())}`,
    );
    await sendKeys({ press: 'Enter' });
    await waitForPage(el, 5);
    expect(shown(el)).to.deep.equal(names(77, 96));
    expect(askedPages()).to.deep.equal(['1', '2', '3', '4', '5', '6', '5']);
  });

  it('an old server’s plain array: every source fetched once, paged in the page with the total said', async () => {
    mockUdata.flavour.harvestPlainArray = true;
    seedSources(116);
    const el = await mount();
    expect(shown(el)).to.deep.equal([...SEEDED, ...names(1, 16)]);
    expect(text(el)).to.include('120 moissonneurs (1 à 20 sur 120)').and.include('Page 1 sur 6');
    pageButton(el, 'suivante')!.click();
    await waitForPage(el, 2);
    expect(shown(el)).to.deep.equal(names(17, 36));
    expect(text(el)).to.include('(21 à 40 sur 120)');
    expect(mockUdata.recorded('GET', 'harvest/sources/'), 'paging asks nothing more').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a page that fails says so in the section, tells the page once, and retries that page', async () => {
    seedSources(116);
    const el = await mount();
    const errors: Array<{ action: string; status: number }> = [];
    const listener = (e: Event) => errors.push((e as CustomEvent).detail);
    document.addEventListener('org-error', listener);
    try {
      mockUdata.fail({ method: 'GET', path: 'harvest/sources/', status: 500 });
      pageButton(el, 'suivante')!.click();
      await waitUntil(() => section(el).querySelector('[role="alert"]'), 'the error', { timeout: 4000 });
      expect(text(el)).to.include('Le serveur a rencontré une erreur.');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.deep.equal([
        { action: 'load-harvesters', status: 500, message: 'Le serveur a rencontré une erreur. Réessayez plus tard.' },
      ]);
      section(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await waitForPage(el, 2);
      expect(shown(el)).to.deep.equal(names(17, 36));
      expect(askedPages()).to.deep.equal(['1', '2', '2']);
      expect(errors).to.have.length(1);
    } finally {
      document.removeEventListener('org-error', listener);
    }
  });
});
