import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { VIEWER_FIELDS } from '../../src/state/org-session.js';
import { textOf, waitFor, waitForText } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

/**
 * The join button asks udata for the fields it shows (`X-Fields`): every member's role and id,
 * not their names and avatars, where the mask costs no extra round trip (a key: the request is
 * preflighted anyway). Other elements of the same organization get the whole of it.
 */

const orgPath = `organizations/${ORG_SLUGS.certified}/`;
/** The organization, by slug or (read again) by id. */
const organization = new RegExp(`^organizations/(${ORG_SLUGS.certified}|${ORG_IDS.certified})/$`);
const organizationReads = () => mockUdata.recorded('GET').filter((r) => organization.test(r.path));

function mountButton(apiKey: string) {
  const page = fixtureSync(
    html`<div lang="fr">
      <join-request-button api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${apiKey}></join-request-button>
    </div>`,
  );
  return { page, button: page.querySelector('join-request-button')! };
}

describe('<join-request-button> asks only the fields it shows', () => {
  useMockApi();

  it('with a key, the organization is asked with the mask, and a member sees their role', async () => {
    const { button } = mountButton(VIEWER_KEYS.editor);
    await waitForText(button, 'Vous êtes membre de cette organisation (éditeur).');
    expect(organizationReads().map((r) => r.fields)).to.deep.equal([VIEWER_FIELDS]);
  });

  it('a non-member asks to join from the masked organization, which is read again masked before sending', async () => {
    const { button } = mountButton(VIEWER_KEYS.nonMember);
    (await waitFor<HTMLButtonElement>(button, 'button[part="button"]')).click();
    const textarea = await waitFor<HTMLTextAreaElement>(button, 'dialog[open] textarea');
    expect(textOf(button.shadowRoot!.querySelector('dialog')!)).to.include('Direction régionale');
    textarea.value = 'Je travaille à la DREAL.';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    button.shadowRoot!.querySelector<HTMLButtonElement>('button[part="submit"]')!.click();
    await waitForText(button, "Demande d'adhésion en attente");
    expect(organizationReads().map((r) => r.fields)).to.deep.equal([VIEWER_FIELDS, VIEWER_FIELDS]);
  });

  it('anonymous, no mask: it would cost a CORS preflight', async () => {
    const { button } = mountButton('');
    await waitFor(button, '[part="login-link"]');
    expect(organizationReads().map((r) => r.fields ?? null)).to.deep.equal([null]);
  });

  it('an element that shows the members, added later, gets them whole; the button stays usable meanwhile', async () => {
    const { page, button } = mountButton(VIEWER_KEYS.admin);
    await waitForText(button, 'Vous êtes membre de cette organisation (administrateur).');
    mockUdata.fail({ method: 'GET', path: organization, delayMs: 400 });
    page.insertAdjacentHTML(
      'beforeend',
      `<org-members api-base="${MOCK_API_BASE}" org="${ORG_SLUGS.certified}" api-key="${VIEWER_KEYS.admin}"></org-members>`,
    );
    const members = page.querySelector('org-members')!;
    await waitFor(members, '[part~="loading"]');
    expect(textOf(button)).to.include('Vous êtes membre de cette organisation (administrateur).');
    await waitFor(members, 'tbody tr');
    expect(textOf(members)).to.include('Élodie');
    expect(organizationReads().map((r) => r.fields ?? null)).to.deep.equal([VIEWER_FIELDS, null]);
  });

  it('elements that start together ask once, whole', async () => {
    fixtureSync(
      html`<div lang="fr">
        <join-request-button
          api-base=${MOCK_API_BASE}
          org=${ORG_SLUGS.certified}
          api-key=${VIEWER_KEYS.admin}
        ></join-request-button>
        <org-members api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.admin}></org-members>
      </div>`,
    );
    await waitFor(document.querySelector('org-members')!, 'tbody tr');
    expect(organizationReads().map((r) => r.fields ?? null)).to.deep.equal([null]);
  });

  // Last: the API's origin stays marked as refusing masks for the page's life.
  it('a server that refuses the mask (400) is asked again without it, and sent no mask after that', async () => {
    mockUdata.fail({ method: 'GET', path: orgPath, status: 400, json: { message: 'Mask parse error: Unexpected comma' } });
    const { button } = mountButton(VIEWER_KEYS.editor);
    await waitForText(button, 'Vous êtes membre de cette organisation (éditeur).');
    const { button: another } = mountButton(VIEWER_KEYS.admin);
    await waitUntil(() => textOf(another).includes('Vous êtes membre'), 'another viewer’s button');
    expect(organizationReads().map((r) => r.fields ?? null)).to.deep.equal([VIEWER_FIELDS, null, null]);
  });
});
