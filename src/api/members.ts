import type { MemberInvitation, UdataClient } from './client.js';
import type { Member, MemberRole, MembershipRequest, RoleDescription, UserSuggestion } from './models.js';
import * as shapes from './shapes.js';
import type { CallOptions } from './transport.js';

const roleShape = /* @__PURE__ */ shapes.shape<RoleDescription>({ id: 'text' });

/**
 * What admins do (decide requests, invite, change roles, remove, delete the organization):
 * apart from the client class, which keeps what every tag reads, so that the join button
 * does not carry them. Every call goes through the client's transport.
 */

export function getRoles(client: UdataClient, options: CallOptions = {}) {
  return client.request<RoleDescription[]>({
    method: 'GET',
    path: 'organizations/roles/',
    check: shapes.list(roleShape),
    action: 'load-roles',
    ...options,
  });
}

export function deleteOrganization(client: UdataClient, org: string, options: CallOptions = {}) {
  return client.request<void>({
    method: 'DELETE',
    path: `organizations/${encodeURIComponent(org)}/`,
    action: 'delete-organization',
    ...options,
  });
}

export function suggestUsers(client: UdataClient, q: string, size = 10, options: CallOptions = {}) {
  return client.request<UserSuggestion[]>({
    method: 'GET',
    path: 'users/suggest/',
    query: { q, size },
    check: shapes.list(shapes.suggestion),
    action: 'suggest-users',
    ...options,
  });
}

export function acceptMembershipRequest(client: UdataClient, org: string, requestId: string, options: CallOptions = {}) {
  return client.request<Member>({
    method: 'POST',
    path: `organizations/${encodeURIComponent(org)}/membership/${encodeURIComponent(requestId)}/accept/`,
    check: shapes.member,
    action: 'accept-request',
    ...options,
  });
}

export function refuseMembershipRequest(
  client: UdataClient,
  org: string,
  requestId: string,
  comment: string,
  options: CallOptions = {},
) {
  return client.request<Record<string, never>>({
    method: 'POST',
    path: `organizations/${encodeURIComponent(org)}/membership/${encodeURIComponent(requestId)}/refuse/`,
    body: { comment },
    action: 'refuse-request',
    ...options,
  });
}

/** An admin withdraws a pending invitation. */
export function cancelInvitation(client: UdataClient, org: string, requestId: string, options: CallOptions = {}) {
  return client.request<Record<string, never>>({
    method: 'POST',
    path: `organizations/${encodeURIComponent(org)}/membership/${encodeURIComponent(requestId)}/cancel/`,
    action: 'cancel-invitation',
    ...options,
  });
}

/**
 * Invites a user (by id) or a person without an account (by e-mail) — current udata's way
 * of adding a member. Answers the invitation (a membership request of kind `invitation`).
 */
export function inviteMember(client: UdataClient, org: string, invitation: MemberInvitation, options: CallOptions = {}) {
  return client.request<MembershipRequest>({
    method: 'POST',
    path: `organizations/${encodeURIComponent(org)}/member/`,
    body: invitation,
    check: shapes.membershipRequest,
    action: 'invite-member',
    ...options,
  });
}

/** The direct add of udata before invitations (405 on current servers). */
export function addMemberDirectly(client: UdataClient, org: string, userId: string, role: MemberRole, options: CallOptions = {}) {
  return client.request<Member>({
    method: 'POST',
    path: `organizations/${encodeURIComponent(org)}/member/${encodeURIComponent(userId)}/`,
    body: { role },
    check: shapes.member,
    action: 'add-member',
    ...options,
  });
}

export function updateMemberRole(client: UdataClient, org: string, userId: string, role: MemberRole, options: CallOptions = {}) {
  return client.request<Member>({
    method: 'PUT',
    path: `organizations/${encodeURIComponent(org)}/member/${encodeURIComponent(userId)}/`,
    body: { role },
    check: shapes.member,
    action: 'change-role',
    ...options,
  });
}

export function removeMember(client: UdataClient, org: string, userId: string, options: CallOptions = {}) {
  return client.request<void>({
    method: 'DELETE',
    path: `organizations/${encodeURIComponent(org)}/member/${encodeURIComponent(userId)}/`,
    action: 'remove-member',
    ...options,
  });
}
