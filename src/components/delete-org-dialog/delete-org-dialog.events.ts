import type { Organization } from '../../api/models.js';

export interface OrgDeletedDetail {
  org: Organization;
}
declare global {
  interface GlobalEventHandlersEventMap {
    'org-deleted': CustomEvent<OrgDeletedDetail>;
  }
}
