import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { JoinRequestButton } from '../../src/components/join-request-button/join-request-button.js';
import type { PendingRequests } from '../../src/components/pending-requests/pending-requests.js';
import { waitFor } from '../support/dom.js';
import { ORG_IDS, VIEWER_KEYS, mockUdata, useMockApi, mountOnMock } from '../support/mock-api.js';

/** An element removed while it waits: no request after it, no error shown or told for it. */
describe('while a request is under way: the element removed, or its organization changed', () => {
  useMockApi();
  let events: string[];
  const record = (e: Event) => events.push(e.type);
  beforeEach(() => {
    events = [];
    for (const type of ['org-error', 'org-join-requested', 'org-request-accepted']) document.addEventListener(type, record);
  });
  afterEach(() => {
    for (const type of ['org-error', 'org-join-requested', 'org-request-accepted']) document.removeEventListener(type, record);
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

  it('a decision whose re-read was under way never sends the decision', async () => {
    const el = await mountOnMock<PendingRequests>('pending-requests', VIEWER_KEYS.admin);
    const accept = await waitFor<HTMLButtonElement>(el, '[part~="accept"]');
    mockUdata.fail({ method: 'GET', path: 'membership/', delayMs: 150 });
    accept.click();
    await waitUntil(() => mockUdata.recorded('GET', 'membership/').length === 2, 'the re-read started');
    el.remove();
    await settle();
    expect(mockUdata.recorded('POST')).to.have.length(0);
    expect(events).to.deep.equal([]);
  });

  it('a join request whose answer was under way tells nothing, and fails nothing', async () => {
    const el = await mountOnMock<JoinRequestButton>('join-request-button', VIEWER_KEYS.nonMember);
    // A removed element's events no longer reach the document: listen on it.
    for (const type of ['org-error', 'org-join-requested']) el.addEventListener(type, record);
    (await waitFor<HTMLButtonElement>(el, 'button[part="button"]')).click();
    const textarea = await waitFor<HTMLTextAreaElement>(el, 'dialog[open] textarea');
    textarea.value = 'Bonjour';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    mockUdata.fail({ method: 'POST', path: 'membership/', delayMs: 200 });
    el.shadowRoot!.querySelector<HTMLFormElement>('dialog form')!.requestSubmit();
    await waitUntil(() => mockUdata.recorded('POST', 'membership/').length === 1, 'sent');
    el.remove();
    await settle();
    expect(events, 'aborted with its element').to.deep.equal([]);
  });

  it('an answer that comes after the org attribute changed goes to the session that asked', async () => {
    const el = await mountOnMock<PendingRequests>('pending-requests', VIEWER_KEYS.sysadmin);
    const accept = await waitFor<HTMLButtonElement>(el, '[part~="accept"]');
    const francois = mockUdata.userByKey(VIEWER_KEYS.applicant)!;
    // Another admin accepted meanwhile: udata answers 409 with the member.
    mockUdata.fail({
      method: 'POST',
      path: 'accept/',
      status: 409,
      json: { user: { id: francois.id, first_name: 'François', last_name: "L'Œillet", slug: francois.slug }, role: 'editor' },
      delayMs: 200,
    });
    accept.click();
    await waitUntil(() => mockUdata.recorded('POST', 'accept/').length === 1, 'sent');
    el.setAttribute('org', ORG_IDS.solo);
    await waitUntil(
      () => (el as unknown as { session?: { org?: { id: string } } }).session?.org?.id === ORG_IDS.solo,
      'the other organization',
    );
    await settle();
    const members = (el as unknown as { session: { org: { members: Array<{ user: { id: string } }> } } }).session.org.members;
    expect(members.map((m) => m.user.id)).not.to.include(francois.id);
  });
});
