import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OrgTransfers } from '../../src/components/org-transfers/org-transfers.js';
import { assertNone, deepActiveElement, waitFor, waitForText } from '../support/dom.js';
import { typeKeys } from '../support/keyboard.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

function mount(apiKey: string): OrgTransfers {
  const wrapper = fixtureSync(
    html`<div lang="fr">
      <org-transfers api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${apiKey}></org-transfers>
    </div>`,
  );
  return wrapper.querySelector('org-transfers')!;
}

const $ = <T extends Element = HTMLElement>(el: OrgTransfers, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** Types into a search field and picks the result whose label contains `text`. */
async function searchAndPick(el: OrgTransfers, field: string, query: string, text: string) {
  $<HTMLInputElement>(el, `#${field}-q`).focus();
  await typeKeys(query);
  await waitUntil(
    () =>
      [...el.shadowRoot!.querySelectorAll(`[name="${field}-pick"]`)].some((r) =>
        (r as HTMLInputElement).labels![0].textContent!.includes(text),
      ),
    `a result with ${text}`,
  );
  const radio = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`[name="${field}-pick"]`)].find((r) =>
    r.labels![0].textContent!.includes(text),
  )!;
  radio.click();
  return radio;
}

describe('<org-transfers> outgoing', () => {
  useMockApi();

  it('an admin transfers one of the organization’s datasets to another organization', async () => {
    const el = mount(VIEWER_KEYS.admin);
    await waitFor(el, '[part~="outgoing"]');
    const subject = await searchAndPick(el, 'out-subject', 'nappes', 'Nappes phréatiques');
    const search = mockUdata.recorded('GET', 'datasets/').find((r) => r.query.q)!;
    expect(search.query).to.deep.include({ organization: ORG_IDS.certified, q: 'nappes' });
    await waitUntil(() => mockUdata.recorded('GET', 'transfer/').some((r) => r.query.subject), 'the pending check');
    expect(mockUdata.recorded('GET', 'transfer/').find((r) => r.query.subject)!.query).to.deep.equal({
      subject: subject.id.replace('out-subject-', ''),
      status: 'pending',
    });
    await searchAndPick(el, 'out-recipient', 'saint', 'Saint-Étienne-du-Rouvray');
    $<HTMLTextAreaElement>(el, '#out-message').focus();
    await typeKeys('La commune reprend ce suivi.');
    const requested = oneEvent(el, 'org-transfer-requested');
    $<HTMLButtonElement>(el, '[part~="out-submit"]').click();
    await requested;
    const [post] = mockUdata.recorded('POST', 'transfer/');
    expect(post.body).to.deep.equal({
      subject: { class: 'Dataset', id: subject.id.replace('out-subject-', '') },
      recipient: { class: 'Organization', id: ORG_IDS.large },
      comment: 'La commune reprend ce suivi.',
    });
    await waitForText(el, 'demandé à Commune de Saint-Étienne-du-Rouvray');
    await expect(el).to.be.accessible();
  });

  it('says what is missing, refuses the organization itself as recipient, and sends nothing', async () => {
    const el = mount(VIEWER_KEYS.admin);
    await waitFor(el, '[part~="outgoing"]');
    $<HTMLButtonElement>(el, '[part~="out-submit"]').click();
    await waitForText(el, 'Choisissez le contenu à transférer.');
    await waitForText(el, 'Choisissez le destinataire.');
    await waitForText(el, 'Écrivez un message au destinataire.');
    await waitUntil(() => deepActiveElement()?.id === 'out-subject-q', 'focus on the first field to fix');
    await searchAndPick(el, 'out-subject', 'bruit', 'Bruit routier');
    await searchAndPick(el, 'out-recipient', 'environnement', 'Direction régionale');
    $<HTMLTextAreaElement>(el, '#out-message').focus();
    await typeKeys('Test.');
    $<HTMLButtonElement>(el, '[part~="out-submit"]').click();
    await waitForText(el, 'Ce contenu appartient déjà à Direction régionale');
    expect(mockUdata.recorded('POST')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows a transfer of the same object already waiting before a second is sent, to a user as well', async () => {
    const el = mount(VIEWER_KEYS.admin);
    await waitFor(el, '[part~="outgoing"]');
    await searchAndPick(el, 'out-subject', 'zones', 'Zones humides');
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="recipient-kind"]')[1].click();
    await searchAndPick(el, 'out-recipient', 'chloé', 'Chloé Dubois');
    $<HTMLTextAreaElement>(el, '#out-message').focus();
    await typeKeys('Pour ta thèse.');
    $<HTMLButtonElement>(el, '[part~="out-submit"]').click();
    await waitForText(el, 'demandé à Chloé Dubois');
    expect((mockUdata.recorded('POST', 'transfer/')[0].body as { recipient: unknown }).recipient).to.deep.equal({
      class: 'User',
      id: mockUdata.userByKey(VIEWER_KEYS.nonMember)!.id,
    });
    await searchAndPick(el, 'out-subject', 'zones', 'Zones humides');
    const pending = await waitFor(el, '[part~="pending-transfer"]');
    expect(pending.textContent).to.include('vers Chloé Dubois attend déjà une réponse');
  });

  it('searches the organization’s APIs too', async () => {
    const el = mount(VIEWER_KEYS.admin);
    const kind = await waitFor<HTMLSelectElement>(el, '[part~="kind"]');
    kind.value = 'Dataservice';
    kind.dispatchEvent(new Event('change'));
    $<HTMLInputElement>(el, '#out-subject-q').focus();
    await typeKeys('adresse');
    await waitForText(el, 'Aucun résultat.');
    expect(mockUdata.recorded('GET', 'dataservices/')[0].query).to.deep.include({
      organization: ORG_IDS.certified,
      q: 'adresse',
    });
  });

  it('is for admins only', async () => {
    const el = mount(VIEWER_KEYS.editor);
    await waitFor(el, '[part~="bring"]');
    assertNone(el, '[part~="outgoing"]');
  });
});
