import { isAbort } from '../../api/errors.js';
import type { MembershipRequest } from '../../api/models.js';
import type { OrgSession } from '../../state/org-session.js';
import { pendingRequestsOf } from '../../state/pending-requests-store.js';
import { listMembershipRequests } from '../../api/membership-requests.js';

/** The pending list as the server had it right before a decision, for the applicant deciding. */
export interface Reread {
  list: MembershipRequest[];
  /** The list the element showed when the re-read was sent. */
  basis: MembershipRequest[] | undefined;
}

const shownList = (session: OrgSession) => {
  const state = pendingRequestsOf(session).state;
  return state?.status === 'ready' ? state.value : undefined;
};

/**
 * udata accepts or refuses a request whatever its status (accepting one another admin
 * refused adds the member): the applicant's pending entries are read again right before each
 * decision (`?user=<id>&status=pending`: a few hundred bytes, where the whole list was 600 kB
 * at 1,000 requests). What it found is not shown yet: the decision's outcome and the re-read
 * are shown together, in one change. `list` is the shown list without that applicant's
 * entries the server no longer has pending. `null` when it cannot be read (the server then
 * decides).
 */
export async function rereadPending(
  session: OrgSession,
  request: MembershipRequest,
  signal: AbortSignal,
): Promise<Reread | null> {
  const basis = shownList(session);
  const applicant = request.user?.id;
  if (!basis || !applicant) return null;
  try {
    const filter = { user: applicant, status: 'pending' };
    const still = await listMembershipRequests(session.client, session.org!.id, filter, { signal });
    const pending = new Set(still.map((r) => r.id));
    return { list: basis.filter((r) => r.user?.id !== applicant || pending.has(r.id)), basis };
  } catch (error) {
    if (isAbort(error)) throw error;
    return null;
  }
}

/**
 * Shows the outcome: the re-read list (unless the shown one changed meanwhile — another
 * decision, an invitation — which then stays the base), without `decided` when given.
 */
export function showOutcome(session: OrgSession, reread: Reread | null, decided?: string): void {
  const shown = shownList(session);
  if (!shown) return;
  const base = reread && reread.basis === shown ? reread.list : shown;
  pendingRequestsOf(session).set(decided === undefined ? base : base.filter((r) => r.id !== decided));
}
