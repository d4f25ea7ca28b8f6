import type { Transfer } from '../../api/transfers.js';

/** Detail of `org-transfer-requested`, `org-transfer-accepted` and `org-transfer-refused`: the transfer as udata answered it. */
export interface TransferDetail {
  transfer: Transfer;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'org-transfer-requested': CustomEvent<TransferDetail>;
    'org-transfer-accepted': CustomEvent<TransferDetail>;
    'org-transfer-refused': CustomEvent<TransferDetail>;
  }
}
