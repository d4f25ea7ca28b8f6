/** Side effect: defines every tag of udata-org-elements that is not defined yet. */
import './components/org-provider/define.js';
import './components/join-request-button/define.js';
import './components/pending-requests/define.js';
import './components/org-members/define.js';
import './components/delete-org-dialog/define.js';
import './components/org-dashboard/define.js';
import './components/org-profile-form/define.js';
import './components/org-notifications/define.js';
import './components/org-transfers/define.js';
import './components/org-activity/define.js';
import './components/org-stats/define.js';
