import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.js';
import type { OrgDashboard } from '../../src/components/org-dashboard/org-dashboard.js';
import { MOCK_API_BASE, ORG_SLUGS } from '../support/mock-api.js';

/** `<org-dashboard>` on the mock, once every section has settled (its content, its empty sentence or its error). */
export async function mountDashboard(
  apiKey?: string,
  { lang = 'fr', org = ORG_SLUGS.certified as string, width = '', loginUrl = '' } = {},
): Promise<OrgDashboard> {
  const wrapper = fixtureSync(
    html`<div lang=${lang} style=${width ? `width:${width}` : ''}>
      <org-dashboard
        api-base=${MOCK_API_BASE}
        org=${org}
        api-key=${apiKey ?? ''}
        login-url=${ifDefined(loginUrl || undefined)}
      ></org-dashboard>
    </div>`,
  );
  const el = wrapper.querySelector('org-dashboard')!;
  await waitUntil(
    () => el.shadowRoot!.querySelector('.grid') && !el.shadowRoot!.querySelector('.grid .loading'),
    'sections loaded',
    { timeout: 4000 },
  );
  return el;
}
