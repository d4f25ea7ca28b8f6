import type { OrganizationProfile } from '../../api/profile.js';
import type { Organization } from '../../api/models.js';
import { ownEntry } from '../../internal/lookup.js';
import { normalizeSiret, siretProblem } from '../../internal/siret.js';
import type { ProfileTerms } from './org-profile-form.terms.js';

export type ProfileField = keyof OrganizationProfile;
/** What the person types, field by field, as typed. */
export type ProfileDraft = Record<ProfileField, string>;

export const PROFILE_FIELDS: ProfileField[] = ['name', 'acronym', 'description', 'url', 'business_number_id'];
/** udata's `acronym = StringField(max_length=128)`. */
export const MAX_ACRONYM = 128;

export const emptyDraft = (): ProfileDraft => ({ name: '', acronym: '', description: '', url: '', business_number_id: '' });

/** The organization's profile as the form shows it. */
export function draftOf(org: Organization): ProfileDraft {
  return {
    name: org.name ?? '',
    acronym: org.acronym ?? '',
    description: org.description ?? '',
    url: org.url ?? '',
    business_number_id: org.business_number_id ?? '',
  };
}

/** A field's value as sent: trimmed, the SIRET without its spaces. */
export function cleanValue(field: ProfileField, value: string): string {
  return field === 'business_number_id' ? normalizeSiret(value) : value.trim();
}

/** The fields whose cleaned value differs from the saved one: all that `PUT` needs. */
export function changesBetween(saved: ProfileDraft, draft: ProfileDraft): Partial<OrganizationProfile> {
  const changes: Partial<OrganizationProfile> = {};
  for (const field of PROFILE_FIELDS) {
    const value = cleanValue(field, draft[field]);
    if (value !== cleanValue(field, saved[field])) changes[field] = value;
  }
  return changes;
}

/** The whole profile as `POST` sends it: empty optional fields left out. */
export function creationBody(draft: ProfileDraft): Partial<OrganizationProfile> {
  const body: Partial<OrganizationProfile> = {};
  for (const field of PROFILE_FIELDS) {
    const value = cleanValue(field, draft[field]);
    if (value) body[field] = value;
  }
  return body;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** What udata would refuse, said in the viewer's words before anything is sent. */
export function draftProblems(draft: ProfileDraft, p: ProfileTerms['problems']): Partial<Record<ProfileField, string>> {
  const problems: Partial<Record<ProfileField, string>> = {};
  if (!cleanValue('name', draft.name)) problems.name = p.nameRequired;
  if (!cleanValue('description', draft.description)) problems.description = p.descriptionRequired;
  if (cleanValue('acronym', draft.acronym).length > MAX_ACRONYM) problems.acronym = p.acronymTooLong(MAX_ACRONYM);
  const url = cleanValue('url', draft.url);
  if (url && !isWebAddress(url)) problems.url = p.url;
  const siret = siretProblem(draft.business_number_id);
  if (siret) problems.business_number_id = { length: p.siretLength, digits: p.siretDigits, checksum: p.siretChecksum }[siret];
  return problems;
}

/** udata 17.6's own messages for these checks (`check_siret`, MongoEngine), in the viewer's words. */
const KNOWN: Record<string, keyof ProfileTerms['problems']> = {
  'A siret number is made of 14 digits': 'siretLength',
  'A siret number is only made of digits': 'siretDigits',
  'Invalid Siret number': 'siretChecksum',
};

/** What udata said about a field, in the viewer's words when we know it; verbatim otherwise. */
export function serverProblem(field: ProfileField, message: string, p: ProfileTerms['problems']): string {
  const text = message.trim();
  const known = ownEntry(KNOWN, text);
  if (known) return p[known] as string;
  if (text === 'Field is required' && (field === 'name' || field === 'description')) return p[`${field}Required`];
  if (text === 'String value is too long' && field === 'acronym') return p.acronymTooLong(MAX_ACRONYM);
  if (text === 'String value is too long' && field === 'business_number_id') return p.siretLength;
  if (text.startsWith('Invalid URL') && field === 'url') return p.url;
  return text;
}
