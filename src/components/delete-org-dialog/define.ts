import { defineElement } from '../../internal/define.js';
import { DeleteOrgDialog } from './delete-org-dialog.js';

defineElement('delete-org-dialog', DeleteOrgDialog);

declare global {
  interface HTMLElementTagNameMap {
    'delete-org-dialog': DeleteOrgDialog;
  }
}
