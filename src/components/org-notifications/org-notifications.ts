import { html, nothing, svg, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { toApiError, type ApiError } from '../../api/errors.js';
import type { UdataNotification } from '../../api/notifications.js';
import { FormatController } from '../../i18n/format.js';
import { describeError } from '../../internal/error-message.js';
import { icon } from '../../internal/icons.js';
import { OrgElement } from '../../internal/org-element.js';
import { baseStyles, dialogStyles } from '../../internal/styles.js';
import { IdentityController } from '../../state/identity-controller.js';
import { onPage } from './page-sessions.js';
import { NotificationDecisions, decisionTerms } from './notification-decisions.js';
import { renderPanel } from './notifications-panel.js';
import { NotificationsFeed, type FeedScope } from './notifications-feed.js';
import { notificationsStyles } from './org-notifications.styles.js';
import { notificationsTerms } from './org-notifications.terms.js';
import type {} from './org-notifications.events.js';
import type {} from '../org-transfers/org-transfers.events.js';

/** The envelope's bell (here, not in the shared icons: the join button's core does not carry it). */
const bellIcon = icon(svg`<path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9"/><path d="M10.3 21a1.94 1.94 0 0 0 3.4 0"/>`);

/** Events of the other elements that change what the inbox counts (udata marks their notifications handled). */
const DECISION_EVENTS = ['org-request-accepted', 'org-request-refused', 'org-invitation-accepted', 'org-invitation-refused'];

/**
 * @summary The viewer's inbox: the guide's envelope, with the decisions it asks for taken in place.
 *
 * A button with the number of unread notifications (`GET /notifications/?handled=false`),
 * opening a panel that lists them newest first, more on demand: what happened, to which
 * organization, by whom, when, and whether it is unread. A join request is accepted (with a
 * role) or refused (with a reason) and an invitation accepted or declined in place; the
 * notifications that need no decision link to their page and can be marked read. With `org`
 * (set or inherited), only that organization's notifications. The count is read again every
 * `refresh-interval` seconds while the page is visible and when it becomes visible again;
 * what the viewer does in one tab updates the others. Nothing is rendered for anonymous viewers.
 *
 * @tagname org-notifications
 * @fires org-notifications-count - The number of unread notifications changed. `detail: { count }`.
 * @fires org-notification-read - A notification was marked read. `detail: { notification }`.
 * @fires org-request-accepted - A join request was accepted in the inbox. `detail: { request, member }`.
 * @fires org-request-refused - A join request was refused in the inbox. `detail: { request, comment }`.
 * @fires org-invitation-accepted - The viewer accepted an invitation in the inbox. `detail: { invitation }`.
 * @fires org-invitation-refused - The viewer declined an invitation in the inbox. `detail: { invitation }`.
 * @fires org-transfer-accepted - A transfer was accepted in the inbox. `detail: { transfer }`.
 * @fires org-transfer-refused - A transfer was refused in the inbox. `detail: { transfer }`.
 * @fires org-error - A request failed. `detail: { action, status, message }`.
 *
 * @csspart base - The wrapper.
 * @csspart button - The inbox button.
 * @csspart count - The number of unread notifications on the button.
 * @csspart panel - The panel of notifications.
 * @csspart list - The list of notifications.
 * @csspart notification - One notification (also `unread` while unread).
 * @csspart text - What happened.
 * @csspart link - The link to the object's page.
 * @csspart mark-read - The button that marks one notification read.
 * @csspart mark-all-read - The button that marks every shown notification read.
 * @csspart decision - The decision asked by a join request or an invitation.
 * @csspart comment - The applicant's or the inviter's message.
 * @csspart role - The role a join request is accepted with.
 * @csspart accept - Accepts the request or the invitation.
 * @csspart reason - The reason of a refusal, or a transfer answer's comment.
 * @csspart refuse-submit - Sends the refusal (of a join request or a transfer).
 * @csspart accept-submit - Accepts a transfer, once confirmed.
 * @csspart decline-submit - Declines the invitation, once confirmed.
 * @csspart cancel - Closes a refusal or a decline without sending.
 * @csspart handled - Says a request or invitation was handled meanwhile.
 * @csspart message - A sentence instead of the list (no notification).
 * @csspart refuse - Opens the refusal of a join request.
 * @csspart decline - Opens the decline of an invitation.
 * @csspart more - The button that loads older notifications.
 * @csspart notice - The live region announcing what was done.
 * @csspart error - An error message.
 *
 * Colours and sizes: the custom properties every element reads (see `OrgElement`, README "Theming") and `theme`.
 * @cssprop [--org-notifications-badge-background=var(--org-color-error)] - The count's background.
 * @cssprop [--org-notifications-badge-color=var(--org-color-on-danger)] - The count's text.
 * @cssprop [--org-notifications-panel-width=26rem] - The panel's width (never wider than the screen).
 * @cssprop [--org-notifications-panel-height=32rem] - The panel's maximum height.
 * @cssprop [--org-notifications-z-index=1000] - The panel's stacking order.
 */
export class OrgNotifications extends OrgElement {
  static override styles = [baseStyles, dialogStyles, notificationsStyles];

  /** @internal */
  static override properties = {
    ...OrgElement.properties,
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    open: { type: Boolean, reflect: true },
  };

  /**
   * Seconds between two readings of the count while the page is visible; 0: never.
   * @attr refresh-interval
   */
  declare refreshInterval: number;

  /** Whether the panel is open. */
  declare open: boolean;

  /** What was last done, said in the live region. */
  @state() private notice = '';

  protected override readonly localize = new FormatController(this, { notifications: notificationsTerms, ...decisionTerms });

  /** Who the viewer is when no organization is set (with one, the organization's session knows). */
  private readonly identity = new IdentityController(this, () => (this.config.org ? null : this.config));

  private readonly feed = new NotificationsFeed(this, {
    scope: () => this.scope(),
    refreshInterval: () => (Number.isFinite(this.refreshInterval) ? Math.max(0, this.refreshInterval) : 120),
    signal: () => this.removalSignal,
    isOpen: () => this.open,
    onCount: (count) => this.emit('org-notifications-count', { count }),
    onError: (error) => this.reportOnce(error),
  });

  private readonly decisions = new NotificationDecisions(this, {
    client: () => this.scope()?.client ?? null,
    localize: this.localize,
    signal: () => this.removalSignal,
    announce: (message) => (this.notice = message),
    onDecided: (notification, said) => {
      this.notice = said;
      this.feed.handled(notification);
    },
    onRequestAccepted: (request, member, orgId) => {
      onPage(this.config, orgId).requestAccepted(member);
      this.emit('org-request-accepted', { request, member });
    },
    onRequestRefused: (request, comment, orgId) => {
      onPage(this.config, orgId).requestRefused();
      this.emit('org-request-refused', { request, comment });
    },
    onInvitationAnswered: (invitation, accepted) => {
      onPage(this.config, invitation.organization.id).invitationAnswered(accepted);
      this.emit(accepted ? 'org-invitation-accepted' : 'org-invitation-refused', { invitation });
    },
    onTransferAnswered: (transfer, accepted) => {
      if (accepted && transfer.recipient) onPage(this.config, transfer.recipient.id).contentMoved();
      this.emit(accepted ? 'org-transfer-accepted' : 'org-transfer-refused', { transfer });
    },
    onFailed: (error, message) => this.reportOnce(error, message),
  });

  /** The last failure told to the page: one `org-error` per failure. */

  constructor() {
    super();
    this.refreshInterval = 120;
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    DECISION_EVENTS.forEach((name) => document.addEventListener(name, this.onDecisionElsewhere));
    document.addEventListener('pointerdown', this.onPointerDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    DECISION_EVENTS.forEach((name) => document.removeEventListener(name, this.onDecisionElsewhere));
    document.removeEventListener('pointerdown', this.onPointerDown);
  }

  /** The viewer (null while unknown or anonymous), from the organization's session or the identity. */
  private get me() {
    return this.session ? this.session.me : this.identity.me;
  }

  private scope(): FeedScope | null {
    const me = this.me;
    const client = this.session?.client ?? this.identity.client;
    if (!me || !client) return null;
    const key = this.config.org;
    const org = this.session?.org;
    return { client, viewerId: me.id, org: key ? { key, id: org?.id, slug: org?.slug } : undefined };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('open') && this.open) {
      this.decisions.reset();
      void this.feed.reloadList();
    }
  }

  protected override render() {
    const error = this.session ? this.session.currentUser.status === 'error' && this.session.error : this.identity.error;
    if (error) return this.renderError(error);
    if (!this.me) return nothing;
    const t = this.localize.t;
    const count = this.feed.count ?? 0;
    return html`<div part="base" lang=${this.localize.lang}>
      <button
        part="button"
        class="inbox-button"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => (this.open = !this.open)}
        @keydown=${this.onKeydown}
      >
        ${bellIcon}<span class="visually-hidden"
          >${
            this.feed.countError && this.feed.count === null
              ? t.notifications.countUnknown
              : t.notifications.button(count, this.localize.number(count))
          }</span
        >
        ${
          this.feed.countError && this.feed.count === null
            ? html`<span part="count" class="badge" aria-hidden="true">!</span>`
            : count
              ? html`<span part="count" class="badge" aria-hidden="true">${count > 99 ? t.notifications.many : count}</span>`
              : nothing
        }
      </button>
      <section
        part="panel"
        id="panel"
        class="panel"
        aria-labelledby="panel-title"
        ?hidden=${!this.open}
        @keydown=${this.onKeydown}
      >
        ${
          this.open
            ? renderPanel({
                localize: this.localize,
                feed: this.feed,
                siteUrl: this.config.siteUrl,
                scoped: Boolean(this.config.org),
                notice: this.notice,
                decision: (notification) => this.decisions.render(notification),
                onRead: (notifications) => this.markRead(notifications),
                onClose: () => this.close(),
              })
            : nothing
        }
      </section>
      <p part="notice" class="visually-hidden" role="status">${this.notice}</p>
    </div>`;
  }

  private renderError(error: ApiError) {
    const t = this.localize.t;
    const retry = () => (this.session ? this.session.reload() : this.identity.reload());
    return html`<div part="error" class="error" role="alert">
      ${describeError(t, error)}
      <button class="button secondary small" type="button" @click=${retry}>${t.retry}</button>
    </div>`;
  }

  private async markRead(notifications: UdataNotification[]) {
    const t = this.localize.t;
    try {
      const read = await this.feed.markRead(notifications);
      this.notice = t.notifications.markedRead(read.length);
      read.forEach((notification) => this.emit('org-notification-read', { notification }));
    } catch (error) {
      const failure = toApiError(error, 'read-notification');
      this.notice = describeError(t, failure);
      this.reportOnce(failure, this.notice);
    }
  }

  /** Closes the panel; focus goes back to the button. */
  private close() {
    this.open = false;
    this.renderRoot.querySelector<HTMLElement>('[part~="button"]')?.focus();
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.close();
  };

  /** A click elsewhere in the page closes the panel (it is not modal). */
  private readonly onPointerDown = (event: PointerEvent) => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private readonly onDecisionElsewhere = (event: Event) => {
    if (event.target !== this) void this.feed.refreshCount();
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.reportOnce(this.identity.error);
  }
}
