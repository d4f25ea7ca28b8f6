import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { assertNone, deepActiveElement, textOf, waitFor, waitForText } from '../support/dom.js';
import { HOSTILE, MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';
import { SITE, button, itemWith, items, mountInbox, notify, openPanel, unreadOnServer } from './support.js';

const DREAL = 'Direction régionale';

describe('<org-notifications>', () => {
  useMockApi();
  afterEach(() => {
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('shows the unread count on its button, from one page of one unhandled notification', async () => {
    const counted = new Promise<number>((resolve) =>
      document.addEventListener('org-notifications-count', (e) => resolve(e.detail.count), { once: true }),
    );
    const el = mountInbox();
    expect(await counted).to.equal(6);
    const count = await waitFor(el, '[part~="count"]');
    expect(count.textContent!.trim()).to.equal('6');
    expect(button(el).textContent).to.include('Notifications, 6 non lues');
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    const [read] = mockUdata.recorded('GET', 'notifications/');
    expect(read.query).to.deep.equal({ handled: 'false', page_size: '1' });
    expect(read.apiKey).to.equal(VIEWER_KEYS.admin);
    await expect(el).to.be.accessible();
  });

  it('renders nothing for an anonymous visitor and asks nothing', async () => {
    const el = mountInbox('');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.shadowRoot!.querySelector('[part~="button"]')).to.equal(null);
    expect(textOf(el)).to.equal('');
    expect(mockUdata.recorded('GET', 'notifications/')).to.have.length(0);
  });

  it('lists every notification newest first, each saying what, where, by whom, when and whether it is unread', async () => {
    const el = mountInbox();
    const panel = await openPanel(el);
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(items(el)).to.have.length(8);
    const dates = items(el).map((item) => item.querySelector('time')!.getAttribute('datetime')!);
    expect([...dates].sort().reverse()).to.deep.equal(dates);
    const request = itemWith(el, "François L'Œillet demande à rejoindre");
    expect(request.textContent).to.include(DREAL);
    expect(request.querySelector('[part~="text"]')!.textContent).to.match(/^Non lue\. /);
    expect(request.getAttribute('part')).to.equal('notification unread');
    expect(itemWith(el, 'a reçu le badge').textContent).to.include('«\u00a0Certifiée\u00a0»');
    expect(itemWith(el, 'propose de transférer un jeu de données').textContent).to.include('Chloé Dubois');
    const discussion = itemWith(el, 'a ouvert la discussion');
    expect(discussion.querySelector('a')!.getAttribute('href')).to.match(new RegExp(`^${SITE}/`));
    // Decided meanwhile: read, not decided again.
    const refused = items(el).filter((item) => !item.classList.contains('unread'));
    expect(refused).to.have.length(2);
    refused.forEach((item) => expect(item.querySelector('[part~="text"]')!.textContent).to.match(/^Lue\. /));
    // Untrusted names stay text.
    expect(panel.textContent).to.include(HOSTILE.lastName);
    assertNone(el, 'img, script, b');
    const list = mockUdata.recorded('GET', 'notifications/').find((r) => r.query.page === '1' && !r.query.handled)!;
    expect(list.query).to.deep.equal({ page: '1', page_size: '20' });
    await expect(el).to.be.accessible();
  });

  it('says each kind udata sends in a sentence, and a neutral line with its date for a kind it does not know', async () => {
    const admin = VIEWER_KEYS.admin;
    const dreal = ORG_IDS.certified;
    notify(admin, { class: 'MembershipAcceptedNotificationDetails', organization: dreal });
    notify(admin, { class: 'MembershipRefusedNotificationDetails', organization: dreal });
    notify(admin, { class: 'ValidateHarvesterNotificationDetails', source: null, status: 'refused' });
    notify(admin, {
      class: 'DataserviceCreatedNotificationDetails',
      dataservice: { id: 'ds1', title: 'API Adresse', slug: 'api-adresse' },
      dataset: null,
    });
    notify(admin, { class: 'FutureNotificationDetails' } as never);
    const el = mountInbox();
    await openPanel(el);
    itemWith(el, `Votre demande d’adhésion à ${DREAL}`);
    expect(textOf(el)).to.include('a été acceptée.');
    expect(textOf(el)).to.include('a été refusée.');
    itemWith(el, 'Le moissonneur «\u00a0sans titre\u00a0» a été refusé.');
    expect(itemWith(el, 'Nouvelle API «\u00a0API Adresse\u00a0»').querySelector('a')!.getAttribute('href')).to.equal(
      `${SITE}/dataservices/ds1/`,
    );
    const unknown = itemWith(el, 'Nouvelle notification.');
    expect(unknown.querySelector('time')!.textContent!.trim()).to.equal('à l’instant');
  });

  it('marks a notification read: one POST, the count read again, the event, and "read" said', async () => {
    const el = mountInbox();
    await openPanel(el);
    const badge = itemWith(el, 'a reçu le badge');
    const read = oneEvent(el, 'org-notification-read');
    badge.querySelector<HTMLButtonElement>('[part~="mark-read"]')!.click();
    const { detail } = await read;
    expect(detail.notification.handled_at).to.be.a('string');
    const [post] = mockUdata.recorded('POST', 'notifications/');
    expect(post.path).to.equal(`notifications/${detail.notification.id}/read/`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="count"]')?.textContent!.trim() === '5', 'count 5');
    expect(unreadOnServer(VIEWER_KEYS.admin)).to.equal(5);
    expect(itemWith(el, 'a reçu le badge').classList.contains('unread')).to.equal(false);
    await waitForText(el, 'Notification marquée comme lue.');
    // Decisions are not marked read by hand (udata handles them when decided).
    expect(itemWith(el, "François L'Œillet demande").querySelector('[part~="mark-read"]')).to.equal(null);
  });

  it('marks every shown notification that needs no decision read at once', async () => {
    const el = mountInbox();
    await openPanel(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="mark-all-read"]')!.click();
    await waitForText(el, '3 notifications marquées comme lues.');
    expect(mockUdata.recorded('POST', 'notifications/')).to.have.length(3);
    expect(unreadOnServer(VIEWER_KEYS.admin)).to.equal(3);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="count"]')?.textContent!.trim() === '3', 'count 3');
    expect(el.shadowRoot!.querySelector('[part~="mark-all-read"]')).to.equal(null);
  });

  it('opens and closes by keyboard; Escape and a click elsewhere close it, focus back on the button', async () => {
    const el = mountInbox();
    const opener = await waitFor<HTMLButtonElement>(el, '[part~="button"]');
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(el, '[part~="notification"]');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.querySelector('[part~="panel"]')!.contains(deepActiveElement())).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]')!.hidden).to.equal(true);
    expect(deepActiveElement()).to.equal(opener);
    opener.click();
    await waitFor(el, '[part~="notification"]');
    document.querySelector('#elsewhere')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('loads older notifications on demand', async () => {
    for (let i = 0; i < 25; i++) {
      notify(
        VIEWER_KEYS.admin,
        { class: 'MembershipAcceptedNotificationDetails', organization: ORG_IDS.solo },
        {
          created_at: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
          handled_at: new Date(Date.UTC(2025, 1, 1)).toISOString(),
        },
      );
    }
    const el = mountInbox();
    await openPanel(el);
    expect(items(el)).to.have.length(20);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await waitUntil(() => items(el).length === 33, 'all 33');
    expect(el.shadowRoot!.querySelector('[part~="more"]')).to.equal(null);
    expect(mockUdata.recorded('GET', 'notifications/').find((r) => r.query.page === '2')!.query.page_size).to.equal('20');
  });

  it('inside an <org-provider>: one /me/ for every element, and only the provider’s organization', async () => {
    const page = fixtureSync(
      html`<org-provider api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.admin}>
        <org-members></org-members>
        <org-notifications></org-notifications>
      </org-provider>`,
    );
    const el = page.querySelector('org-notifications')!;
    await waitFor(el, '[part~="count"]');
    await waitFor(page.querySelector('org-members')!, 'tbody tr');
    expect(mockUdata.recorded('GET').filter((r) => r.path === 'me/')).to.have.length(1);
    // Counted from the unread ones, kept to the organization (udata has no such filter).
    expect(mockUdata.recorded('GET', 'notifications/')[0].query).to.deep.equal({ handled: 'false', page: '1', page_size: '100' });
  });

  it('says in English', async () => {
    const el = mountInbox(VIEWER_KEYS.admin, { lang: 'en' });
    await openPanel(el);
    await waitUntil(() => button(el).textContent!.includes('Notifications, 6 unread'), 'the count, said in English');
    itemWith(el, "François L'Œillet asks to join");
    itemWith(el, 'received the “Certified” badge.');
    itemWith(el, 'Chloé Dubois proposes to transfer a dataset to');
    await expect(el).to.be.accessible();
  });

  it('a refused key: a clear message, one org-error, no notification asked', async () => {
    const errors: number[] = [];
    document.addEventListener('org-error', (e) => errors.push(e.detail.status));
    const el = mountInbox('not-a-key');
    await waitFor(el, '[part~="error"]');
    expect(textOf(el)).to.include('Réessayer');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors).to.deep.equal([401]);
    expect(mockUdata.recorded('GET', 'notifications/')).to.have.length(0);
  });

  it('a server error on the list says so and retries', async () => {
    const el = mountInbox();
    await waitFor(el, '[part~="count"]');
    mockUdata.fail({ method: 'GET', path: 'notifications/', status: 500 });
    const failed = oneEvent(el, 'org-error');
    button(el).click();
    expect((await failed).detail).to.deep.include({ status: 500, action: 'load-notifications' });
    const alert = await waitFor(el, '[part~="panel"] [part~="error"]');
    expect(alert.getAttribute('role')).to.equal('alert');
    alert.querySelector('button')!.click();
    await waitFor(el, '[part~="notification"]');
    await expect(el).to.be.accessible();
  });
});
