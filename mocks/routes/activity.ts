import { json, message, notFound, paginationArguments } from '../responses.js';
import type { RouteBackend, RouteTable } from '../route-types.js';
import { serializeActivity, type ActivityContext } from '../serialize-activity.js';

/**
 * `udata/core/activity/api.py`: `GET /activity/` (`SiteActivityAPI`), open to anyone. The
 * filters (`organization`: its own activities or about it; `user`: the actor; `related_to`),
 * newest first, then the page; only then are the items the caller may not see dropped, so a
 * page can be short (even empty) while `total`, `next_page` and the 404 past the last page
 * still count them.
 */

const OBJECT_ID = /^[0-9a-f]{24}$/i;

/** MongoEngine's `ValidationError` for a query on a reference with a malformed id. */
const invalidObjectId = (value: string) =>
  json(400, {
    errors: {},
    message: `'${value}' is not a valid ObjectId, it must be a 12-byte input or a 24-character hex string`,
  });

export function activityRoutes(r: RouteTable, udata: RouteBackend): void {
  r.add('GET', 'activity/', ({ caller, url, query }) => {
    const args = paginationArguments(query);
    if ('status' in args) return args;
    const { page, pageSize } = args;
    const organization = query.get('organization');
    const user = query.get('user');
    const relatedTo = query.get('related_to');
    // `related_to` is checked by the endpoint; the others fail when MongoDB's query is built.
    if (relatedTo && !OBJECT_ID.test(relatedTo)) return message(400, '`related_to` arg must be an identifier');
    for (const value of [organization, user]) if (value && !OBJECT_ID.test(value)) return invalidObjectId(value);

    const matching = udata.data.activities
      .filter(
        (a) =>
          (!organization || a.organization === organization || a.related_to.id === organization) &&
          (!user || a.actor === user) &&
          (!relatedTo || a.related_to.id === relatedTo),
      )
      .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));

    // flask-mongoengine's `Pagination`: an empty page other than the first is a 404.
    const start = (page - 1) * pageSize;
    const items = matching.slice(start, start + pageSize);
    if (!items.length && page !== 1) return notFound();

    const root = url.pathname.indexOf('/api/1/');
    const apiRoot = `${url.origin}${url.pathname.slice(0, root)}/api/1/`;
    const lang = query.get('lang') === 'fr' ? 'fr' : 'en';
    const ctx: ActivityContext = { data: udata.data, caller, apiRoot, lang };
    const link = (p: number) => {
      const next = new URL(url.href);
      next.searchParams.set('page', String(p));
      return next.href;
    };
    const pages = Math.ceil(matching.length / pageSize);
    return json(200, {
      data: items.map((a) => serializeActivity(ctx, a)).filter((a) => a !== null),
      page,
      page_size: pageSize,
      total: matching.length,
      next_page: page < pages ? link(page + 1) : null,
      previous_page: page > 1 ? link(page - 1) : null,
    });
  });
}
