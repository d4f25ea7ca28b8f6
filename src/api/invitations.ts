import type { UdataClient } from './client.js';
import type { OrgInvitation } from './models.js';
import * as shapes from './shapes.js';
import type { CallOptions } from './transport.js';

/**
 * The invited person's side (`/me/org_invitations/`, udata 15+). An admin's side of an
 * invitation (sending, canceling) is in `members.ts` and `membership-requests.ts`.
 */

/** The caller's pending invitations, every organization (401 when anonymous). */
export function listMyInvitations(client: UdataClient, options: CallOptions = {}) {
  return client.request<OrgInvitation[]>({
    method: 'GET',
    path: 'me/org_invitations/',
    check: shapes.list(shapes.invitation),
    action: 'load-invitations',
    ...options,
  });
}

/**
 * The caller answers one of their invitations. udata answers only `{ message }`: accepting
 * makes the caller a member with the invitation's role (re-read the organization).
 */
export function answerMyInvitation(client: UdataClient, id: string, answer: 'accept' | 'refuse', options: CallOptions = {}) {
  return client.request<{ message?: string }>({
    method: 'POST',
    path: `me/org_invitations/${encodeURIComponent(id)}/${answer}/`,
    action: answer === 'accept' ? 'accept-invitation' : 'refuse-invitation',
    ...options,
  });
}
