import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OrgMembers } from '../../src/components/org-members/org-members.js';
import type { PendingRequests } from '../../src/components/pending-requests/pending-requests.js';
import { $, assertNone, deepActiveElement, textOf, waitFor, waitForText } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';
import { typeKeys } from '../support/keyboard.js';

const orgPath = `organizations/${ORG_IDS.certified}/`;

async function mount(apiKey?: string, { lang = 'fr', org = ORG_SLUGS.certified as string } = {}): Promise<OrgMembers> {
  const wrapper = fixtureSync(
    html`<div lang=${lang}>
      <org-members api-base=${MOCK_API_BASE} org=${org} api-key=${apiKey ?? ''}></org-members>
    </div>`,
  );
  const el = wrapper.querySelector('org-members')!;
  await waitFor(el, 'table');
  return el;
}

const names = (el: OrgMembers) =>
  [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.querySelector('a')?.textContent?.trim());
const rowOf = (el: OrgMembers, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].find((tr) =>
    tr.querySelector('th')!.textContent!.includes(name),
  )!;
const typeInto = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};
const idOf = (key: string) => mockUdata.userByKey(key)!.id;
/** Chooses "An e-mail address" in the open add dialog and returns its address field. */
async function emailMode(el: OrgMembers): Promise<HTMLInputElement> {
  (await waitFor<HTMLInputElement>(el, 'dialog[open] input[name="add-mode"][value="email"]')).click();
  return waitFor<HTMLInputElement>(el, 'dialog[open] [part~="email"]');
}
/** Chooses a role in a member's select, applies it and confirms it when asked (`role-change.test.ts` tests each step). */
async function applyRole(el: OrgMembers, name: string, role: string) {
  const select = rowOf(el, name).querySelector<HTMLSelectElement>('[part~="role-select"]')!;
  select.value = role;
  select.dispatchEvent(new Event('change'));
  await waitUntil(() => rowOf(el, name).querySelector('[part~="apply-role"]'), '"Apply"', { timeout: 4000 });
  rowOf(el, name).querySelector<HTMLButtonElement>('[part~="apply-role"]')!.click();
  await el.updateComplete;
  if (el.shadowRoot!.querySelector('.role-dialog dialog[open]')) {
    el.shadowRoot!.querySelector<HTMLButtonElement>('.role-dialog [part~="submit"]')!.click();
  }
}

describe('<org-members>', () => {
  useMockApi();
  describe('what everyone sees', () => {
    for (const [who, key] of [
      ['anonymous', undefined],
      ['editor', VIEWER_KEYS.editor],
    ] as const) {
      it(`${who}: the table of members with no action control at all`, async () => {
        const el = await mount(key);
        const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) =>
          th.textContent!.replace(/[▲▼↕]/g, '').trim(),
        );
        // Members (private access) also see e-mails and last logins: members-columns.test.ts.
        expect(headers.slice(0, 3)).to.deep.equal(['Nom', 'Rôle', 'Membre depuis']);
        // By name as shown, first name first.
        expect(names(el)).to.deep.equal(['Élodie Lefèvre', 'Maxime Pétain-Leroy', 'Théo Nguyễn', 'Zoé Bernard-Müller']);
        const elodie = rowOf(el, 'Élodie');
        expect(elodie.querySelector('a')!.getAttribute('href')).to.equal(
          `https://udata.example/users/${mockUdata.userByKey(VIEWER_KEYS.admin)!.slug}/`,
        );
        expect(elodie.textContent).to.include('Administrateur').and.include('3 février 2020');
        expect(rowOf(el, 'Zoé').textContent).to.include('Éditeur partiel');
        for (const part of ['add', 'remove', 'role-select']) assertNone(el, `[part~="${part}"]`);
        expect(mockUdata.recorded('GET', 'membership/')).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('filters by name ignoring case and accents, and by role', async () => {
      const el = await mount();
      const filter = $<HTMLInputElement>(el, '[part~="filter"]')!;
      typeInto(filter, 'ELODIE');
      await waitUntil(() => names(el).length === 1);
      expect(names(el)).to.deep.equal(['Élodie Lefèvre']);
      typeInto(filter, 'nguyen');
      await waitUntil(() => names(el)[0] === 'Théo Nguyễn');
      expect(textOf(el)).to.include('1 membre sur 4');
      typeInto(filter, 'personne');
      await waitForText(el, 'Aucun membre ne correspond au filtre.');
      typeInto(filter, '');
      const role = $<HTMLSelectElement>(el, '[part~="role-filter"]')!;
      role.value = 'admin';
      role.dispatchEvent(new Event('change'));
      await waitUntil(() => names(el).length === 2);
      expect(names(el)).to.deep.equal(['Élodie Lefèvre', 'Maxime Pétain-Leroy']);
    });

    it('sorts by name, role and date, with aria-sort', async () => {
      const el = await mount();
      const headerButton = (label: string) =>
        [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead button')].find((b) => b.textContent!.includes(label))!;
      expect(headerButton('Nom').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
      headerButton('Nom').click();
      await el.updateComplete;
      expect(headerButton('Nom').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
      expect(names(el)).to.deep.equal(['Zoé Bernard-Müller', 'Théo Nguyễn', 'Maxime Pétain-Leroy', 'Élodie Lefèvre']);
      headerButton('Membre depuis').click();
      await el.updateComplete;
      expect(headerButton('Nom').closest('th')!.hasAttribute('aria-sort')).to.equal(false);
      expect(headerButton('Membre depuis').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
      expect(names(el)).to.deep.equal(['Élodie Lefèvre', 'Maxime Pétain-Leroy', 'Théo Nguyễn', 'Zoé Bernard-Müller']);
      headerButton('Rôle').click();
      await el.updateComplete;
      expect(names(el).slice(0, 2)).to.deep.equal(['Élodie Lefèvre', 'Maxime Pétain-Leroy']);
    });

    it('pages a large organization and filters across pages', async () => {
      const el = await mount(undefined, { org: ORG_IDS.large });
      expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(50);
      expect(textOf(el)).to.include('320 membres').and.include('Page 1 sur 7');
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="pagination"] button')]
        .find((b) => b.textContent!.includes('suivante'))!
        .click();
      await waitForText(el, 'Page 2 sur 7');
      typeInto($<HTMLInputElement>(el, '[part~="filter"]')!, 'eloise');
      await waitUntil(() => textOf(el).includes('22 membres sur 320'), textOf(el).slice(0, 200));
      expect(names(el).every((n) => n!.startsWith('Éloïse'))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('admin', () => {
    it('changes a role: chosen, applied and confirmed, then PUT, the table follows, the change is announced', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      const select = rowOf(el, 'Théo').querySelector<HTMLSelectElement>('[part~="role-select"]')!;
      expect(select.getAttribute('aria-label')).to.equal('Rôle de Théo Nguyễn');
      const changed = oneEvent(el, 'org-member-role-changed');
      await applyRole(el, 'Théo', 'admin');
      const { detail } = await changed;
      expect(detail).to.deep.include({ previousRole: 'editor' });
      expect(detail.member.role).to.equal('admin');
      const [put] = mockUdata.recorded('PUT');
      expect(put.path).to.equal(`${orgPath}member/${idOf(VIEWER_KEYS.editor)}/`);
      expect(put.body).to.deep.equal({ role: 'admin' });
      await waitForText(el, 'Théo Nguyễn est maintenant administrateur.');
      await expect(el).to.be.accessible();
    });

    it('puts the role back and says why when the server refuses', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      mockUdata.fail({ method: 'PUT', status: 403, json: { message: 'Forbidden' } });
      const failed = oneEvent(el, 'org-error');
      await applyRole(el, 'Théo', 'admin');
      expect((await failed).detail).to.include({ action: 'change-role', status: 403 });
      await waitForText(el, 'Vous n’avez pas les droits nécessaires');
      expect(rowOf(el, 'Théo').querySelector<HTMLSelectElement>('[part~="role-select"]')!.value).to.equal('editor');
    });

    it('removes a member after a confirmation that says the account is kept', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      rowOf(el, 'Théo').querySelector<HTMLButtonElement>('[part~="remove"]')!.click();
      const dialog = await waitFor<HTMLDialogElement>(el, '.remove-dialog dialog[open]');
      expect(dialog.textContent)
        .to.include('Retirer Théo Nguyễn de l’organisation\u00a0?')
        .and.include('Son compte utilisateur est conservé');
      await expect(el).to.be.accessible();
      // Cancel first: nothing is sent.
      $<HTMLButtonElement>(el, '.remove-dialog [part~="cancel"]')!.click();
      await waitUntil(() => !dialog.open);
      expect(mockUdata.recorded('DELETE')).to.have.length(0);

      rowOf(el, 'Théo').querySelector<HTMLButtonElement>('[part~="remove"]')!.click();
      await waitUntil(() => dialog.open);
      const removed = oneEvent(el, 'org-member-removed');
      $<HTMLButtonElement>(el, '.remove-dialog [part~="submit"]')!.click();
      expect((await removed).detail.userId).to.equal(idOf(VIEWER_KEYS.editor));
      expect(mockUdata.recorded('DELETE')[0].path).to.equal(`${orgPath}member/${idOf(VIEWER_KEYS.editor)}/`);
      await waitForText(el, 'Théo Nguyễn ne fait plus partie de l’organisation. Son compte est conservé.');
      expect(names(el)).not.to.include('Théo Nguyễn');
      expect(mockUdata.data.users.some((u) => u.id === idOf(VIEWER_KEYS.editor))).to.equal(true);
      await waitUntil(() => deepActiveElement()?.getAttribute('part') === 'remove', 'focus on the next row');
    });

    it('never lets the last admin be demoted or removed, and says why', async () => {
      const el = await mount('key-solo-aicha', { org: ORG_IDS.solo });
      const row = rowOf(el, 'Aïcha');
      expect(row.querySelector('[part~="remove"], [part~="role-select"]')).to.equal(null);
      expect(row.textContent).to.include('Dernier administrateur\u00a0: ne peut être ni rétrogradé ni retiré.');
      expect(row.textContent).to.include('Date inconnue');
    });

    it('invites a user found through the search combobox, with the keyboard', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      $<HTMLButtonElement>(el, '[part~="add"]')!.click();
      const input = await waitFor<HTMLInputElement>(el, 'dialog[open] [part~="user-search"]');
      await waitUntil(() => deepActiveElement() === input, 'focus in the search');
      await typeKeys('chl');
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'suggestions');
      const suggest = mockUdata.recorded('GET', 'users/suggest/');
      expect(suggest).to.have.length(1);
      expect(suggest[0].query).to.deep.equal({ q: 'chl', size: '10' });
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      const active = input.getAttribute('aria-activedescendant')!;
      expect(el.shadowRoot!.getElementById(active)!.textContent).to.include('Chloé Dubois');
      await sendKeys({ press: 'Enter' });
      // The chosen person replaces the search (invitation-dialog.test.ts tests the chip).
      const chip = await waitFor(el, '[part~="invitee"]');
      expect(chip.textContent).to.include('Chloé Dubois');
      await waitUntil(() => deepActiveElement() === chip, 'focus on the chosen person');
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value="admin"]')!.click();
      typeInto($<HTMLTextAreaElement>(el, '#add-comment')!, 'Bienvenue !');
      const invited = oneEvent(el, 'org-member-invited');
      $<HTMLButtonElement>(el, '.add-member-dialog [part~="submit"]')!.click();
      const { detail } = await invited;
      expect(detail.invitation).to.include({ kind: 'invitation', status: 'pending', role: 'admin' });
      const [post] = mockUdata.recorded('POST');
      expect(post.path).to.equal(`${orgPath}member/`);
      expect(post.body).to.deep.equal({ user: idOf(VIEWER_KEYS.nonMember), role: 'admin', comment: 'Bienvenue !' });
      await waitForText(el, 'Invitation envoyée à Chloé Dubois.');
      const invitations = await waitFor(el, '[part~="invitations"]');
      expect(invitations.textContent).to.include('Chloé Dubois').and.include('Administrateur');
      await expect(el).to.be.accessible();
    });

    it('Escape closes the suggestion list first, then the dialog', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      $<HTMLButtonElement>(el, '[part~="add"]')!.click();
      const input = await waitFor<HTMLInputElement>(el, 'dialog[open] [part~="user-search"]');
      await waitUntil(() => deepActiveElement() === input, 'focus in the search');
      await typeKeys('chl');
      await waitUntil(
        () => input.getAttribute('aria-expanded') === 'true' && el.shadowRoot!.querySelector('[role="option"]'),
        'suggestions',
      );
      await sendKeys({ press: 'Escape' });
      // Background tabs throttle timers: give these waits the same 4 s as the other helpers.
      await waitUntil(() => input.getAttribute('aria-expanded') === 'false', 'the list closes', { timeout: 4000 });
      const dialog = $<HTMLDialogElement>(el, '.add-member-dialog dialog')!;
      expect(dialog.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'then the dialog closes', { timeout: 4000 });
      await waitUntil(() => deepActiveElement()?.getAttribute('part') === 'add', 'focus back on "Add a member"', {
        timeout: 4000,
      });
    });

    it('marks current members in the search and does not let them be chosen', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      $<HTMLButtonElement>(el, '[part~="add"]')!.click();
      const input = await waitFor<HTMLInputElement>(el, 'dialog[open] [part~="user-search"]');
      typeInto(input, 'théo');
      await waitUntil(() => el.shadowRoot!.querySelector('[role="option"]'), 'suggestions');
      const option = el.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!;
      expect(option.getAttribute('aria-disabled')).to.equal('true');
      expect(option.textContent).to.include('déjà membre');
      option.click();
      expect(input.value).to.equal('théo');
      $<HTMLButtonElement>(el, '.add-member-dialog [part~="submit"]')!.click();
      await waitForText(el, 'Choisissez un utilisateur dans la liste');
      expect(mockUdata.recorded('POST')).to.have.length(0);
    });

    it('debounces the search, and says when nobody matches', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      $<HTMLButtonElement>(el, '[part~="add"]')!.click();
      const input = await waitFor<HTMLInputElement>(el, 'dialog[open] [part~="user-search"]');
      for (const value of ['zz', 'zzz', 'zzzz']) typeInto(input, value);
      await waitForText(el, 'Aucun utilisateur trouvé.');
      expect(mockUdata.recorded('GET', 'users/suggest/').map((r) => r.query.q)).to.deep.equal(['zzzz']);
    });

    it('invites someone without an account by e-mail, after checking the address', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      $<HTMLButtonElement>(el, '[part~="add"]')!.click();
      const email = await emailMode(el);
      typeInto(email, 'pas-une-adresse');
      $<HTMLButtonElement>(el, '.add-member-dialog [part~="submit"]')!.click();
      await waitForText(el, 'Saisissez une adresse électronique valide');
      expect(mockUdata.recorded('POST')).to.have.length(0);
      typeInto(email, 'camille.roux@example.org');
      $<HTMLButtonElement>(el, '.add-member-dialog [part~="submit"]')!.click();
      await waitForText(el, 'Invitation envoyée à camille.roux@example.org.');
      expect(mockUdata.recorded('POST')[0].body).to.deep.equal({ email: 'camille.roux@example.org', role: 'editor' });
    });

    it('keeps the form and says why when the invitation fails', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      $<HTMLButtonElement>(el, '[part~="add"]')!.click();
      const email = await emailMode(el);
      typeInto(email, 'camille.roux@example.org');
      typeInto($<HTMLTextAreaElement>(el, '#add-comment')!, 'Mon message');
      mockUdata.fail({ method: 'POST', status: 500 });
      $<HTMLButtonElement>(el, '.add-member-dialog [part~="submit"]')!.click();
      await waitForText(el, 'Le serveur a rencontré une erreur.');
      expect($<HTMLInputElement>(el, '[part~="email"]')!.value).to.equal('camille.roux@example.org');
      expect($<HTMLTextAreaElement>(el, '#add-comment')!.value).to.equal('Mon message');
    });

    describe("udata's refusals, each at its field and in the viewer's words", () => {
      const openAdd = async (lang = 'fr') => {
        const el = await mount(VIEWER_KEYS.admin, { lang });
        $<HTMLButtonElement>(el, '[part~="add"]')!.click();
        await waitFor(el, 'dialog[open] [part~="user-search"]');
        return el;
      };
      const submit = (el: OrgMembers) => $<HTMLButtonElement>(el, '.add-member-dialog [part~="submit"]')!.click();
      const inviteByEmail = (address: string) =>
        mockUdata.handle({
          method: 'POST',
          url: `${MOCK_API_BASE}${orgPath}member/`,
          headers: { 'X-API-KEY': VIEWER_KEYS.admin },
          body: { email: address, role: 'editor' },
        });

      it('someone invited by another admin meanwhile, chosen in the search: at the chosen person', async () => {
        const el = await openAdd();
        await waitFor(el, '[part~="invitations"]'); // what this admin knows: Chloé is not invited
        const chloe = mockUdata.userByKey(VIEWER_KEYS.nonMember)!;
        inviteByEmail(chloe.email!);
        const input = $<HTMLInputElement>(el, '[part~="user-search"]')!;
        typeInto(input, 'chloé');
        (await waitFor<HTMLElement>(el, '[role="option"]')).click();
        const failed = oneEvent(el, 'org-error');
        submit(el);
        const message = 'Une demande d’adhésion ou une invitation est déjà en attente pour cette personne.';
        expect((await failed).detail).to.include({ status: 400, message: `L’invitation n’a pas été envoyée\u00a0: ${message}` });
        await waitUntil(
          () => el.shadowRoot!.getElementById('add-user-error')?.textContent?.includes(message),
          'at the chosen person',
        );
        expect($(el, '[part~="invitee"]')!.getAttribute('aria-describedby')).to.include('add-user-error');
        expect(textOf(el)).not.to.include('corrigez les champs signalés');
        // The pending list catches up: the invitation is listed, and Chloé is marked as invited.
        await waitUntil(() => $(el, '[part~="invitations"]')!.textContent!.includes('Chloé Dubois'), 'listed');
        await waitUntil(() => $(el, '[part~="invitee"]')!.textContent!.includes('(invitation en attente)'), 'marked');
        await expect(el).to.be.accessible();
      });

      it('the address of a member, or one already invited: at the e-mail field, and the typing is kept', async () => {
        inviteByEmail('deja.invitee@example.org');
        const el = await openAdd();
        const email = await emailMode(el);
        // udata turns the address of an account into that user, and answers on `user`.
        typeInto(email, 'theo-nguyen@example.org');
        submit(el);
        await waitUntil(() =>
          el
            .shadowRoot!.getElementById('add-email-error')
            ?.textContent?.includes('Cette personne est déjà membre de l’organisation.'),
        );
        expect(email.value).to.equal('theo-nguyen@example.org');
        expect(email.getAttribute('aria-invalid')).to.equal('true');
        typeInto(email, 'Deja.Invitee@example.org');
        submit(el);
        await waitUntil(() =>
          el
            .shadowRoot!.getElementById('add-email-error')
            ?.textContent?.includes('Une invitation est déjà en attente pour cette adresse électronique.'),
        );
        expect(mockUdata.recorded('POST', 'member/').at(-1)!.body).to.deep.equal({
          email: 'Deja.Invitee@example.org',
          role: 'editor',
        });
      });

      it('an unknown refusal is shown as udata wrote it; English words for known ones', async () => {
        const el = await openAdd('en');
        const email = await emailMode(el);
        typeInto(email, 'someone@blocked.example');
        mockUdata.fail({
          method: 'POST',
          path: 'member/',
          status: 400,
          json: { errors: { email: 'Domain not allowed on this portal' }, message: 'Domain not allowed on this portal' },
        });
        submit(el);
        await waitUntil(() =>
          el.shadowRoot!.getElementById('add-email-error')?.textContent?.includes('Domain not allowed on this portal'),
        );
        typeInto(email, 'theo-nguyen@example.org');
        submit(el);
        await waitUntil(() =>
          el
            .shadowRoot!.getElementById('add-email-error')
            ?.textContent?.includes('This person is already a member of the organization.'),
        );
      });
    });

    it('falls back to the direct add on a server before invitations (404)', async () => {
      mockUdata.flavour.legacyMemberAdd = true;
      const el = await mount(VIEWER_KEYS.admin);
      $<HTMLButtonElement>(el, '[part~="add"]')!.click();
      const input = await waitFor<HTMLInputElement>(el, 'dialog[open] [part~="user-search"]');
      typeInto(input, 'chloé');
      const option = await waitFor<HTMLElement>(el, '[role="option"]');
      option.click();
      const added = oneEvent(el, 'org-member-added');
      $<HTMLButtonElement>(el, '.add-member-dialog [part~="submit"]')!.click();
      expect((await added).detail.member.role).to.equal('editor');
      expect(mockUdata.recorded('POST').map((r) => r.path)).to.deep.equal([
        `${orgPath}member/`,
        `${orgPath}member/${idOf(VIEWER_KEYS.nonMember)}/`,
      ]);
      expect(mockUdata.recorded('POST')[1].body).to.deep.equal({ role: 'editor' });
      await waitUntil(() => names(el).includes('Chloé Dubois'));
    });

    it('speaks English', async () => {
      const el = await mount(VIEWER_KEYS.admin, { lang: 'en' });
      expect(textOf(el)).to.include('Add a member').and.include('Member since').and.include('Remove from the organization');
    });
  });

  it('shows a member accepted in <pending-requests> under the same provider at once', async () => {
    const provider = await fixture(
      html`<org-provider api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.admin}>
        <pending-requests></pending-requests>
        <org-members></org-members>
      </org-provider>`,
    );
    const requests = provider.querySelector<PendingRequests>('pending-requests')!;
    const members = provider.querySelector<OrgMembers>('org-members')!;
    await waitFor(members, 'table');
    const accept = await waitFor<HTMLButtonElement>(requests, '[part~="accept"]');
    accept.click();
    await waitUntil(() => names(members).includes("François L'Œillet"), 'the new member shows');
    expect(mockUdata.recorded('GET', /^organizations\/[^/]+\/$/).filter((r) => r.path !== 'organizations/roles/')).to.have.length(
      1,
    );
    // Once for both elements, once more right before the decision (udata does not check the status).
    expect(mockUdata.recorded('GET', 'membership/')).to.have.length(2);
  });
});
