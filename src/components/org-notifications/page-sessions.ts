import type { Member } from '../../api/models.js';
import { identityKey, type OrgConfig } from '../../state/org-config.js';
import type { OrgSession } from '../../state/org-session.js';
import { pageSessions } from '../../state/session-registry.js';
import { pendingRequestsOf } from '../../state/pending-requests-store.js';

/**
 * What the other elements of the page showing an organization (same identity) learn of a
 * decision taken in the inbox: the new member, the requests to read again, the invitation gone.
 */
export function onPage(config: OrgConfig, orgId: string) {
  const identity = identityKey(config);
  const sessions = [...pageSessions()].filter(
    (s: OrgSession) => identityKey(s.config) === identity && (s.org?.id === orgId || s.config.org === orgId),
  );
  return {
    requestAccepted(member: Member) {
      for (const session of sessions) {
        session.putMember(member);
        void pendingRequestsOf(session).reload();
      }
    },
    requestRefused() {
      for (const session of sessions) void pendingRequestsOf(session).reload();
    },
    /** A transfer was accepted: the organization's counts (and lists) change. */
    contentMoved() {
      for (const session of sessions) void session.refreshOrganization().catch(() => undefined);
    },
    invitationAnswered(accepted: boolean) {
      for (const session of sessions) {
        session.forgetInvitation();
        if (accepted) void session.refreshOrganization().catch(() => undefined);
      }
    },
  };
}
