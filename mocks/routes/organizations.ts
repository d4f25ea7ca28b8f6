import type { MemberRole } from '../../src/api/models.js';
import { emitActivity } from '../activity.js';
import { onMembershipRequestCreated } from '../notifications.js';
import { MESSAGES, fieldError, forbidden, json, message, noContent, notFound } from '../responses.js';
import type { RouteBackend, RouteTable } from '../route-types.js';
import { ROLE_LABELS, permissionsFor, serializeMember, serializeOrganization, serializeRequest } from '../serialize.js';
import { toUserRef, type MockMembershipRequest } from '../seed.js';
import { dropAssignments, resolveSubjects } from './assignments.js';

/** `udata/core/organization/api.py`: the organization, its roles and its members. */

const ROLES_FR = { admin: 'Administrateur', editor: 'Éditeur', partial_editor: 'Éditeur partiel' } as const;
/** Close enough to `email_validator` for what a form sends. */
const EMAIL = /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/;

const isRole = (role: unknown): role is MemberRole => typeof role === 'string' && role in ROLE_LABELS;

export function organizationRoutes(r: RouteTable, udata: RouteBackend): void {
  // Labels in the server's language: English unless `?lang=fr`.
  r.add('GET', 'organizations/roles/', (c) => {
    const labels = c.query.get('lang') === 'fr' ? ROLES_FR : ROLE_LABELS;
    return json(
      200,
      Object.entries(labels).map(([id, label]) => ({ id, label })),
    );
  });

  r.add('GET', 'organizations/:org/', ({ org, caller }) => {
    // Members and sysadmins still read a deleted organization (with `deleted` set).
    if (org.deleted && !permissionsFor(org, caller).private) return message(410, MESSAGES.orgDeleted);
    return json(200, serializeOrganization(udata.data, org, caller, udata.flavour.sendsPermissions));
  });

  r.add(
    'DELETE',
    'organizations/:org/',
    ({ org, caller }) => {
      // 410 comes before the permission check: anyone logged in learns it is gone.
      if (org.deleted) return message(410, MESSAGES.orgDeleted);
      if (!permissionsFor(org, caller).delete) return forbidden();
      org.deleted = new Date().toISOString();
      // Saving `deleted` (an auditable field) is an update; no receiver listens to `on_delete`.
      emitActivity(udata, 'organization:updated', caller!, org.id, org.id, ['deleted']);
      return noContent();
    },
    { secure: true },
  );

  // Current udata's "add a member": an invitation the invited person accepts.
  r.add(
    'POST',
    'organizations/:org/member/',
    ({ org, caller, body }) => {
      if (!permissionsFor(org, caller).members) return forbidden();
      let user = typeof body.user === 'string' && body.user ? udata.data.users.find((u) => u.id === body.user) : undefined;
      if (body.user && !user) return fieldError('user', `Unknown user '${String(body.user)}'`);
      let email = typeof body.email === 'string' && body.email ? body.email : null;
      // `Organization.create_invitation`, check by check.
      if (user && email) return fieldError('user', 'Cannot provide both user and email');
      if (!user && !email) return fieldError('user', 'Either user or email is required');
      if (email && !EMAIL.test(email)) return fieldError('email', 'Invalid email address');
      const role = (body.role || 'editor') as unknown;
      if (!isRole(role)) return fieldError('role', `Invalid role '${String(role)}'`);
      if (email) {
        const address = email.toLowerCase();
        user = udata.data.users.find((u) => u.email?.toLowerCase() === address);
        if (user) email = null;
      }
      const emailLower = email?.toLowerCase() ?? null;
      if (user && org.members.some((m) => m.user.id === user!.id)) return fieldError('user', 'User is already a member');
      for (const pending of udata.data.requests.filter((q) => q.org === org.id && q.status === 'pending')) {
        if (user && pending.user?.id === user.id)
          return fieldError('user', 'A request or invitation is already pending for this user');
        if (emailLower && pending.email?.toLowerCase() === emailLower)
          return fieldError('email', 'An invitation is already pending for this email');
      }
      const assignments = resolveSubjects(udata, body.assignments ?? [], org);
      if (!Array.isArray(assignments)) return assignments;
      if (assignments.length && role !== 'partial_editor')
        return fieldError('assignments', 'Assignments can only be set for partial_editor role');
      const invitation: MockMembershipRequest = {
        id: udata.newUuid(),
        org: org.id,
        kind: 'invitation',
        status: 'pending',
        user: user ? toUserRef(user) : null,
        email: emailLower,
        role,
        comment: typeof body.comment === 'string' ? body.comment : null,
        created: new Date().toISOString(),
        assignments,
        created_by: caller!.id,
      };
      udata.data.requests.push(invitation);
      // `create_invitation` sends `after_create`: the invited user is notified (not for an e-mail).
      onMembershipRequestCreated(udata, invitation);
      return json(201, serializeRequest(udata.data, invitation, caller, false));
    },
    { secure: true, enabled: () => !udata.flavour.legacyMemberAdd },
  );

  r.add(
    'PUT',
    'organizations/:org/member/:user/',
    ({ org, user, caller, body }) => {
      if (!permissionsFor(org, caller).members) return forbidden();
      const member = org.members.find((m) => m.user.id === user.id);
      if (!member) return notFound();
      if (body.role !== undefined && !isRole(body.role)) {
        return fieldError('role', `Value must be one of ['admin', 'editor', 'partial_editor']`);
      }
      if (body.role) {
        // Leaving the partial editor role drops what was assigned.
        if (member.role === 'partial_editor' && body.role !== 'partial_editor') dropAssignments(udata, org, user.id);
        // `members` is auditable: a new role is an update of the organization, by its path.
        if (member.role !== body.role) {
          const path = `members.${org.members.indexOf(member)}.role`;
          emitActivity(udata, 'organization:updated', caller!, org.id, org.id, [path]);
        }
        member.role = body.role as MemberRole;
      }
      return json(200, serializeMember(udata.data, member, caller, false));
    },
    { secure: true },
  );

  // Removing a member never deletes the account; udata does not protect the last admin.
  r.add(
    'DELETE',
    'organizations/:org/member/:user/',
    ({ org, user, caller }) => {
      if (!permissionsFor(org, caller).members) return forbidden();
      const index = org.members.findIndex((m) => m.user.id === user.id);
      if (index < 0) return notFound();
      org.members.splice(index, 1);
      dropAssignments(udata, org, user.id);
      return noContent();
    },
    { secure: true },
  );

  // The direct add of udata before invitations (v14 and older): 405 on current servers.
  r.add(
    'POST',
    'organizations/:org/member/:user/',
    ({ org, user, caller, body }) => {
      if (!permissionsFor(org, caller).members) return forbidden();
      const existing = org.members.find((m) => m.user.id === user.id);
      if (existing) return json(409, serializeMember(udata.data, existing, caller, false));
      const role = isRole(body.role) ? body.role : 'editor';
      const member = { user: toUserRef(user), role, since: new Date().toISOString() };
      org.members.push(member);
      return json(201, serializeMember(udata.data, member, caller, false));
    },
    { secure: true, enabled: () => udata.flavour.legacyMemberAdd },
  );

  // Servers before v15 have no invitation endpoint at all.
  r.add('POST', 'organizations/:org/member/', () => notFound(), { enabled: () => udata.flavour.legacyMemberAdd });
}
