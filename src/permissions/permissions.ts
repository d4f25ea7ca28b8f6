import type { CurrentUser, Member, MemberRole, Organization } from '../api/models.js';

/**
 * The permission table of data.gouv.fr's organization guide, as pure functions over a viewer.
 * The UI uses them to show only what a viewer may do; the server's 401/403 still wins.
 */

export type ViewerKind = 'anonymous' | 'non-member' | 'partial_editor' | 'editor' | 'admin' | 'sysadmin';

export interface Viewer {
  kind: ViewerKind;
  user: CurrentUser | null;
  /** The viewer's membership in the organization, when a member. */
  membership: Member | null;
  /** The rights the server computed for the viewer (`organization.permissions`), when sent. */
  serverPermissions: Organization['permissions'] | null;
  /** When the organization was deleted (members and sysadmins still read it), else null. */
  orgDeleted: string | null;
}

export const ANONYMOUS: Viewer = { kind: 'anonymous', user: null, membership: null, serverPermissions: null, orgDeleted: null };

/** Who the viewer is for this organization. */
export function viewerOf(user: CurrentUser | null, org: Organization | null): Viewer {
  const orgDeleted = org?.deleted ?? null;
  if (!user) return { ...ANONYMOUS, orgDeleted };
  const membership = org?.members.find((m) => m.user.id === user.id) ?? null;
  const serverPermissions = org?.permissions ?? null;
  let kind: ViewerKind;
  if (user.roles?.includes('admin')) kind = 'sysadmin';
  else if (membership) kind = membership.role;
  else kind = 'non-member';
  return { kind, user, membership, serverPermissions, orgDeleted };
}

const isSysadmin = (v: Viewer) => v.kind === 'sysadmin';
const isMember = (v: Viewer) => v.membership !== null;

/** Admin rights on the organization: org admin or sysadmin, or what the server says. */
function hasAdminRights(v: Viewer): boolean {
  if (v.serverPermissions) return v.serverPermissions.members;
  return isSysadmin(v) || v.membership?.role === 'admin';
}

/** Any logged-in non-member may ask to join. */
export const canAskToJoin = (v: Viewer) => v.user !== null && !isMember(v);

/** Admins and editors publish datasets and reuses for the organization. */
export const canPublish = (v: Viewer) => isSysadmin(v) || v.membership?.role === 'admin' || v.membership?.role === 'editor';

/** Admins and editors answer discussions on the organization's content. */
export const canAnswerDiscussions = canPublish;

/** Admins and editors edit every dataset; a partial editor only the datasets assigned to them. */
export const canEditAllDatasets = (v: Viewer) =>
  v.serverPermissions ? v.serverPermissions.edit || canPublish(v) : canPublish(v);

/** The guide lets admins and editors see pending join requests (recent servers may refuse editors). */
export const canSeePendingRequests = (v: Viewer) =>
  isSysadmin(v) || v.membership?.role === 'admin' || v.membership?.role === 'editor' || hasAdminRights(v);

/** Only admins accept or refuse join requests. */
export const canDecideRequests = hasAdminRights;

/** Only admins add (invite), promote, demote and remove members. */
export const canManageMembers = hasAdminRights;

/** Only admins delete the organization, once: udata answers 410 to deleting a deleted one. */
export const canDeleteOrganization = (v: Viewer) =>
  !v.orgDeleted && (v.serverPermissions ? v.serverPermissions.delete : isSysadmin(v) || v.membership?.role === 'admin');

/** udata's `edit` permission (admins, sysadmins) on a live organization: its profile and logo. */
export const canEditProfile = (v: Viewer) =>
  !v.orgDeleted && (v.serverPermissions ? v.serverPermissions.edit : isSysadmin(v) || v.membership?.role === 'admin');

/** Admins may ask for certification of a live organization. */
export const canAskCertification = canDeleteOrganization;

/** Members never see the join button: they may see their role instead. */
export const memberRole = (v: Viewer): MemberRole | null => v.membership?.role ?? null;

/** The last admin can be neither demoted nor removed: udata does not prevent it, the UI must. */
export function isLastAdmin(org: Organization, userId: string): boolean {
  const admins = org.members.filter((m) => m.role === 'admin');
  return admins.length === 1 && admins[0].user.id === userId;
}
