export { UdataClient, DEFAULT_API_BASE, normalizeApiBase, type UdataClientOptions, type CallOptions } from './api/client.js';
export { ApiError, type ApiErrorKind } from './api/errors.js';
// The endpoints, one module per udata resource, as functions of a client (tree-shaken when unused).
export * from './api/organization.js';
export * from './api/users.js';
export * from './api/members.js';
export * from './api/membership-requests.js';
export * from './api/invitations.js';
export * from './api/assignments.js';
export * from './api/dashboard.js';
export {
  createOrganization,
  updateOrganization,
  suggestOrganizations,
  findOrganizationsBySiret,
  uploadLogo,
  type LogoUpload,
} from './api/profile.js';
export type * from './api/models.js';
export * from './permissions/permissions.js';
export { OrgProvider } from './components/org-provider/org-provider.js';
export {
  JoinRequestButton,
  type JoinRequestedDetail,
  type InvitationAnsweredDetail,
} from './components/join-request-button/join-request-button.js';
export {
  OrgMembers,
  type MemberAddedDetail,
  type MemberAssignmentsChangedDetail,
  type MemberInvitedDetail,
  type MemberRemovedDetail,
  type MemberRoleChangedDetail,
} from './components/org-members/org-members.js';
export {
  PendingRequests,
  type RequestAcceptedDetail,
  type RequestRefusedDetail,
  type RequestsCountDetail,
} from './components/pending-requests/pending-requests.js';
export { DeleteOrgDialog, type OrgDeletedDetail } from './components/delete-org-dialog/delete-org-dialog.js';
export { OrgDashboard, isCertifiedPublicService } from './components/org-dashboard/org-dashboard.js';
export {
  OrgProfileForm,
  type OrgCreatedDetail,
  type OrgUpdatedDetail,
  type OrgLogoChangedDetail,
} from './components/org-profile-form/org-profile-form.js';
export { OrgNotifications } from './components/org-notifications/org-notifications.js';
export type {
  NotificationsCountDetail,
  NotificationReadDetail,
} from './components/org-notifications/org-notifications.events.js';
export { listNotifications, countUnhandledNotifications, markNotificationRead } from './api/notifications.js';
export { OrgTransfers } from './components/org-transfers/org-transfers.js';
export type { TransferDetail } from './components/org-transfers/org-transfers.events.js';
export { listTransfers, getTransfer, requestTransfer, answerTransfer, listMyContent } from './api/transfers.js';
export type * from './api/transfers.js';
export { OrgActivity } from './components/org-activity/org-activity.js';
export { OrgStats } from './components/org-stats/org-stats.js';
export { listActivity, type Activity } from './api/activity.js';
export type * from './api/notifications.js';
export type { OrganizationProfile, OrganizationSuggestion } from './api/profile.js';
export type { OrgErrorDetail } from './internal/org-element.js';

import { defineElement } from './internal/define.js';
import { OrgProvider } from './components/org-provider/org-provider.js';
import { JoinRequestButton } from './components/join-request-button/join-request-button.js';
import { PendingRequests } from './components/pending-requests/pending-requests.js';
import { OrgMembers } from './components/org-members/org-members.js';
import { DeleteOrgDialog } from './components/delete-org-dialog/delete-org-dialog.js';
import { OrgDashboard } from './components/org-dashboard/org-dashboard.js';
import { OrgProfileForm } from './components/org-profile-form/org-profile-form.js';
import { OrgNotifications } from './components/org-notifications/org-notifications.js';
import { OrgTransfers } from './components/org-transfers/org-transfers.js';
import { OrgActivity } from './components/org-activity/org-activity.js';
import { OrgStats } from './components/org-stats/org-stats.js';

/** Defines every tag that the page has not defined yet. */
export function defineAll(): void {
  defineElement('org-provider', OrgProvider);
  defineElement('join-request-button', JoinRequestButton);
  defineElement('pending-requests', PendingRequests);
  defineElement('org-members', OrgMembers);
  defineElement('delete-org-dialog', DeleteOrgDialog);
  defineElement('org-dashboard', OrgDashboard);
  defineElement('org-profile-form', OrgProfileForm);
  defineElement('org-notifications', OrgNotifications);
  defineElement('org-transfers', OrgTransfers);
  defineElement('org-activity', OrgActivity);
  defineElement('org-stats', OrgStats);
}
