import { onMembershipRequestHandled } from '../notifications.js';
import { argumentError, json, message, notFound } from '../responses.js';
import type { RouteBackend, RouteTable } from '../route-types.js';
import { organizationRef, visibleEmail } from '../serialize.js';
import type { MockAssignment, MockUser } from '../seed.js';
import { assign } from './assignments.js';

/** `udata/core/user/api.py`: the caller (`/me/`), their invitations, and the user suggestion. */

/** udata's `slugify(q, separator="-", to_lower=True)`, as the suggestion matches on slugs. */
export const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function meRoutes(r: RouteTable, udata: RouteBackend): void {
  const myInvitation = (caller: MockUser, id: string) =>
    udata.data.requests.find((q) => q.id === id && q.kind === 'invitation' && q.user?.id === caller.id);

  r.add(
    'GET',
    'me/',
    ({ caller }) => {
      const { apiKey: _key, deleted: _deleted, organizations: _orgs, ...me } = caller!;
      void [_key, _deleted, _orgs];
      // Deleted organizations are left out of the caller's list.
      const organizations = udata.data.organizations
        .filter((o) => !o.deleted && o.members.some((m) => m.user.id === caller!.id))
        .map((o) => organizationRef(o, caller));
      return json(200, { ...me, active: true, organizations });
    },
    { secure: true },
  );

  r.add(
    'GET',
    'me/org_invitations/',
    ({ caller }) => {
      const list = udata.data.requests.filter(
        (q) => q.kind === 'invitation' && q.status === 'pending' && q.user?.id === caller!.id,
      );
      return json(
        200,
        list.map((q) => ({
          id: q.id,
          organization: organizationRef(
            udata.data.organizations.find((o) => o.id === q.org)!,
            caller,
          ),
          role: q.role,
          comment: q.comment ?? null,
          created: q.created,
          assignments: q.assignments ?? [],
        })),
      );
    },
    { secure: true },
  );

  for (const decision of ['accept', 'refuse'] as const) {
    r.add(
      'POST',
      `me/org_invitations/:id/${decision}/`,
      ({ caller, params }) => {
        // Someone else's invitation is as unknown as a missing one.
        const invitation = myInvitation(caller!, params.id);
        if (!invitation) return notFound('Invitation not found');
        if (invitation.status !== 'pending') return message(400, 'Invitation is not pending');
        Object.assign(invitation, {
          status: decision === 'accept' ? 'accepted' : 'refused',
          handled_by: caller!.id,
          handled_on: new Date().toISOString(),
        });
        // `after_handle`: the invitation's notification is handled (no accepted/refused one).
        onMembershipRequestHandled(udata, invitation);
        if (decision === 'refuse') return json(200, { message: 'Invitation refused' });
        const org = udata.data.organizations.find((o) => o.id === invitation.org)!;
        org.members.push({ user: { ...invitation.user! }, role: invitation.role, since: new Date().toISOString() });
        // Subjects deleted or moved to another organization since are skipped.
        const subjects = (invitation.assignments ?? []) as MockAssignment['subject'][];
        const still = subjects.filter((s) =>
          (s.class === 'Dataset' ? udata.data.datasets : udata.data.reuses).some((x) => x.id === s.id && x.org === org.id),
        );
        assign(udata, org, caller!.id, still);
        return json(200, { message: 'Invitation accepted' });
      },
      { secure: true },
    );
  }

  r.add('GET', 'users/suggest/', ({ query, caller }) => {
    const q = query.get('q');
    if (!q) return argumentError('q', 'The string to autocomplete/suggest Missing required parameter in the query string');
    const rawSize = query.get('size') ?? '10';
    const size = /^\d+$/.test(rawSize) ? Number(rawSize) : NaN;
    if (!(size >= 1 && size <= 20)) {
      return argumentError(
        'size',
        'The amount of suggestion to fetch (between 1 and 20) The size must be an integer between 1 and 20.',
      );
    }
    const needle = slugify(q);
    const found = udata.data.users
      .filter((u) => !u.deleted && u.slug.includes(needle))
      .slice(0, size)
      .map((u) => ({
        id: u.id,
        first_name: u.first_name,
        last_name: u.last_name,
        slug: u.slug,
        avatar_url: u.avatar ?? null,
        email: visibleEmail(u.email, caller, false),
      }));
    return json(200, found);
  });
}
