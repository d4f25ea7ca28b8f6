import { html, nothing } from 'lit';
import type { Activity } from '../../api/activity.js';
import type { FormatController } from '../../i18n/format.js';
import { ownEntry } from '../../internal/lookup.js';
import { fullName, renderAvatar, userPageUrl } from '../../internal/users.js';
import type { activityTerms } from './org-activity.terms.js';

const PAGES: Record<string, string> = {
  Dataset: 'datasets',
  Reuse: 'reuses',
  Dataservice: 'dataservices',
  Organization: 'organizations',
  Topic: 'topics',
  User: 'users',
};

/** The object's page on the site, from `site-url` (never the API's own links). */
function objectUrl(activity: Activity, siteUrl: string): string | undefined {
  const kind = ownEntry(PAGES, activity.related_to_kind);
  return siteUrl && kind && activity.related_to_id
    ? `${siteUrl}/${kind}/${encodeURIComponent(activity.related_to_id)}/`
    : undefined;
}

/**
 * One event: the actor (avatar, name, link), what they did in the viewer's language (udata's
 * own label for a key this version does not know), the object and its link, when, and the
 * changed fields on demand.
 */
export function renderActivity(
  activity: Activity,
  localize: FormatController<{ activity: typeof activityTerms }>,
  siteUrl: string,
) {
  const t = localize.t.activity;
  const actor = activity.actor;
  const name = fullName(actor, t.someone);
  const actorUrl = actor ? userPageUrl(siteUrl, actor) : undefined;
  const verb = ownEntry(t.verbs, activity.key) ?? activity.label ?? activity.key;
  const href = objectUrl(activity, siteUrl);
  const title = t.quote(activity.related_to || t.untitled);
  return html`<li part="activity" class="activity">
    ${renderAvatar(actor)}
    <div>
      <p class="what">
        ${actorUrl ? html`<a class="link" href=${actorUrl}>${name}</a>` : html`<strong>${name}</strong>`} ${verb}
        ${href ? html`<a part="object-link" class="link" href=${href}>${title}</a>` : title}
      </p>
      <p class="meta">
        <time
          datetime=${activity.created_at}
          title=${localize.date(activity.created_at, { dateStyle: 'long', timeStyle: 'short' })}
          >${localize.date(activity.created_at, { dateStyle: 'medium' })}</time
        >
      </p>
      ${
        activity.changes.length
          ? html`<details part="changes" class="changes">
              <summary>${t.changes(activity.changes.length)}</summary>
              <ul>
                ${activity.changes.map((field) => html`<li><code>${String(field)}</code></li>`)}
              </ul>
            </details>`
          : nothing
      }
    </div>
  </li>`;
}
