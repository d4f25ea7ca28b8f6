import { html, nothing, type TemplateResult } from 'lit';
import type { UdataNotification } from '../../api/notifications.js';
import type { FormatController } from '../../i18n/format.js';
import { describeNotification } from './notification-text.js';
import type { notificationsTerms } from './org-notifications.terms.js';

export interface NotificationItemOptions {
  notification: UdataNotification;
  localize: FormatController<{ notifications: typeof notificationsTerms }>;
  siteUrl: string;
  /** The decision it asks for, when the viewer can take it here. */
  decision: TemplateResult | typeof nothing;
  onRead: () => void;
}

/**
 * One notification: what happened (read or unread said in words, not only by the mark), when
 * (relative, the exact date in the `<time>`), a link to the object's page, and either the
 * decision it asks for or, for the kinds that need none, "mark as read".
 */
export function renderNotification(o: NotificationItemOptions): TemplateResult {
  const { notification, localize } = o;
  const t = localize.t.notifications;
  const view = describeNotification(notification, t, o.siteUrl);
  const unread = !notification.handled_at;
  return html`<li
    part="notification${unread ? ' unread' : ''}"
    class=${unread ? 'unread' : ''}
    data-notification-id=${notification.id}
  >
    <p part="text" class="text"><span class="visually-hidden">${unread ? t.unread : t.read}. </span>${view.text}</p>
    <p class="meta">
      <time
        datetime=${notification.created_at}
        title=${localize.date(notification.created_at, { dateStyle: 'long', timeStyle: 'short' })}
        >${localize.relative(notification.created_at)}</time
      >
      ${view.href ? html`<a part="link" class="link" href=${view.href}>${t.open}</a>` : nothing}
      ${
        unread && !view.action
          ? html`<button part="mark-read" class="link-button" type="button" @click=${o.onRead}>${t.markRead}</button>`
          : nothing
      }
    </p>
    ${o.decision}
  </li>`;
}
