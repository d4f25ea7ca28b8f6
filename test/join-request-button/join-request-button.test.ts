import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JoinRequestButton } from '../../src/components/join-request-button/join-request-button.js';
import { $, assertFocused, deepActiveElement, assertNone, textOf, waitFor, waitForText } from '../support/dom.js';
import { HOSTILE, MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';
import { typeKeys } from '../support/keyboard.js';

const membershipPath = `organizations/${ORG_IDS.certified}/membership/`;

async function mount(apiKey?: string, lang = 'fr', org: string = ORG_SLUGS.certified): Promise<JoinRequestButton> {
  const wrapper = fixtureSync(
    html`<div lang=${lang}>
      <join-request-button api-base=${MOCK_API_BASE} org=${org} api-key=${apiKey ?? ''}></join-request-button>
    </div>`,
  );
  return wrapper.querySelector('join-request-button')!;
}

/** A non-member with the "ask to join" button on screen. */
async function mountAsker(lang = 'fr') {
  const el = await mount(VIEWER_KEYS.nonMember, lang);
  const button = await waitFor<HTMLButtonElement>(el, 'button[part="button"]');
  return { el, button };
}

async function openDialog(el: JoinRequestButton, button: HTMLButtonElement) {
  button.click();
  const dialog = await waitFor<HTMLDialogElement>(el, 'dialog[open]');
  const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
  return { dialog, textarea };
}

const typeComment = (textarea: HTMLTextAreaElement, text: string) => {
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};

const submitButton = (el: Element) => $<HTMLButtonElement>(el, 'button[part="submit"]')!;

describe('<join-request-button>', () => {
  useMockApi();
  afterEach(() => {
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  describe('anonymous visitor', () => {
    it('shows a "log in to join" link back to this page, and asks nothing about the user', async () => {
      const el = await mount();
      const link = await waitFor<HTMLAnchorElement>(el, 'a[part="login-link"]');
      expect(link.textContent!.trim()).to.equal('Se connecter pour rejoindre');
      expect(link.href).to.equal(`https://udata.example/login?next=${encodeURIComponent(window.location.href)}`);
      assertNone(el, 'button');
      expect(mockUdata.recorded('GET', 'me/')).to.have.length(0);
      expect(mockUdata.recorded('GET', 'membership/')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('appends next= to a login-url that has a query already', async () => {
      const el = await mount();
      el.loginUrl = 'https://sso.example.org/auth?client=portal';
      const link = await waitFor<HTMLAnchorElement>(el, 'a[part="login-link"]');
      await el.updateComplete;
      expect(link.href).to.equal(`https://sso.example.org/auth?client=portal&next=${encodeURIComponent(window.location.href)}`);
    });

    it('speaks English when the page says so', async () => {
      const el = await mount(undefined, 'en');
      await waitForText(el, 'Log in to join');
    });
  });

  describe('member', () => {
    it('says so with the role, and offers no button', async () => {
      const el = await mount(VIEWER_KEYS.editor);
      await waitForText(el, 'Vous êtes membre de cette organisation (éditeur).');
      assertNone(el, 'button');
      expect(mockUdata.recorded('GET', 'membership/')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows an admin as Administrator in English', async () => {
      const el = await mount(VIEWER_KEYS.admin, 'en');
      await waitForText(el, 'You are a member of this organization (Administrator).');
    });
  });

  describe('applicant with a pending request', () => {
    it('says the request is pending and offers no second request', async () => {
      const el = await mount(VIEWER_KEYS.applicant);
      await waitForText(el, "Demande d'adhésion en attente");
      assertNone(el, 'button');
      const [check] = mockUdata.recorded('GET', 'membership/');
      const applicant = mockUdata.userByKey(VIEWER_KEYS.applicant)!;
      expect(check.path).to.equal(membershipPath);
      expect(check.query).to.deep.equal({ user: applicant.id, status: 'pending' });
      expect(check.apiKey).to.equal(VIEWER_KEYS.applicant);
      await expect(el).to.be.accessible();
    });

    it('offers the button when the server will not say (403 on the list)', async () => {
      mockUdata.fail({ path: 'membership/', method: 'GET', status: 403 });
      const el = await mount(VIEWER_KEYS.applicant);
      await waitFor(el, 'button[part="button"]');
    });
  });

  describe('logged-in non-member', () => {
    it('asks for the viewer’s invitations beside /me/ and the organization, not after them', async () => {
      mockUdata.fail({ method: 'GET', path: /^me\/$/, delayMs: 20_000 }); // /me/ is still on its way
      await mount(VIEWER_KEYS.nonMember);
      await waitUntil(() => mockUdata.recorded('GET', 'me/org_invitations/').length === 1, 'invitations asked at once');
      expect(mockUdata.recorded('GET', /^organizations\/[^/]+\/$/)).to.have.length(1);
    });

    it('offers the button while its own-request lookup (which needs /me/) is still running', async () => {
      mockUdata.fail({ method: 'GET', path: 'membership/', delayMs: 20_000 });
      const el = await mount(VIEWER_KEYS.nonMember);
      const button = await waitFor<HTMLButtonElement>(el, 'button[part~="button"]');
      expect(button.textContent!.trim()).to.equal("Demander à rejoindre l'organisation");
      await waitUntil(() => mockUdata.recorded('GET', 'membership/').length === 1, 'the lookup was sent, not answered');
    });

    it('asks to join through a modal dialog with a required comment', async () => {
      const { el, button } = await mountAsker();
      expect(button.textContent!.trim()).to.equal("Demander à rejoindre l'organisation");
      await expect(el).to.be.accessible();

      const { dialog, textarea } = await openDialog(el, button);
      expect(dialog.matches(':modal')).to.equal(true);
      assertFocused(textarea);
      expect(textOf(dialog)).to.include('Pourquoi souhaitez-vous rejoindre cette organisation ?');
      await expect(el).to.be.accessible();

      // Empty comment: nothing is sent, the field says why.
      submitButton(el).click();
      await waitForText(el, 'Veuillez expliquer pourquoi vous souhaitez rejoindre l’organisation.');
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
      expect(mockUdata.recorded('POST')).to.have.length(0);
      await expect(el).to.be.accessible();
      // A blank comment neither: udata would accept it.
      typeComment(textarea, '  \n\t ');
      submitButton(el).click();
      await waitForText(el, 'Veuillez expliquer pourquoi vous souhaitez rejoindre l’organisation.');
      expect(mockUdata.recorded('POST')).to.have.length(0);

      typeComment(textarea, 'Je gère les données air du service SIG.');
      const requested = oneEvent(el, 'org-join-requested');
      submitButton(el).click();
      const { detail } = await requested;

      expect(detail.request).to.include({ status: 'pending', comment: 'Je gère les données air du service SIG.' });
      const [post] = mockUdata.recorded('POST');
      expect(post.path).to.equal(membershipPath);
      expect(post.body).to.deep.equal({ comment: 'Je gère les données air du service SIG.' });
      expect(post.apiKey).to.equal(VIEWER_KEYS.nonMember);

      await waitUntil(() => !dialog.open, 'the dialog closes');
      await waitForText(el, "Demande d'adhésion en attente");
      await waitForText(el, 'les administrateurs de l’organisation ont été notifiés');
      expect($(el, '[part="notice"]')!.getAttribute('role')).to.equal('status');
      assertNone(el, 'button[part="button"]');
      // The opener is gone: focus lands on the new state, not on the page body.
      await waitUntil(() => deepActiveElement() === $(el, '[part="state"]'), 'focus moves to the new state');
      await expect(el).to.be.accessible();
    });

    it('two buttons for one organization ask the server once, and both show a request sent by either', async () => {
      const wrapper = fixtureSync(
        html`<div lang="fr">
          <join-request-button
            api-base=${MOCK_API_BASE}
            org=${ORG_SLUGS.certified}
            api-key=${VIEWER_KEYS.nonMember}
          ></join-request-button>
          <join-request-button
            api-base=${MOCK_API_BASE}
            org=${ORG_SLUGS.certified}
            api-key=${VIEWER_KEYS.nonMember}
          ></join-request-button>
        </div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('join-request-button')];
      const button = await waitFor<HTMLButtonElement>(first, 'button[part="button"]');
      await waitFor(second, 'button[part="button"]');
      // The own-request lookup runs while the buttons are offered: once for both.
      await waitUntil(() => mockUdata.recorded('GET', 'membership/').length > 0, 'the own-request lookup');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(mockUdata.recorded('GET', 'membership/')).to.have.length(1);

      const { textarea } = await openDialog(first, button);
      typeComment(textarea, 'Je gère les données air.');
      submitButton(first).click();
      await waitForText(second, "Demande d'adhésion en attente");
      assertNone(second, 'button[part="button"]');
      expect(mockUdata.recorded('POST')).to.have.length(1);
    });

    it('closes on Escape, gives focus back to the button and keeps the comment', async () => {
      const { el, button } = await mountAsker();
      button.focus();
      const { dialog, textarea } = await openDialog(el, button);
      typeComment(textarea, 'Brouillon');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'Escape closes the dialog');
      assertFocused(button);
      button.click();
      await waitUntil(() => dialog.open);
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Brouillon');
      expect(mockUdata.recorded('POST')).to.have.length(0);
    });

    it('works with the keyboard alone', async () => {
      const { el, button } = await mountAsker();
      const before = document.createElement('button');
      before.textContent = 'avant';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      assertFocused(button);
      await sendKeys({ press: 'Enter' });
      await waitFor(el, 'dialog[open]');
      await typeKeys('Je suis cartographe.');
      await sendKeys({ press: 'Tab' }); // cancel
      await sendKeys({ press: 'Tab' }); // submit
      assertFocused(submitButton(el));
      const requested = oneEvent(el, 'org-join-requested');
      await sendKeys({ press: 'Enter' });
      await requested;
      expect(mockUdata.recorded('POST')[0].body).to.deep.equal({ comment: 'Je suis cartographe.' });
      before.remove();
    });

    it('updates a pending request it did not know of (200) and says so', async () => {
      mockUdata.fail({ path: 'membership/', method: 'GET', status: 403 });
      const el = await mount(VIEWER_KEYS.applicant);
      const button = await waitFor<HTMLButtonElement>(el, 'button[part="button"]');
      const { textarea } = await openDialog(el, button);
      typeComment(textarea, 'Précision');
      submitButton(el).click();
      await waitForText(el, 'Votre demande en attente a été mise à jour');
    });

    it('shows progress on a slow answer and sends one request for a double click', async () => {
      const { el, button } = await mountAsker();
      const { textarea } = await openDialog(el, button);
      typeComment(textarea, 'Bonjour');
      mockUdata.fail({ method: 'POST', delayMs: 400 });
      submitButton(el).click();
      submitButton(el).click();
      await waitForText(el, 'Envoi en cours…');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      submitButton(el).click();
      await waitForText(el, "Demande d'adhésion en attente");
      expect(mockUdata.recorded('POST')).to.have.length(1);
    });

    it('speaks English', async () => {
      const { el, button } = await mountAsker('en');
      expect(button.textContent!.trim()).to.equal('Ask to join the organization');
      await openDialog(el, button);
      expect(textOf(el)).to.include('Why do you want to join this organization?');
    });

    it('shows hostile strings from the API as text', async () => {
      mockUdata.organization(ORG_IDS.certified)!.name = HOSTILE.name;
      const { el, button } = await mountAsker();
      await openDialog(el, button);
      expect(textOf(el)).to.include(HOSTILE.name);
      assertNone(el, 'img, script');
    });
  });

  describe('failures on submit keep the comment and say what happened', () => {
    const cases: Array<{ name: string; failure: Parameters<typeof mockUdata.fail>[0]; expected: string; status: number }> = [
      {
        name: '400 with field errors',
        failure: { status: 400, json: { errors: { comment: ['Le commentaire est trop court.'] }, message: 'Validation error' } },
        expected: 'Le commentaire est trop court.',
        status: 400,
      },
      { name: '401', failure: { status: 401, json: { message: 'Unauthorized' } }, expected: 'Reconnectez-vous', status: 401 },
      {
        name: '403',
        failure: { status: 403, json: { message: 'Forbidden' } },
        expected: 'Vous n’avez pas les droits nécessaires',
        status: 403,
      },
      {
        name: '404',
        failure: { status: 404, json: { message: 'Not found' } },
        expected: 'Cette organisation est introuvable.',
        status: 404,
      },
      {
        name: '410',
        failure: { status: 410, json: { message: 'Deleted' } },
        expected: 'Cette organisation a été supprimée.',
        status: 410,
      },
      {
        name: '500',
        failure: { status: 500, json: { message: 'Boom' } },
        expected: 'Le serveur a rencontré une erreur.',
        status: 500,
      },
      { name: 'network down', failure: { networkError: true }, expected: 'Impossible de joindre le serveur.', status: 0 },
      { name: 'malformed JSON', failure: { status: 201, text: '{"id": ' }, expected: 'réponse illisible', status: 201 },
    ];
    for (const { name, failure, expected, status } of cases) {
      it(name, async () => {
        const { el, button } = await mountAsker();
        const { dialog, textarea } = await openDialog(el, button);
        typeComment(textarea, 'Mon commentaire précieux');
        mockUdata.fail({ method: 'POST', ...failure });
        const errorEvent = oneEvent(el, 'org-error');
        submitButton(el).click();
        const { detail } = await errorEvent;
        expect(detail).to.include({ action: 'join-request', status });
        expect(detail.message).to.be.a('string').and.not.equal('');
        await waitForText(el, expected);
        expect(dialog.open).to.equal(true);
        expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Mon commentaire précieux');
        await expect(el).to.be.accessible();
        // Retrying once the server is back works and sends the same comment.
        submitButton(el).click();
        await waitForText(el, "Demande d'adhésion en attente");
        expect(mockUdata.recorded('POST').at(-1)!.body).to.deep.equal({ comment: 'Mon commentaire précieux' });
      });
    }

    it('a viewer who became a member meanwhile sends nothing (udata would record the request) and sees the member state', async () => {
      const { el, button } = await mountAsker();
      const { textarea } = await openDialog(el, button);
      typeComment(textarea, 'Bonjour');
      const org = mockUdata.organization(ORG_IDS.certified)!;
      const me = mockUdata.userByKey(VIEWER_KEYS.nonMember)!;
      org.members.push({
        user: { id: me.id, first_name: me.first_name, last_name: me.last_name, slug: me.slug },
        role: 'editor',
      });
      submitButton(el).click();
      await waitForText(el, 'Vous êtes membre de cette organisation (éditeur).');
      expect(mockUdata.recorded('POST', 'membership/')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('load failures', () => {
    it('a rejected API key says so, and tells the page once', async () => {
      const errors: CustomEvent[] = [];
      const listener = (e: Event) => errors.push(e as CustomEvent);
      document.addEventListener('org-error', listener);
      const el = await mount('not-a-key');
      await waitForText(el, 'votre clé d’API n’est pas valide');
      document.removeEventListener('org-error', listener);
      expect(errors.map((e) => e.detail.status)).to.deep.equal([401]);
      expect(errors[0].detail.action).to.be.oneOf(['load-organization', 'load-current-user']);
      await expect(el).to.be.accessible();
    });

    it('a deleted organization says so', async () => {
      const el = await mount(VIEWER_KEYS.nonMember, 'fr', ORG_IDS.deleted);
      await waitForText(el, 'Cette organisation a été supprimée.');
    });

    it('a server error offers to retry, and the retry works', async () => {
      mockUdata.fail({ method: 'GET', path: /^organizations\/[^/]+\/$/, status: 503 });
      const el = await mount(VIEWER_KEYS.nonMember);
      await waitForText(el, 'Le serveur a rencontré une erreur.');
      const retry = await waitFor<HTMLButtonElement>(el, '[part="error"] button');
      retry.click();
      await waitFor(el, 'button[part="button"]');
    });
  });
});
