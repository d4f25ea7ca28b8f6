import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PendingRequests } from '../../src/components/pending-requests/pending-requests.js';
import { $, assertNone, deepActiveElement, textOf, waitFor, waitForText, wordRect } from '../support/dom.js';
import { HOSTILE, MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

const membership = `organizations/${ORG_IDS.certified}/membership/`;
const APPLICANT = "François L'Œillet";

async function mount(apiKey?: string, { lang = 'fr', org = ORG_SLUGS.certified as string } = {}): Promise<PendingRequests> {
  const wrapper = fixtureSync(
    html`<div lang=${lang}>
      <pending-requests api-base=${MOCK_API_BASE} org=${org} api-key=${apiKey ?? ''}></pending-requests>
    </div>`,
  );
  return wrapper.querySelector('pending-requests')!;
}

const rowOf = (el: PendingRequests, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="request"]')].find((row) => row.textContent!.includes(name))!;

async function mountAdmin() {
  const el = await mount(VIEWER_KEYS.admin);
  await waitFor(el, '[part~="request"]');
  return el;
}

describe('<pending-requests>', () => {
  useMockApi();
  describe('admin', () => {
    it('lists the pending join requests with the comment as plain text, and counts them', async () => {
      const counted = new Promise<number>((resolve) =>
        document.addEventListener('org-requests-count', (e) => resolve(e.detail.count), { once: true }),
      );
      const el = await mountAdmin();
      expect(await counted).to.equal(2);
      expect(el.count).to.equal(2);
      const rows = el.shadowRoot!.querySelectorAll('[part~="request"]');
      expect(rows).to.have.length(2);
      const applicant = rowOf(el, APPLICANT);
      const slug = mockUdata.userByKey(VIEWER_KEYS.applicant)!.slug;
      expect(applicant.querySelector('a')!.getAttribute('href')).to.equal(`https://udata.example/users/${slug}/`);
      expect(applicant.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-18T14:02:00+00:00');
      expect(applicant.textContent).to.include('18 novembre 2026');
      const hostile = rowOf(el, HOSTILE.lastName);
      const comment = hostile.querySelector<HTMLElement>('[part~="comment"]')!;
      expect(comment.textContent).to.equal(HOSTILE.comment);
      // Line breaks kept, as a person sees them: the second line starts below the first, at its left.
      const [first, second] = [wordRect(comment, 'Bonjour'), wordRect(comment, 'Deuxième')];
      expect(second.top).to.be.greaterThan(first.bottom - 1);
      expect(Math.abs(second.left - first.left)).to.be.lessThan(1);
      assertNone(el, 'img:not(.avatar img), script, b');
      const [list] = mockUdata.recorded('GET', 'membership/');
      expect(list.path).to.equal(membership);
      expect(list.query).to.deep.equal({ status: 'pending' });
      await expect(el).to.be.accessible();
    });

    it('accepts as editor: the request leaves the list and the decision is announced', async () => {
      const el = await mountAdmin();
      const accepted = oneEvent(el, 'org-request-accepted');
      rowOf(el, APPLICANT).querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
      const { detail } = await accepted;
      expect(detail.member).to.deep.include({ role: 'editor' });
      expect(detail.request.user!.first_name).to.equal('François');
      const [post] = mockUdata.recorded('POST');
      expect(post.path).to.equal(`${membership}${detail.request.id}/accept/`);
      expect(post.apiKey).to.equal(VIEWER_KEYS.admin);
      expect(mockUdata.recorded('PUT')).to.have.length(0);
      await waitForText(el, `${APPLICANT} a rejoint l’organisation (éditeur).`);
      // Gone from the DOM, not only from what is rendered (a row may be skipped until painted).
      expect(el.shadowRoot!.textContent).not.to.include('Je travaille au service SIG');
      expect(el.count).to.equal(1);
      // Focus stays in the list, on the next request.
      await waitUntil(() => deepActiveElement()?.getAttribute('part') === 'accept', 'focus on the next request');
      await expect(el).to.be.accessible();
    });

    it('accepts as admin with a second PUT of the role', async () => {
      const el = await mountAdmin();
      const row = rowOf(el, APPLICANT);
      const select = row.querySelector<HTMLSelectElement>('[part~="role"]')!;
      select.value = 'admin';
      select.dispatchEvent(new Event('change'));
      const accepted = oneEvent(el, 'org-request-accepted');
      row.querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
      expect((await accepted).detail.member.role).to.equal('admin');
      const [put] = mockUdata.recorded('PUT');
      expect(put.path).to.match(/^organizations\/[0-9a-f]{24}\/member\/[0-9a-f]{24}\/$/);
      expect(put.body).to.deep.equal({ role: 'admin' });
      await waitForText(el, '(administrateur)');
    });

    it('says what is left when the promotion to admin fails after the accept', async () => {
      const el = await mountAdmin();
      const row = rowOf(el, APPLICANT);
      const select = row.querySelector<HTMLSelectElement>('[part~="role"]')!;
      select.value = 'admin';
      select.dispatchEvent(new Event('change'));
      mockUdata.fail({ method: 'PUT', status: 500 });
      row.querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
      await waitForText(el, 'le passage en administrateur a échoué');
      expect(el.count).to.equal(1);
    });

    it('sends one request for a double click, with visible progress on a slow answer', async () => {
      const el = await mountAdmin();
      mockUdata.fail({ method: 'POST', delayMs: 300 });
      const button = rowOf(el, APPLICANT).querySelector<HTMLButtonElement>('[part~="accept"]')!;
      button.click();
      button.click();
      await waitForText(el, 'Acceptation…');
      await waitForText(el, 'a rejoint l’organisation');
      expect(mockUdata.recorded('POST')).to.have.length(1);
    });

    it('refuses with a required reason', async () => {
      const el = await mountAdmin();
      const refuseButton = rowOf(el, APPLICANT).querySelector<HTMLButtonElement>('[part~="refuse"]')!;
      refuseButton.click();
      const dialog = await waitFor<HTMLDialogElement>(el, 'dialog[open]');
      expect(textOf(el)).to.include(`Refuser la demande de ${APPLICANT}`);
      await waitUntil(() => deepActiveElement() === $(el, 'textarea'), 'focus in the reason');
      $<HTMLButtonElement>(el, 'dialog [part~="submit"]')!.click();
      await waitForText(el, 'Indiquez le motif du refus.');
      expect(mockUdata.recorded('POST')).to.have.length(0);
      await expect(el).to.be.accessible();

      const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
      textarea.value = 'Hors du périmètre de la DREAL.';
      textarea.dispatchEvent(new Event('input'));
      const refused = oneEvent(el, 'org-request-refused');
      $<HTMLButtonElement>(el, 'dialog [part~="submit"]')!.click();
      const { detail } = await refused;
      expect(detail.comment).to.equal('Hors du périmètre de la DREAL.');
      const [post] = mockUdata.recorded('POST');
      expect(post.path).to.equal(`${membership}${detail.request.id}/refuse/`);
      expect(post.body).to.deep.equal({ comment: 'Hors du périmètre de la DREAL.' });
      await waitUntil(() => !dialog.isConnected || !dialog.open, 'the dialog closes');
      await waitForText(el, `La demande de ${APPLICANT} a été refusée.`);
      expect(el.count).to.equal(1);
      await waitUntil(() => deepActiveElement()?.getAttribute('part') === 'accept', 'focus on the remaining request');
    });

    it('keeps the reason when the refusal fails', async () => {
      const el = await mountAdmin();
      rowOf(el, APPLICANT).querySelector<HTMLButtonElement>('[part~="refuse"]')!.click();
      const textarea = await waitFor<HTMLTextAreaElement>(el, 'dialog[open] textarea');
      textarea.value = 'Motif';
      textarea.dispatchEvent(new Event('input'));
      mockUdata.fail({ method: 'POST', networkError: true });
      const failed = oneEvent(el, 'org-error');
      $<HTMLButtonElement>(el, 'dialog [part~="submit"]')!.click();
      expect((await failed).detail).to.include({ action: 'refuse-request', status: 0 });
      await waitForText(el, 'Impossible de joindre le serveur.');
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Motif');
    });

    it('another admin was faster: says "already handled" and refreshes the list', async () => {
      const el = await mountAdmin();
      const request = mockUdata.data.requests.find((r) => r.user?.first_name === 'François' && r.org === ORG_IDS.certified)!;
      request.status = 'refused'; // decided elsewhere: udata would still accept it
      rowOf(el, APPLICANT).querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
      await waitForText(el, 'Cette demande a déjà été traitée');
      await waitUntil(() => el.count === 1, 'the list is refreshed');
      expect(mockUdata.recorded('GET', 'membership/')).to.have.length(2);
      expect(mockUdata.recorded('POST', 'membership/'), 'nothing decided again').to.have.length(0);
      expect(mockUdata.organization(ORG_IDS.certified)!.members.some((m) => m.user.first_name === 'François')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('two admins accept at the same instant: the second hears the person is a member already, and as what', async () => {
      const el = await mountAdmin();
      const request = mockUdata.data.requests.find((r) => r.user?.first_name === 'François' && r.org === ORG_IDS.certified)!;
      const user = mockUdata.data.users.find((u) => u.id === request.user!.id)!;
      // Both re-read the request as pending; the other admin's accept (as admin) lands first.
      mockUdata.fail({
        method: 'POST',
        path: 'accept/',
        status: 409,
        json: { user: { id: user.id, first_name: user.first_name, last_name: user.last_name, slug: user.slug }, role: 'admin' },
      });
      rowOf(el, APPLICANT).querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
      await waitForText(el, `${APPLICANT} est déjà membre de l’organisation, en tant qu’administrateur`);
      expect(textOf(el)).not.to.include('code 409');
      await expect(el).to.be.accessible();
    });

    it('a request refused elsewhere while the refusal dialog was open is not refused again', async () => {
      const el = await mountAdmin();
      rowOf(el, APPLICANT).querySelector<HTMLButtonElement>('[part~="refuse"]')!.click();
      const reason = await waitFor<HTMLTextAreaElement>(el, '#refuse-reason');
      reason.value = 'Hors périmètre';
      reason.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      mockUdata.data.requests.find((r) => r.user?.first_name === 'François' && r.org === ORG_IDS.certified)!.status = 'accepted';
      el.shadowRoot!.querySelector<HTMLFormElement>('dialog form')!.requestSubmit();
      await waitForText(el, 'Cette demande a déjà été traitée');
      expect(mockUdata.recorded('POST', 'refuse/')).to.have.length(0);
      await waitUntil(() => el.count === 1, 'the list is refreshed');
    });

    it('shows a failed accept in the row and lets the admin retry', async () => {
      const el = await mountAdmin();
      mockUdata.fail({ method: 'POST', status: 503 });
      const button = rowOf(el, APPLICANT).querySelector<HTMLButtonElement>('[part~="accept"]')!;
      button.click();
      await waitForText(el, 'Le serveur a rencontré une erreur.');
      expect(el.count).to.equal(2);
      rowOf(el, APPLICANT).querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
      await waitForText(el, 'a rejoint l’organisation');
    });

    it('explains the roles it can accept as', async () => {
      const el = await mountAdmin();
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[part~="role"]')!;
      const help = el.shadowRoot!.getElementById(select.getAttribute('aria-describedby')!)!;
      expect(help.textContent).to.include('Administrateur').and.include('gère les membres');
      await expect(el).to.be.accessible();
    });

    it('works with the keyboard alone', async function () {
      // Two round trips (the pending list re-read, then the decision): slow browsers under load need more than 4 s.
      this.timeout(20_000);
      const el = await mountAdmin();
      const select = rowOf(el, APPLICANT).querySelector<HTMLSelectElement>('[part~="role"]')!;
      select.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.getAttribute('part')).to.equal('accept');
      await sendKeys({ press: 'Enter' });
      await waitForText(el, 'a rejoint l’organisation', undefined, 15_000).catch((error: Error) => {
        throw new Error(
          `${error.message}; requests: ${mockUdata.requests.map((r) => `${r.method} ${r.path}`).join(', ')}; focus: ${deepActiveElement()?.outerHTML.slice(0, 80)}`,
        );
      });
    });

    it('says when there is no request, and counts 0', async () => {
      const counted = new Promise<number>((resolve) =>
        document.addEventListener('org-requests-count', (e) => resolve(e.detail.count), { once: true }),
      );
      const el = await mount('key-solo-aicha', { org: ORG_IDS.solo });
      await waitForText(el, 'Aucune demande d’adhésion en attente.');
      expect(await counted).to.equal(0);
    });

    it('speaks English', async () => {
      const el = await mount(VIEWER_KEYS.admin, { lang: 'en' });
      await waitForText(el, 'Requested on November 18, 2026');
      expect(textOf(el)).to.include('Accept').and.include('Refuse');
    });

    it('a failed load says so and retries', async () => {
      mockUdata.fail({ method: 'GET', path: 'membership/', status: 500 });
      const el = await mount(VIEWER_KEYS.admin);
      await waitForText(el, 'Le serveur a rencontré une erreur.');
      $<HTMLButtonElement>(el, '[part~="error"] button')!.click();
      await waitFor(el, '[part~="request"]');
    });
  });

  describe('sysadmin', () => {
    it('decides like an admin', async () => {
      const el = await mount(VIEWER_KEYS.sysadmin);
      await waitFor(el, '[part~="accept"]');
    });
  });

  describe('editor', () => {
    it('recent udata (403): says only administrators can see the requests, not "error"', async () => {
      let errors = 0;
      const count = () => errors++;
      document.addEventListener('org-error', count);
      const el = await mount(VIEWER_KEYS.editor);
      await waitForText(el, 'seuls les administrateurs de l’organisation peuvent voir les demandes');
      document.removeEventListener('org-error', count);
      expect(errors).to.equal(0);
      assertNone(el, '[part~="error"]');
      await expect(el).to.be.accessible();
    });

    it('a server that follows the guide: the list, read-only', async () => {
      mockUdata.flavour.editorsMayListRequests = true;
      const el = await mount(VIEWER_KEYS.editor);
      await waitFor(el, '[part~="request"]');
      assertNone(el, 'button');
      assertNone(el, 'select');
      await expect(el).to.be.accessible();
    });
  });

  describe('anonymous and non-members', () => {
    for (const [who, key] of [
      ['anonymous', undefined],
      ['non-member', VIEWER_KEYS.nonMember],
      ['applicant', VIEWER_KEYS.applicant],
    ] as const) {
      it(`${who}: a short message, never the requests`, async () => {
        const el = await mount(key);
        await waitForText(el, 'Seuls les membres de l’organisation peuvent voir ses demandes d’adhésion.');
        expect(mockUdata.recorded('GET', 'membership/')).to.have.length(0);
        assertNone(el, '[part~="request"]');
        await expect(el).to.be.accessible();
      });
    }
  });
});
