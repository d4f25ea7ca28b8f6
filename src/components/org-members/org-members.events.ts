import type { Assignment, Member, MemberRole, MembershipRequest } from '../../api/models.js';

/** Detail of `org-member-role-changed`: the member as udata answered, and their role before. */
export interface MemberRoleChangedDetail {
  member: Member;
  previousRole: MemberRole;
}
/** Detail of `org-member-removed` (the user's account is kept). */
export interface MemberRemovedDetail {
  userId: string;
}

export interface MemberInvitedDetail {
  invitation: MembershipRequest;
}
/** Detail of `org-member-assignments-changed`: the partial editor and all they may now edit. */
export interface MemberAssignmentsChangedDetail {
  member: Member;
  assignments: Assignment[];
}
export interface MemberAddedDetail {
  member: Member;
}
declare global {
  interface GlobalEventHandlersEventMap {
    'org-member-invited': CustomEvent<MemberInvitedDetail>;
    'org-member-added': CustomEvent<MemberAddedDetail>;
    'org-member-role-changed': CustomEvent<MemberRoleChangedDetail>;
    'org-member-removed': CustomEvent<MemberRemovedDetail>;
    'org-invitation-canceled': CustomEvent<MemberInvitedDetail>;
    'org-invitation-resent': CustomEvent<MemberInvitedDetail>;
    'org-member-assignments-changed': CustomEvent<MemberAssignmentsChangedDetail>;
  }
}
