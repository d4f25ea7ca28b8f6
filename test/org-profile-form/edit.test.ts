import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OrgProfileForm } from '../../src/components/org-profile-form/org-profile-form.js';
import { $, assertNone, deepActiveElement, textOf, waitFor, waitForText } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, mountOnMock, useMockApi } from '../support/mock-api.js';
import { fieldOf, typeInto } from './support.js';

const orgPath = `organizations/${ORG_IDS.certified}/`;
const seeded = () => mockUdata.data.organizations.find((o) => o.id === ORG_IDS.certified)!;

describe('<org-profile-form org>: edit the profile', () => {
  useMockApi();

  it('admins get the fields filled in; only what changed is sent; org-updated says what', async () => {
    const el = await mountOnMock<OrgProfileForm>('org-profile-form', VIEWER_KEYS.admin);
    await waitFor(el, 'form');
    expect(fieldOf(el, 'name').value).to.equal(seeded().name);
    expect(fieldOf(el, 'description').value).to.equal(seeded().description);
    expect(el.dirty).to.equal(false);
    await expect(el).to.be.accessible();
    typeInto(fieldOf(el, 'acronym'), ' DREAL-ARA ');
    expect(el.dirty).to.equal(true);
    await waitForText(el, 'Des modifications ne sont pas enregistrées.');
    const updated = oneEvent(el, 'org-updated');
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    const { detail } = await updated;
    const puts = mockUdata.recorded('PUT', orgPath);
    expect(puts).to.have.length(1);
    expect(puts[0].path).to.equal(orgPath);
    expect(puts[0].body).to.deep.equal({ acronym: 'DREAL-ARA' });
    expect(detail.changes).to.deep.equal({ acronym: 'DREAL-ARA' });
    expect(detail.org.acronym).to.equal('DREAL-ARA');
    await waitForText(el, 'Modifications enregistrées : sigle.');
    expect(el.dirty).to.equal(false);
    expect(fieldOf(el, 'acronym').value).to.equal('DREAL-ARA');
  });

  it('every element of the same organization shows the new name without a reload', async () => {
    const wrapper = await fixture(
      html`<org-provider api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.admin}>
        <org-profile-form></org-profile-form>
        <org-dashboard></org-dashboard>
      </org-provider>`,
    );
    const form = wrapper.querySelector<OrgProfileForm>('org-profile-form')!;
    const dashboard = wrapper.querySelector('org-dashboard')!;
    await waitFor(form, 'form');
    await waitForText(dashboard, seeded().name);
    typeInto(fieldOf(form, 'name'), 'DREAL Auvergne-Rhône-Alpes (nouveau nom)');
    $<HTMLButtonElement>(form, '[part~="submit"]')!.click();
    await waitForText(dashboard, 'DREAL Auvergne-Rhône-Alpes (nouveau nom)');
    expect(mockUdata.recorded('GET', new RegExp(`^organizations/${ORG_SLUGS.certified}/$`))).to.have.length(1);
  });

  it('no change: nothing sent, it says so; Undo puts the saved values back', async () => {
    const el = await mountOnMock<OrgProfileForm>('org-profile-form', VIEWER_KEYS.sysadmin);
    await waitFor(el, 'form');
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitForText(el, 'Aucune modification à enregistrer.');
    typeInto(fieldOf(el, 'url'), 'https://autre.example.fr');
    (await waitFor<HTMLButtonElement>(el, '[part~="reset"]')).click();
    await waitUntil(() => fieldOf(el, 'url').value === (seeded().url ?? ''), 'the saved website back');
    expect(el.dirty).to.equal(false);
    expect(mockUdata.recorded('PUT')).to.have.length(0);
  });

  for (const [who, key] of [
    ['an editor', VIEWER_KEYS.editor],
    ['a non-member', VIEWER_KEYS.nonMember],
    ['an anonymous visitor', undefined],
  ] as const) {
    it(`${who} gets nothing rendered`, async () => {
      const el = await mountOnMock<OrgProfileForm>('org-profile-form', key);
      await waitUntil(() => mockUdata.recorded('GET').length > 0, 'the organization asked');
      // Loaded, then nothing at all: no form, no text.
      await waitUntil(() => !el.shadowRoot!.querySelector('[part~="loading"]'), 'loaded', { timeout: 4000 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      assertNone(el, 'form');
      expect(textOf(el).trim()).to.equal('');
    });
  }

  it('the server wins: a 403 on saving is said, the changes stay', async () => {
    const el = await mountOnMock<OrgProfileForm>('org-profile-form', VIEWER_KEYS.admin);
    await waitFor(el, 'form');
    typeInto(fieldOf(el, 'description'), 'Nouvelle description.');
    mockUdata.fail({ method: 'PUT', path: orgPath, status: 403, json: { message: 'You do not have the permission' } });
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitForText(el, 'Vous n’avez pas les droits nécessaires pour cette action.');
    expect(fieldOf(el, 'description').value).to.equal('Nouvelle description.');
    expect(el.dirty).to.equal(true);
  });

  it('an organization deleted meanwhile (410): said plainly, the changes stay', async () => {
    const el = await mountOnMock<OrgProfileForm>('org-profile-form', VIEWER_KEYS.admin);
    await waitFor(el, 'form');
    typeInto(fieldOf(el, 'name'), 'Nom changé');
    seeded().deleted = new Date().toISOString();
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitForText(el, 'Cette organisation a été supprimée.');
    expect(fieldOf(el, 'name').value).to.equal('Nom changé');
  });

  it('a deleted organization cannot be edited (its admins still read it)', async () => {
    const el = await mountOnMock<OrgProfileForm>('org-profile-form', VIEWER_KEYS.sysadmin, ORG_IDS.deleted);
    await waitForText(el, 'Cette organisation est supprimée : son profil ne peut plus être modifié.');
    assertNone(el, 'form');
  });

  it('a field refused by udata is focused and said there', async () => {
    const el = await mountOnMock<OrgProfileForm>('org-profile-form', VIEWER_KEYS.admin);
    await waitFor(el, 'form');
    // udata validates the whole organization on save: a field not sent may be refused.
    seeded().url = 'http://localhost/intranet';
    typeInto(fieldOf(el, 'description'), 'Une description changée.');
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitForText(el, 'Indiquez une adresse complète commençant par https:// ou http://.');
    expect(mockUdata.recorded('PUT', orgPath)[0].body).to.deep.equal({ description: 'Une description changée.' });
    await waitUntil(() => deepActiveElement() === fieldOf(el, 'url'), 'focus on the website');
  });

  it('leaving with unsaved changes asks first (beforeunload), not otherwise', async () => {
    const el = await mountOnMock<OrgProfileForm>('org-profile-form', VIEWER_KEYS.admin);
    await waitFor(el, 'form');
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    typeInto(fieldOf(el, 'name'), 'Autre nom');
    expect(leave()).to.equal(true);
    el.remove();
    expect(leave()).to.equal(false);
  });
});
