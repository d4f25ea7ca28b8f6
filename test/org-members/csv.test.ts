import { expect } from '@open-wc/testing';
import type { Member } from '../../src/api/models.js';
import { csvFileName, membersCsv, toCsv } from '../../src/components/org-members/members-csv.js';
import { membersCsvTerms } from '../../src/components/org-members/members-csv.terms.js';
import { membersTerms } from '../../src/components/org-members/org-members.terms.js';
import { TERMS, type Lang } from '../../src/i18n/terms.js';

/** The file "Télécharger la liste (CSV)" saves, as a spreadsheet in each language reads it. */
describe('<org-members>: the members as CSV', () => {
  const words = (lang: Lang) => ({ ...TERMS[lang], members: membersTerms[lang], csv: membersCsvTerms[lang] });
  const org = { id: '5a1b2c3d4e5f60718293a4b5', slug: 'direction-regionale-ara', acronym: 'DREAL ARA' };
  // Written in the viewer's time zone, sent as udata does (UTC): the file must give back the local time.
  const since = new Date(2024, 0, 15, 9, 7);
  const lastLogin = new Date(2026, 10, 2, 23, 45);
  const members: Member[] = [
    {
      user: {
        id: 'u1',
        slug: 'elodie',
        first_name: 'Élodie',
        last_name: 'Dupont; Martin',
        email: 'el************@example.org',
        last_login_at: lastLogin.toISOString(),
      },
      role: 'admin',
      since: since.toISOString(),
    },
    { user: { id: 'u2', slug: 'theo', first_name: 'Théo', last_name: 'Nguyễn, fils' }, role: 'editor', since: 'not a date' },
  ];
  const lines = (text: string) =>
    text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
  // On the day the viewer downloads, late in their evening.
  const now = new Date(2026, 11, 1, 23, 30);

  it('in French: cells split by ";", local dates, a French file name', () => {
    const file = membersCsv(org, members, words('fr'), true, now);
    expect(file.name).to.equal('dreal-ara-membres-2026-12-01.csv');
    expect(file.text.startsWith('\uFEFF')).to.equal(true);
    expect(lines(file.text)).to.deep.equal([
      'Nom;Rôle;Membre depuis;Adresse électronique;Dernière connexion',
      // A cell holding the separator is quoted (RFC 4180), one holding a comma too.
      '"Élodie Dupont; Martin";Administrateur;2024-01-15 09:07;el************@example.org;2026-11-02 23:45',
      '"Théo Nguyễn, fils";Éditeur;;;',
    ]);
  });

  it('in English: cells split by ",", the same dates, an English file name', () => {
    const file = membersCsv(org, members, words('en'), false, now);
    expect(file.name).to.equal('dreal-ara-members-2026-12-01.csv');
    expect(lines(file.text)).to.deep.equal([
      'Name,Role,Member since',
      '"Élodie Dupont; Martin",Administrator,2024-01-15 09:07',
      '"Théo Nguyễn, fils",Editor,',
    ]);
  });

  it('names the file with lower-case safe characters: the acronym, else the slug', () => {
    expect(csvFileName({ ...org, acronym: 'Île & Co./../' }, 'membres', now)).to.equal('ile-co-membres-2026-12-01.csv');
    expect(csvFileName({ ...org, acronym: null }, 'members', now)).to.equal('direction-regionale-ara-members-2026-12-01.csv');
    expect(csvFileName({ ...org, acronym: '«»' }, 'members', now)).to.equal('direction-regionale-ara-members-2026-12-01.csv');
  });

  it('still disarms formulas, with either separator', () => {
    expect(lines(toCsv([['=1+1', '@SUM(A1)', 'plain']], ';'))).to.deep.equal(["'=1+1;'@SUM(A1);plain"]);
    expect(lines(toCsv([['=HYPERLINK("x";"y")']], ';'))).to.deep.equal([`"'=HYPERLINK(""x"";""y"")"`]);
  });
});
