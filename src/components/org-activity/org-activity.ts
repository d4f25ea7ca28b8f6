import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Activity } from '../../api/activity.js';
import { FormatController } from '../../i18n/format.js';
import { avatarStyles } from '../../internal/avatar-styles.js';
import { describeError } from '../../internal/error-message.js';
import { renderLoadState } from '../../internal/load-state.js';
import { OrgElement } from '../../internal/org-element.js';
import { baseStyles } from '../../internal/styles.js';
import { canSeeActivity } from '../../permissions/permissions.js';
import { ActivityFeed } from './activity-feed.js';
import { renderActivity } from './activity-item.js';
import { activityStyles } from './org-activity.styles.js';
import { activityTerms } from './org-activity.terms.js';

/**
 * @summary Who changed what in the organization, newest first, grouped by month.
 *
 * Reads `GET /activity/?organization={id}`: the actor (avatar, name, link), what they did in
 * the viewer's language (every activity key of udata 17.6; udata's own label for a key a newer
 * server adds), the object and its link, the date, and the changed fields on demand; older
 * activity on demand. udata hides what the viewer may not read after paging, so a page can be
 * short: each load asks on until it has a page's worth or the list ends. Members (and
 * sysadmins) only; others are told so.
 *
 * @tagname org-activity
 * @fires org-error - A request failed. `detail: { action, status, message }`.
 *
 * @csspart base - The wrapper.
 * @csspart month - The heading of a month.
 * @csspart list - The events of a month.
 * @csspart activity - One event.
 * @csspart avatar - The actor's avatar.
 * @csspart object-link - The link to the object.
 * @csspart changes - The changed fields, on demand.
 * @csspart more - The button that loads older activity.
 * @csspart see-all - With `limit`: shows all the activity.
 * @csspart message - A sentence instead of the list.
 * @csspart error - An error message.
 *
 * Colours and sizes: the custom properties every element reads (see `OrgElement`, README "Theming") and `theme`.
 */
export class OrgActivity extends OrgElement {
  static override styles = [baseStyles, avatarStyles, activityStyles];

  protected override readonly localize = new FormatController(this, { activity: activityTerms });

  /** Show only the newest events, with "see all" (the dashboard's short list); 0: no limit. */
  @property({ type: Number }) limit = 0;

  /** "See all" was chosen. */
  @state() private expanded = false;

  private readonly feed = new ActivityFeed(this, {
    session: () => this.session,
    signal: () => this.removalSignal,
    lang: () => this.localize.lang,
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const session = this.session;
    if (session?.ready && canSeeActivity(session.viewer)) this.feed.ensureLoaded();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.reportOnce(this.feed.error);
  }

  protected override render() {
    const loading = renderLoadState(this.session, this.localize.t);
    if (loading) return loading;
    const t = this.localize.t;
    const session = this.session!;
    if (!canSeeActivity(session.viewer)) return html`<p part="message">${t.activity.membersOnly}</p>`;
    const feed = this.feed;
    const short = this.limit > 0 && !this.expanded;
    return html`<div part="base" lang=${this.localize.lang}>
      ${this.renderMonths(short ? feed.items.slice(0, this.limit) : feed.items)}
      ${
        short && (feed.items.length > this.limit || feed.hasMore)
          ? html`<p class="more">
              <button part="see-all" class="button secondary small" type="button" @click=${() => (this.expanded = true)}>
                ${t.activity.seeAll}
              </button>
            </p>`
          : nothing
      }
      ${feed.state === 'ready' && !feed.items.length ? html`<p part="message">${t.activity.empty}</p>` : nothing}
      ${feed.state === 'loading' ? html`<p role="status"><span class="spinner" aria-hidden="true"></span> ${t.activity.loading}</p>` : nothing}
      ${
        feed.state === 'error' && feed.error
          ? html`<div part="error" class="error" role="alert">
              ${describeError(t, feed.error)}
              <button class="button secondary small" type="button" @click=${() => feed.loadMore()}>${t.retry}</button>
            </div>`
          : nothing
      }
      ${
        feed.hasMore && feed.state === 'ready' && !short
          ? html`<p class="more">
              <button part="more" class="button secondary small" type="button" @click=${() => feed.loadMore()}>
                ${t.activity.loadMore}
              </button>
            </p>`
          : nothing
      }
    </div>`;
  }

  /** One heading and list per month ("décembre 2026"), in the order udata sends them. */
  private renderMonths(items: Activity[]) {
    const months: Array<{ month: string; items: Activity[] }> = [];
    for (const item of items) {
      const month = item.created_at.slice(0, 7);
      if (months.at(-1)?.month !== month) months.push({ month, items: [] });
      months.at(-1)!.items.push(item);
    }
    return months.map(
      ({ month, items }) =>
        html`<h3 part="month" class="month" id="month-${month}">
            ${this.localize.date(`${month}-15T12:00:00Z`, { month: 'long', year: 'numeric' })}
          </h3>
          <ol part="list" aria-labelledby="month-${month}">
            ${items.map((item) => renderActivity(item, this.localize, this.config.siteUrl))}
          </ol>`,
    );
  }
}
