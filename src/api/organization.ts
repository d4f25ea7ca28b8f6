import type { UdataClient } from './client.js';
import type { Organization } from './models.js';
import * as shapes from './shapes.js';
import type { CallOptions, RequestSpec } from './transport.js';

/** The organization resource: `GET` and `DELETE /organizations/{org}/`. Its profile (create, edit, logo) is in `profile.ts`. */

/**
 * The organization, with its members and the caller's `permissions`. `fields`, udata's mask
 * (`X-Fields`), asks only some of its fields where that costs no extra round trip.
 */
export function getOrganization(client: UdataClient, org: string, options: CallOptions & Pick<RequestSpec, 'fields'> = {}) {
  return client.request<Organization>({
    method: 'GET',
    path: `organizations/${encodeURIComponent(org)}/`,
    check: shapes.organization,
    action: 'load-organization',
    ...options,
  });
}

/** A soft delete (204): admins and sysadmins; the datasets stay online, attached to no one. */
export function deleteOrganization(client: UdataClient, org: string, options: CallOptions = {}) {
  return client.request<void>({
    method: 'DELETE',
    path: `organizations/${encodeURIComponent(org)}/`,
    action: 'delete-organization',
    ...options,
  });
}
