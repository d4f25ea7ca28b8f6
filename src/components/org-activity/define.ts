import { defineElement } from '../../internal/define.js';
import { OrgActivity } from './org-activity.js';

defineElement('org-activity', OrgActivity);

declare global {
  interface HTMLElementTagNameMap {
    'org-activity': OrgActivity;
  }
}
