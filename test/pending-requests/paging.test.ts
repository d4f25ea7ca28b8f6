import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PendingRequests } from '../../src/components/pending-requests/pending-requests.js';
import { addPeople, addPendingRequests } from '../../mocks/bulk.js';
import {
  $,
  assertFocused,
  deepActiveElement,
  describeElement,
  labelledByText,
  textOf,
  waitFor,
  waitForText,
} from '../support/dom.js';
import { typeKeys } from '../support/keyboard.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

// The certified organization has 2 pending requests in the seed (François, then a hostile one): they come first.
const name = (i: number) => `Personne ${String(i).padStart(3, '0')}`;

/** `n` more pending requests, "Personne 001" to "Personne n", each from a user of its own, oldest first. */
function seedRequests(n: number) {
  const people = addPeople(mockUdata, n, (i) => ({
    first_name: 'Personne',
    last_name: String(i).padStart(3, '0'),
    slug: `personne-${i}`,
  }));
  addPendingRequests(mockUdata, ORG_IDS.certified, people, n, (i) => ({
    comment: `Demande numéro ${i}`,
    created: new Date(Date.UTC(2026, 10, 21, 0, i)).toISOString(),
  }));
}

async function mountAdmin(): Promise<PendingRequests> {
  const wrapper = fixtureSync(
    html`<div lang="fr">
      <pending-requests api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.admin}></pending-requests>
    </div>`,
  );
  const el = wrapper.querySelector('pending-requests')!;
  await waitFor(el, '[part~="request"]');
  return el;
}

const rows = (el: PendingRequests) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="request"]')];
const names = (el: PendingRequests) => rows(el).map((row) => row.querySelector('.name')!.textContent!.trim());
const rowOf = (el: PendingRequests, who: string) => rows(el).find((row) => row.textContent!.includes(who));
const pageButton = (el: PendingRequests, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="pagination"] button')].find((b) =>
    b.textContent!.includes(label),
  );
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => name(from + i));

/** Goes from page `from` to `page` by pressing "Page suivante" with the keyboard. */
async function pageTo(el: PendingRequests, page: number, from = 1) {
  pageButton(el, 'suivante')!.focus();
  for (let p = from + 1; p <= page; p++) {
    await sendKeys({ press: 'Enter' });
    await waitForText(el, `Page ${p} sur`);
  }
}

describe('<pending-requests>: a long list, a page at a time', () => {
  useMockApi();

  it('keeps one page of rows in the DOM, says the total, and counts them all', async () => {
    seedRequests(118);
    const counted = new Promise<number>((resolve) =>
      document.addEventListener('org-requests-count', (e) => resolve(e.detail.count), { once: true }),
    );
    const el = await mountAdmin();
    expect(await counted).to.equal(120);
    expect(el.count).to.equal(120);
    expect(rows(el)).to.have.length(20);
    expect(names(el).slice(2)).to.deep.equal(range(1, 18));
    expect(textOf(el)).to.include('120 demandes d’adhésion en attente (1 à 20 sur 120)').and.include('Page 1 sur 6');
    expect($(el, '[part~="count"]')!.getAttribute('role')).to.equal('status');
    expect(mockUdata.recorded('GET', 'membership/')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('names each row’s controls after its applicant, page after page (ids that stay with the row)', async function () {
    this.timeout(20_000);
    seedRequests(118);
    const el = await mountAdmin();
    const controls = () =>
      rows(el).map((row) => {
        const [select, accept, refuse] = ['role', 'accept', 'refuse'].map((part) => row.querySelector(`[part~="${part}"]`)!);
        return [labelledByText(select), labelledByText(accept), labelledByText(refuse)];
      });
    const expected = (who: string[]) => who.map((n) => [`Rôle à l’acceptation ${n}`, `Accepter ${n}`, `Refuser ${n}`]);
    expect(controls().slice(2)).to.deep.equal(expected(range(1, 18)));
    const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size, 'ids unique in the shadow root').to.equal(ids.length);
    await pageTo(el, 2);
    expect(controls()).to.deep.equal(expected(range(19, 38)));
    await pageTo(el, 6, 2);
    expect(controls()).to.deep.equal(expected(range(99, 118)));
    await expect(el).to.be.accessible();
  });

  it('shows the next requests in order, page after page, with the keyboard alone', async function () {
    this.timeout(20_000);
    seedRequests(118);
    const el = await mountAdmin();
    await pageTo(el, 2);
    expect(names(el)).to.deep.equal(range(19, 38));
    expect(textOf(el)).to.include('(21 à 40 sur 120)');
    assertFocused(pageButton(el, 'suivante')!, 'the next-page button');
    await pageTo(el, 6, 2);
    expect(names(el)).to.deep.equal(range(99, 118));
    expect(textOf(el)).to.include('(101 à 120 sur 120)');
    // The last page has no "next" button: focus is handed to "previous", never lost.
    expect(pageButton(el, 'suivante')).to.equal(undefined);
    assertFocused(pageButton(el, 'précédente')!, 'the previous-page button');
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'Page 5 sur 6');
    expect(names(el)).to.deep.equal(range(79, 98));
    expect(rows(el)).to.have.length(20);
    expect(mockUdata.recorded('GET', 'membership/'), 'paging asks nothing').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('accepting a request on page 2 keeps the admin on page 2, focus on the next request', async function () {
    this.timeout(20_000);
    seedRequests(118);
    const el = await mountAdmin();
    await pageTo(el, 2);
    const counted = oneEvent(el, 'org-requests-count');
    rowOf(el, name(25))!.querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
    expect((await counted).detail.count).to.equal(119);
    await waitForText(el, `${name(25)} a rejoint l’organisation (éditeur).`);
    expect(textOf(el)).to.include('Page 2 sur 6').and.include('119 demandes d’adhésion en attente (21 à 40 sur 119)');
    expect(names(el)).to.deep.equal([...range(19, 24), ...range(26, 39)]);
    await waitUntil(
      () => deepActiveElement() === rowOf(el, name(26))!.querySelector('[part~="accept"]'),
      `focus on the next request; found ${describeElement(deepActiveElement())}`,
    );
    expect(mockUdata.recorded('GET', 'membership/'), 'the first read, then the re-read').to.have.length(2);
    expect(mockUdata.recorded('POST').map((r) => r.path)).to.have.length(1);
  });

  it('refusing the only request of the last page shows the page before, focus on its last request', async function () {
    this.timeout(20_000);
    seedRequests(119);
    const el = await mountAdmin();
    await pageTo(el, 7);
    expect(names(el)).to.deep.equal([name(119)]);
    rowOf(el, name(119))!.querySelector<HTMLButtonElement>('[part~="refuse"]')!.click();
    await waitUntil(() => deepActiveElement() === $(el, '#refuse-reason'), 'focus in the reason');
    await typeKeys('Hors périmètre');
    const refused = oneEvent(el, 'org-request-refused');
    $<HTMLButtonElement>(el, 'dialog [part~="submit"]')!.click();
    expect((await refused).detail.comment).to.equal('Hors périmètre');
    await waitForText(el, `La demande de ${name(119)} a été refusée.`);
    expect(textOf(el)).to.include('Page 6 sur 6').and.include('(101 à 120 sur 120)');
    expect(names(el)).to.deep.equal(range(99, 118));
    await waitUntil(
      () => deepActiveElement() === rowOf(el, name(118))!.querySelector('[part~="accept"]'),
      `focus on the last request left; found ${describeElement(deepActiveElement())}`,
    );
    expect(el.count).to.equal(120);
  });

  it('re-reads only the applicant’s pending entries before deciding, and shows the outcome in one change', async function () {
    this.timeout(20_000);
    seedRequests(118);
    const el = await mountAdmin();
    await pageTo(el, 2);
    const list = $(el, '[part~="list"]')!;
    let changes = 0;
    const watch = new MutationObserver(() => changes++);
    watch.observe(list, { childList: true });
    rowOf(el, name(25))!.querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
    await waitForText(el, `${name(25)} a rejoint l’organisation`);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    watch.disconnect();
    expect(names(el)).to.deep.equal([...range(19, 24), ...range(26, 39)]);
    expect(changes, 'the rows changed once').to.equal(1);
    expect(textOf(el)).to.include('119 demandes d’adhésion en attente (21 à 40 sur 119)');
    const reads = mockUdata.recorded('GET', 'membership/');
    expect(reads).to.have.length(2);
    const applicant = mockUdata.data.users.find((u) => u.slug === 'personne-25')!;
    expect(reads[1].query, 'not the whole list again').to.deep.equal({ user: applicant.id, status: 'pending' });
  });
});
