import type { UdataNotification } from '../../api/notifications.js';

/** Detail of `org-notifications-count`: the viewer's unread notifications (of the organization, with `org`). */
export interface NotificationsCountDetail {
  count: number;
}

/** Detail of `org-notification-read`: the notification as udata answered it (`handled_at` set). */
export interface NotificationReadDetail {
  notification: UdataNotification;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'org-notifications-count': CustomEvent<NotificationsCountDetail>;
    'org-notification-read': CustomEvent<NotificationReadDetail>;
  }
}
