/** The tags the dashboard's cards hold (its provider and its join button come with it). */
export const CARD_TAGS = [
  'org-members',
  'pending-requests',
  'org-stats',
  'org-activity',
  'org-transfers',
  'delete-org-dialog',
  'org-profile-form',
] as const;
