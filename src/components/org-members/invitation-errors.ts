import type { ApiError } from '../../api/errors.js';
import type { MembersTerms } from './org-members.terms.js';

/** Where the add-member dialog shows a refusal: the field the admin filled in, or the form. */
export interface InvitationErrors {
  user?: string;
  email?: string;
  role?: string;
  /** Refusals of no visible field (e.g. `assignments`). */
  other: string[];
}

/** udata 17.6's invitation refusals (`Organization.create_invitation`), matched on its words. */
const KNOWN: Array<[RegExp, (t: MembersTerms) => string]> = [
  [/^User is already a member/i, (t) => t.refusals.alreadyMember],
  [/^A request or invitation is already pending/i, (t) => t.refusals.alreadyPendingUser],
  [/^An invitation is already pending/i, (t) => t.refusals.alreadyPendingEmail],
  [/^Invalid email address/i, (t) => t.emailInvalid],
  [/^Unknown user/i, (t) => t.refusals.unknownUser],
  [/^Either user or email is required/i, (t) => t.userRequired],
  [/^Cannot provide both user and email/i, (t) => t.refusals.bothGiven],
  [/^Invalid role/i, (t) => t.refusals.invalidRole],
  [/^Assignments can only be set/i, (t) => t.refusals.assignmentsOnlyPartial],
];

/** The refusals that mean someone else acted meanwhile (a member added, an invitation or a request sent). */
const ALREADY = [
  /^User is already a member/i,
  /^A request or invitation is already pending/i,
  /^An invitation is already pending/i,
];

/** Whether udata refused because the person is already a member, invited or asking to join. */
export function refusedAsAlready(error: ApiError): boolean {
  return Object.values(error.errors ?? {}).some((messages) => messages.some((m) => ALREADY.some((p) => p.test(m))));
}

/** A known udata message in the viewer's words; an unknown one as udata wrote it. */
export function translateRefusal(t: MembersTerms, message: string): string {
  return KNOWN.find(([pattern]) => pattern.test(message))?.[1](t) ?? message;
}

/**
 * Places each of udata's field errors: `user` at the user search, unless the admin invited
 * by e-mail (udata then names the account that address belongs to), `email` at the address,
 * `role` at the role choice, anything else in the form's message.
 */
export function placeInvitationErrors(t: MembersTerms, error: ApiError | null, invitedByEmail: boolean): InvitationErrors {
  const placed: InvitationErrors = { other: [] };
  for (const [field, messages] of Object.entries(error?.errors ?? {})) {
    const text = messages.map((m) => translateRefusal(t, m)).join(' ');
    if (!text) continue;
    const target = field === 'user' && invitedByEmail ? 'email' : field;
    if (target === 'user' || target === 'email' || target === 'role') placed[target] = text;
    else placed.other.push(text);
  }
  return placed;
}
