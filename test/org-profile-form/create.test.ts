import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OrgProfileForm } from '../../src/components/org-profile-form/org-profile-form.js';
import { $, assertNone, deepActiveElement, textOf, waitFor, waitForText } from '../support/dom.js';
import { MOCK_API_BASE, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';
import { fieldOf, typeInto } from './support.js';
import { typeKeys } from '../support/keyboard.js';

/** Without `org`: a logged-in viewer creates an organization; anonymous viewers log in first. */
async function mountCreate(apiKey?: string, extra: Record<string, string> = {}): Promise<OrgProfileForm> {
  const el = document.createElement('org-profile-form') as OrgProfileForm;
  el.setAttribute('api-base', MOCK_API_BASE);
  if (apiKey) el.setAttribute('api-key', apiKey);
  for (const [name, value] of Object.entries(extra)) el.setAttribute(name, value);
  // fixtureSync: fixture() waits for an animation frame, which a background tab never gets.
  fixtureSync(html`<div lang="fr">${el}</div>`);
  await el.updateComplete;
  return el;
}

const fill = (el: OrgProfileForm, values: Record<string, string>) => {
  for (const [field, value] of Object.entries(values)) typeInto(fieldOf(el, field), value);
};
const submit = (el: OrgProfileForm) => $<HTMLButtonElement>(el, '[part~="submit"]')!.click();

describe('<org-profile-form> without org: create an organization', () => {
  useMockApi();

  it('anonymous: a log-in link that comes back here, no form, nothing asked of the API', async () => {
    const el = await mountCreate();
    const link = await waitFor<HTMLAnchorElement>(el, '[part~="login-link"]');
    expect(link.textContent!.trim()).to.equal('Se connecter pour créer une organisation');
    expect(link.href).to.equal(`https://udata.example/login?next=${encodeURIComponent(location.href)}`);
    assertNone(el, 'form');
    expect(mockUdata.recorded()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says what is missing or wrong at each field before sending anything, focus on the first', async () => {
    const el = await mountCreate(VIEWER_KEYS.nonMember);
    await waitFor(el, 'form');
    await expect(el).to.be.accessible();
    fill(el, { acronym: 'x'.repeat(129), url: 'www.exemple.fr', business_number_id: '123 456 789 01234' });
    submit(el);
    await waitForText(el, '5 champs sont à corriger.');
    const errorOf = (field: string) => el.shadowRoot!.querySelector(`#profile-${field}-error`)?.textContent?.trim();
    expect(errorOf('name')).to.equal('Indiquez le nom de l’organisation.');
    expect(errorOf('description')).to.equal('Décrivez l’organisation.');
    expect(errorOf('acronym')).to.equal('Le sigle fait au plus 128 caractères.');
    expect(errorOf('url')).to.equal('Indiquez une adresse complète commençant par https:// ou http://.');
    expect(errorOf('business_number_id')).to.equal('Ce numéro SIRET n’est pas valide : vérifiez-le.');
    expect(fieldOf(el, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(fieldOf(el, 'name').getAttribute('aria-describedby')).to.include('profile-name-error');
    await waitUntil(() => deepActiveElement() === fieldOf(el, 'name'), 'focus on the name');
    expect(mockUdata.recorded('POST')).to.have.length(0);
    // Each problem goes as soon as it is fixed; what was typed stays.
    fill(el, { business_number_id: '1300252650001' });
    await waitForText(el, 'Un numéro SIRET compte 14 chiffres.');
    fill(el, { business_number_id: '1300252650001A' });
    await waitForText(el, 'Un numéro SIRET ne contient que des chiffres.');
    expect(fieldOf(el, 'acronym').value).to.equal('x'.repeat(129));
    await expect(el).to.be.accessible();
  });

  it('sends the profile (trimmed, SIRET without spaces), fires org-created, then offers the logo step', async () => {
    const el = await mountCreate(VIEWER_KEYS.nonMember);
    await waitFor(el, 'form');
    fill(el, {
      name: '  Syndicat des eaux du Val  ',
      acronym: 'SEV',
      description: 'Le **syndicat** gère l’eau potable.',
      url: 'https://sev.example.fr',
      business_number_id: '130 025 265 00013',
    });
    const created = oneEvent(el, 'org-created');
    submit(el);
    submit(el); // a double click sends one request
    const { detail } = await created;
    const posts = mockUdata.recorded('POST', /^organizations\/$/);
    expect(posts).to.have.length(1);
    expect(posts[0].body).to.deep.equal({
      name: 'Syndicat des eaux du Val',
      acronym: 'SEV',
      description: 'Le **syndicat** gère l’eau potable.',
      url: 'https://sev.example.fr',
      business_number_id: '13002526500013',
    });
    expect(detail.org.name).to.equal('Syndicat des eaux du Val');
    const admin = detail.org.members.find((m: { role: string }) => m.role === 'admin') as { user: { id: string } } | undefined;
    expect(admin?.user.id).to.equal(mockUdata.userByKey(VIEWER_KEYS.nonMember)!.id);
    await waitForText(el, 'L’organisation « Syndicat des eaux du Val » est créée. Vous en êtes l’administrateur.');
    const file = await waitFor<HTMLInputElement>(el, '#logo-file');
    await waitUntil(() => deepActiveElement() === file, 'focus on the logo step');
    const finish = $<HTMLAnchorElement>(el, 'a[part~="finish"]')!;
    expect(finish.getAttribute('href')).to.equal(`https://udata.example/organizations/${detail.org.slug}/`);
    expect(el.dirty).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the preview renders the description as the dashboard does, sanitized', async () => {
    const el = await mountCreate(VIEWER_KEYS.nonMember);
    await waitFor(el, 'form');
    fill(el, { description: '# Titre\n\nDu **gras** <img src=x onerror="window.__pwned=1"> [lien](javascript:alert(1))' });
    const toggle = $<HTMLButtonElement>(el, '[part~="preview-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    const preview = await waitFor(el, '[part~="preview"] strong');
    expect(preview.textContent).to.equal('gras');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const pane = $(el, '[part~="preview"]')!;
    expect(pane.querySelector('h1, h2, h3, h4')?.textContent).to.equal('Titre');
    expect(pane.querySelector('[onerror]')).to.equal(null);
    expect(pane.querySelector('a[href^="javascript"]')).to.equal(null);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows organizations that look the same (name, SIRET) and offers to join one instead', async () => {
    const el = await mountCreate(VIEWER_KEYS.nonMember);
    await waitFor(el, 'form');
    const existing = mockUdata.data.organizations.find((o) => !o.deleted && o.business_number_id)!;
    fill(el, { name: existing.name.slice(0, 12) });
    const duplicates = await waitFor(el, '[part~="duplicates"]');
    expect(textOf(duplicates)).to.include('Cette organisation existe peut-être déjà');
    // Right under the name being typed (on a phone, the Create button is far below).
    const [name, acronym] = [fieldOf(el, 'name'), fieldOf(el, 'acronym')];
    expect(name.compareDocumentPosition(duplicates) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the name').not.to.equal(0);
    expect(duplicates.compareDocumentPosition(acronym) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the acronym').not.to.equal(0);
    // An organization without a logo shows its initials, not an empty box that looks broken.
    await waitUntil(() => duplicates.querySelector('[part~="duplicate"]'), 'a look-alike listed');
    expect(duplicates.querySelectorAll('.logo-placeholder').length).to.be.greaterThan(0);
    for (const placeholder of duplicates.querySelectorAll('.logo-placeholder'))
      expect(placeholder.textContent!.trim()).to.match(/^[A-Z0-9ÉÈ]{1,2}$/);
    fill(el, { business_number_id: existing.business_number_id! });
    await waitForText(el, 'même SIRET');
    const match = [...el.shadowRoot!.querySelectorAll('[part~="duplicate"]')].find((li) =>
      li.textContent!.includes('même SIRET'),
    )!;
    expect(match.textContent).to.include(existing.name);
    expect(mockUdata.recorded('GET', 'organizations/suggest/').length).to.be.greaterThan(0);
    expect(
      mockUdata.recorded('GET', /^organizations\/$/).some((r) => r.query.business_number_id === existing.business_number_id),
    ).to.equal(true);
    match.querySelector<HTMLButtonElement>('[part~="join-instead"]')!.click();
    const button = await waitFor(el, 'join-request-button');
    expect(button.getAttribute('org')).to.equal(existing.id);
    await waitUntil(() => textOf(button).includes('Demander à rejoindre'), 'the join button of that organization', {
      timeout: 4000,
    });
    await expect(el).to.be.accessible();
  });

  it('udata’s refusals are shown at their fields in the viewer’s words; nothing typed is lost', async () => {
    const el = await mountCreate(VIEWER_KEYS.nonMember);
    await waitFor(el, 'form');
    fill(el, { name: 'Mairie', description: 'La mairie.', business_number_id: '13002526500013' });
    mockUdata.fail({
      method: 'POST',
      path: /^organizations\/$/,
      status: 400,
      // udata 17.6 answers each field's message as a string; an unknown one is shown verbatim.
      json: {
        errors: { business_number_id: 'Invalid Siret number', url: 'Une adresse <b>étrange</b>' },
        message: 'Invalid Siret number',
      },
    });
    submit(el);
    await waitForText(el, 'Ce numéro SIRET n’est pas valide : vérifiez-le.');
    expect(el.shadowRoot!.querySelector('#profile-url-error')!.textContent).to.equal('Une adresse <b>étrange</b>');
    expect(el.shadowRoot!.querySelector('#profile-url-error b')).to.equal(null);
    await waitUntil(() => deepActiveElement() === fieldOf(el, 'url'), 'focus on the first refused field');
    expect(fieldOf(el, 'name').value).to.equal('Mairie');
  });

  for (const [what, failure, message] of [
    ['the network fails', { networkError: true }, 'Impossible de joindre'],
    ['the session expired (401)', { status: 401, json: { message: 'Unauthorized' } }, 'connect'],
    ['udata fails (500)', { status: 500, json: { message: 'boom' } }, 'serveur'],
  ] as const) {
    it(`when ${what}: a clear alert, org-error, everything typed kept, and a retry works`, async () => {
      const el = await mountCreate(VIEWER_KEYS.nonMember);
      await waitFor(el, 'form');
      fill(el, { name: 'Mairie de Test', description: 'La mairie.' });
      mockUdata.fail({ method: 'POST', path: /^organizations\/$/, ...failure });
      const error = oneEvent(el, 'org-error');
      submit(el);
      const { detail } = await error;
      expect(detail.action).to.equal('create-organization');
      const alert = await waitFor(el, '[part~="error"][role="alert"]');
      expect(alert.textContent).to.include(message);
      expect(fieldOf(el, 'name').value).to.equal('Mairie de Test');
      expect(el.dirty).to.equal(true);
      const created = oneEvent(el, 'org-created');
      submit(el);
      await created;
    });
  }

  it('keyboard only: fields in order, Enter in a field creates it', async () => {
    const el = await mountCreate(VIEWER_KEYS.nonMember);
    await waitFor(el, 'form');
    fieldOf(el, 'name').focus();
    await typeKeys('Mairie au clavier');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(fieldOf(el, 'acronym'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(fieldOf(el, 'description'));
    await typeKeys('Écrite au clavier.');
    fieldOf(el, 'name').focus();
    const created = oneEvent(el, 'org-created');
    await sendKeys({ press: 'Enter' });
    expect((await created).detail.org.description).to.equal('Écrite au clavier.');
  });

  it('redirect-url: after the logo step, Finish goes there with {slug} and {id} replaced', async () => {
    const el = await mountCreate(VIEWER_KEYS.nonMember, { 'redirect-url': 'javascript:alert(1)' });
    await waitFor(el, 'form');
    el.setAttribute('redirect-url', '#/org/{slug}?id={id}');
    fill(el, { name: 'Mairie redirigée', description: 'La mairie.' });
    const created = oneEvent(el, 'org-created');
    submit(el);
    const { detail } = await created;
    const finish = await waitFor<HTMLButtonElement>(el, 'button[part~="finish"]');
    expect(finish.textContent!.trim()).to.equal('Terminer');
    finish.click();
    await waitUntil(() => location.hash === `#/org/${detail.org.slug}?id=${detail.org.id}`, 'went to the redirect');
    history.replaceState(null, '', location.pathname + location.search);
  });
});
