import type { OrgInvitation } from '../api/models.js';

/**
 * The viewer's pending invitations (`GET /me/org_invitations/`, every organization), per
 * identity (API, key, cookies): one request for the whole page, however many elements and
 * organizations it shows. Sessions read and forget it; the registry clears it with them.
 */
export const invitationsByIdentity = new Map<string, Promise<OrgInvitation[]>>();
