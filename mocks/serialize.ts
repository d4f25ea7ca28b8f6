import type { Dataset, Member, MembershipRequest, Organization, OrganizationPermissions } from '../src/api/models.js';
import { toUserRef, type MockDataset, type MockMembershipRequest, type MockOrganization, type MockUser } from './seed.js';
import { organizationMetrics } from './stock-metrics.js';

/**
 * How udata turns its documents into JSON for a given caller: e-mails masked by who asks and
 * where (`_visible_email`), last logins shown to the organization's members only, the caller's
 * `permissions`, and the quality keys a dataset without resources does not have.
 */

export const ROLE_LABELS = { admin: 'Administrator', editor: 'Editor', partial_editor: 'Partial editor' } as const;

export const isSysadmin = (user: MockUser | null | undefined) => Boolean(user?.roles.includes('admin'));

export function roleOf(org: MockOrganization, user: MockUser | null) {
  return user ? (org.members.find((m) => m.user.id === user.id)?.role ?? null) : null;
}

/** udata's organization permissions: admins (and sysadmins) do everything, members see private content. */
export function permissionsFor(org: MockOrganization, user: MockUser | null): OrganizationPermissions {
  const admin = isSysadmin(user) || roleOf(org, user) === 'admin';
  const member = admin || roleOf(org, user) !== null;
  return { edit: admin, delete: admin, members: admin, harvest: admin, private: member };
}

/**
 * `_visible_email`: the whole address for a sysadmin, its first two characters in an
 * organization's private context (its members reading it, the membership list), otherwise
 * only the domain.
 */
export function visibleEmail(email: string | undefined | null, caller: MockUser | null, privateContext: boolean): string | null {
  if (!email) return null;
  if (isSysadmin(caller)) return email;
  const [local, domain] = email.split('@');
  if (privateContext) return `${local.slice(0, 2)}${'*'.repeat(Math.max(0, local.length - 2))}@${domain}`;
  return `***@${domain}`;
}

/** `user_with_email_ref_fields`: a user reference with the e-mail and last login the caller may see. */
export function userRef(user: MockUser | undefined, caller: MockUser | null, privateContext: boolean) {
  if (!user) return null;
  const mayKnow = privateContext || isSysadmin(caller) || caller?.id === user.id;
  return {
    ...toUserRef(user),
    email: visibleEmail(user.email, caller, privateContext),
    last_login_at: mayKnow ? (user.last_login_at ?? null) : null,
  };
}

export interface Serializer {
  users: MockUser[];
  requests: MockMembershipRequest[];
}

const userById = (data: Serializer, id: string | undefined) => data.users.find((u) => u.id === id);

export function serializeMember(data: Serializer, member: Member, caller: MockUser | null, privateContext: boolean) {
  return {
    user: userRef(userById(data, member.user.id), caller, privateContext) ?? member.user,
    role: member.role,
    since: member.since ?? null,
    label: ROLE_LABELS[member.role],
  };
}

/** `GET /organizations/{org}/`: never the requests; members as the caller may see them. */
export function serializeOrganization(
  data: Serializer,
  org: MockOrganization,
  caller: MockUser | null,
  withPermissions: boolean,
): Organization {
  const { previous_slugs: _previous, ...rest } = org;
  void _previous;
  const permissions = permissionsFor(org, caller);
  const result = {
    ...rest,
    members: org.members.map((m) => serializeMember(data, m, caller, permissions.private)),
    metrics: organizationMetrics(org),
  } as unknown as Organization;
  if (withPermissions) result.permissions = permissions;
  return result;
}

/** An organization as embedded elsewhere (`Organization.__ref_fields__`). */
export function organizationRef(org: MockOrganization, caller: MockUser | null) {
  return {
    id: org.id,
    class: 'Organization',
    name: org.name,
    acronym: org.acronym ?? null,
    slug: org.slug,
    logo: org.logo ?? null,
    logo_thumbnail: org.logo_thumbnail ?? null,
    badges: org.badges,
    permissions: permissionsFor(org, caller),
    uri: org.uri,
    page: org.page,
  };
}

/** `request_fields`: what udata sends of a join request or an invitation. */
export function serializeRequest(
  data: Serializer,
  request: MockMembershipRequest,
  caller: MockUser | null,
  privateContext: boolean,
): MembershipRequest {
  return {
    id: request.id,
    user: request.user ? userRef(userById(data, request.user.id), caller, privateContext) : null,
    email: request.email ?? null,
    kind: request.kind,
    created: request.created,
    status: request.status,
    role: request.role,
    comment: request.comment ?? null,
    assignments: request.assignments ?? [],
  } as MembershipRequest;
}

const RESOURCE_QUALITY_KEYS = ['has_resources', 'has_open_format', 'all_resources_available', 'resources_documentation'] as const;

/** A dataset as udata lists it: without resources, the four resource quality keys are absent. */
export function serializeDataset(dataset: MockDataset): Dataset & { deleted: string | null } {
  const { org: _org, owner: _owner, created_at: _created, resources, ...rest } = dataset;
  void [_org, _owner, _created];
  const quality = { ...rest.quality };
  if (resources === 0) for (const key of RESOURCE_QUALITY_KEYS) delete quality[key];
  else quality.has_resources = true;
  return { ...rest, deleted: rest.deleted ?? null, archived: rest.archived ?? null, quality };
}
