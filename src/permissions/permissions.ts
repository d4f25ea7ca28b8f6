import type { Organization } from '../api/models.js';
import type { Viewer } from './viewer.js';

export * from './viewer.js';

/**
 * The permission table of data.gouv.fr's organization guide, as pure functions over a viewer.
 * The UI uses them to show only what a viewer may do; the server's 401/403 still wins.
 * Who the viewer is, and what a non-member may do (ask to join), is in `viewer.ts`, which
 * the join button imports alone.
 */

const isSysadmin = (v: Viewer) => v.kind === 'sysadmin';

/** Admin rights on the organization: org admin or sysadmin, or what the server says. */
function hasAdminRights(v: Viewer): boolean {
  if (v.serverPermissions) return v.serverPermissions.members;
  return isSysadmin(v) || v.membership?.role === 'admin';
}

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

/** Only admins answer the transfers offered to the organization and transfer its content away. */
export const canAnswerTransfers = (v: Viewer) => !v.orgDeleted && hasAdminRights(v);

/**
 * Members are shown the transfers waiting for the organization; udata lists them to admins only
 * (editors get an empty list, said as such), so only admins answer.
 */
export const canSeeTransfers = (v: Viewer) => canAnswerTransfers(v) || canPublish(v) || v.membership !== null;

/** Members (any role) and sysadmins follow the organization's activity. */
export const canSeeActivity = (v: Viewer) => v.kind === 'sysadmin' || v.membership !== null;

/** The last admin can be neither demoted nor removed: udata does not prevent it, the UI must. */
export function isLastAdmin(org: Organization, userId: string): boolean {
  const admins = org.members.filter((m) => m.role === 'admin');
  return admins.length === 1 && admins[0].user.id === userId;
}
