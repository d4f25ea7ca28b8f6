import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OrgDashboard } from '../../src/components/org-dashboard/org-dashboard.js';
import type { OrgProfileForm } from '../../src/components/org-profile-form/org-profile-form.js';
import { $, assertNone, deepActiveElement, waitFor, waitForText } from '../support/dom.js';
import { MOCK_API_BASE, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';
import { fieldOf, typeInto } from '../org-profile-form/support.js';

async function mount(apiKey: string): Promise<OrgDashboard> {
  const wrapper = fixtureSync(
    html`<div lang="fr">
      <org-dashboard api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${apiKey}></org-dashboard>
    </div>`,
  );
  const el = wrapper.querySelector('org-dashboard')!;
  await waitFor(el, '.grid');
  return el;
}

const formIn = (el: OrgDashboard) => $<OrgProfileForm>(el, 'dialog.profile-dialog org-profile-form')!;

describe('<org-dashboard>: "Edit" opens the profile form (admins)', () => {
  useMockApi();

  it('editors and visitors get no Edit button', async () => {
    for (const key of [VIEWER_KEYS.editor, VIEWER_KEYS.nonMember]) {
      const el = await mount(key);
      assertNone(el, '[part~="edit-profile"]');
      assertNone(el, 'org-profile-form');
    }
  });

  it('saving closes the dialog, the header shows the new name, focus back on Edit', async () => {
    const el = await mount(VIEWER_KEYS.admin);
    const edit = await waitFor<HTMLButtonElement>(el, '[part~="edit-profile"]');
    edit.focus();
    edit.click();
    const dialog = await waitFor<HTMLDialogElement>(el, 'dialog.profile-dialog[open]');
    const form = formIn(el);
    await waitFor(form, 'form');
    await waitUntil(() => deepActiveElement() === fieldOf(form, 'name'), 'focus in the form');
    await expect(el).to.be.accessible();
    typeInto(fieldOf(form, 'name'), 'DREAL ARA renommée');
    $<HTMLButtonElement>(form, '[part~="submit"]')!.click();
    await waitUntil(() => !dialog.open, 'the dialog closes');
    await waitForText(el, 'Le profil de l’organisation est enregistré.');
    expect($(el, 'h1')!.textContent).to.include('DREAL ARA renommée');
    await waitUntil(() => deepActiveElement() === edit, 'focus back on Edit');
    expect(mockUdata.recorded('PUT')).to.have.length(1);
  });

  it('closing with unsaved changes asks first; keep editing keeps them, discard drops them', async () => {
    const el = await mount(VIEWER_KEYS.admin);
    (await waitFor<HTMLButtonElement>(el, '[part~="edit-profile"]')).click();
    const dialog = await waitFor<HTMLDialogElement>(el, 'dialog.profile-dialog[open]');
    await waitFor(formIn(el), 'form');
    typeInto(fieldOf(formIn(el), 'acronym'), 'Pas encore');
    $<HTMLButtonElement>(el, '[part~="close-profile"]')!.click();
    await waitForText(el, 'Abandonner les modifications ?');
    expect(dialog.open).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' }); // "Continuer la saisie" has the focus
    await waitUntil(() => !el.shadowRoot!.querySelector('[role="alertdialog"]'), 'the question goes');
    expect(fieldOf(formIn(el), 'acronym').value).to.equal('Pas encore');
    $<HTMLButtonElement>(el, '[part~="close-profile"]')!.click();
    (await waitFor<HTMLButtonElement>(el, '[part~="discard"]')).click();
    await waitUntil(() => !dialog.open, 'closed');
    $<HTMLButtonElement>(el, '[part~="edit-profile"]')!.click();
    await waitFor(formIn(el), 'form');
    expect(fieldOf(formIn(el), 'acronym').value).to.equal('DREAL ARA');
    expect(mockUdata.recorded('PUT')).to.have.length(0);
  });
});
