import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { OrgProvider } from '../../src/components/org-provider/org-provider.js';
import type { JoinRequestButton } from '../../src/components/join-request-button/join-request-button.js';
import { textOf, waitForText } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

describe('<org-provider>', () => {
  useMockApi();

  it('configures its descendants, across shadow roots, and fetches once for all', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<join-request-button></join-request-button>';
    const provider = await fixture<OrgProvider>(
      html`<org-provider api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.editor}>
        <p>Texte de la page</p>
        <join-request-button></join-request-button>
        <section><join-request-button></join-request-button></section>
      </org-provider>`,
    );
    provider.append(host);
    const buttons = [...provider.querySelectorAll('join-request-button'), host.shadowRoot!.querySelector('join-request-button')!];
    for (const button of buttons) await waitForText(button, 'Vous êtes membre de cette organisation (éditeur).');
    expect(provider.querySelector('p')!.textContent).to.equal('Texte de la page');
    expect(mockUdata.recorded('GET', /^organizations\/[^/]+\/$/)).to.have.length(1);
    expect(mockUdata.recorded('GET', /^me\/$/)).to.have.length(1);
  });

  it('lets a descendant override one attribute and inherit the rest', async () => {
    const provider = await fixture<OrgProvider>(
      html`<org-provider api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified}>
        <join-request-button></join-request-button>
        <join-request-button api-key=${VIEWER_KEYS.admin}></join-request-button>
      </org-provider>`,
    );
    const [anonymous, admin] = provider.querySelectorAll('join-request-button');
    await waitForText(anonymous, 'Se connecter pour rejoindre');
    await waitForText(admin, '(administrateur)');
    expect(mockUdata.recorded('GET', /^me\/$/).map((r) => r.apiKey)).to.deep.equal([VIEWER_KEYS.admin]);
  });

  it('re-fetches when an attribute changes and every descendant follows', async () => {
    const provider = await fixture<OrgProvider>(
      html`<org-provider api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.editor}>
        <join-request-button></join-request-button>
      </org-provider>`,
    );
    const button = provider.querySelector<JoinRequestButton>('join-request-button')!;
    await waitForText(button, '(éditeur)');
    provider.setAttribute('api-key', VIEWER_KEYS.admin);
    await waitForText(button, '(administrateur)');
    provider.setAttribute('org', ORG_IDS.solo);
    await waitForText(button, "Demander à rejoindre l'organisation");
    expect(mockUdata.recorded('GET', /^organizations\/[^/]+\/$/).map((r) => r.path)).to.deep.equal([
      `organizations/${ORG_SLUGS.certified}/`,
      `organizations/${ORG_SLUGS.certified}/`,
      `organizations/${ORG_IDS.solo}/`,
    ]);
  });

  it('reaches descendants that were upgraded before the provider was defined', async () => {
    const name = 'late-org-provider';
    // fixtureSync: a plain element has no update to wait for (fixture() would wait for an animation frame).
    const wrapper = fixtureSync(html`<div></div>`);
    wrapper.innerHTML = `<${name} api-base="${MOCK_API_BASE}" org="${ORG_SLUGS.certified}" api-key="${VIEWER_KEYS.editor}"><join-request-button></join-request-button></${name}>`;
    customElements.define(name, class extends OrgProvider {});
    await waitForText(wrapper.querySelector('join-request-button')!, '(éditeur)');
  });

  it('refresh() fetches again', async () => {
    const provider = await fixture<OrgProvider>(
      html`<org-provider api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.nonMember}>
        <join-request-button></join-request-button>
      </org-provider>`,
    );
    const button = provider.querySelector<JoinRequestButton>('join-request-button')!;
    await waitForText(button, 'Demander');
    const org = mockUdata.organization(ORG_IDS.certified)!;
    const me = mockUdata.userByKey(VIEWER_KEYS.nonMember)!;
    org.members.push({ user: { id: me.id, first_name: me.first_name, last_name: me.last_name, slug: me.slug }, role: 'admin' });
    await provider.refresh();
    await waitUntil(() => textOf(button).includes('(administrateur)'), textOf(button));
  });

  it('refresh() during the first load, and twice in a row, always ends with fresh data (never an aborted request joined)', async () => {
    mockUdata.fail({ method: 'GET', path: /^organizations\/[^/]+\/$/, delayMs: 150, times: 3 });
    const provider = fixtureSync<OrgProvider>(
      html`<org-provider api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.editor}>
        <join-request-button></join-request-button>
      </org-provider>`,
    );
    const button = provider.querySelector<JoinRequestButton>('join-request-button')!;
    await provider.updateComplete;
    void provider.refresh();
    await provider.refresh();
    await waitForText(button, 'Vous êtes membre de cette organisation (éditeur).');
    expect(textOf(button)).not.to.include('Réessayer');
    void provider.refresh();
    await provider.refresh();
    await waitForText(button, 'Vous êtes membre de cette organisation (éditeur).');
    expect(textOf(button)).not.to.include('Réessayer');
  });

  it('one failing load fires org-error once, however many elements show it', async () => {
    mockUdata.fail({ method: 'GET', path: /^organizations\/[^/]+\/$/, status: 503 });
    const errors: CustomEvent[] = [];
    const listener = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('org-error', listener);
    const provider = await fixture<OrgProvider>(
      html`<org-provider api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified}>
        <join-request-button></join-request-button>
        <pending-requests></pending-requests>
        <org-members></org-members>
      </org-provider>`,
    );
    for (const element of provider.querySelectorAll('join-request-button, pending-requests, org-members')) {
      await waitForText(element, 'Le serveur a rencontré une erreur.');
    }
    document.removeEventListener('org-error', listener);
    expect(errors.map((e) => [e.detail.action, e.detail.status])).to.deep.equal([['load-organization', 503]]);
  });
});
