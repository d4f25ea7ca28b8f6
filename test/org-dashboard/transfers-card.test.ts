import { expect } from '@open-wc/testing';
import { assertNone, waitFor } from '../support/dom.js';
import { VIEWER_KEYS, useMockApi } from '../support/mock-api.js';
import { mountDashboard } from './support.js';

describe('<org-dashboard> transfers', () => {
  useMockApi();

  it('shows its admins the transfers waiting for the organization', async () => {
    const el = await mountDashboard(VIEWER_KEYS.admin);
    const transfers = await waitFor(el, 'org-transfers');
    const row = await waitFor(transfers, '[part~="transfer"]');
    expect(row.textContent).to.include('Inventaire des haies bocagères du Pilat');
    expect(el.shadowRoot!.querySelector('[part~="section"][part~="transfers"] h2')!.textContent).to.equal('Transferts');
  });

  it('shows editors and visitors no transfers card (udata lists them to admins only)', async () => {
    const editor = await mountDashboard(VIEWER_KEYS.editor);
    assertNone(editor, 'org-transfers');
    const visitor = await mountDashboard();
    assertNone(visitor, 'org-transfers');
  });
});
