import { defineElement } from '../../internal/define.js';
import { PendingRequests } from './pending-requests.js';

defineElement('pending-requests', PendingRequests);

declare global {
  interface HTMLElementTagNameMap {
    'pending-requests': PendingRequests;
  }
}
