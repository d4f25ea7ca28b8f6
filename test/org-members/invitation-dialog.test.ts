import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OrgMembers } from '../../src/components/org-members/org-members.js';
import {
  $,
  assertFocused,
  assertNone,
  deepActiveElement,
  describeElement,
  textOf,
  waitFor,
  waitForText,
} from '../support/dom.js';
import { typeKeys } from '../support/keyboard.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

/**
 * The "Add a member" dialog's "who", as an admin uses it: one mode at a time (a person with an
 * account, or an e-mail address) and exactly that sent; the chosen person as a chip with a
 * named "×"; namesakes told apart in words; members, invited people and applicants marked
 * and not offered again; French typography.
 */
describe('<org-members>: who the invitation is for', () => {
  useMockApi();
  const memberPath = `organizations/${ORG_IDS.certified}/member/`;
  const idOf = (key: string) => mockUdata.userByKey(key)!.id;
  const posts = () => mockUdata.recorded('POST', memberPath);

  /** The admin's <org-members>, the pending list loaded, the add dialog open, focus in it. */
  async function openDialog(lang = 'fr'): Promise<OrgMembers> {
    const wrapper = fixtureSync(
      html`<div lang=${lang}>
        <org-members api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.admin}></org-members>
      </div>`,
    );
    const el = wrapper.querySelector<OrgMembers>('org-members')!;
    // What the admin knows of pending invitations and requests is what marks people.
    await waitFor(el, '[part~="invitations"]');
    $<HTMLButtonElement>(el, '[part~="add"]')!.click();
    const search = await waitFor<HTMLInputElement>(el, 'dialog[open] [part~="user-search"]');
    await waitUntil(() => deepActiveElement() === search, 'focus in the search', { timeout: 4000 });
    return el;
  }
  const dialogOf = (el: OrgMembers) => $<HTMLDialogElement>(el, '.add-member-dialog dialog')!;
  const search = (el: OrgMembers) => $<HTMLInputElement>(el, '[part~="user-search"]');
  const modeRadio = (el: OrgMembers, mode: 'account' | 'email') =>
    $<HTMLInputElement>(el, `input[name="add-mode"][value="${mode}"]`)!;
  const options = (el: OrgMembers) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
  const optionOf = (el: OrgMembers, name: string) => options(el).find((o) => o.textContent!.includes(name));
  const submit = (el: OrgMembers) => $<HTMLButtonElement>(el, '.add-member-dialog [part~="submit"]')!.click();
  const typeInto = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  /** The text of a node, ASCII white space folded (non-breaking spaces are kept: they are asserted). */
  const text = (node: Element | null) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
  /** What a screen reader reads of a node: its text without what is `aria-hidden` (the avatar). */
  const spoken = (node: Element) => {
    const copy = node.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return text(copy);
  };
  async function suggest(el: OrgMembers, query: string, expected: string) {
    typeInto(search(el)!, query);
    await waitUntil(() => optionOf(el, expected), `"${expected}" suggested; saw ${options(el).map(text).join(' | ')}`, {
      timeout: 4000,
    });
  }
  async function chooseByClick(el: OrgMembers, query: string, name: string) {
    await suggest(el, query, name);
    optionOf(el, name)!.click();
    return waitFor(el, '[part~="invitee"]');
  }

  describe('one mode at a time', () => {
    it('offers "someone with an account" (the search) or "an e-mail address" (the address), never both fields', async () => {
      const el = await openDialog();
      const mode = $(el, '[part~="invitee-mode"]')!;
      expect(mode.localName).to.equal('fieldset');
      expect(text(mode.querySelector('legend'))).to.equal('Qui inviter\u00a0?');
      expect(modeRadio(el, 'account').checked).to.equal(true);
      expect(text(modeRadio(el, 'account').closest('label'))).to.equal('Une personne qui a un compte');
      expect(text(modeRadio(el, 'email').closest('label'))).to.equal('Une adresse électronique (personne sans compte)');
      assertNone(el, '[part~="email"]');
      await expect(el).to.be.accessible();
      // Keyboard only: the choice comes right before the search, an arrow key switches the mode.
      // (WebDriver presses no Shift+Tab: the radio is focused, then Tab leads to the search.)
      modeRadio(el, 'account').focus();
      await sendKeys({ press: 'Tab' });
      assertFocused(search(el), 'the search, after the choice');
      modeRadio(el, 'account').focus();
      await sendKeys({ press: 'ArrowDown' });
      const email = await waitFor<HTMLInputElement>(el, 'dialog[open] [part~="email"]');
      expect(modeRadio(el, 'email').checked).to.equal(true);
      expect(search(el)).to.equal(null);
      expect(text(el.shadowRoot!.querySelector('label[for="add-email"]'))).to.equal('Adresse électronique');
      expect(text(el.shadowRoot!.getElementById('add-email-hint'))).to.include('si l’adresse est celle d’un compte');
      expect(email.getAttribute('aria-describedby')).to.include('add-email-hint');
      await expect(el).to.be.accessible();
    });

    it('a user chosen, then "an e-mail address" chosen and typed: only the address is sent', async () => {
      const el = await openDialog();
      await chooseByClick(el, 'chlo', 'Chloé Dubois');
      modeRadio(el, 'email').click();
      const email = await waitFor<HTMLInputElement>(el, '[part~="email"]');
      assertNone(el, '[part~="invitee"]');
      typeInto(email, 'camille.roux@example.org');
      const invited = oneEvent(el, 'org-member-invited');
      submit(el);
      expect((await invited).detail.invitation).to.include({ email: 'camille.roux@example.org', kind: 'invitation' });
      expect(posts().map((r) => r.body)).to.deep.equal([{ email: 'camille.roux@example.org', role: 'editor' }]);
      await waitForText(el, 'Invitation envoyée à camille.roux@example.org.');
    });

    it('an address typed, then back to "someone with an account" and a user chosen: only the user is sent', async () => {
      const el = await openDialog();
      modeRadio(el, 'email').click();
      typeInto(await waitFor<HTMLInputElement>(el, '[part~="email"]'), 'camille.roux@example.org');
      modeRadio(el, 'account').click();
      await waitFor(el, '[part~="user-search"]');
      assertNone(el, '[part~="email"]');
      await chooseByClick(el, 'chlo', 'Chloé Dubois');
      submit(el);
      await waitForText(el, 'Invitation envoyée à Chloé Dubois.');
      expect(posts().map((r) => r.body)).to.deep.equal([{ user: idOf(VIEWER_KEYS.nonMember), role: 'editor' }]);
      // The dialog starts over next time: the search, nothing chosen, no address kept.
      $<HTMLButtonElement>(el, '[part~="add"]')!.click();
      await waitFor(el, 'dialog[open] [part~="user-search"]');
      expect(modeRadio(el, 'account').checked).to.equal(true);
      expect(search(el)!.value).to.equal('');
      modeRadio(el, 'email').click();
      expect((await waitFor<HTMLInputElement>(el, '[part~="email"]')).value).to.equal('');
    });

    it('an address typed in the search finds nobody: it says where an address goes, and sends nothing', async () => {
      const el = await openDialog();
      typeInto(search(el)!, 'camille.roux@example.org');
      await waitUntil(
        () =>
          text(el.shadowRoot!.getElementById('add-user-status')) ===
          'Aucun utilisateur trouvé. Pour inviter une adresse électronique, choisissez «\u00a0Une adresse électronique\u00a0» ci-dessus.',
        'where an address goes',
        { timeout: 4000 },
      );
      submit(el);
      await waitUntil(
        () => text(el.shadowRoot!.getElementById('add-user-error')) === 'Choisissez un utilisateur dans la liste des résultats.',
        'nothing chosen',
      );
      assertFocused(search(el), 'the search');
      expect(posts()).to.have.length(0);
    });
  });

  it('on a server before invitations (404), an address cannot be invited: it says to find the person instead', async () => {
    mockUdata.flavour.legacyMemberAdd = true;
    const el = await openDialog();
    modeRadio(el, 'email').click();
    typeInto(await waitFor<HTMLInputElement>(el, '[part~="email"]'), 'camille.roux@example.org');
    submit(el);
    const alert = await waitFor(el, '.add-member-dialog [part~="error"]');
    expect(text(alert)).to.equal(
      'Ce serveur ne gère pas les invitations par adresse électronique\u00a0: choisissez «\u00a0Une personne qui a un compte\u00a0» et cherchez-la.',
    );
    expect(posts().map((r) => r.body)).to.deep.equal([{ email: 'camille.roux@example.org', role: 'editor' }]);
  });

  describe('the chosen person', () => {
    it('keyboard only: chosen with the arrows and Enter, shown as a chip, cleared by its named "×", focus back in the search', async () => {
      const el = await openDialog();
      await typeKeys('chlo');
      await waitUntil(() => optionOf(el, 'Chloé Dubois'), 'suggestions', { timeout: 4000 });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      const chip = await waitFor(el, '[part~="invitee"]');
      await waitUntil(() => deepActiveElement() === chip, `focus on the chip, not ${describeElement(deepActiveElement())}`, {
        timeout: 4000,
      });
      expect(search(el)).to.equal(null);
      expect(chip.getAttribute('role')).to.equal('group');
      const labelledBy = chip
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => text(el.shadowRoot!.getElementById(id)));
      expect(labelledBy.join(' ')).to.equal('Personne à inviter Chloé Dubois, chloe-dubois · ***@example.org');
      expect(text(chip.querySelector('[part~="avatar"]'))).to.equal('CD');
      expect(chip.querySelector('[part~="avatar"]')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      const clear = $<HTMLButtonElement>(el, '[part~="clear-invitee"]')!;
      assertFocused(clear, 'the "×"');
      expect(clear.getAttribute('aria-label')).to.equal('Retirer Chloé Dubois');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => search(el) && deepActiveElement() === search(el), 'focus back in the search', { timeout: 4000 });
      assertNone(el, '[part~="invitee"]');
      expect(search(el)!.value).to.equal('');
      // Chosen again, then Delete on the chip clears it too.
      await typeKeys('chlo');
      await waitUntil(() => optionOf(el, 'Chloé Dubois'), 'suggestions', { timeout: 4000 });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActiveElement() === $(el, '[part~="invitee"]'), 'focus on the chip', { timeout: 4000 });
      await sendKeys({ press: 'Delete' });
      await waitUntil(() => search(el) && deepActiveElement() === search(el), 'focus back in the search', { timeout: 4000 });
      expect(dialogOf(el).open).to.equal(true);
      expect(posts()).to.have.length(0);
    });

    it('in English: "Remove Chloé Dubois"', async () => {
      const el = await openDialog('en');
      const chip = await chooseByClick(el, 'chlo', 'Chloé Dubois');
      expect(text(el.shadowRoot!.getElementById('add-invitee-label'))).to.equal('Person to invite');
      expect(chip.querySelector('[part~="clear-invitee"]')!.getAttribute('aria-label')).to.equal('Remove Chloé Dubois');
      await expect(el).to.be.accessible();
    });
  });

  describe('namesakes', () => {
    const camille = (n: number, slug: string, email: string, avatar: string | null) => {
      const user = { ...mockUdata.userByKey(VIEWER_KEYS.nonMember)! };
      Object.assign(user, {
        id: `c0ffee00000000000000000${n}`,
        first_name: 'Camille',
        last_name: 'Martin',
        slug,
        email,
        avatar,
        apiKey: `key-camille-${n}`,
      });
      mockUdata.data.users.push(user);
      return user;
    };

    it('two "Camille Martin" are told apart in words (slug, masked e-mail) and by their avatar; the one chosen is sent', async () => {
      // A real picture, served where udata serves avatars (a 1×1 PNG).
      const png = Uint8Array.from(
        atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
        (c) => c.charCodeAt(0),
      );
      const picture = mockUdata.uploads.saveImage(new URL(MOCK_API_BASE).origin, {
        filename: 'camille.png',
        type: 'image/png',
        bytes: png,
      }).image;
      camille(1, 'camille-martin', 'camille.martin@ville-lyon.fr', picture);
      const second = camille(2, 'camille-martin-1', 'c.martin@ademe.fr', null);
      const el = await openDialog();
      await suggest(el, 'camille', 'camille-martin-1');
      await waitForText(el, '2 personnes trouvées.');
      const [first, other] = options(el);
      expect(spoken(first)).to.equal('Camille Martin, camille-martin · ***@ville-lyon.fr');
      expect(spoken(other)).to.equal('Camille Martin, camille-martin-1 · ***@ademe.fr');
      const img = first.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(picture);
      expect(img.getAttribute('alt')).to.equal(''); // decorative: the name is in words beside it
      expect(text(other.querySelector('[part~="avatar"]'))).to.equal('CM');
      // The comma is for screen readers only: on screen, the detail has its own line.
      expect(first.querySelector('.person-detail')!.getBoundingClientRect().top).to.be.greaterThan(
        first.querySelector('.person-name')!.getBoundingClientRect().top,
      );
      await expect(el).to.be.accessible();
      other.click();
      const chip = await waitFor(el, '[part~="invitee"]');
      expect(text(chip)).to.include('camille-martin-1 · ***@ademe.fr');
      submit(el);
      await waitForText(el, 'Invitation envoyée à Camille Martin.');
      expect(posts().map((r) => r.body)).to.deep.equal([{ user: second.id, role: 'editor' }]);
    });
  });

  describe('people who cannot be invited again', () => {
    for (const [lang, member, invited, applicant] of [
      ['fr', '(déjà membre)', '(invitation en attente)', '(demande d’adhésion en attente)'],
      ['en', '(already a member)', '(invitation pending)', '(join request pending)'],
    ] as const) {
      it(`${lang}: members, people invited and applicants are marked, reachable with the arrows, never chosen`, async () => {
        const el = await openDialog(lang);
        for (const [query, name, mark] of [
          ['theo', 'Théo Nguyễn', member],
          ['garnier', 'Inès Garnier', invited],
          ['francois', 'François L’Œillet', applicant],
        ] as const) {
          await suggest(el, query, name.slice(0, 5));
          const option = optionOf(el, name.slice(0, 5))!;
          expect(option.getAttribute('aria-disabled')).to.equal('true');
          expect(text(option.querySelector('.person-reason'))).to.equal(mark);
          expect(spoken(option)).to.match(
            new RegExp(`^${name.slice(0, 5)}.*, .*@example\\.org ${mark.replace(/[()]/g, '\\$&')}$`),
          );
          option.click();
          expect(search(el)!.value).to.equal(query);
        }
        // The keyboard reaches Inès (to hear why), Enter does not choose her.
        search(el)!.focus();
        typeInto(search(el)!, 'garnier');
        await waitUntil(() => optionOf(el, 'Inès Garnier'), 'Inès', { timeout: 4000 });
        const ines = optionOf(el, 'Inès Garnier')!;
        const index = options(el).indexOf(ines);
        for (let i = 0; i <= index; i++) await sendKeys({ press: 'ArrowDown' });
        expect(search(el)!.getAttribute('aria-activedescendant')).to.equal(ines.id);
        await sendKeys({ press: 'Enter' });
        assertNone(el, '[part~="invitee"]');
        expect(dialogOf(el).open).to.equal(true);
        await expect(el).to.be.accessible();
        submit(el);
        await waitUntil(() => el.shadowRoot!.getElementById('add-user-error'), 'nothing chosen');
        expect(posts()).to.have.length(0);
      });
    }

    it('invited by another admin meanwhile: udata refuses once, then the chip says so and nothing is sent again', async () => {
      const el = await openDialog();
      const chloe = mockUdata.userByKey(VIEWER_KEYS.nonMember)!;
      await chooseByClick(el, 'chlo', 'Chloé Dubois');
      mockUdata.handle({
        method: 'POST',
        url: `${MOCK_API_BASE}${memberPath}`,
        headers: { 'X-API-KEY': VIEWER_KEYS.admin },
        body: { user: chloe.id, role: 'editor' },
      });
      const before = posts().length;
      submit(el);
      await waitUntil(() => text($(el, '[part~="invitee"]')).includes('(invitation en attente)'), 'marked', { timeout: 4000 });
      expect(posts()).to.have.length(before + 1);
      submit(el);
      await waitUntil(
        () =>
          text(el.shadowRoot!.getElementById('add-user-error')) ===
          'Impossible d’inviter Chloé Dubois\u00a0: invitation en attente. Choisissez une autre personne.',
        'said at the chip',
        { timeout: 4000 },
      );
      assertFocused($(el, '[part~="invitee"]'), 'the chip');
      expect($(el, '[part~="invitee"]')!.getAttribute('aria-describedby')).to.equal('add-user-error');
      expect(posts()).to.have.length(before + 1);
      await expect(el).to.be.accessible();
    });
  });

  describe('typography', () => {
    /** The dialog's words in several states: the choice, the search, a chip, the address with errors, a refusal. */
    async function dialogTexts(lang: 'fr' | 'en'): Promise<string[]> {
      const el = await openDialog(lang);
      const seen: string[] = [];
      const look = () => seen.push(dialogOf(el).textContent!.replace(/[ \t\n]+/g, ' '));
      typeInto(search(el)!, 'nobody@example.org');
      await waitUntil(() => textOf(el).includes(lang === 'fr' ? 'Aucun utilisateur' : 'No user found'), 'nobody');
      look();
      await chooseByClick(el, 'chlo', 'Chloé Dubois');
      look();
      modeRadio(el, 'email').click();
      typeInto(await waitFor<HTMLInputElement>(el, '[part~="email"]'), 'pas-une-adresse');
      submit(el);
      await waitFor(el, '#add-email-error');
      look();
      typeInto($<HTMLInputElement>(el, '[part~="email"]')!, 'theo-nguyen@example.org');
      submit(el);
      await waitFor(el, '[part~="error"]');
      look();
      return seen;
    }

    it('French: a non-breaking space before : ; ? ! and inside « »', async () => {
      const seen = await dialogTexts('fr');
      expect(seen.join('\n')).to.include('Qui inviter\u00a0?').and.include('Format attendu\u00a0:');
      expect(seen.join('\n')).to.include('L’invitation n’a pas été envoyée\u00a0: Cette personne est déjà membre');
      for (const shown of seen) expect(shown).not.to.match(/ [:;?!»]|« /);
    });

    it('English: no space before : ; ? !, curly quotes', async () => {
      const seen = await dialogTexts('en');
      expect(seen.join('\n')).to.include('Who do you want to invite?').and.include('choose “An e-mail address” above');
      for (const shown of seen) expect(shown).not.to.match(/[ \u00a0][:;?!]|"/);
    });
  });
});
