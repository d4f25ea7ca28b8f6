import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OrgTransfers } from '../../src/components/org-transfers/org-transfers.js';
import { TRANSFER_IDS } from '../../mocks/seed-transfers.js';
import { assertNone, deepActiveElement, textOf, waitFor, waitForText } from '../support/dom.js';
import { typeKeys } from '../support/keyboard.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

const HEDGES = 'Inventaire des haies bocagères du Pilat';
const SITE = 'https://www.data.gouv.fr';
/** The seeded transfer's dataset (a dataset reference carries no slug: its page by id). */
const TRANSFER_SUBJECT = '00000000000000000001d1f4';

function mount(apiKey: string, lang = 'fr'): OrgTransfers {
  const wrapper = fixtureSync(
    html`<div lang=${lang}>
      <org-transfers api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${apiKey} site-url=${SITE}></org-transfers>
    </div>`,
  );
  return wrapper.querySelector('org-transfers')!;
}

const dialog = (el: OrgTransfers) => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!;

async function openAnswer(el: OrgTransfers, part: 'accept' | 'refuse') {
  (await waitFor<HTMLButtonElement>(el, `[part~="transfer"] [part~="${part}"]`)).click();
  await waitUntil(() => dialog(el)?.open, 'the dialog opens');
  return dialog(el);
}

describe('<org-transfers>', () => {
  useMockApi();
  it('shows an admin the transfers waiting for the organization: what, from whom, when, the message', async () => {
    const el = mount(VIEWER_KEYS.admin);
    const row = await waitFor(el, '[part~="transfer"]');
    expect(row.querySelector('a')!.textContent).to.equal(HEDGES);
    expect(row.querySelector('a')!.getAttribute('href')).to.equal(`${SITE}/datasets/${TRANSFER_SUBJECT}/`);
    expect(row.textContent).to.include('Jeu de données');
    expect(row.textContent).to.include('Proposé par Chloé Dubois');
    expect(row.textContent).to.include('21 novembre 2026');
    expect(row.querySelector('[part~="comment"]')!.textContent).to.include('je ne peux plus tenir cet inventaire');
    const [list] = mockUdata.recorded('GET', 'transfer/');
    expect(list.query).to.deep.equal({ recipient: ORG_IDS.certified, status: 'pending' });
    // Élodie has no content of her own.
    await waitForText(el, 'Vous n’avez aucun jeu de données ni réutilisation personnels.');
    await expect(el).to.be.accessible();
  });

  it('accepting says what changes and that it is final, reads the transfer again, then answers with the comment', async () => {
    const el = mount(VIEWER_KEYS.admin);
    const box = await openAnswer(el, 'accept');
    expect(box.textContent).to.include('Ce jeu de données sera publié au nom de Direction régionale');
    expect(box.textContent).to.include('Cette réponse est définitive.');
    await waitUntil(() => deepActiveElement()?.id === 'transfer-answer-comment', 'focus on the comment');
    await typeKeys('Bienvenue à ce jeu.');
    await expect(el).to.be.accessible();
    const accepted = oneEvent(el, 'org-transfer-accepted');
    box.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    box.querySelector<HTMLButtonElement>('[part~="submit"]')!.click(); // one click sends one answer
    const { detail } = await accepted;
    expect(detail.transfer.status).to.equal('accepted');
    expect(mockUdata.recorded('GET', `transfer/${TRANSFER_IDS.incoming}/`)).to.have.length(1);
    const posts = mockUdata.recorded('POST', 'transfer/');
    expect(posts.map((r) => [r.path, r.body])).to.deep.equal([
      [`transfer/${TRANSFER_IDS.incoming}/`, { response: 'accept', comment: 'Bienvenue à ce jeu.' }],
    ]);
    await waitForText(el, `publie désormais « ${HEDGES} ».`); // (text folded: the non-breaking spaces read as spaces)
    expect(mockUdata.data.datasets.find((d) => d.title === HEDGES)!.org).to.equal(ORG_IDS.certified);
    await waitForText(el, 'Aucun transfert en attente.');
    await waitUntil(() => deepActiveElement()?.getAttribute('part') === 'message', 'focus stays in the list');
  });

  it('refusing without a comment sends the answer alone', async () => {
    const el = mount(VIEWER_KEYS.admin);
    const box = await openAnswer(el, 'refuse');
    expect(box.textContent).to.include('Le contenu reste à Chloé Dubois.');
    const refused = oneEvent(el, 'org-transfer-refused');
    box.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await refused;
    expect(mockUdata.recorded('POST', 'transfer/')[0].body).to.deep.equal({ response: 'refuse' });
    await waitForText(el, `Le transfert de « ${HEDGES} » a été refusé.`);
  });

  it('a transfer answered meanwhile is said, not answered again', async () => {
    const el = mount(VIEWER_KEYS.admin);
    const box = await openAnswer(el, 'accept');
    mockUdata.data.transfers.find((x) => x.id === TRANSFER_IDS.incoming)!.status = 'refused';
    box.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await waitForText(el, 'Ce transfert a déjà reçu une réponse');
    expect(mockUdata.recorded('POST')).to.have.length(0);
    expect(dialog(el)?.open ?? false).to.equal(false);
  });

  it('a failure keeps the dialog and what was typed, and says why', async () => {
    const errors: number[] = [];
    const el = mount(VIEWER_KEYS.admin);
    el.addEventListener('org-error', (e) => errors.push(e.detail.status));
    const box = await openAnswer(el, 'refuse');
    await typeKeys('Hors de notre périmètre.');
    mockUdata.fail({ method: 'POST', path: 'transfer/', status: 500 });
    box.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await waitUntil(() => box.querySelector('[part~="error"]'), 'the failure');
    expect(box.open).to.equal(true);
    expect(box.querySelector('textarea')!.value).to.equal('Hors de notre périmètre.');
    expect(errors).to.deep.equal([500]);
  });

  it('an editor sees that only admins see the transfers, and brings their own content, several at once', async () => {
    const el = mount(VIEWER_KEYS.editor);
    await waitForText(el, 'Seuls les administrateurs de l’organisation voient les transferts qui lui sont proposés.');
    assertNone(el, '[part~="transfer"] [part~="accept"]');
    const picks = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="pick"]')];
    await waitUntil(() => picks().length === 4, 'three datasets and a reuse');
    expect(textOf(el)).to.include('Carte des comptages vélo et du bruit à Lyon (réutilisation)');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="bring-submit"]')!.click();
    await waitForText(el, 'Cochez au moins un contenu.');
    picks()[0].click();
    picks()[3].click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="bring-submit"]')!.click();
    await waitForText(el, 'Écrivez un message aux administrateurs.');
    expect(mockUdata.recorded('POST')).to.have.length(0);
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('#bring-message')!.focus();
    await typeKeys('Mes relevés, pour la DREAL.');
    // The first request fails, the second goes.
    mockUdata.fail({ method: 'POST', path: 'transfer/', status: 500 });
    const requested: string[] = [];
    el.addEventListener('org-transfer-requested', (e) => requested.push(e.detail.transfer.subject!.id));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="bring-submit"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.outcomes li').length === 2, 'two outcomes');
    const posts = mockUdata.recorded('POST', 'transfer/');
    expect(posts).to.have.length(2);
    posts.forEach((r) =>
      expect(r.body).to.deep.include({
        recipient: { class: 'Organization', id: ORG_IDS.certified },
        comment: 'Mes relevés, pour la DREAL.',
      }),
    );
    expect(requested).to.have.length(1);
    const outcome = el.shadowRoot!.querySelector<HTMLElement>('[part~="outcome"]')!;
    expect(outcome.querySelector('.error')!.textContent).to.match(/^Échec pour «\u00a0.*\u00a0»\u00a0: Le serveur/);
    expect(outcome.querySelector('.success')!.textContent).to.match(/^Transfert demandé\u00a0: «\u00a0/);
    // The failed one stays picked, the message typed, to try again; the sent one is marked.
    expect(picks().filter((input) => input.checked)).to.have.length(1);
    expect(picks().filter((input) => input.disabled)).to.have.length(1);
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#bring-message')!.value).to.equal('Mes relevés, pour la DREAL.');
    await expect(el).to.be.accessible();
  });

  it('marks a transfer already asked for instead of asking twice', async () => {
    const el = mount(VIEWER_KEYS.nonMember);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="pick"]').length === 2, 'Chloé’s two datasets');
    const hedges = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="pick"]')].find((input) =>
      input.labels![0].textContent!.includes(HEDGES),
    )!;
    expect(hedges.disabled).to.equal(true);
    expect(hedges.labels![0].textContent).to.include('transfert déjà demandé');
    // Not a member: no list of the organization's transfers.
    assertNone(el, '[part~="incoming"]');
  });

  it('renders nothing for an anonymous visitor, and speaks English', async () => {
    const anonymous = mount('');
    await waitUntil(() => mockUdata.recorded('GET', 'organizations/').length > 0, 'the organization asked');
    await waitUntil(() => !textOf(anonymous).includes('Chargement'), 'loaded');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(mockUdata.recorded('GET', 'transfer/')).to.have.length(0);
    expect(textOf(anonymous)).to.equal('');
    const el = mount(VIEWER_KEYS.admin, 'en');
    const row = await waitFor(el, '[part~="transfer"]');
    expect(row.textContent).to.include('Offered by Chloé Dubois');
    await waitForText(el, 'Transfer my content to the organization');
  });
});
