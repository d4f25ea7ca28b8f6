import { defineElement } from '../../internal/define.js';
import { OrgMembers } from './org-members.js';

defineElement('org-members', OrgMembers);

declare global {
  interface HTMLElementTagNameMap {
    'org-members': OrgMembers;
  }
}
