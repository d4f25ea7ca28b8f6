// The dashboard and every tag it composes, defined at once (the npm entry, the one-file bundle):
// its cards' tags first, so that a dashboard already in the page shows its cards at once.
import '../org-members/define.js';
import '../pending-requests/define.js';
import '../delete-org-dialog/define.js';
import '../org-transfers/define.js';
import '../org-stats/define.js';
import '../org-activity/define.js';
import '../org-profile-form/define.js';
import './define-first.js';
