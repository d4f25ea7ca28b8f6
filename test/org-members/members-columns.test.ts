import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OrgMembers } from '../../src/components/org-members/org-members.js';
import { $, waitFor } from '../support/dom.js';
import { ORG_IDS, VIEWER_KEYS, mockUdata, mountOnMock, useMockApi } from '../support/mock-api.js';

/** What udata shows viewers with private access, and the list as a file. */
describe('<org-members>: e-mails, last logins and the CSV download', () => {
  useMockApi();
  const headers = (el: OrgMembers) =>
    [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim());
  const mount = async (key?: string) => {
    const el = await mountOnMock<OrgMembers>('org-members', key);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('tbody tr').length > 0, 'the table');
    return el;
  };

  it('members and sysadmins see the e-mail as udata masks it and the last login, both sortable', async () => {
    const el = await mount(VIEWER_KEYS.editor);
    expect(headers(el)).to.deep.equal(['Nom', 'Rôle', 'Membre depuis', 'Adresse électronique', 'Dernière connexion']);
    const row = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('Élodie Lefèvre'))!;
    expect(row.textContent).to.include('el************@example.org').and.include('2 novembre 2026');
    expect(row.textContent).not.to.include('elodie-lefevre@example.org');
    const emailHeader = [...el.shadowRoot!.querySelectorAll('thead th')].find((th) => th.textContent!.includes('Adresse'))!;
    emailHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(emailHeader.getAttribute('aria-sort')).to.equal('ascending');
    await expect(el).to.be.accessible();
  });

  it('anonymous visitors and non-members do not (udata sends them neither)', async () => {
    for (const key of [undefined, VIEWER_KEYS.nonMember]) {
      const el = await mount(key);
      expect(headers(el)).to.deep.equal(['Nom', 'Rôle', 'Membre depuis']);
    }
  });

  it('downloads the filtered members in the table order as CSV, formulas disarmed', async () => {
    mockUdata.organization(ORG_IDS.certified)!.members[2].user.first_name = '=HYPERLINK("https://evil.example")';
    mockUdata.userByKey(VIEWER_KEYS.editor)!.first_name = '=HYPERLINK("https://evil.example")';
    const el = await mount(VIEWER_KEYS.admin);
    const blobs: Blob[] = [];
    // No real download: a browser's download prompt would take the keyboard from the next tests.
    const noDownload = (event: Event) => (event.target as Element).matches?.('a[download]') && event.preventDefault();
    document.addEventListener('click', noDownload, true);
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      const filter = $<HTMLInputElement>(el, '[part~="filter"]')!;
      filter.value = 'e';
      filter.dispatchEvent(new Event('input'));
      await el.updateComplete;
      (await waitFor<HTMLButtonElement>(el, '[part~="download-csv"]')).click();
    } finally {
      URL.createObjectURL = original;
      document.removeEventListener('click', noDownload, true);
    }
    expect(blobs).to.have.length(1);
    // A byte-order mark first, so that spreadsheets read the accents (text() drops it).
    expect([...new Uint8Array(await blobs[0].arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = (await blobs[0].text()).trim().split('\r\n');
    expect(lines[0]).to.equal('Nom,Rôle,Membre depuis,Adresse électronique,Dernière connexion');
    const shown = el.shadowRoot!.querySelectorAll('tbody tr').length;
    expect(lines.length - 1).to.equal(shown);
    const hostile = lines.find((l) => l.includes('HYPERLINK'))!;
    expect(hostile.startsWith(String.raw`"'=HYPERLINK(""https://evil.example"")`)).to.equal(true, hostile);
  });
});
