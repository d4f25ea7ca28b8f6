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

  it('says who they are invited as, with the message as plain text, and never offers "ask to join"', async () => {
    const el = await mount();
    await waitForText(el, "Vous êtes invité à rejoindre l'organisation, en tant que Éditeur.");
    const message = $(el, '[part~="invitation-message"]')!;
    expect(message.textContent).to.equal('Bienvenue ! Tu pourras publier les relevés de qualité de l’air.\n<b>Élodie</b>');
    expect(message.querySelector('b')).to.equal(null);
    assertNone(el, 'button[part="button"]');
    expect($(el, '[part~="accept-invitation"]')!.textContent!.trim()).to.equal("Accepter l'invitation");
    expect($(el, '[part~="decline-invitation"]')!.textContent!.trim()).to.equal('Décliner');
    await expect(el).to.be.accessible();
  });

  it('accepts: the member state shows at once, the organization is read again, the page is told', async () => {
    const el = await mount();
    const accept = await waitFor<HTMLButtonElement>(el, '[part~="accept-invitation"]');
    const accepted = oneEvent(el, 'org-invitation-accepted');
    const orgReads = mockUdata.recorded('GET', /^organizations\/[^/]+\/$/).length;
    accept.click();
    expect((await accepted).detail.invitation).to.include({ id: invitationOf().id, role: 'editor' });
    expect(mockUdata.recorded('POST').map((r) => r.path)).to.deep.equal([`me/org_invitations/${invitationOf().id}/accept/`]);
    await waitForText(el, 'Vous êtes membre de cette organisation (Éditeur).');
    await waitForText(el, 'Invitation acceptée');
    expect($(el, '[part="notice"]')!.getAttribute('role')).to.equal('status');
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
    await sendKeys({ press: 'Tab' }); // from "Annuler" to "Décliner l'invitation"
    await sendKeys({ press: 'Enter' });
    expect((await refused).detail.invitation.id).to.equal(invitationOf().id);
    expect(mockUdata.recorded('POST').map((r) => r.path)).to.deep.equal([`me/org_invitations/${invitationOf().id}/refuse/`]);
    await waitForText(el, 'Invitation déclinée.');
    await waitFor(el, 'button[part="button"]');
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
    await waitForText(el, 'Vous êtes membre de cette organisation (Éditeur).');
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
    await waitForText(el, 'Vous êtes membre de cette organisation (Éditeur).');
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
    await waitForText(el, 'You are invited to join the organization, as Editor.');
    expect(textOf(el)).to.include('Accept the invitation').and.include('Decline');
  });
});
