import { fieldError, json, type MockResponse } from '../responses.js';

/**
 * How udata 17.6 writes an organization's profile (there is no OrganizationForm any more):
 * `udata.api_fields.patch()` sets each writable key of the body, in the body's order, a blank
 * string becoming None and the field's `checks` running when the value changes (`check_siret`,
 * whose first failure answers alone); then `save()` runs MongoEngine's validation over every
 * field at once (required, max_length, `URLField`). Keys absent from the body are left as
 * they are: a PUT may send only the changed fields.
 */

/** The writable fields the mock keeps, in the model's order (the order of MongoEngine's errors). */
export const PROFILE_FIELDS = ['name', 'acronym', 'description', 'url', 'business_number_id'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileValues = Record<ProfileField, unknown>;

const MAX_LENGTH: Partial<Record<ProfileField, number>> = { acronym: 128, business_number_id: 14 };
const REQUIRED: ProfileField[] = ['name', 'description'];
const length = (text: string) => [...text].length;

/**
 * `check_siret` (`udata/core/organization/models.py`), only when the server's `ORG_BID_FORMAT`
 * is "siret" (udata's default): 14 characters, the first 9 digits passing the Luhn check
 * (the characters after them are not looked at), La Poste's 35600000000048 let through.
 */
export function siretError(value: unknown): string | null {
  if (value === null || value === undefined || value === '' || value === 0 || value === false) return null;
  const text = typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
  if (length(text) !== 14) return 'A siret number is made of 14 digits';
  if (text === '35600000000048') return null;
  const head = text.slice(0, 9);
  if (!/^[0-9]{9}$/.test(head)) return 'A siret number is only made of digits';
  let total = 0;
  for (let i = 0; i < 9; i++) {
    const digit = Number(head[i]) * (i % 2 ? 2 : 1);
    total += digit > 9 ? digit - 9 : digit;
  }
  return total % 10 === 0 ? null : 'Invalid Siret number';
}

// ---- `udata.uris.validate` with udata's defaults -----------------------------------------

const SCHEMES = ['http', 'https', 'ftp', 'ftps'];
/** udata checks the IANA list (`tlds`); the mock knows common generic TLDs and any two-letter one. */
const GENERIC_TLDS = new Set(
  'com org net info biz name pro edu gov mil int eu asia mobi tel travel aero coop museum jobs app dev page blog shop site online store tech website space club design cloud news media agency art bzh paris alsace corsica eus gal brussels berlin london quebec swiss immo radio studio energy green eco earth health'.split(
    ' ',
  ),
);
const knownTld = (tld: string) =>
  /^[a-z]{2}$/.test(tld) || GENERIC_TLDS.has(tld) || tld.startsWith('xn--') || /[\u00a1-\uffff]/.test(tld);
const LABEL = '[a-z\\u00a1-\\uffff0-9_]+(?:-[a-z\\u00a1-\\uffff0-9_]+)*';
const URL_PATTERN = new RegExp(
  '^(?:(?<scheme>[a-z0-9.\\-]*):)?//(?<credentials>\\S+(?::\\S*)?@)?' +
    '(?:(?<localhost>localhost(?:\\.localdomain)?)|(?<ipv4>(?:\\d{0,3}\\.){3}\\d{0,3})|\\[(?<ipv6>[0-9a-f:]+)\\]|' +
    `(?<hostname>${LABEL}(?:\\.${LABEL})*\\.(?<tld>[a-z0-9\\u00a1-\\uffff]{2,})))` +
    '(?::\\d{2,5})?(?:/\\S*)?(?:\\?\\S*)?$',
  'iu',
);
const V4_PRIVATE: Array<[string, number]> = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['240.0.0.0', 4],
]; // prettier-ignore
const v4Number = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const isPowerOfTwo = (n: number) => n > 0 && Number.isInteger(Math.log2(n));
const within = (n: number, [base, bits]: [string, number]) =>
  Math.floor(n / 2 ** (32 - bits)) === Math.floor(v4Number(base) / 2 ** (32 - bits));

/** What udata's SSRF policy says of a literal IP (no DNS resolution in the mock). */
function ipReason(v4: string | undefined, v6: string | undefined): string | null | false {
  if (v4) {
    const parts = v4.split('.');
    if (parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return false;
    const ip = parts.map(Number).join('.');
    const n = v4Number(ip);
    const loopback = within(n, ['127.0.0.0', 8]);
    if ((!loopback && isPowerOfTwo(n + 1)) || isPowerOfTwo(0xffffffff - n + 1)) return `${ip} is a mask IP`;
    if (within(n, ['224.0.0.0', 4])) return `${ip} is a multicast IP`;
    if (loopback) return 'is a local URL';
    return V4_PRIVATE.some((range) => within(n, range)) ? 'is a private URL' : null;
  }
  const halves = v6!.toLowerCase().split('::');
  const groups = halves.map((h) => (h ? h.split(':') : []));
  const given = groups.flat();
  if (
    halves.length > 2 ||
    given.some((g) => !/^[0-9a-f]{1,4}$/.test(g)) ||
    (halves.length === 1 ? given.length !== 8 : given.length > 7)
  )
    return false;
  const full = [...groups[0], ...Array(8 - given.length).fill('0'), ...(groups[1] ?? [])].map((g) => parseInt(g, 16));
  if (full.every((g) => g === 0)) return ':: is a mask IP';
  if (full.slice(0, 7).every((g) => g === 0) && full[7] === 1) return 'is a local URL';
  if (full[0] >> 8 === 0xff) return `${v6} is a multicast IP`;
  return (full[0] & 0xffc0) === 0xfe80 || (full[0] & 0xfe00) === 0xfc00 ? 'is a private URL' : null;
}

/** `uris.validate` as `URLField.validate` calls it: udata's message, or null when the URL passes. */
export function urlError(raw: string): string | null {
  const url = raw.trim();
  const invalid = (reason?: string) => (reason ? `Invalid URL "${url}": ${reason}` : `Invalid URL "${url}"`);
  const match = URL_PATTERN.exec(url);
  if (!match?.groups) return invalid();
  const { scheme = '', tld, localhost, ipv4, ipv6 } = match.groups;
  if (scheme && !SCHEMES.includes(scheme.toLowerCase()))
    return invalid(`Invalid scheme ${scheme.toLowerCase()}, allowed schemes: ${SCHEMES.join(', ')}`);
  if (tld && !knownTld(tld)) return invalid(`Invalid TLD ${tld}`);
  const reason = ipv4 || ipv6 ? ipReason(ipv4, ipv6) : null;
  if (reason === false) return invalid();
  if (localhost) return invalid('is a local URL');
  return reason ? invalid(reason) : null;
}

// ---- patch() then save() -----------------------------------------------------------------

/** MongoEngine's `StringField` / `URLField` validation and `required`, for one field. */
function fieldProblem(field: ProfileField, value: unknown): string | null {
  if (value === null || value === undefined) return REQUIRED.includes(field) ? 'Field is required' : null;
  if (typeof value !== 'string') return 'StringField only accepts string values';
  const max = MAX_LENGTH[field];
  if (max !== undefined && length(value) > max) return 'String value is too long';
  return field === 'url' ? urlError(value) : null;
}

/**
 * Applies a request body to the current values as `patch()` then `save()` would: the new
 * values, or udata's 400 — `{"errors": {field: message}, "message": message}` for a failed
 * check, `{"errors": {…}, "message": "ValidationError (Organization:<id>) (<message>: [<fields>] …)"}`
 * for MongoEngine's validation (fields grouped by message, in the model's order).
 */
export function patchProfile(
  body: Record<string, unknown>,
  current: ProfileValues,
  pk: string | null,
  checkSirets: boolean,
): ProfileValues | MockResponse {
  const draft = { ...current };
  for (const [key, raw] of Object.entries(body)) {
    if (!(PROFILE_FIELDS as readonly string[]).includes(key)) continue; // read-only or unknown: ignored
    const field = key as ProfileField;
    const value = typeof raw === 'string' && !raw.trim() ? null : raw;
    if (field === 'business_number_id' && checkSirets && value !== (draft[field] ?? null)) {
      const problem = siretError(value);
      if (problem) return fieldError(field, problem);
    }
    draft[field] = value;
  }
  const errors: Array<[ProfileField, string]> = [];
  for (const field of PROFILE_FIELDS) {
    const problem = fieldProblem(field, draft[field]);
    if (problem) errors.push([field, problem]);
  }
  if (!errors.length) return draft;
  const groups = new Map<string, string[]>();
  for (const [field, problem] of errors) groups.set(problem, [...(groups.get(problem) ?? []), `'${field}'`]);
  const summary = [...groups].map(([problem, fields]) => `${problem}: [${fields.join(', ')}]`).join(' ');
  return json(400, {
    errors: Object.fromEntries(errors),
    message: `ValidationError (Organization:${pk ?? 'None'}) (${summary})`,
  });
}

// ---- slugs ---------------------------------------------------------------------------------

const TRANSLITERATIONS: Record<string, string> = {
  œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', þ: 'th', Þ: 'TH', ð: 'd', Ð: 'D',
  ı: 'i', '’': "'", '‘': "'", ʼ: "'",
}; // prettier-ignore

/**
 * awesome-slugify as udata's `SlugField` calls it (`to_lower=True`, `max_length=255`):
 * transliterated, apostrophes dropped, words of letters and digits joined by "-", words that
 * would pass the limit left out.
 */
export function slugify(text: string, maxLength = 255): string {
  const ascii = text
    .replace(/[œŒæÆßøØđĐłŁþÞðÐı’‘ʼ]/g, (c) => TRANSLITERATIONS[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'/g, '');
  const [first = '', ...words] = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = first;
  for (const word of words) if (slug.length + 1 + word.length <= maxLength) slug += `-${word}`;
  return slug.slice(0, maxLength);
}

/** `populate_slug`'s uniqueness: the first free `<slug>-<n>` (trimmed to fit), "-uuid" after a UUID-like slug. */
export function uniqueSlug(slug: string, taken: Set<string>, maxLength = 255): string {
  let result = slug;
  let base = slug;
  for (let index = 1; taken.has(result); index++) {
    const overflow = `${base}-${index}`.length - maxLength;
    if (overflow >= 1) base = base.slice(0, -overflow);
    result = `${base}-${index}`;
  }
  return /^[0-9a-f]{32}$/i.test(result.replace(/-/g, '')) ? `${result}-uuid` : result;
}
