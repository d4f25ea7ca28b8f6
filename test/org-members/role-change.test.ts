import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OrgMembers } from '../../src/components/org-members/org-members.js';
import { $, assertFocused, assertNone, deepActiveElement, textOf, waitFor, waitForText } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

const orgPath = `organizations/${ORG_IDS.certified}/`;

async function mount(apiKey = VIEWER_KEYS.admin, lang = 'fr'): Promise<OrgMembers> {
  const wrapper = fixtureSync(
    html`<div lang=${lang}>
      <org-members api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${apiKey}></org-members>
    </div>`,
  );
  const el = wrapper.querySelector('org-members')!;
  await waitFor(el, '[part~="role-select"]');
  return el;
}

const rowOf = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].find((tr) =>
    tr.querySelector('th')!.textContent!.includes(name),
  )!;
const selectOf = (el: Element, name: string) => rowOf(el, name).querySelector<HTMLSelectElement>('[part~="role-select"]')!;
const applyOf = (el: Element, name: string) => rowOf(el, name).querySelector<HTMLButtonElement>('[part~="apply-role"]');
/** Picks a role in a select as a click on an option does; answers the row's "Apply" that appears. */
async function choose(el: OrgMembers, name: string, role: string): Promise<HTMLButtonElement> {
  // The partial editor role is offered once the server listed it (`/organizations/roles/`).
  await waitUntil(() => selectOf(el, name).querySelector(`option[value="${role}"]`), `${role} offered`, { timeout: 4000 });
  const select = selectOf(el, name);
  select.value = role;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await waitUntil(() => applyOf(el, name), `"Apply" in the row of ${name}`, { timeout: 4000 });
  return applyOf(el, name)!;
}
/** Background tabs throttle timers: the same 4 s as the other helpers. */
const until = (condition: () => unknown, message: string) => waitUntil(condition, message, { timeout: 4000 });
const puts = () => mockUdata.recorded('PUT', 'member/');
const idOf = (key: string) => mockUdata.userByKey(key)!.id;
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('<org-members>: a role change is applied, never sent on a mere choice', () => {
  useMockApi();

  describe('choosing a role', () => {
    it('arrow keys on a focused select send nothing; Escape puts the select back, focus stays on it', async () => {
      const el = await mount();
      const select = selectOf(el, 'Théo');
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await settle();
      expect(puts(), 'nothing sent on arrow keys').to.have.length(0);
      // Engines that change a closed select's value on an arrow key show the choice, not sent yet.
      if (select.value !== 'editor') {
        const apply = await waitFor<HTMLButtonElement>(el, '[part~="apply-role"]');
        expect(rowOf(el, 'Théo').contains(apply)).to.equal(true);
        expect(textOf(el)).to.include('Pas encore enregistré');
        await expect(el).to.be.accessible();
      }
      await sendKeys({ press: 'Escape' });
      await until(() => select.value === 'editor' && !applyOf(el, 'Théo'), 'the select is put back');
      assertFocused(select, 'the select');
      expect(puts()).to.have.length(0);
      expect(rowOf(el, 'Théo').textContent).not.to.include('Appliquer');
    });

    it('Cancel puts the select back and keeps the focus on it', async () => {
      const el = await mount();
      const select = selectOf(el, 'Maxime');
      await choose(el, 'Maxime', 'editor');
      rowOf(el, 'Maxime').querySelector<HTMLButtonElement>('[part~="cancel-role"]')!.click();
      await until(() => !applyOf(el, 'Maxime'), 'Apply goes');
      expect(select.value).to.equal('admin');
      assertFocused(select, 'the select');
      expect(puts()).to.have.length(0);
    });

    it('with the keyboard only: choose, Tab to "Apply", Enter: sent once, announced, focus back on the select', async () => {
      const el = await mount();
      const select = selectOf(el, 'Maxime');
      select.focus();
      const apply = await choose(el, 'Maxime', 'editor');
      expect(apply.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Appliquer le rôle éditeur à Maxime Pétain-Leroy');
      expect(puts()).to.have.length(0);
      await sendKeys({ press: 'Tab' });
      assertFocused(apply, '"Apply"');
      const changed = oneEvent(el, 'org-member-role-changed');
      await sendKeys({ press: 'Enter' });
      const { detail } = await changed;
      expect(detail).to.deep.include({ previousRole: 'admin' });
      expect(puts()).to.have.length(1);
      expect(puts()[0].body).to.deep.equal({ role: 'editor' });
      await waitForText(el, 'Maxime Pétain-Leroy est maintenant éditeur.');
      assertFocused(selectOf(el, 'Maxime'), 'the select');
      await expect(el).to.be.accessible();
    });
  });

  describe('what changes for the person is confirmed first', () => {
    it('made admin: the dialog says what they will be able to do; Cancel sends nothing, confirming sends it', async () => {
      const el = await mount();
      const select = selectOf(el, 'Théo');
      (await choose(el, 'Théo', 'admin')).click();
      const dialog = await waitFor<HTMLDialogElement>(el, '.role-dialog dialog[open]');
      expect(dialog.textContent)
        .to.include('Nommer Théo Nguyễn administrateur\u00a0?')
        .and.include('pourra ajouter, inviter et retirer des membres, changer leurs rôles');
      expect(puts()).to.have.length(0);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.role-dialog [part~="cancel"]')!.click();
      await until(() => !dialog.open, 'the dialog closes');
      await until(() => deepActiveElement() === select, 'focus back on the select');
      expect(select.value).to.equal('editor');
      expect(applyOf(el, 'Théo')).to.equal(null);
      expect(puts()).to.have.length(0);

      (await choose(el, 'Théo', 'admin')).click();
      await until(() => dialog.open, 'asked again');
      $<HTMLButtonElement>(el, '.role-dialog [part~="submit"]')!.click();
      await waitForText(el, 'Théo Nguyễn est maintenant administrateur.');
      expect(puts().map((r) => [r.path, r.body])).to.deep.equal([
        [`${orgPath}member/${idOf(VIEWER_KEYS.editor)}/`, { role: 'admin' }],
      ]);
      await until(() => deepActiveElement() === selectOf(el, 'Théo'), 'focus back on the select');
    });

    it('Escape in the dialog cancels the change too', async () => {
      const el = await mount();
      const select = selectOf(el, 'Théo');
      (await choose(el, 'Théo', 'admin')).focus();
      await sendKeys({ press: 'Enter' });
      const dialog = await waitFor<HTMLDialogElement>(el, '.role-dialog dialog[open]');
      await until(() => dialog.contains(deepActiveElement()), 'focus in the dialog');
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open, 'the dialog closes');
      await until(() => deepActiveElement() === select, 'focus back on the select');
      expect(select.value).to.equal('editor');
      expect(puts()).to.have.length(0);
    });

    it('an editor made partial editor: the dialog says they will edit nothing until things are assigned', async () => {
      const el = await mount();
      (await choose(el, 'Théo', 'partial_editor')).click();
      const dialog = await waitFor<HTMLDialogElement>(el, '.role-dialog dialog[open]');
      expect(dialog.textContent)
        .to.include('Changer le rôle de Théo Nguyễn en éditeur partiel\u00a0?')
        .and.include('elle ne pourra rien modifier tant que vous ne les aurez pas choisis');
      expect(puts()).to.have.length(0);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.role-dialog [part~="submit"]')!.click();
      await waitForText(el, 'est maintenant éditeur partiel et ne peut encore rien modifier');
      expect(puts()[0].body).to.deep.equal({ role: 'partial_editor' });
    });

    it('speaks English', async () => {
      const el = await mount(VIEWER_KEYS.admin, 'en');
      const apply = await choose(el, 'Théo', 'admin');
      expect(apply.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Apply: Théo Nguyễn as administrator');
      apply.click();
      const dialog = await waitFor<HTMLDialogElement>(el, '.role-dialog dialog[open]');
      expect(dialog.textContent)
        .to.include('Make Théo Nguyễn an administrator?')
        .and.include('will be able to add, invite and remove members');
      $<HTMLButtonElement>(el, '.role-dialog [part~="submit"]')!.click();
      await waitForText(el, 'Théo Nguyễn is now an administrator.');
    });
  });

  describe('the viewer changing her own membership', () => {
    /** Élodie (admin) with the delete button beside the members, under one provider. */
    async function page() {
      const provider = await fixture(
        html`<org-provider api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.admin}>
          <org-members></org-members>
          <delete-org-dialog></delete-org-dialog>
        </org-provider>`,
      );
      const el = provider.querySelector<OrgMembers>('org-members')!;
      const deletion = provider.querySelector('delete-org-dialog')!;
      await waitFor(el, '[part~="role-select"]');
      await waitFor(deletion, '[part~="button"]');
      return { el, deletion };
    }
    const adminControls = (el: Element) =>
      el.shadowRoot!.querySelectorAll('[part~="role-select"], [part~="remove"], [part~="add"], [part~="invitations"]').length;

    it('demoting herself: warned in the second person; then every admin control goes, without a reload', async () => {
      const { el, deletion } = await page();
      const loads = mockUdata.recorded('GET', /^organizations\/[^/]+\/$/).length;
      (await choose(el, 'Élodie', 'editor')).click();
      const dialog = await waitFor<HTMLDialogElement>(el, '.role-dialog dialog[open]');
      expect(dialog.textContent)
        .to.include('Changer votre rôle en éditeur\u00a0?')
        .and.include(
          'Vous ne pourrez plus ajouter, inviter ni retirer de membres, changer leurs rôles, ni supprimer l’organisation.',
        );
      expect(puts()).to.have.length(0);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.role-dialog [part~="submit"]')!.click();
      await waitForText(el, 'Vous êtes maintenant éditeur.');
      expect(textOf(el)).not.to.include('Élodie Lefèvre est maintenant');
      expect(puts()[0].path).to.equal(`${orgPath}member/${idOf(VIEWER_KEYS.admin)}/`);
      await until(() => adminControls(el) === 0, 'the admin controls go');
      await until(() => !$(deletion, '[part~="button"]'), 'the delete button goes too');
      // The organization was read again, the table never left the screen.
      expect(mockUdata.recorded('GET', /^organizations\/[^/]+\/$/).length).to.equal(loads + 1);
      expect(rowOf(el, 'Élodie').textContent).to.include('Éditeur');
      await until(() => deepActiveElement() === rowOf(el, 'Élodie').querySelector('a'), 'focus on her row');
      await expect(el).to.be.accessible();
    });

    it('leaving the organization: said in the second person; then she is no member and has no admin control', async () => {
      const { el, deletion } = await page();
      const leave = rowOf(el, 'Élodie').querySelector<HTMLButtonElement>('[part~="remove"]')!;
      expect(leave.textContent!.trim()).to.equal('Quitter l’organisation');
      leave.click();
      const dialog = await waitFor<HTMLDialogElement>(el, '.remove-dialog dialog[open]');
      expect(dialog.textContent)
        .to.include('Quitter l’organisation\u00a0?')
        .and.include('Vous ne ferez plus partie de l’organisation')
        .and.include('Vous ne pourrez plus ajouter, inviter ni retirer de membres');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.remove-dialog [part~="submit"]')!.click();
      await waitForText(el, 'Vous avez quitté l’organisation.');
      expect(mockUdata.recorded('DELETE')[0].path).to.equal(`${orgPath}member/${idOf(VIEWER_KEYS.admin)}/`);
      await until(() => adminControls(el) === 0, 'the admin controls go');
      await until(() => !$(deletion, '[part~="button"]'), 'the delete button goes too');
      expect(textOf(el)).not.to.include('Élodie Lefèvre');
      assertNone(el, '[part~="add"]');
      expect(deepActiveElement()).not.to.equal(document.body);
      await expect(el).to.be.accessible();
    });
  });
});
