import { expect, waitUntil } from '@open-wc/testing';
import { assertNone, waitFor } from '../support/dom.js';
import { VIEWER_KEYS, useMockApi } from '../support/mock-api.js';
import { mountDashboard } from './support.js';

describe('<org-dashboard> over time', () => {
  useMockApi();

  it('shows everyone the statistics, and members the five newest events with "see all"', async () => {
    const visitor = await mountDashboard();
    await waitFor(await waitFor(visitor, 'org-stats'), '[data-chart="datasets"]');
    assertNone(visitor, 'org-activity');

    const member = await mountDashboard(VIEWER_KEYS.editor);
    const activity = await waitFor(member, 'org-activity');
    const shown = () => activity.shadowRoot!.querySelectorAll('[part~="activity"]').length;
    await waitUntil(() => shown() === 5, 'the five newest');
    (await waitFor<HTMLButtonElement>(activity, '[part~="see-all"]')).click();
    await waitUntil(() => shown() === 20, 'all that was read');
    expect(activity.shadowRoot!.querySelector('[part~="more"]')).to.exist;
  });
});
