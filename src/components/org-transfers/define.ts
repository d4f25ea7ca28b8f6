import { defineElement } from '../../internal/define.js';
import { OrgTransfers } from './org-transfers.js';

defineElement('org-transfers', OrgTransfers);

declare global {
  interface HTMLElementTagNameMap {
    'org-transfers': OrgTransfers;
  }
}
