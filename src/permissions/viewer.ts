import type { CurrentUser, Member, MemberRole, Organization } from '../api/models.js';

/** Who the viewer of an organization is: the first row of the permission table (`permissions.ts`). */

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

const isMember = (v: Viewer) => v.membership !== null;

/** Any logged-in non-member may ask to join. */
export const canAskToJoin = (v: Viewer) => v.user !== null && !isMember(v);

/** Members never see the join button: they may see their role instead. */
export const memberRole = (v: Viewer): MemberRole | null => v.membership?.role ?? null;
