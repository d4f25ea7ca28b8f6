import type { MembershipRequest, OrgInvitation } from '../../api/models.js';

/** Detail of `org-join-requested`. */
export interface JoinRequestedDetail {
  request: MembershipRequest;
}
/** Detail of `org-invitation-accepted` and `org-invitation-refused`: the viewer's own invitation. */
export interface InvitationAnsweredDetail {
  invitation: OrgInvitation;
}
declare global {
  interface GlobalEventHandlersEventMap {
    'org-join-requested': CustomEvent<JoinRequestedDetail>;
    'org-invitation-accepted': CustomEvent<InvitationAnsweredDetail>;
    'org-invitation-refused': CustomEvent<InvitationAnsweredDetail>;
  }
}
