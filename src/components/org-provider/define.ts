import { defineElement } from '../../internal/define.js';
import { OrgProvider } from './org-provider.js';

defineElement('org-provider', OrgProvider);

declare global {
  interface HTMLElementTagNameMap {
    'org-provider': OrgProvider;
  }
}
