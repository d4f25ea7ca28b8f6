import type { UdataClient } from './client.js';
import type { Member, MemberRole, MembershipRequest, RoleDescription } from './models.js';
import * as shapes from './shapes.js';
import type { CallOptions } from './transport.js';

const roleShape = /* @__PURE__ */ shapes.shape<RoleDescription>({ id: 'text' });

/**
 * Members (`/organizations/{org}/member/…`): the roles there are, and what admins do to
 * members — invite (or, before udata 15, add directly), change a role, remove. Deciding join
 * requests is in `membership-requests.ts`.
 */

/** Body of `POST /organizations/{org}/member/`: a user id or an e-mail address. */
export type MemberInvitation = ({ user: string; email?: never } | { email: string; user?: never }) & {
  role: MemberRole;
  comment?: string;
  /** What a partial editor may edit (udata refuses it for another role). */
  assignments?: Array<{ class: string; id: string }>;
};

export function getRoles(client: UdataClient, options: CallOptions = {}) {
  return client.request<RoleDescription[]>({
    method: 'GET',
    path: 'organizations/roles/',
    check: shapes.list(roleShape),
    action: 'load-roles',
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
