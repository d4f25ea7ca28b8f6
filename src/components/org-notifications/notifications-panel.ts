import { html, nothing, type TemplateResult } from 'lit';
import type { UdataNotification } from '../../api/notifications.js';
import type { FormatController } from '../../i18n/format.js';
import { describeError } from '../../internal/error-message.js';
import type { decisionTerms } from './notification-decisions.js';
import { renderNotification } from './notification-item.js';
import { actionOf } from './notification-text.js';
import type { NotificationsFeed } from './notifications-feed.js';
import type { notificationsTerms } from './org-notifications.terms.js';

export interface PanelOptions {
  localize: FormatController<{ notifications: typeof notificationsTerms } & typeof decisionTerms>;
  feed: NotificationsFeed;
  siteUrl: string;
  /** Only one organization's notifications are shown. */
  scoped: boolean;
  /** What was last done, also said in the element's live region. */
  notice: string;
  decision: (notification: UdataNotification) => TemplateResult | typeof nothing;
  onRead: (notifications: UdataNotification[]) => void;
  onClose: () => void;
}

/**
 * The panel's content: its title, "mark all as read" when some shown notifications need no
 * decision, the list (or why there is none), and "older notifications".
 */
export function renderPanel(o: PanelOptions) {
  const { feed, localize } = o;
  const t = localize.t;
  const unreadShown = feed.items.filter((n) => !n.handled_at && !actionOf(n.details));
  return html`<div class="panel-header">
      <p class="panel-title" id="panel-title">${t.notifications.title}</p>
      ${
        unreadShown.length
          ? html`<button part="mark-all-read" class="link-button" type="button" @click=${() => o.onRead(unreadShown)}>
              ${t.notifications.markAllRead}
            </button>`
          : nothing
      }
      <button class="button secondary small" type="button" @click=${o.onClose}>${t.notifications.close}</button>
    </div>
    ${
      feed.countError && feed.count === null
        ? html`<div part="error" class="error" role="alert">
            ${describeError(t, feed.countError)}
            <button class="button secondary small" type="button" @click=${() => feed.refreshCount()}>${t.retry}</button>
          </div>`
        : nothing
    }
    ${o.notice ? html`<p class="success" aria-hidden="true">${o.notice}</p>` : nothing}
    ${
      feed.items.length
        ? html`<ul part="list">
            ${feed.items.map((notification) =>
              renderNotification({
                notification,
                localize,
                siteUrl: o.siteUrl,
                decision: o.decision(notification),
                onRead: () => o.onRead([notification]),
              }),
            )}
          </ul>`
        : feed.listState === 'ready'
          ? html`<p part="message">${o.scoped ? t.notifications.emptyForOrg : t.notifications.empty}</p>`
          : nothing
    }
    ${feed.listState === 'loading' ? html`<p role="status"><span class="spinner" aria-hidden="true"></span> ${t.notifications.loadingMore}</p>` : nothing}
    ${
      feed.listState === 'error' && feed.listError
        ? html`<div part="error" class="error" role="alert">
            ${describeError(t, feed.listError)}
            <button class="button secondary small" type="button" @click=${() => feed.loadMore()}>${t.retry}</button>
          </div>`
        : nothing
    }
    ${
      feed.hasMore && feed.listState === 'ready'
        ? html`<p class="more">
            <button part="more" class="button secondary small" type="button" @click=${() => feed.loadMore()}>
              ${t.notifications.loadMore}
            </button>
          </p>`
        : nothing
    }`;
}
