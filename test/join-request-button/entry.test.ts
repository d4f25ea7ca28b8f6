import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
// This page loads the join button's own entry, as `udata-org-elements/join-request-button.js`
// does (each test file runs in a page of its own): nothing else.
import '../../src/components/join-request-button/define.js';
import type { JoinRequestButton } from '../../src/components/join-request-button/join-request-button.js';
import { waitForText } from '../support/dom.js';
import { MOCK_API_BASE, ORG_SLUGS, VIEWER_KEYS, useMockApi } from '../support/mock-api.js';

describe('the join button’s own entry', () => {
  useMockApi();

  it('defines <join-request-button> and no other tag', async () => {
    const el = fixtureSync<JoinRequestButton>(
      html`<join-request-button
        api-base=${MOCK_API_BASE}
        org=${ORG_SLUGS.certified}
        api-key=${VIEWER_KEYS.nonMember}
      ></join-request-button>`,
    );
    await waitForText(el, "Demander à rejoindre l'organisation");
    for (const tag of [
      'org-provider',
      'pending-requests',
      'org-members',
      'delete-org-dialog',
      'org-dashboard',
      'org-profile-form',
      'org-notifications',
      'org-transfers',
      'org-activity',
      'org-stats',
    ]) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('inside an <org-provider> no script defines, says in the console what to import', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const provider = fixtureSync(
        html`<org-provider api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified}
          ><join-request-button></join-request-button
        ></org-provider>`,
      );
      expect(provider.querySelector('join-request-button')!.shadowRoot).to.exist;
      await waitUntil(() => warnings.length > 0, 'no warning', { timeout: 5000 });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include("import 'udata-org-elements/org-provider.js'");
    } finally {
      console.warn = warn;
    }
  });
});
