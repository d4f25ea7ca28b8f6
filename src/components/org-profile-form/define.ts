// The form offers a join button for each organization that looks the same: define it too.
import '../join-request-button/define.js';
import { defineElement } from '../../internal/define.js';
import { OrgProfileForm } from './org-profile-form.js';

defineElement('org-profile-form', OrgProfileForm);

declare global {
  interface HTMLElementTagNameMap {
    'org-profile-form': OrgProfileForm;
  }
}
