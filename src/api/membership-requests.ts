import type { UdataClient } from './client.js';
import type { Member, MembershipRequest } from './models.js';
import * as shapes from './shapes.js';
import type { CallOptions } from './transport.js';

/**
 * Membership requests (`/organizations/{org}/membership/`): a viewer asks to join; admins list
 * the requests (and invitations, `kind`), accept, refuse, or cancel an invitation. udata checks
 * no request's status before deciding: re-read it first.
 */

const membership = (org: string, rest = '') => `organizations/${encodeURIComponent(org)}/membership/${rest}`;

export function listMembershipRequests(
  client: UdataClient,
  org: string,
  filter: { status?: string; user?: string } = {},
  options: CallOptions = {},
) {
  return client.request<MembershipRequest[]>({
    method: 'GET',
    path: membership(org),
    query: filter,
    check: shapes.list(shapes.membershipRequest),
    action: 'list-membership-requests',
    ...options,
  });
}

/** Asks to join; udata answers 201 for a new request and 200 when it updated a pending one. */
export async function requestMembership(client: UdataClient, org: string, comment: string, options: CallOptions = {}) {
  const { status, data } = await client.send<MembershipRequest>({
    method: 'POST',
    path: membership(org),
    body: { comment },
    check: shapes.membershipRequest,
    action: 'join-request',
    ...options,
  });
  return { request: data, created: status === 201 };
}

/** Accepts a request: the new member, always an editor (a `PUT` of the role makes an admin). */
export function acceptMembershipRequest(client: UdataClient, org: string, requestId: string, options: CallOptions = {}) {
  return client.request<Member>({
    method: 'POST',
    path: membership(org, `${encodeURIComponent(requestId)}/accept/`),
    check: shapes.member,
    action: 'accept-request',
    ...options,
  });
}

/** Refuses a request; udata requires the reason. */
export function refuseMembershipRequest(
  client: UdataClient,
  org: string,
  requestId: string,
  comment: string,
  options: CallOptions = {},
) {
  return client.request<Record<string, never>>({
    method: 'POST',
    path: membership(org, `${encodeURIComponent(requestId)}/refuse/`),
    body: { comment },
    action: 'refuse-request',
    ...options,
  });
}

/** An admin withdraws a pending invitation. */
export function cancelInvitation(client: UdataClient, org: string, requestId: string, options: CallOptions = {}) {
  return client.request<Record<string, never>>({
    method: 'POST',
    path: membership(org, `${encodeURIComponent(requestId)}/cancel/`),
    action: 'cancel-invitation',
    ...options,
  });
}
