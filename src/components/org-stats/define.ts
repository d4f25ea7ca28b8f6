import { defineElement } from '../../internal/define.js';
import { OrgStats } from './org-stats.js';

defineElement('org-stats', OrgStats);

declare global {
  interface HTMLElementTagNameMap {
    'org-stats': OrgStats;
  }
}
