import { defineElement } from '../../internal/define.js';
import { OrgNotifications } from './org-notifications.js';

defineElement('org-notifications', OrgNotifications);

declare global {
  interface HTMLElementTagNameMap {
    'org-notifications': OrgNotifications;
  }
}
