import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { deepActiveElement, textOf, waitFor, waitForText } from '../support/dom.js';
import { typeKeys } from '../support/keyboard.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';
import type { OrgMembers } from '../../src/components/org-members/org-members.js';
import { button, itemWith, items, mountInbox, notify, openPanel, restorePage, showPage, unreadOnServer } from './support.js';

const FRANCOIS = "François L'Œillet";
const membership = `organizations/${ORG_IDS.certified}/membership/`;
const countShown = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="count"]')?.textContent!.trim() ?? '0';

describe('<org-notifications> decisions in place', () => {
  useMockApi();

  it('an admin accepts a join request as administrator: looked up again first, then accept and the role; the members follow', async () => {
    const page = fixtureSync(
      html`<div lang="fr">
        <org-members api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.admin}></org-members>
      </div>`,
    );
    const members = page.querySelector<OrgMembers>('org-members')!;
    await waitFor(members, 'tbody tr');
    const el = mountInbox();
    await openPanel(el);
    const item = itemWith(el, `${FRANCOIS} demande à rejoindre`);
    await waitUntil(() => item.querySelector('[part~="comment"]'), 'the applicant’s message');
    expect(item.querySelector('[part~="comment"]')!.textContent).to.include('Je travaille au service SIG');
    const role = item.querySelector<HTMLSelectElement>('[part~="role"]')!;
    role.value = 'admin';
    role.dispatchEvent(new Event('change'));
    const accepted = oneEvent(el, 'org-request-accepted');
    item.querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
    item.querySelector<HTMLButtonElement>('[part~="accept"]')!.click(); // a double click sends once
    const { detail } = await accepted;
    expect(detail.member.role).to.equal('admin');
    // Looked up to show it, and again just before deciding.
    const lookups = mockUdata.recorded('GET', 'membership/').filter((r) => r.query.user === detail.request.user!.id);
    expect(lookups.length).to.be.greaterThanOrEqual(2);
    lookups.forEach((r) => expect(r.query).to.deep.equal({ status: 'pending', user: detail.request.user!.id }));
    const posts = mockUdata.recorded('POST', 'membership/');
    expect(posts.map((r) => r.path)).to.deep.equal([`${membership}${detail.request.id}/accept/`]);
    expect(mockUdata.recorded('PUT')[0].body).to.deep.equal({ role: 'admin' });
    await waitForText(el, `${FRANCOIS} a rejoint l’organisation (administrateur).`);
    await waitUntil(() => countShown(el) === '5', 'the count read again');
    expect(itemWith(el, `${FRANCOIS} demande`).classList.contains('unread')).to.equal(false);
    expect(itemWith(el, `${FRANCOIS} demande`).querySelector('[part~="accept"]')).to.equal(null);
    await waitUntil(() => textOf(members).includes(FRANCOIS), 'the new member in <org-members>');
    await expect(el).to.be.accessible();
  });

  it('refusing asks for the reason, keeps it through a failure, then sends it', async () => {
    const el = mountInbox();
    await openPanel(el);
    const item = itemWith(el, `${FRANCOIS} demande à rejoindre`);
    await waitUntil(() => item.querySelector('[part~="refuse"]'), 'refuse');
    item.querySelector<HTMLButtonElement>('[part~="refuse"]')!.click();
    await waitUntil(() => item.querySelector('[part~="reason"]'), 'the reason field');
    const reason = item.querySelector<HTMLTextAreaElement>('[part~="reason"]')!;
    await waitUntil(() => deepActiveElement() === reason, 'focus on the reason');
    item.querySelector<HTMLButtonElement>('[part~="refuse-submit"]')!.click();
    await waitForText(el, 'Indiquez le motif du refus.');
    expect(mockUdata.recorded('POST')).to.have.length(0);
    await typeKeys('Pas de lien avec la DREAL.');
    mockUdata.fail({ method: 'POST', path: '/refuse/', status: 500 });
    item.querySelector<HTMLButtonElement>('[part~="refuse-submit"]')!.click();
    await waitUntil(() => item.querySelector('[part~="error"]'), 'the failure beside the form');
    expect(item.querySelector<HTMLTextAreaElement>('[part~="reason"]')!.value).to.equal('Pas de lien avec la DREAL.');
    const refused = oneEvent(el, 'org-request-refused');
    item.querySelector<HTMLButtonElement>('[part~="refuse-submit"]')!.click();
    expect((await refused).detail.comment).to.equal('Pas de lien avec la DREAL.');
    const posts = mockUdata.recorded('POST', '/refuse/');
    expect(posts[posts.length - 1].body).to.deep.equal({ comment: 'Pas de lien avec la DREAL.' });
    await waitForText(el, `La demande de ${FRANCOIS} a été refusée.`);
  });

  it('a request another admin handled meanwhile is said, not decided again', async () => {
    const el = mountInbox();
    await openPanel(el);
    const item = itemWith(el, `${FRANCOIS} demande à rejoindre`);
    await waitUntil(() => item.querySelector('[part~="accept"]'), 'accept');
    mockUdata.data.requests.find((r) => r.user?.first_name === 'François' && r.org === ORG_IDS.certified)!.status = 'refused';
    item.querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
    await waitUntil(() => item.querySelector('[part~="handled"]'), 'said handled');
    expect(item.textContent).to.include('Cette demande a déjà été traitée');
    expect(mockUdata.recorded('POST')).to.have.length(0);
  });

  it('the invited person accepts their invitation in place', async () => {
    const el = mountInbox(VIEWER_KEYS.invited);
    await openPanel(el);
    // The count and the list are two requests: either may answer first.
    await waitUntil(() => countShown(el) === '1', 'one unread');
    const item = itemWith(el, 'Vous êtes invité à rejoindre Direction régionale');
    await waitUntil(() => item.querySelector('[part~="accept"]'), 'accept');
    expect(item.textContent).to.include('Rôle proposé\u00a0: éditeur.');
    expect(item.querySelector('[part~="comment"]')!.textContent).to.include('<b>Élodie</b>');
    const accepted = oneEvent(el, 'org-invitation-accepted');
    item.querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
    const { detail } = await accepted;
    expect(mockUdata.recorded('POST').map((r) => r.path)).to.deep.equal([`me/org_invitations/${detail.invitation.id}/accept/`]);
    await waitForText(el, 'Invitation acceptée');
    await waitUntil(() => countShown(el) === '0', 'nothing unread');
    expect(unreadOnServer(VIEWER_KEYS.invited)).to.equal(0);
  });

  it('declining asks to confirm first', async () => {
    const el = mountInbox(VIEWER_KEYS.invited, { lang: 'en' });
    await openPanel(el);
    const item = itemWith(el, 'You are invited to join');
    await waitUntil(() => item.querySelector('[part~="decline"]'), 'decline');
    item.querySelector<HTMLButtonElement>('[part~="decline"]')!.click();
    await waitUntil(() => item.querySelector('[part~="decline-submit"]'), 'confirm');
    expect(mockUdata.recorded('POST')).to.have.length(0);
    const refused = oneEvent(el, 'org-invitation-refused');
    item.querySelector<HTMLButtonElement>('[part~="decline-submit"]')!.click();
    await refused;
    expect(mockUdata.recorded('POST')[0].path).to.match(/^me\/org_invitations\/[^/]+\/refuse\/$/);
    await waitForText(el, 'Invitation declined.');
  });

  it('an admin answers a transfer in place, as <org-transfers> does: confirmed, read again, then the answer', async () => {
    const el = mountInbox();
    await openPanel(el);
    const item = itemWith(el, 'propose de transférer un jeu de données');
    await waitUntil(() => item.querySelector('[part~="accept"]'), 'accept');
    expect(item.textContent).to.include('Inventaire des haies bocagères du Pilat');
    const [lookup] = mockUdata.recorded('GET', 'transfer/');
    expect(lookup.query).to.deep.equal({ subject: '00000000000000000001d1f4', recipient: ORG_IDS.certified, status: 'pending' });
    item.querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
    await waitUntil(() => item.querySelector('[part~="accept-submit"]'), 'the confirmation');
    expect(item.textContent).to.include('Cette réponse est définitive.');
    expect(mockUdata.recorded('POST')).to.have.length(0);
    await waitUntil(() => deepActiveElement()?.tagName === 'TEXTAREA', 'focus on the comment');
    await typeKeys('Merci Chloé.');
    const accepted = oneEvent(el, 'org-transfer-accepted');
    item.querySelector<HTMLButtonElement>('[part~="accept-submit"]')!.click();
    const { detail } = await accepted;
    expect(mockUdata.recorded('GET', `transfer/${detail.transfer.id}/`)).to.have.length(1);
    expect(mockUdata.recorded('POST').map((r) => [r.path, r.body])).to.deep.equal([
      [`transfer/${detail.transfer.id}/`, { response: 'accept', comment: 'Merci Chloé.' }],
    ]);
    await waitUntil(() => countShown(el) === '5', 'the count read again');
    expect(itemWith(el, 'propose de transférer').classList.contains('unread')).to.equal(false);
  });

  it('with org, keeps only that organization’s notifications and counts them from the unread ones', async () => {
    notify(VIEWER_KEYS.admin, { class: 'NewBadgeNotificationDetails', organization: ORG_IDS.solo, kind: 'association' });
    const el = mountInbox(VIEWER_KEYS.admin, { org: ORG_SLUGS.certified });
    await waitUntil(() => countShown(el) !== '0', 'a count');
    const counting = mockUdata
      .recorded('GET', 'notifications/')
      .find((r) => r.query.handled === 'false' && r.apiKey === VIEWER_KEYS.admin)!;
    expect(counting.query).to.deep.include({ page: '1', page_size: '100' });
    await openPanel(el);
    expect(textOf(el)).not.to.include('Association');
    expect(items(el).every((item) => !item.textContent!.includes('badge «\u00a0Association'))).to.equal(true);
    itemWith(el, `${FRANCOIS} demande à rejoindre`);
    const withoutOrg = mountInbox(VIEWER_KEYS.admin);
    await openPanel(withoutOrg);
    itemWith(withoutOrg, 'badge «\u00a0Association\u00a0»');
  });

  it('refreshes the count while the page is visible, never while hidden, and at once when visible again', async () => {
    showPage('visible');
    try {
      const el = mountInbox(VIEWER_KEYS.admin, { refresh: '1' });
      await waitFor(el, '[part~="count"]');
      const counts = () => mockUdata.recorded('GET', 'notifications/').filter((r) => r.query.page_size === '1').length;
      await waitUntil(() => counts() >= 2, 'a second reading after a second', { timeout: 4000 });
      showPage('hidden');
      const hiddenAt = counts();
      await new Promise((resolve) => setTimeout(resolve, 2200));
      expect(counts()).to.equal(hiddenAt);
      notify(VIEWER_KEYS.admin, { class: 'MembershipAcceptedNotificationDetails', organization: ORG_IDS.certified });
      showPage('visible');
      await waitUntil(() => countShown(el) === '7', 'read again as soon as visible', { timeout: 900 });
    } finally {
      restorePage();
    }
  });

  it('a read in one inbox updates the other inboxes of the same viewer; a hidden one catches up when shown', async () => {
    showPage('visible');
    try {
      const first = mountInbox();
      const second = mountInbox(VIEWER_KEYS.admin, { refresh: '0' });
      await waitUntil(() => countShown(second) === '6', 'second counted');
      await openPanel(first);
      itemWith(first, 'a reçu le badge').querySelector<HTMLButtonElement>('[part~="mark-read"]')!.click();
      await waitUntil(() => countShown(second) === '5', 'the other inbox follows');
      expect(button(second).textContent).to.include('5 non lues');
      // Hidden, it asks nothing; shown again, it catches up (even with no refresh interval).
      showPage('hidden');
      const asked = mockUdata.recorded('GET', 'notifications/').length;
      itemWith(first, 'a ouvert la discussion').querySelector<HTMLButtonElement>('[part~="mark-read"]')!.click();
      await waitUntil(() => countShown(first) === '4', 'the first inbox counts its own read');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(countShown(second)).to.equal('5');
      expect(mockUdata.recorded('GET', 'notifications/').length - asked).to.be.lessThanOrEqual(2); // the first inbox's own
      showPage('visible');
      await waitUntil(() => countShown(second) === '4', 'caught up when shown');
    } finally {
      restorePage();
    }
  });

  it('a decision taken in <pending-requests> updates the count', async () => {
    const el = mountInbox();
    await waitUntil(() => countShown(el) === '6', 'counted');
    const page = fixtureSync(
      html`<pending-requests
        api-base=${MOCK_API_BASE}
        org=${ORG_SLUGS.certified}
        api-key=${VIEWER_KEYS.admin}
      ></pending-requests>`,
    );
    const row = await waitFor(page, '[part~="request"]');
    row.querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
    await waitUntil(() => countShown(el) === '5', 'the inbox follows');
  });
});
