import { defineElement } from '../../internal/define.js';
import { OrgProfileForm } from './org-profile-form.js';

defineElement('org-profile-form', OrgProfileForm);

declare global {
  interface HTMLElementTagNameMap {
    'org-profile-form': OrgProfileForm;
  }
}
