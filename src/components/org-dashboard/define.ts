// The dashboard composes these tags: define them too.
import '../org-provider/define.js';
import '../join-request-button/define.js';
import '../org-members/define.js';
import '../pending-requests/define.js';
import '../delete-org-dialog/define.js';
import '../org-transfers/define.js';
import '../org-stats/define.js';
import '../org-activity/define.js';
import '../org-profile-form/define.js';
import { defineElement } from '../../internal/define.js';
import { OrgDashboard } from './org-dashboard.js';

defineElement('org-dashboard', OrgDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'org-dashboard': OrgDashboard;
  }
}
