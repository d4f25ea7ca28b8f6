import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JoinRequestButton } from '../../src/components/join-request-button/join-request-button.js';
import { $, assertNone, deepActiveElement, textOf, waitFor, waitForText } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

/** The invited person's side (udata 15+): an admin's "add" is an invitation they answer. */

async function mount(
  apiKey: string = VIEWER_KEYS.invited,
  lang = 'fr',
  org: string = ORG_SLUGS.certified,
): Promise<JoinRequestButton> {
  const wrapper = fixtureSync(
    html`<div lang=${lang}>
      <join-request-button api-base=${MOCK_API_BASE} org=${org} api-key=${apiKey}></join-request-button>
    </div>`,
  );
  return wrapper.querySelector('join-request-button')!;
}

const invitationOf = () => mockUdata.data.requests.find((r) => r.kind === 'invitation' && r.user?.first_name === 'Inès')!;
const ines = () => mockUdata.userByKey(VIEWER_KEYS.invited)!;

describe('<join-request-button> for an invited viewer', () => {
  useMockApi();
  afterEach(() => expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined));

  const CERTIFIED_NAME = "Direction régionale de l'Environnement, de l'Aménagement et du Logement Auvergne-Rhône-Alpes";

  it('names the organization, the role and the day it was sent; the message as plain text; never "ask to join"', async () => {
    const el = await mount();
    await waitForText(el, `Vous êtes invité à rejoindre ${CERTIFIED_NAME} en tant qu’éditeur.`);
    // Sent on 2026-11-10 at 09:00 UTC: that day wherever the viewer is.
    const sent = $(el, '[part~="invitation"] time')!;
    expect(sent.textContent).to.equal('Invitation envoyée le 10 novembre 2026.');
    expect(sent.getAttribute('datetime')).to.equal('2026-11-10T09:00:00+00:00');
    // A non-breaking space before the colon: never alone at the start of a line.
    expect([...el.shadowRoot!.querySelectorAll('.hint')].map((p) => p.textContent)).to.include(
      'Message joint à l’invitation\u00a0:',
    );
    const message = $(el, '[part~="invitation-message"]')!;
    expect(message.textContent).to.equal('Bienvenue ! Tu pourras publier les relevés de qualité de l’air.\n<b>Élodie</b>');
    expect(message.querySelector('b')).to.equal(null);
    // An editor edits everything: nothing to count.
    expect(textOf(el)).not.to.include('pourrez modifier');
    assertNone(el, 'button[part="button"]');
    expect($(el, '[part~="accept-invitation"]')!.textContent!.trim()).to.equal('Accepter l’invitation');
    expect($(el, '[part~="decline-invitation"]')!.textContent!.trim()).to.equal('Décliner');
    await expect(el).to.be.accessible();
  });

  it('a partial editor is told how many datasets, reuses and APIs they would edit', async () => {
    Object.assign(invitationOf(), {
      role: 'partial_editor',
      assignments: [
        { class: 'Dataset', id: 'd1' },
        { class: 'Reuse', id: 'r1' },
        { class: 'Dataset', id: 'd2' },
        { class: 'Dataservice', id: 's1' },
      ],
    });
    const el = await mount();
    await waitForText(el, `Vous êtes invité à rejoindre ${CERTIFIED_NAME} en tant qu’éditeur partiel.`);
    expect(textOf(el)).to.include('Vous pourrez modifier 2 jeux de données, 1 réutilisation et 1 API.');
    await expect(el).to.be.accessible();
  });

  it('a partial editor invited with nothing assigned is told they could edit nothing yet', async () => {
    Object.assign(invitationOf(), { role: 'partial_editor', assignments: [] });
    const el = await mount(VIEWER_KEYS.invited, 'en');
    await waitForText(el, 'You are invited to join');
    expect(textOf(el)).to.include(`You are invited to join ${CERTIFIED_NAME} as a partial editor.`);
    expect(textOf(el)).to.include('Nothing is assigned to you yet: you will not be able to edit anything for now.');
    await expect(el).to.be.accessible();
  });

  it('French elision and spacing before a vowel; the English possessive', async () => {
    // Inès is also invited by an organization whose name starts with a vowel, as administrator.
    mockUdata.data.requests.push({
      ...invitationOf(),
      id: '0c000000-0000-4000-8000-0000000000ff',
      org: ORG_IDS.solo,
      role: 'admin',
      comment: null,
      created: '2026-12-01T12:00:00+00:00',
    });
    const el = await mount(VIEWER_KEYS.invited, 'fr', ORG_SLUGS.solo);
    await waitForText(el, "Vous êtes invité à rejoindre Association Les Données d'Île-de-France en tant qu’administrateur.");
    (await waitFor<HTMLButtonElement>(el, '[part~="decline-invitation"]')).click();
    const title = await waitFor(el, '.decline-dialog dialog[open] h2');
    expect(title.textContent).to.equal("Décliner l’invitation d’Association Les Données d'Île-de-France\u00a0?");
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.decline-dialog [part~="cancel"]')!.click();
    await waitUntil(() => !$(el, '.decline-dialog dialog[open]'), 'closed');

    const english = await mount(VIEWER_KEYS.invited, 'en', ORG_SLUGS.solo);
    await waitForText(english, "You are invited to join Association Les Données d'Île-de-France as an administrator.");
    (await waitFor<HTMLButtonElement>(english, '[part~="decline-invitation"]')).click();
    const englishTitle = await waitFor(english, '.decline-dialog dialog[open] h2');
    expect(englishTitle.textContent).to.equal("Decline Association Les Données d'Île-de-France’s invitation?");
  });

  it('keeps both answers on one row of their own, whatever is said above them or on them', async () => {
    // A narrow column (a sidebar): the answers do not fall onto a second line, idle or busy.
    const wrapper = fixtureSync(
      html`<div lang="fr" style="width: 14rem">
        <join-request-button
          api-base=${MOCK_API_BASE}
          org=${ORG_SLUGS.certified}
          api-key=${VIEWER_KEYS.invited}
        ></join-request-button>
      </div>`,
    );
    const el = wrapper.querySelector('join-request-button')!;
    const accept = await waitFor<HTMLButtonElement>(el, '[part~="accept-invitation"]');
    const decline = $(el, '[part~="decline-invitation"]')!;
    const oneRow = () => {
      const [a, d] = [accept.getBoundingClientRect(), decline.getBoundingClientRect()];
      return a.top === d.top && a.right <= d.left;
    };
    expect(oneRow()).to.equal(true, 'idle');
    mockUdata.fail({ method: 'POST', delayMs: 1500 });
    accept.click();
    await waitForText(el, 'Acceptation en cours…');
    expect(oneRow()).to.equal(true, 'accepting');
    await waitForText(el, 'Vous êtes membre de cette organisation');
  });

  it('accepts: the member state shows at once, the organization is read again, the page is told', async () => {
    const el = await mount();
    const accept = await waitFor<HTMLButtonElement>(el, '[part~="accept-invitation"]');
    const accepted = oneEvent(el, 'org-invitation-accepted');
    const orgReads = mockUdata.recorded('GET', /^organizations\/[^/]+\/$/).length;
    accept.focus();
    accept.click();
    expect((await accepted).detail.invitation).to.include({ id: invitationOf().id, role: 'editor' });
    expect(mockUdata.recorded('POST').map((r) => r.path)).to.deep.equal([`me/org_invitations/${invitationOf().id}/accept/`]);
    await waitForText(el, 'Vous êtes membre de cette organisation (éditeur).');
    await waitForText(el, 'Invitation acceptée');
    expect($(el, '[part="notice"]')!.getAttribute('role')).to.equal('status');
    // The accept button is gone: focus is on what replaced it, not lost to the page.
    await waitUntil(() => deepActiveElement() === $(el, '[part~="state"]'), 'focus on the member line', { timeout: 4000 });
    await waitUntil(() => mockUdata.recorded('GET', /^organizations\/[^/]+\/$/).length > orgReads, 'the organization read again');
    expect(mockUdata.organization(ORG_IDS.certified)!.members.some((m) => m.user.id === ines().id)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('declines after a confirmation, with the keyboard alone; then the ordinary join button', async () => {
    const el = await mount();
    const decline = await waitFor<HTMLButtonElement>(el, '[part~="decline-invitation"]');
    decline.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await waitFor<HTMLDialogElement>(el, '.decline-dialog dialog[open]');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(textOf(el)).to.include('Vous ne deviendrez pas membre');
    await expect(el).to.be.accessible();
    // Escape: nothing sent, focus back on "Décliner".
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'closed', { timeout: 4000 });
    await waitUntil(() => deepActiveElement() === decline, 'focus back', { timeout: 4000 });
    expect(mockUdata.recorded('POST')).to.have.length(0);
    await sendKeys({ press: 'Enter' });
    await waitFor(el, '.decline-dialog dialog[open]');
    const refused = oneEvent(el, 'org-invitation-refused');
    await sendKeys({ press: 'Tab' }); // from "Annuler" to "Décliner l’invitation"
    await sendKeys({ press: 'Enter' });
    expect((await refused).detail.invitation.id).to.equal(invitationOf().id);
    expect(mockUdata.recorded('POST').map((r) => r.path)).to.deep.equal([`me/org_invitations/${invitationOf().id}/refuse/`]);
    await waitForText(el, 'Invitation déclinée.');
    const ask = await waitFor(el, 'button[part="button"]');
    await waitUntil(() => deepActiveElement() === ask, 'focus on "ask to join"', { timeout: 4000 });
    expect(invitationOf().status).to.equal('refused');
  });

  it('an invitation answered elsewhere meanwhile (400): said plainly, and the state read again', async () => {
    const el = await mount();
    const accept = await waitFor<HTMLButtonElement>(el, '[part~="accept-invitation"]');
    // Accepted in another tab: udata made Inès a member.
    invitationOf().status = 'accepted';
    mockUdata
      .organization(ORG_IDS.certified)!
      .members.push({ user: { id: ines().id, first_name: 'Inès', last_name: 'Garnier', slug: ines().slug }, role: 'editor' });
    const failed = oneEvent(el, 'org-error');
    accept.click();
    expect((await failed).detail).to.include({ status: 400, action: 'accept-invitation' });
    await waitForText(el, 'n’est plus en attente');
    await waitForText(el, 'Vous êtes membre de cette organisation (éditeur).');
  });

  it('an invitation canceled by an admin (404 on answer): said plainly, then the join button', async () => {
    const el = await mount();
    const accept = await waitFor<HTMLButtonElement>(el, '[part~="accept-invitation"]');
    mockUdata.data.requests.splice(mockUdata.data.requests.indexOf(invitationOf()), 1);
    accept.click();
    await waitForText(el, 'n’est plus en attente');
    await waitFor(el, 'button[part="button"]');
  });

  it('a server error keeps the invitation on screen with the reason, and the answer can be tried again', async () => {
    const el = await mount();
    const accept = await waitFor<HTMLButtonElement>(el, '[part~="accept-invitation"]');
    mockUdata.fail({ method: 'POST', status: 503 });
    accept.click();
    await waitForText(el, 'Le serveur a rencontré une erreur.');
    accept.click();
    await waitForText(el, 'Vous êtes membre de cette organisation (éditeur).');
  });

  it('asks /me/org_invitations/ once for the whole page, and never for an anonymous visitor', async () => {
    const wrapper = fixtureSync(
      html`<div>
        <join-request-button
          api-base=${MOCK_API_BASE}
          org=${ORG_SLUGS.certified}
          api-key=${VIEWER_KEYS.invited}
        ></join-request-button>
        <join-request-button
          api-base=${MOCK_API_BASE}
          org=${ORG_SLUGS.large}
          api-key=${VIEWER_KEYS.invited}
        ></join-request-button>
        <join-request-button api-base=${MOCK_API_BASE} org=${ORG_SLUGS.solo}></join-request-button>
      </div>`,
    );
    const [certified, large, anonymous] = wrapper.querySelectorAll('join-request-button');
    await waitFor(certified, '[part~="accept-invitation"]');
    await waitFor(large, 'button[part="button"]');
    await waitFor(anonymous, 'a[part="login-link"]');
    expect(mockUdata.recorded('GET', 'me/org_invitations/').map((r) => r.apiKey)).to.deep.equal([VIEWER_KEYS.invited]);
  });

  it('speaks English', async () => {
    const el = await mount(VIEWER_KEYS.invited, 'en');
    await waitForText(el, `You are invited to join ${CERTIFIED_NAME} as an editor.`);
    expect($(el, '[part~="invitation"] time')!.textContent).to.equal('Invitation sent on November 10, 2026.');
    expect(textOf(el)).to.include('Accept the invitation').and.include('Decline');
    (await waitFor<HTMLButtonElement>(el, '[part~="decline-invitation"]')).click();
    expect((await waitFor(el, '.decline-dialog dialog[open] h2')).textContent).to.equal(
      `Decline ${CERTIFIED_NAME}’s invitation?`,
    );
  });
});
