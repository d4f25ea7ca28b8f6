import { isAbort } from '../../api/errors.js';
import type { MembershipRequest } from '../../api/models.js';
import type { OrgSession } from '../../state/org-session.js';
import { pendingRequestsOf } from '../../state/pending-requests-store.js';
import { listMembershipRequests } from '../../api/membership-requests.js';

/** The applicant's pending requests as the server had them right before a decision. */
export interface Reread {
  applicant: string;
  /** The ids of the applicant's requests still pending. */
  pending: Set<string>;
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
 * are shown together, in one change, without that applicant's entries the server no longer
 * has pending. `null` when it cannot be read (the server then decides).
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
    return { applicant, pending: new Set(still.map((r) => r.id)), basis };
  } catch (error) {
    if (isAbort(error)) throw error;
    return null;
  }
}

/**
 * Shows the outcome, in one pass over the list (it may hold 100,000 requests): the list as
 * re-read (unless the shown one changed meanwhile — another decision, an invitation — which
 * then stays as it is), without `decided` when given. Returns which requests stayed.
 */
export function showOutcome(
  session: OrgSession,
  reread: Reread | null,
  decided?: string,
): (request: MembershipRequest) => boolean {
  const shown = shownList(session);
  const applied = reread && reread.basis === shown ? reread : null;
  const stays = (r: MembershipRequest) =>
    r.id !== decided && (!applied || r.user?.id !== applied.applicant || applied.pending.has(r.id));
  if (shown) {
    // Nothing left (a failed decision, no re-read): the same list, whose derived views stay cached.
    const kept = shown.filter(stays);
    pendingRequestsOf(session).set(kept.length === shown.length ? shown : kept);
  }
  return stays;
}
