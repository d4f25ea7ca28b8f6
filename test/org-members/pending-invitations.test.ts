import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OrgMembers } from '../../src/components/org-members/org-members.js';
import { $, assertFocused, deepActiveElement, describeElement, textOf, waitFor, waitForText } from '../support/dom.js';
import { ORG_IDS, VIEWER_KEYS, mockUdata, mountOnMock, useMockApi } from '../support/mock-api.js';

/** Admins see and steer every pending invitation (udata never expires one). */
describe('<org-members>: pending invitations', () => {
  useMockApi();
  const orgPath = `organizations/${ORG_IDS.certified}/`;
  const inesInvitation = () => mockUdata.data.requests.find((r) => r.kind === 'invitation' && r.user?.first_name === 'Inès')!;
  const rowOf = (el: OrgMembers, who: string) =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="invitation"]')].find((li) => li.textContent!.includes(who))!;
  const mount = async () => {
    const el = await mountOnMock<OrgMembers>('org-members', VIEWER_KEYS.admin);
    await waitFor(el, '[part~="invitations"]');
    return el;
  };

  it('lists who, role, message, when and how long ago; flags those unanswered for over 30 days', async () => {
    inesInvitation().created = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const el = await mount();
    const row = rowOf(el, 'Inès Garnier');
    expect(row.textContent).to.include('Éditeur').and.include('Envoyée le').and.include('(le mois dernier)');
    expect(row.querySelector('[part~="invitation-message"]')!.textContent).to.include('<b>Élodie</b>');
    expect(row.querySelector('[part~="stale"]')!.textContent).to.equal('Sans réponse depuis plus de 30 jours');
    expect(row.classList.contains('stale')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('cancels after a confirmation (keeping it costs nothing), announces it and tells the page', async () => {
    const el = await mount();
    const cancel = rowOf(el, 'Inès Garnier').querySelector<HTMLButtonElement>('[part~="cancel-invitation"]')!;
    cancel.click();
    const dialog = await waitFor<HTMLDialogElement>(el, '.invitation-dialog dialog[open]');
    expect(textOf(el)).to.include('Annuler l’invitation d’Inès Garnier ?');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.invitation-dialog [part~="cancel"]')!.click();
    await waitUntil(() => !dialog.open, 'kept');
    expect(mockUdata.recorded('POST')).to.have.length(0);
    await waitUntil(() => deepActiveElement() === cancel, 'focus back on the button', { timeout: 4000 });
    cancel.click();
    await waitFor(el, '.invitation-dialog dialog[open]');
    const canceled = oneEvent(el, 'org-invitation-canceled');
    $<HTMLButtonElement>(el, '.invitation-dialog [part~="submit"]')!.click();
    expect((await canceled).detail.invitation.id).to.equal(inesInvitation().id);
    expect(mockUdata.recorded('POST').map((r) => r.path)).to.deep.equal([`${orgPath}membership/${inesInvitation().id}/cancel/`]);
    await waitForText(el, 'L’invitation d’Inès Garnier a été annulée.');
    expect(rowOf(el, 'Inès Garnier')).to.equal(undefined);
  });

  it('resends: cancel, then the same invitation again (a new e-mail), announced with the new invitation', async () => {
    const el = await mount();
    const old = inesInvitation().id;
    rowOf(el, 'Inès Garnier').querySelector<HTMLButtonElement>('[part~="resend-invitation"]')!.click();
    await waitFor(el, '.invitation-dialog dialog[open]');
    expect(textOf(el)).to.include('la personne reçoit un nouveau courriel');
    const resent = oneEvent(el, 'org-invitation-resent');
    $<HTMLButtonElement>(el, '.invitation-dialog [part~="submit"]')!.click();
    const { detail } = await resent;
    expect(detail.invitation.id).not.to.equal(old);
    const posts = mockUdata.recorded('POST');
    expect(posts.map((r) => r.path)).to.deep.equal([`${orgPath}membership/${old}/cancel/`, `${orgPath}member/`]);
    expect(posts[1].body).to.deep.equal({
      user: mockUdata.userByKey(VIEWER_KEYS.invited)!.id,
      role: 'editor',
      comment: 'Bienvenue ! Tu pourras publier les relevés de qualité de l’air.\n<b>Élodie</b>',
    });
    await waitForText(el, 'L’invitation d’Inès Garnier a été renvoyée.');
    expect(rowOf(el, 'Inès Garnier').textContent).to.include('à l’instant');
  });

  it('a resend whose second step fails says the invitation is canceled and not sent again', async () => {
    const el = await mount();
    rowOf(el, 'Inès Garnier').querySelector<HTMLButtonElement>('[part~="resend-invitation"]')!.click();
    await waitFor(el, '.invitation-dialog dialog[open]');
    mockUdata.fail({ method: 'POST', path: /member\/$/, status: 500 });
    const failed = oneEvent(el, 'org-error');
    $<HTMLButtonElement>(el, '.invitation-dialog [part~="submit"]')!.click();
    expect((await failed).detail.message).to.include('a été annulée mais n’a pas pu être renvoyée');
    await waitForText(el, 'Invitez cette personne à nouveau.');
  });

  it('someone who became a member meanwhile is not listed as invited', async () => {
    const ines = mockUdata.userByKey(VIEWER_KEYS.invited)!;
    mockUdata
      .organization(ORG_IDS.certified)!
      .members.push({ user: { id: ines.id, first_name: 'Inès', last_name: 'Garnier', slug: ines.slug }, role: 'editor' });
    const el = await mountOnMock<OrgMembers>('org-members', VIEWER_KEYS.admin);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('tbody tr').length > 0, 'the table');
    await waitUntil(() => mockUdata.recorded('GET', 'membership/').length > 0, 'requests read');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.shadowRoot!.querySelector('[part~="invitations"]')).to.equal(null);
  });

  it('every role picker explains each role in one line (invite radios, role selects)', async () => {
    const el = await mount();
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="role-select"]')!;
    const help = el.shadowRoot!.getElementById(select.getAttribute('aria-describedby')!)!;
    expect(help.textContent)
      .to.include('gère les membres et l’organisation')
      .and.include('modifie seulement les contenus qui lui sont attribués');
    $<HTMLButtonElement>(el, '[part~="add"]')!.click();
    await waitFor(el, 'dialog[open] [part~="user-search"]');
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="add-role"][value="editor"]')!;
    expect(el.shadowRoot!.getElementById(radio.getAttribute('aria-describedby')!)!.textContent).to.include(
      'publie et modifie tous les contenus',
    );
    await expect(el).to.be.accessible();
  });

  describe('a long list, a page at a time', () => {
    const address = (i: number) => `invite-${String(i).padStart(3, '0')}@example.org`;
    const addresses = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => address(from + i));
    /** `n` more pending invitations by e-mail, after Inès's (the seed's), oldest first. */
    const seedInvitations = (n: number) => {
      for (let i = 1; i <= n; i++) {
        mockUdata.data.requests.push({
          id: mockUdata.newUuid(),
          org: ORG_IDS.certified,
          kind: 'invitation',
          status: 'pending',
          user: null,
          email: address(i),
          role: 'editor',
          comment: null,
          created: new Date(Date.UTC(2026, 10, 21, 0, i)).toISOString(),
          assignments: [],
        });
      }
    };
    const section = (el: OrgMembers) => $(el, '[part~="invitations"]')!;
    const shown = (el: OrgMembers) =>
      [...section(el).querySelectorAll('[part~="invitation"] strong')].map((who) => who.textContent!.trim());
    const inviteRow = (el: OrgMembers, who: string) =>
      [...section(el).querySelectorAll<HTMLElement>('[part~="invitation"]')].find((li) => li.textContent!.includes(who))!;
    const pageButton = (el: OrgMembers, label: string) =>
      [...section(el).querySelectorAll<HTMLButtonElement>('[part~="pagination"] button')].find((b) =>
        b.textContent!.includes(label),
      );
    /** From page `from` to `page`, pressing "Page suivante" with the keyboard. */
    const pageTo = async (el: OrgMembers, page: number, from = 1) => {
      pageButton(el, 'suivante')!.focus();
      for (let p = from + 1; p <= page; p++) {
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => section(el).textContent!.includes(`Page ${p} sur`), `page ${p}`);
      }
    };

    it('keeps one page of invitations in the DOM (the page size of the table), and says the total', async function () {
      this.timeout(20_000);
      seedInvitations(119);
      const el = await mount();
      expect(shown(el)).to.have.length(50);
      expect(shown(el)).to.deep.equal(['Inès Garnier', ...addresses(1, 49)]);
      const text = section(el).innerText.replace(/\s+/g, ' ');
      expect(text).to.include('Invitations en attente (120)').and.include('1 à 50 sur 120').and.include('Page 1 sur 3');
      await pageTo(el, 2);
      expect(shown(el)).to.deep.equal(addresses(50, 99));
      expect(section(el).textContent).to.include('51 à 100 sur 120');
      assertFocused(pageButton(el, 'suivante')!, 'the next-page button');
      await pageTo(el, 3, 2);
      expect(shown(el)).to.deep.equal(addresses(100, 119));
      // The last page has no "next" button: focus is handed to "previous", never lost.
      assertFocused(pageButton(el, 'précédente')!, 'the previous-page button');
      expect(mockUdata.recorded('GET', 'membership/'), 'paging asks nothing').to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('canceling an invitation on page 2 keeps the admin on page 2, focus on the next invitation', async function () {
      this.timeout(20_000);
      seedInvitations(119);
      const el = await mount();
      await pageTo(el, 2);
      const target = inviteRow(el, address(60));
      target.querySelector<HTMLButtonElement>('[part~="cancel-invitation"]')!.click();
      await waitFor(el, '.invitation-dialog dialog[open]');
      const canceled = oneEvent(el, 'org-invitation-canceled');
      $<HTMLButtonElement>(el, '.invitation-dialog [part~="submit"]')!.click();
      expect((await canceled).detail.invitation.email).to.equal(address(60));
      await waitForText(el, `L’invitation d’${address(60)} a été annulée.`);
      expect(section(el).textContent).to.include('Invitations en attente (119)').and.include('Page 2 sur 3');
      expect(shown(el)).to.deep.equal([...addresses(50, 59), ...addresses(61, 100)]);
      await waitUntil(
        () => deepActiveElement() === inviteRow(el, address(61)).querySelector('button'),
        `focus on the next invitation; found ${describeElement(deepActiveElement())}`,
      );
      expect(mockUdata.recorded('POST')).to.have.length(1);
    });

    it('resending the only invitation of the last page keeps it there, focus on the new one', async function () {
      this.timeout(20_000);
      seedInvitations(100);
      const el = await mount();
      await pageTo(el, 3);
      expect(shown(el)).to.deep.equal([address(100)]);
      inviteRow(el, address(100)).querySelector<HTMLButtonElement>('[part~="resend-invitation"]')!.click();
      await waitFor(el, '.invitation-dialog dialog[open]');
      const resent = oneEvent(el, 'org-invitation-resent');
      $<HTMLButtonElement>(el, '.invitation-dialog [part~="submit"]')!.click();
      const { detail } = await resent;
      await waitForText(el, `L’invitation d’${address(100)} a été renvoyée.`);
      expect(section(el).textContent).to.include('Invitations en attente (101)').and.include('Page 3 sur 3');
      const row = inviteRow(el, address(100));
      expect(row.getAttribute('data-invitation-id')).to.equal(detail.invitation.id);
      await waitUntil(() => deepActiveElement() === row.querySelector('button'), 'focus on the new invitation');
    });

    it('canceling the only invitation of the last page shows the page before, focus on its last invitation', async function () {
      this.timeout(20_000);
      seedInvitations(100);
      const el = await mount();
      await pageTo(el, 3);
      inviteRow(el, address(100)).querySelector<HTMLButtonElement>('[part~="cancel-invitation"]')!.click();
      await waitFor(el, '.invitation-dialog dialog[open]');
      $<HTMLButtonElement>(el, '.invitation-dialog [part~="submit"]')!.click();
      await waitForText(el, `L’invitation d’${address(100)} a été annulée.`);
      expect(section(el).textContent).to.include('Invitations en attente (100)').and.include('Page 2 sur 2');
      expect(shown(el)).to.deep.equal(addresses(50, 99));
      await waitUntil(
        () => deepActiveElement() === inviteRow(el, address(99)).querySelector('button'),
        `focus on the last invitation left; found ${describeElement(deepActiveElement())}`,
      );
    });
  });
});
