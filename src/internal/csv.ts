import type { Organization } from '../api/models.js';

/**
 * A table as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the accents),
 * built in the browser, cells split by `separator` (`;` for French spreadsheets). Names come
 * from the API: a cell that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return) is prefixed with `'`. A cell holding a quote, a line break or either
 * separator is quoted, so the file reads the same whichever separator a spreadsheet guesses.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>, separator: ',' | ';' = ','): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`;
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

export const twoDigits = (n: number) => String(n).padStart(2, '0');

/** `2026-12-01`, in the viewer's time zone. */
export const localDay = (date: Date) => `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;

const fileSafe = (text: string | null | undefined) =>
  (text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

/** `dreal-ara-membres-2026-12-01.csv`: the acronym (else the slug, else the id), the word, the viewer's day. */
export function csvFileName(org: Pick<Organization, 'id' | 'slug' | 'acronym'>, word: string, now: Date = new Date()): string {
  const who = fileSafe(org.acronym) || fileSafe(org.slug) || fileSafe(org.id) || 'organization';
  return `${who}-${fileSafe(word)}-${localDay(now)}.csv`;
}
