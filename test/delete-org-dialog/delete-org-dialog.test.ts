import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { DeleteOrgDialog } from '../../src/components/delete-org-dialog/delete-org-dialog.js';
import { $, assertNone, deepActiveElement, textOf, waitFor, waitForText } from '../support/dom.js';
import { typeKeys } from '../support/keyboard.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

const ORG_NAME = "Direction régionale de l'Environnement, de l'Aménagement et du Logement Auvergne-Rhône-Alpes";

async function mount(
  apiKey?: string,
  { lang = 'fr', redirect = '', org = ORG_SLUGS.certified as string } = {},
): Promise<DeleteOrgDialog> {
  const wrapper = fixtureSync(
    html`<div lang=${lang}>
      <delete-org-dialog
        api-base=${MOCK_API_BASE}
        org=${org}
        api-key=${apiKey ?? ''}
        redirect-url=${redirect}
      ></delete-org-dialog>
    </div>`,
  );
  const el = wrapper.querySelector('delete-org-dialog')!;
  await waitUntil(() => el['session']?.ready, 'loaded');
  await el.updateComplete;
  return el;
}

async function open(el: DeleteOrgDialog) {
  $<HTMLButtonElement>(el, '[part~="button"]')!.click();
  const dialog = await waitFor<HTMLDialogElement>(el, 'dialog[open]');
  const input = $<HTMLInputElement>(el, '[part~="confirm"]')!;
  return { dialog, input };
}

const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input'));
};
const submit = (el: Element) => $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
/** Text as a person reads it: any white space (non-breaking included) as one space. */
const read = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Opens the dialog and waits for the focus in the field, where a person then types. */
async function openForTyping(el: DeleteOrgDialog) {
  const opened = await open(el);
  await waitUntil(() => deepActiveElement() === opened.input, 'focus in the field');
  return opened;
}

async function submitAndDelete(el: DeleteOrgDialog) {
  const deleted = oneEvent(el, 'org-deleted');
  submit(el);
  await deleted;
  expect(mockUdata.recorded('DELETE')).to.have.length(1);
}

/** Submits what was typed, then reads what the dialog says differs. */
async function submitAndReadDifference(el: DeleteOrgDialog) {
  submit(el);
  const error = await waitFor(el, '[part~="field-error"]');
  return { error, text: read(error), marked: read($(el, '[part~="difference"] mark')) };
}

describe('<delete-org-dialog>', () => {
  useMockApi();

  for (const [who, key] of [
    ['anonymous', undefined],
    ['non-member', VIEWER_KEYS.nonMember],
    ['editor', VIEWER_KEYS.editor],
  ] as const) {
    it(`renders nothing for ${who}, and show() opens nothing`, async () => {
      const el = await mount(key);
      assertNone(el, 'button');
      expect(textOf(el)).to.equal('');
      await el.show();
      assertNone(el, 'dialog');
      await expect(el).to.be.accessible();
    });
  }

  it('warns, shows the numbers, and sends nothing until what it asks is typed', async () => {
    const el = await mount(VIEWER_KEYS.admin);
    expect($(el, '[part~="button"]')!.textContent!.trim()).to.equal('Supprimer l’organisation');
    const { dialog, input } = await open(el);
    expect(dialog.matches(':modal')).to.equal(true);
    await waitUntil(() => deepActiveElement() === input, 'focus in the name field');
    const warning = $(el, '[part~="warning"]')!.textContent!.replace(/\s+/g, ' ');
    expect(warning).to.include('resteront en ligne, aux mêmes adresses, mais anonymes, rattachés à aucun producteur');
    expect(warning).to.include('supprimez-les avant de supprimer l’organisation');
    expect(warning).to.include('142 jeux de données et 17 réutilisations');
    expect($<HTMLAnchorElement>(el, '[part~="warning"] a')!.href).to.equal(
      `https://udata.example/organizations/${ORG_SLUGS.certified}/`,
    );
    expect(textOf(el)).to.include('Rien n’est supprimé tant que le texte saisi ne correspond pas.');
    await expect(el).to.be.accessible();

    type(input, ORG_NAME.slice(0, -1));
    submit(el);
    await waitForText(el, 'Le texte saisi ne correspond pas');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(mockUdata.recorded('DELETE')).to.have.length(0);
    await expect(el).to.be.accessible();

    type(input, ORG_NAME);
    const deleted = oneEvent(el, 'org-deleted');
    submit(el);
    expect((await deleted).detail.org.id).to.equal(ORG_IDS.certified);
    const [request] = mockUdata.recorded('DELETE');
    expect(request).to.include({ path: `organizations/${ORG_IDS.certified}/`, apiKey: VIEWER_KEYS.admin });
    await waitForText(el, `L’organisation « ${ORG_NAME} » a été supprimée.`);
    assertNone(el, '[part~="button"]');
    expect(mockUdata.organization(ORG_IDS.certified)!.deleted).to.be.a('string');
  });

  it('opens through show(), closes on Escape and gives focus back', async () => {
    const el = await mount(VIEWER_KEYS.sysadmin);
    const button = $<HTMLButtonElement>(el, '[part~="button"]')!;
    button.focus();
    await el.show();
    const dialog = await waitFor<HTMLDialogElement>(el, 'dialog[open]');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => deepActiveElement() === button, 'focus back on the button');
  });

  it('shows progress and sends one request on a double click', async () => {
    const el = await mount(VIEWER_KEYS.admin);
    const { input } = await open(el);
    type(input, ORG_NAME);
    mockUdata.fail({ method: 'DELETE', delayMs: 300 });
    submit(el);
    submit(el);
    await waitForText(el, 'Suppression…');
    await waitForText(el, 'a été supprimée');
    expect(mockUdata.recorded('DELETE')).to.have.length(1);
  });

  it('counts a 410 (already deleted) as deleted', async () => {
    const el = await mount(VIEWER_KEYS.admin);
    const { input } = await open(el);
    type(input, ORG_NAME);
    mockUdata.fail({ method: 'DELETE', status: 410 });
    const deleted = oneEvent(el, 'org-deleted');
    submit(el);
    await deleted;
  });

  for (const [name, failure, expected] of [
    ['403', { status: 403 }, 'Vous n’avez pas les droits nécessaires'],
    ['404', { status: 404 }, 'Cette organisation est introuvable.'],
    ['500', { status: 500 }, 'Le serveur a rencontré une erreur.'],
    ['network down', { networkError: true }, 'Impossible de joindre le serveur.'],
  ] as const) {
    it(`${name}: says so and keeps the typed name`, async () => {
      const el = await mount(VIEWER_KEYS.admin);
      const { dialog, input } = await open(el);
      type(input, ORG_NAME);
      mockUdata.fail({ method: 'DELETE', ...failure });
      const failed = oneEvent(el, 'org-error');
      submit(el);
      expect((await failed).detail.action).to.equal('delete-organization');
      await waitForText(el, expected);
      expect(dialog.open).to.equal(true);
      expect($<HTMLInputElement>(el, '[part~="confirm"]')!.value).to.equal(ORG_NAME);
    });
  }

  it('an organization deleted earlier: its admin (or a sysadmin) reads when, and gets no button udata would refuse (410)', async () => {
    for (const key of ['key-solo-aicha', VIEWER_KEYS.sysadmin]) {
      const el = await mount(key, { org: ORG_IDS.deleted });
      assertNone(el, '[part~="button"]');
      await waitForText(el, 'Cette organisation a été supprimée le 1 décembre 2025.');
      expect($(el, '[part~="deleted-notice"]')!.getAttribute('role')).to.equal('note');
      await expect(el).to.be.accessible();
    }
    expect(mockUdata.recorded('DELETE')).to.have.length(0);
  });

  it('does not redirect when the page cancels org-deleted', async () => {
    const el = await mount(VIEWER_KEYS.admin, { redirect: '#ne-pas-suivre' });
    el.addEventListener('org-deleted', (e) => e.preventDefault());
    const { input } = await open(el);
    type(input, ORG_NAME);
    submit(el);
    await waitForText(el, 'a été supprimée');
    expect(window.location.hash).to.equal('');
  });

  it('follows redirect-url', async () => {
    const el = await mount(VIEWER_KEYS.admin, { redirect: '#organisation-supprimee' });
    const { input } = await open(el);
    type(input, ORG_NAME);
    submit(el);
    await waitUntil(() => window.location.hash === '#organisation-supprimee', 'redirected');
    history.replaceState(null, '', window.location.pathname + window.location.search);
  });

  describe('what to type', () => {
    it('asks for the acronym, shown apart to copy, and takes it in any case, with a non-breaking space', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      const { input } = await openForTyping(el);
      expect(read($(el, 'label[for="delete-confirm"]'))).to.equal(
        'Pour confirmer, saisissez le sigle de l’organisation : DREAL ARA',
      );
      const expected = $(el, '[part~="expected"]')!;
      expect(expected.textContent).to.equal('DREAL ARA');
      expect(textOf(el)).to.include('Les majuscules, les espaces et la forme des apostrophes ou des guillemets ne comptent pas.');
      expect(textOf(el)).to.include('Son nom complet est accepté aussi.');
      await typeKeys('dreal\u00a0ara');
      expect(input.value).to.equal('dreal\u00a0ara');
      await submitAndDelete(el);
    });

    it('an organization without acronym: its name, typed with ’, a non-breaking space and decomposed accents, is accepted', async () => {
      const org = mockUdata.organization(ORG_IDS.solo)!;
      org.acronym = null;
      const name = "Association Les Données d'Île-de-France";
      expect(org.name).to.equal(name);
      const el = await mount('key-solo-aicha', { org: ORG_IDS.solo });
      const { input } = await openForTyping(el);
      expect(read($(el, 'label[for="delete-confirm"]'))).to.equal(`Pour confirmer, saisissez le nom de l’organisation : ${name}`);
      const typed = name.replace("d'", 'd’').replace('Les ', 'Les\u00a0').normalize('NFD');
      await typeKeys(typed);
      expect(input.value).not.to.equal(name);
      expect(input.value).to.include('’').and.include('\u00a0').and.include('\u0301');
      await submitAndDelete(el);
      expect(mockUdata.recorded('DELETE')[0].path).to.equal(`organizations/${ORG_IDS.solo}/`);
    });

    it('a text that differs says what differs, in words and marked, and sends nothing', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      const { input } = await openForTyping(el);

      await typeKeys('DREAL');
      let said = await submitAndReadDifference(el);
      expect(said.text).to.equal('Le texte saisi ne correspond pas : il manque « ARA » à la fin.');
      expect(said.error.getAttribute('role')).to.equal('alert');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(said.error.id);
      expect(said.marked).to.equal('ARA');
      expect(read($(el, '[part~="difference"]'))).to.equal('Attendu : DREAL ARA');
      expect(deepActiveElement()).to.equal(input);
      await expect(el).to.be.accessible();

      input.select();
      await typeKeys('DREALARA');
      assertNone(el, '[part~="field-error"]');
      said = await submitAndReadDifference(el);
      expect(said.text).to.equal('Le texte saisi ne correspond pas : il manque une espace au caractère 6.');

      input.select();
      await typeKeys('DREAL ARB');
      said = await submitAndReadDifference(el);
      expect(said.text).to.equal('Le texte saisi ne correspond pas : au caractère 9, il faut « A » au lieu de « B ».');
      expect(said.marked).to.equal('A');

      input.select();
      await typeKeys('DREAL ARA 2');
      said = await submitAndReadDifference(el);
      expect(said.text).to.equal('Le texte saisi ne correspond pas : « 2 » est en trop à la fin.');
      assertNone(el, '[part~="difference"]'); // nothing of the expected text to mark
      await expect(el).to.be.accessible();

      expect(mockUdata.recorded('DELETE')).to.have.length(0);
    });

    it('someone typing the full name is told what differs from the full name', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      const { input } = await openForTyping(el);
      type(input, ORG_NAME.replace('-Rhône-Alpes', ''));
      const said = await submitAndReadDifference(el);
      expect(said.text).to.equal('Le texte saisi ne correspond pas : il manque « -Rhône-Alpes » à la fin.');
      expect(said.marked).to.equal('-Rhône-Alpes');
      type(input, ORG_NAME.replace('régionale', 'regionale'));
      const accent = await submitAndReadDifference(el);
      expect(accent.text).to.equal('Le texte saisi ne correspond pas : au caractère 12, il faut « é » au lieu de « e ».');
      expect(mockUdata.recorded('DELETE')).to.have.length(0);
    });

    it('nothing typed: says what to type', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      await openForTyping(el);
      const said = await submitAndReadDifference(el);
      expect(said.text).to.equal('Saisissez « DREAL ARA » pour confirmer.');
      assertNone(el, '[part~="difference"]');
      expect(mockUdata.recorded('DELETE')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('says what differs in English', async () => {
      const el = await mount(VIEWER_KEYS.admin, { lang: 'en' });
      await openForTyping(el);
      expect(read($(el, 'label[for="delete-confirm"]'))).to.equal('To confirm, type the acronym of the organization: DREAL ARA');
      await typeKeys('DREAL');
      const said = await submitAndReadDifference(el);
      expect(said.text).to.equal('The typed text does not match: “ARA” is missing at the end.');
      expect(read($(el, '[part~="difference"]'))).to.equal('Expected: DREAL ARA');
      expect(mockUdata.recorded('DELETE')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  it('speaks English', async () => {
    const el = await mount(VIEWER_KEYS.admin, { lang: 'en' });
    await open(el);
    expect(textOf(el)).to.include('Delete the organization').and.include('142 datasets and 17 reuses');
  });
});
