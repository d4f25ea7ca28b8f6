import type { Member, MembershipRequest } from '../../api/models.js';

export interface RequestAcceptedDetail {
  request: MembershipRequest;
  member: Member;
}
export interface RequestRefusedDetail {
  request: MembershipRequest;
  comment: string;
}
export interface RequestsCountDetail {
  count: number;
}
declare global {
  interface GlobalEventHandlersEventMap {
    'org-requests-count': CustomEvent<RequestsCountDetail>;
    'org-request-accepted': CustomEvent<RequestAcceptedDetail>;
    'org-request-refused': CustomEvent<RequestRefusedDetail>;
  }
}
