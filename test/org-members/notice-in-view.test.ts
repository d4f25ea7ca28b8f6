import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OrgMembers } from '../../src/components/org-members/org-members.js';
import { waitFor } from '../support/dom.js';
import { MOCK_API_BASE, ORG_SLUGS, useMockApi } from '../support/mock-api.js';

describe('<org-members> in a long list', () => {
  useMockApi();

  it('says what was done where the admin acted: the notice is in view, not 3,000 px below', async () => {
    const wrapper = fixtureSync(html`<div lang="fr">
      <org-members api-base=${MOCK_API_BASE} org=${ORG_SLUGS.large} api-key="key-crowd-0" page-size="100"></org-members>
    </div>`);
    const el = wrapper.querySelector<OrgMembers>('org-members')!;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 100, 'a page of 100 members');
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    const last = rows.slice(50).find((row) => row.querySelector('[part~="remove"]'))!;
    last.scrollIntoView({ block: 'center' });
    // The row is mid-list: the top of the list is far above the window, its end far below.
    expect(el.getBoundingClientRect().top).to.be.lessThan(-1000);
    expect(el.getBoundingClientRect().bottom).to.be.greaterThan(window.innerHeight + 1000);
    last.querySelector<HTMLButtonElement>('[part~="remove"]')!.click();
    (await waitFor<HTMLButtonElement>(el, '.remove-dialog dialog[open] [part~="submit"]')).click();
    const notice = el.shadowRoot!.querySelector<HTMLElement>('[part~="notice"]')!;
    await waitUntil(() => notice.textContent!.trim() !== '', 'the notice');
    const box = notice.getBoundingClientRect();
    expect(box.top, 'the notice is in the window').to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);
    expect(notice.getAttribute('role')).to.equal('status');
  });
});
