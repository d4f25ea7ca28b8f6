// The dashboard with what its header needs (its provider, the join button); the tags of its
// cards are defined after its first datasets (`card-tags.ts`). The loader's entry for it.
import '../org-provider/define.js';
import '../join-request-button/define.js';
import { defineElement } from '../../internal/define.js';
import { OrgDashboard } from './org-dashboard.js';

defineElement('org-dashboard', OrgDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'org-dashboard': OrgDashboard;
  }
}
