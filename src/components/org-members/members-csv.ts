import { html, nothing, type TemplateResult } from 'lit';
import type { Member, Organization } from '../../api/models.js';
import type { Terms } from '../../i18n/terms.js';
import { ownEntry } from '../../internal/lookup.js';
import { fullName } from '../../internal/users.js';
import type { MembersCsvTerms } from './members-csv.terms.js';
import type { MembersTerms } from './org-members.terms.js';
import { csvFileName, downloadCsv, localDay, toCsv, twoDigits } from '../../internal/csv.js';

/** The words the members' CSV needs: the table's column names and the file's own. */
export type CsvTerms = Terms & { members: MembersTerms; csv: MembersCsvTerms };

export { toCsv, downloadCsv, csvFileName };

/**
 * A date from udata as a spreadsheet reads it in any language: `2026-11-02 14:05`, in the
 * viewer's time zone (what the table shows); '' when absent or unreadable, as in the table.
 */
export function csvDate(value: string | null | undefined): string {
  const date = value ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return '';
  return `${localDay(date)} ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/** Lower-case letters, digits and dashes only: "DREAL ARA" → "dreal-ara", "Île-de-France" → "ile-de-france". */

/** The members as the table shows them (name, role, since; e-mail and last login when shown). */
export function membersTable(rows: Member[], t: Terms & { members: MembersTerms }, privateAccess: boolean): string[][] {
  const columns = [
    t.members.name,
    t.members.role,
    t.members.since,
    ...(privateAccess ? [t.members.email, t.members.lastLogin] : []),
  ];
  const lines = rows.map((m) => [
    fullName(m.user, t.unknownUser),
    ownEntry(t.roles, m.role) ?? m.role,
    csvDate(m.since),
    ...(privateAccess ? [m.user.email ?? '', csvDate(m.user.last_login_at)] : []),
  ]);
  return [columns, ...lines];
}

/**
 * The file "Télécharger la liste (CSV)" saves: `rows` (the members matching the filters, in
 * the table's order) in the viewer's language, with its separator and file name.
 */
export function membersCsv(
  org: Pick<Organization, 'id' | 'slug' | 'acronym'>,
  rows: Member[],
  t: CsvTerms,
  privateAccess: boolean,
  now: Date = new Date(),
): { name: string; text: string } {
  return {
    name: csvFileName(org, t.members.csvName, now),
    text: toCsv(membersTable(rows, t, privateAccess), t.csv.separator),
  };
}

/**
 * The download button and, for viewers who get the e-mail column, a note that udata masks
 * the addresses (a CSV file has no place for a comment). Inside the count's paragraph.
 */
export function renderCsvDownload(t: CsvTerms, privateAccess: boolean, onDownload: () => void): TemplateResult {
  return html`<button
      part="download-csv"
      class="button secondary small"
      type="button"
      aria-describedby=${privateAccess ? 'csv-note' : nothing}
      @click=${onDownload}
    >
      ${t.members.downloadCsv}
    </button>
    ${privateAccess ? html`<span id="csv-note" part="csv-note" class="hint">${t.csv.maskedEmails}</span>` : nothing}`;
}
