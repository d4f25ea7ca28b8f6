import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { render } from 'lit';
import { renderMarkdown } from '../../src/internal/markdown.js';
import { waitFor, waitForText } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

/** What the host page gives is untrusted too: addresses, and where the API key may go. */
describe('what the host page gives', () => {
  useMockApi();
  let warnings: string[];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => (console.warn = originalWarn));

  it('login-url and site-url: only http(s) or relative addresses, anything else ignored with a warning naming it', async () => {
    const el = await fixture(
      html`<join-request-button
        api-base=${MOCK_API_BASE}
        org=${ORG_SLUGS.certified}
        login-url=" java	script:alert(1)"
        site-url="javascript:alert(2)"
      ></join-request-button>`,
    );
    const link = await waitFor<HTMLAnchorElement>(el, 'a[part="login-link"]');
    expect(link.href).to.match(/^https:\/\/udata\.example\/login\?next=/);
    expect(warnings.some((w) => w.includes('login-url'))).to.equal(true);
    expect(warnings.some((w) => w.includes('site-url'))).to.equal(true);
    expect(warnings.join(' ')).not.to.include('alert');
    const relative = await fixture(
      html`<join-request-button
        api-base=${MOCK_API_BASE}
        org=${ORG_SLUGS.certified}
        login-url="/connexion"
      ></join-request-button>`,
    );
    expect((await waitFor<HTMLAnchorElement>(relative, 'a[part="login-link"]')).getAttribute('href')).to.match(
      /^\/connexion\?next=/,
    );
  });

  it('certification-url: a javascript: address gives no link at all', async () => {
    const el = await fixture(
      html`<org-dashboard
        api-base=${MOCK_API_BASE}
        org=${ORG_IDS.solo}
        api-key=${VIEWER_KEYS.sysadmin}
        certification-url="javascript:alert(1)"
      ></org-dashboard>`,
    );
    await waitFor(el, '[part~="header"]');
    expect(el.shadowRoot!.querySelector('.certification')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(warnings.some((w) => w.includes('certification-url'))).to.equal(true);
  });

  it('redirect-url: a javascript: address is not followed after a deletion', async () => {
    const el = await fixture(
      html`<delete-org-dialog
        api-base=${MOCK_API_BASE}
        org=${ORG_SLUGS.certified}
        api-key=${VIEWER_KEYS.admin}
        redirect-url="javascript:window.__pwned=1"
      ></delete-org-dialog>`,
    );
    (await waitFor<HTMLButtonElement>(el, '[part~="button"]')).click();
    const input = await waitFor<HTMLInputElement>(el, 'dialog[open] [part~="confirm"]');
    input.value = mockUdata.organization(ORG_IDS.certified)!.name;
    input.dispatchEvent(new Event('input'));
    const deleted = oneEvent(el, 'org-deleted');
    (await waitFor<HTMLButtonElement>(el, 'dialog[open] [part~="submit"]')).click();
    await deleted;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expect(warnings.some((w) => w.includes('redirect-url'))).to.equal(true);
  });

  it('an API key with a plain-http API (not this machine) is never sent: said in the element, the console and org-error', async () => {
    const insecureBase = MOCK_API_BASE.replace('https:', 'http:');
    const failed = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('org-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const el = await fixture(
      html`<join-request-button
        api-base=${insecureBase}
        org=${ORG_SLUGS.certified}
        api-key=${VIEWER_KEYS.nonMember}
      ></join-request-button>`,
    );
    const { detail } = await failed;
    expect(detail.status).to.equal(0);
    expect(detail.message).to.include('http, non chiffré');
    await waitForText(el, 'Clé d’API non envoyée');
    expect(mockUdata.requests.filter((r) => r.apiKey)).to.have.length(0);
    expect(warnings.some((w) => w.includes('not sent') && !w.includes(VIEWER_KEYS.nonMember))).to.equal(true);
  });

  it('images of descriptions and avatars are requested without a referrer', async () => {
    const container = document.createElement('div');
    render(renderMarkdown('![carte](https://img.example/carte.png)'), container);
    expect(container.querySelector('img')!.getAttribute('referrerpolicy')).to.equal('no-referrer');
    mockUdata.userByKey(VIEWER_KEYS.admin)!.avatar_thumbnail = 'https://img.example/avatar.png';
    const members = await fixture(html`<org-members api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified}></org-members>`);
    await waitUntil(() => members.shadowRoot!.querySelector('img'), 'an avatar');
    expect(members.shadowRoot!.querySelector('img')!.getAttribute('referrerpolicy')).to.equal('no-referrer');
  });
});
