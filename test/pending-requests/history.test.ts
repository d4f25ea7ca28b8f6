import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PendingRequests } from '../../src/components/pending-requests/pending-requests.js';
import { assertNone, waitFor } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

function mount(apiKey: string): PendingRequests {
  const wrapper = fixtureSync(
    html`<div lang="fr">
      <pending-requests api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${apiKey}></pending-requests>
    </div>`,
  );
  return wrapper.querySelector('pending-requests')!;
}

describe('<pending-requests> history', () => {
  useMockApi();

  it('shows admins the past requests and invitations on demand, and says what udata does not tell', async () => {
    const el = mount(VIEWER_KEYS.admin);
    const history = await waitFor<HTMLDetailsElement>(el, '[part~="history"]');
    expect(mockUdata.recorded('GET', 'membership/').filter((r) => r.query.status !== 'pending')).to.have.length(0);
    history.querySelector('summary')!.click();
    await waitUntil(() => history.querySelector('[part~="history-table"] tbody tr'), 'the past ones');
    const asked = mockUdata.recorded('GET', `organizations/${ORG_IDS.certified}/membership/`).map((r) => r.query.status);
    expect(asked.filter((s) => s !== 'pending').sort()).to.deep.equal(['accepted', 'canceled', 'refused']);
    const rows = [...history.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    );
    expect(rows.some((r) => r[1] === 'Demande' && r[4] === 'Refusée')).to.equal(true);
    expect(rows.some((r) => r[1] === 'Demande' && r[4] === 'Acceptée')).to.equal(true);
    expect(rows.some((r) => r[1] === 'Invitation' && r[4] === 'Annulée')).to.equal(true);
    const dates = [...history.querySelectorAll('tbody time')].map((t) => t.getAttribute('datetime')!);
    expect([...dates].sort().reverse()).to.deep.equal(dates);
    expect(history.textContent).to.include('ni le motif d’un refus ne sont communiqués');
    await expect(el).to.be.accessible();
  });

  it('is for admins only', async () => {
    mockUdata.flavour.editorsMayListRequests = true;
    const el = mount(VIEWER_KEYS.editor);
    await waitFor(el, '[part~="request"]');
    assertNone(el, '[part~="history"]');
  });
});
