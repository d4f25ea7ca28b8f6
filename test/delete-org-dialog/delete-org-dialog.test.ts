import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { DeleteOrgDialog } from '../../src/components/delete-org-dialog/delete-org-dialog.js';
import { $, assertNone, deepActiveElement, textOf, waitFor, waitForText } from '../support/dom.js';
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

  it('warns, shows the numbers, and sends nothing until the exact name is typed', async () => {
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
    expect(textOf(el)).to.include('Rien n’est supprimé tant que le nom saisi ne correspond pas exactement.');
    await expect(el).to.be.accessible();

    type(input, ORG_NAME.toLowerCase());
    submit(el);
    await waitForText(el, 'Le nom saisi ne correspond pas exactement');
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

  it('speaks English', async () => {
    const el = await mount(VIEWER_KEYS.admin, { lang: 'en' });
    await open(el);
    expect(textOf(el)).to.include('Delete the organization').and.include('142 datasets and 17 reuses');
  });
});
