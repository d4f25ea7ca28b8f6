import { ACTIVITY_TYPES, mayReadOwned, type MockActivity } from './activity.js';
import { organizationReference, userReference, type NotificationContext } from './serialize-notifications.js';

/**
 * `activity_fields` (`udata/core/activity/api.py`) for a caller: `actor` as `User.__ref_fields__`,
 * `organization` as `Organization.__ref_fields__` (or null), `related_to` as `str(document)`
 * (a title, an organization's name, a user's full name), its id, class name and
 * `url_for()` — the web page (`self_web_url`, udata's `page`), else the API URL when udata has
 * no `CDATA_BASE_URL`. `label` is translated in the request's language (`?lang=`, else English).
 */

export interface ActivityContext extends NotificationContext {
  lang: 'en' | 'fr';
}

interface Related {
  title: string;
  url: string;
  /** Whether the caller may read it (`OwnableReadPermission` for an `Owned` document, else always). */
  readable: boolean;
}

/** The related document, or undefined when it no longer exists (a purge left a dangling reference). */
function resolveRelated(ctx: ActivityContext, activity: MockActivity): Related | undefined {
  const { data, caller, apiRoot } = ctx;
  const { id } = activity.related_to;
  switch (activity.related_to.class) {
    case 'Dataset': {
      const d = data.datasets.find((x) => x.id === id);
      return d && { title: d.title, url: d.page ?? `${apiRoot}datasets/${d.slug}/`, readable: mayReadOwned(data, d, caller) };
    }
    case 'Reuse': {
      const r = data.reuses.find((x) => x.id === id);
      return r && { title: r.title, url: r.page ?? `${apiRoot}reuses/${r.slug}/`, readable: mayReadOwned(data, r, caller) };
    }
    case 'Organization': {
      const o = data.organizations.find((x) => x.id === id);
      return o && { title: o.name, url: o.page ?? `${apiRoot}organizations/${o.slug}/`, readable: true };
    }
    case 'User': {
      const u = data.users.find((x) => x.id === id);
      const fullname = u && `${u.first_name ?? ''} ${u.last_name ?? ''}`.trim();
      return u && { title: fullname!, url: u.page ?? `${apiRoot}users/${u.slug}/`, readable: true };
    }
    default:
      // The mock holds no dataservice nor topic: their activities read as dangling ones.
      return undefined;
  }
}

/**
 * One activity as the list marshals it, or null when udata leaves it out: a reference that
 * no longer exists (actor, organization, object: `DoesNotExist`, logged) or an `Owned` object
 * the caller may not read (private or deleted).
 */
export function serializeActivity(ctx: ActivityContext, activity: MockActivity) {
  const actor = userReference(ctx, activity.actor);
  const organization = activity.organization === null ? null : organizationReference(ctx, activity.organization);
  const related = resolveRelated(ctx, activity);
  if (!actor || (activity.organization !== null && !organization) || !related || !related.readable) return null;
  const type = ACTIVITY_TYPES[activity.key];
  return {
    actor,
    organization,
    related_to: related.title,
    related_to_id: activity.related_to.id,
    related_to_kind: activity.related_to.class,
    related_to_url: related.url,
    created_at: activity.created_at,
    label: type[ctx.lang],
    key: activity.key,
    icon: type.icon,
    changes: [...activity.changes],
    extras: { ...activity.extras },
  };
}
