import type { Organization } from '../../api/models.js';
import type { OrganizationProfile } from '../../api/profile.js';

/** Detail of `org-created`. */
export interface OrgCreatedDetail {
  org: Organization;
}
/** Detail of `org-updated`: the organization as udata answered, and what was sent. */
export interface OrgUpdatedDetail {
  org: Organization;
  changes: Partial<OrganizationProfile>;
}
/** Detail of `org-logo-changed`: the new logo's address. */
export interface OrgLogoChangedDetail {
  org: Organization;
  logo: string;
}
declare global {
  interface GlobalEventHandlersEventMap {
    'org-created': CustomEvent<OrgCreatedDetail>;
    'org-updated': CustomEvent<OrgUpdatedDetail>;
    'org-logo-changed': CustomEvent<OrgLogoChangedDetail>;
  }
}
