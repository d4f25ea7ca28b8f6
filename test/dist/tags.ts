/** The tags of the public interface (../shared/elements.md), as the built package must have them. */
export const TAGS = [
  'org-provider',
  'join-request-button',
  'org-members',
  'pending-requests',
  'delete-org-dialog',
  'org-dashboard',
  'org-profile-form',
  'org-notifications',
  'org-transfers',
  'org-activity',
  'org-stats',
] as const;
