import type { Member } from '../../api/models.js';
import type { Terms } from '../../i18n/terms.js';
import { ownEntry } from '../../internal/lookup.js';
import { fullName } from '../../internal/users.js';
import type { MembersTerms } from './org-members.terms.js';

/**
 * The members list as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the
 * accents), built in the browser. Names come from the API: a cell that a spreadsheet would
 * take for a formula (`=`, `+`, `-`, `@`, tab, carriage return) is prefixed with `'`.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Offers `text` as a file download, without leaving the page. */
export function downloadCsv(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
    m.since ?? '',
    ...(privateAccess ? [m.user.email ?? '', m.user.last_login_at ?? ''] : []),
  ]);
  return [columns, ...lines];
}
