import type { UdataClient } from './client.js';
import type { Organization, Page } from './models.js';
import * as shapes from './shapes.js';
import type { CallOptions } from './transport.js';

/**
 * The organization-profile endpoints (create, edit, duplicates, logo), apart from the client
 * class so that only `<org-profile-form>` carries them; every call goes through the client's
 * transport (its key, origin, limits and answer checks).
 */

/** What a profile form sends: udata's OrganizationForm fields. */
export interface OrganizationProfile {
  name: string;
  acronym: string;
  /** Markdown. */
  description: string;
  url: string;
  /** SIRET (14 digits) in France. */
  business_number_id: string;
}

/** One answer of `GET /organizations/suggest/`. */
export interface OrganizationSuggestion {
  id: string;
  name: string;
  acronym?: string | null;
  slug: string;
  image_url?: string | null;
  page?: string | null;
}

const suggestion = shapes.shape<OrganizationSuggestion>({
  id: 'id',
  name: 'text',
  acronym: 'text?',
  slug: 'text',
  image_url: 'text?',
  page: 'text?',
});

/** `POST /organizations/`: the caller becomes the new organization's admin. */
export function createOrganization(client: UdataClient, profile: Partial<OrganizationProfile>, options: CallOptions = {}) {
  return client.request<Organization>({
    method: 'POST',
    path: 'organizations/',
    body: profile,
    check: shapes.organization,
    action: 'create-organization',
    ...options,
  });
}

/** `PUT /organizations/{org}/` with the changed fields only. */
export function updateOrganization(
  client: UdataClient,
  org: string,
  changes: Partial<OrganizationProfile>,
  options: CallOptions = {},
) {
  return client.request<Organization>({
    method: 'PUT',
    path: `organizations/${encodeURIComponent(org)}/`,
    body: changes,
    check: shapes.organization,
    action: 'update-organization',
    ...options,
  });
}

/** Organizations whose name or acronym is close to `q` (udata's suggest). */
export function suggestOrganizations(client: UdataClient, q: string, size = 5, options: CallOptions = {}) {
  return client.request<OrganizationSuggestion[]>({
    method: 'GET',
    path: 'organizations/suggest/',
    query: { q, size },
    check: shapes.list(suggestion),
    action: 'suggest-organizations',
    ...options,
  });
}

/** Organizations registered with this SIRET. */
export async function findOrganizationsBySiret(client: UdataClient, siret: string, options: CallOptions = {}) {
  const page = await client.request<Page<Organization>>({
    method: 'GET',
    path: 'organizations/',
    query: { business_number_id: siret, page_size: 5 },
    check: shapes.page(shapes.shape<Organization>({ id: 'id', name: 'text', slug: 'text?' })),
    action: 'find-organizations',
    ...options,
  });
  return page.data;
}

export interface LogoUpload extends CallOptions {
  /** The square kept, in the image's pixels (left, top, size): udata crops to it. */
  bbox?: { x: number; y: number; width: number; height: number };
}

/** Logos may take long over a slow connection: the limit is wider. */
const UPLOAD_TIMEOUT_MS = 120_000;

/** What udata 17.6 takes as a logo (by type, then by file extension: no WebP, no GIF). */
export const LOGO_UPLOAD_TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg' };

/**
 * `POST /organizations/{org}/logo/` (multipart `file`, `bbox` as Pillow's crop box
 * "left,upper,right,lower") → the new image's URL. The file must be PNG or JPEG, and named
 * with its extension (udata checks both). `PUT` is not used: udata 17.6 does not save it.
 * Sent with the client's fetch, like every keyed request: a redirect is refused, never
 * followed (XMLHttpRequest, whose upload progress fetch lacks, would follow it with the key
 * and the file to wherever it leads).
 */
export async function uploadLogo(client: UdataClient, org: string, file: Blob, upload: LogoUpload = {}) {
  const form = new FormData();
  const extension = LOGO_UPLOAD_TYPES[file.type] ?? 'png';
  const base = ((file as File).name || 'logo').replace(/\.[^.]*$/, '') || 'logo';
  form.append('file', file, `${base}.${extension}`);
  const box = upload.bbox;
  if (box) form.append('bbox', [box.x, box.y, box.x + box.width, box.y + box.height].map(Math.round).join(','));
  const answer = await client.request<{ image: string }>({
    method: 'POST',
    path: `organizations/${encodeURIComponent(org)}/logo/`,
    body: form,
    check: shapes.shape<{ image: string }>({ image: 'text' }),
    action: 'upload-logo',
    timeoutMs: UPLOAD_TIMEOUT_MS,
    signal: upload.signal,
  });
  return answer.image;
}
