import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
// The dashboard as the loader defines it: its header's tags only, not those of its cards.
import '../../src/components/org-dashboard/define-first.js';
import { CARD_TAGS, CardTags } from '../../src/components/org-dashboard/card-tags.js';
import { TERMS, type Terms } from '../../src/i18n/terms.js';
import { textOf, waitFor } from '../support/dom.js';
import { loadedMarkdown } from '../../src/internal/markdown-renderer.js';
import { MOCK_API_BASE, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

class CardsHost extends LitElement {
  declare settled: boolean;
  define: () => Promise<void> = () => Promise.resolve();
  /** The longest wait of the hosts made from now on. */
  static maxWait = 60_000;
  readonly cards = new CardTags(this, {
    firstContentSettled: () => this.settled,
    define: () => this.define(),
    maxWait: CardsHost.maxWait,
  });
  constructor() {
    super();
    this.settled = false;
  }
  static override properties = { settled: { type: Boolean } };
  override render() {
    return html`<section>${this.cards.render(html`<p class="tag">the tag</p>`, TERMS.fr as Terms)}</section>`;
  }
}
customElements.define('card-tags-host', CardsHost);

describe('CardTags', () => {
  it('does not wait for the first content longer than its longest wait', async () => {
    CardsHost.maxWait = 300;
    const host = await fixture<CardsHost>(html`<card-tags-host lang="fr"></card-tags-host>`);
    CardsHost.maxWait = 60_000;
    expect(textOf(host.shadowRoot!.querySelector('section')!)).to.include('Chargement…');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(host.shadowRoot!.querySelector('.tag')).to.equal(null);
    await waitUntil(() => host.shadowRoot!.querySelector('.tag'), 'the tag shown after the longest wait', { timeout: 2000 });
  });

  it('a failure to fetch the cards’ code is said in words, with a retry that fetches it again', async () => {
    const host = await fixture<CardsHost>(html`<card-tags-host lang="fr"></card-tags-host>`);
    // Before the dashboard's test below defines them: the cards' tags are not defined, it waits.
    let calls = 0;
    let fail = true;
    host.define = () => (
      calls++,
      fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve()
    );
    expect(textOf(host.shadowRoot!.querySelector('section')!)).to.include('Chargement…');
    expect(calls).to.equal(0);
    host.settled = true;
    await waitUntil(() => host.shadowRoot!.querySelector('[role="alert"]'), 'the failure said');
    expect(calls).to.equal(1);
    expect(host.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('Impossible de joindre le serveur');
    fail = false;
    host.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => host.shadowRoot!.querySelector('.tag'), 'the tag shown');
    expect(calls).to.equal(2);
    expect(host.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('<org-dashboard> through the loader: its cards’ tags after its first datasets', () => {
  useMockApi();

  it('lists the datasets first, its cards saying they load and asking nothing; then the cards come', async () => {
    expect(CARD_TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    // The table's datasets (its page of 20) take their time: nothing of the cards is fetched or asked meanwhile.
    mockUdata.fail({ method: 'GET', path: /^datasets\/$/, query: { page_size: '20' }, delayMs: 600 });
    const wrapper = fixtureSync(
      html`<div lang="fr">
        <org-dashboard api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.admin}></org-dashboard>
      </div>`,
    );
    const el = wrapper.querySelector('org-dashboard')!;
    const members = await waitFor(el, '[part~="section"][part~="members"]');
    expect(textOf(members)).to.include('Chargement…');
    expect(members.querySelector('[role="status"]')).to.exist;
    const danger = el.shadowRoot!.querySelector('[part~="section"][part~="danger"]')!;
    // What deleting does is said at once; only the button waits for its tag.
    expect(textOf(danger)).to.include('Chargement…');
    expect(danger.querySelector('[part~="danger-explanation"]')).to.exist;
    // The description waits for its Markdown renderer (marked: 16 kB), fetched with the cards.
    const description = el.shadowRoot!.querySelector('[part~="section"][part~="description"]')!;
    expect(textOf(description)).to.include('Chargement…');
    expect(loadedMarkdown()).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loadedMarkdown()).to.equal(undefined);
    expect(CARD_TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('org-members, pending-requests, org-stats, org-activity, org-transfers')).to.equal(null);
    expect(mockUdata.recorded('GET', 'membership/')).to.have.length(0);
    expect(mockUdata.recorded('GET', 'activity/')).to.have.length(0);
    expect(mockUdata.recorded('GET', 'transfer/')).to.have.length(0);
    // The datasets are listed; then every card's tag is defined and shows its content.
    await waitFor(el, '[part~="section"][part~="datasets"] tbody tr');
    await waitUntil(() => CARD_TAGS.every((tag) => customElements.get(tag)), 'the cards’ tags defined', { timeout: 8000 });
    const table = await waitFor(el, 'org-members');
    await waitUntil(() => table.shadowRoot?.querySelector('tbody tr'), 'the members listed', { timeout: 4000 });
    await waitFor(el, 'pending-requests');
    await waitFor(el, 'delete-org-dialog');
    expect(textOf(el.shadowRoot!.querySelector('[part~="section"][part~="members"]')!)).not.to.include('Chargement…');
    // The description, rendered from its Markdown (the seeded one has a list and a link).
    expect(textOf(description)).not.to.include('Chargement…');
    expect(description.querySelector('.description li, .description a')).to.exist;
    expect(description.textContent).not.to.include('**');
    await expect(el).to.be.accessible();
  });
});
