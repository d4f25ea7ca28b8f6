import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OrgMembers } from '../../src/components/org-members/org-members.js';
import { $, textOf, waitFor } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, mountOnMock, useMockApi } from '../support/mock-api.js';

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

  /** Clicks "download" and returns the file the browser was given (no real download). */
  const download = async (el: OrgMembers): Promise<{ name: string; blob: Blob }> => {
    const files: Array<{ name: string; blob: Blob }> = [];
    let blob: Blob | undefined;
    // No real download: a browser's download prompt would take the keyboard from the next tests.
    const noDownload = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!link.matches?.('a[download]')) return;
      event.preventDefault();
      files.push({ name: link.download, blob: blob! });
    };
    document.addEventListener('click', noDownload, true);
    const original = URL.createObjectURL;
    URL.createObjectURL = (made: Blob | MediaSource) => {
      blob = made as Blob;
      return original.call(URL, made);
    };
    try {
      (await waitFor<HTMLButtonElement>(el, '[part~="download-csv"]')).click();
    } finally {
      URL.createObjectURL = original;
      document.removeEventListener('click', noDownload, true);
    }
    expect(files).to.have.length(1);
    return files[0];
  };
  const lines = async (blob: Blob) => (await blob.text()).trim().split('\r\n');
  /** The viewer's day, as the file name gives it (read before and after, in case midnight passes). */
  const today = () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  // Written in the viewer's time zone, sent as udata does (UTC): the file gives back the local time.
  const localSince = new Date(2024, 0, 15, 9, 7);

  it('downloads the filtered members in the table order, for a French spreadsheet, formulas disarmed', async () => {
    const org = mockUdata.organization(ORG_IDS.certified)!;
    org.members[2].user.first_name = '=HYPERLINK("https://evil.example")';
    mockUdata.userByKey(VIEWER_KEYS.editor)!.first_name = '=HYPERLINK("https://evil.example")';
    org.members.find((m) => m.user.first_name === 'Élodie')!.since = localSince.toISOString();
    const el = await mount(VIEWER_KEYS.admin);
    const filter = $<HTMLInputElement>(el, '[part~="filter"]')!;
    filter.value = 'e';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const before = today();
    const file = await download(el);
    expect(file.name).to.be.oneOf([`dreal-ara-membres-${before}.csv`, `dreal-ara-membres-${today()}.csv`]);
    // A byte-order mark first, so that spreadsheets read the accents (text() drops it).
    expect([...new Uint8Array(await file.blob.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const rows = await lines(file.blob);
    // ";" between cells: French spreadsheets split on it (a comma-separated file opens in one column).
    expect(rows[0]).to.equal('Nom;Rôle;Membre depuis;Adresse électronique;Dernière connexion');
    expect(rows.length - 1).to.equal(el.shadowRoot!.querySelectorAll('tbody tr').length);
    expect(rows.find((l) => l.startsWith('Élodie Lefèvre;'))).to.match(
      /^Élodie Lefèvre;Administrateur;2024-01-15 09:07;el\*+@example\.org;(\d{4}-\d\d-\d\d \d\d:\d\d)?$/,
    );
    const hostile = rows.find((l) => l.includes('HYPERLINK'))!;
    expect(hostile.startsWith(String.raw`"'=HYPERLINK(""https://evil.example"")`)).to.equal(true, hostile);
  });

  it('beside the button, says that the platform masks the e-mail addresses (viewers who get them)', async () => {
    const el = await mount(VIEWER_KEYS.editor);
    const button = await waitFor<HTMLButtonElement>(el, '[part~="download-csv"]');
    const note = $(el, `#${button.getAttribute('aria-describedby')}`)!;
    expect(note.textContent).to.equal(
      'Les adresses électroniques sont partiellement masquées par la plateforme, dans la liste comme dans le fichier.',
    );
    expect(textOf(el)).to.include('Télécharger la liste (CSV) Les adresses électroniques sont partiellement masquées');
    await expect(el).to.be.accessible();
    // Without the e-mail column, nothing to explain.
    const anonymous = await mount();
    expect(textOf(anonymous)).not.to.include('masquées');
    expect($(anonymous, '[part~="download-csv"]')!.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('in English: cells split by commas, the same local dates, an English file name and note', async () => {
    mockUdata.organization(ORG_IDS.certified)!.members.find((m) => m.user.first_name === 'Élodie')!.since =
      localSince.toISOString();
    // fixtureSync: fixture() would wait for a frame, which a page in the background never gets.
    const wrapper = fixtureSync(
      html`<div lang="en">
        <org-members api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.admin}></org-members>
      </div>`,
    );
    const el = wrapper.querySelector<OrgMembers>('org-members')!;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('tbody tr').length > 0, 'the table');
    expect(textOf(el)).to.include('E-mail addresses are partly masked by the platform');
    const before = today();
    const file = await download(el);
    expect(file.name).to.be.oneOf([`dreal-ara-members-${before}.csv`, `dreal-ara-members-${today()}.csv`]);
    const rows = await lines(file.blob);
    expect(rows[0]).to.equal('Name,Role,Member since,E-mail address,Last login');
    expect(rows.find((l) => l.startsWith('Élodie Lefèvre,'))).to.match(/^Élodie Lefèvre,Administrator,2024-01-15 09:07,/);
    await expect(el).to.be.accessible();
  });
});
