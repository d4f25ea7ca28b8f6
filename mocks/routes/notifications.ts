import { argumentError, forbidden, internalError, json, message, notFound, paginate, paginationArguments } from '../responses.js';
import { isSysadmin } from '../serialize.js';
import { requestContext, serializeNotification } from '../serialize-notifications.js';
import type { MockNotification } from '../notifications.js';
import type { RouteBackend, RouteTable } from '../route-types.js';
import type { MockUser } from '../seed.js';

/**
 * `udata/features/notifications/api.py`: the caller's own notifications (`Notification.objects(
 * user=current_user)`, newest first), through the generated `__index_parser__`, and reading one.
 */

const OBJECT_ID = /^[0-9a-f]{24}$/i;

/** The generated `sort` choices: `created` (`created_at`), `last_modified`, `handled_at`, each with `-`. */
const SORTABLE: Record<string, keyof MockNotification> = {
  created: 'created_at',
  last_modified: 'last_modified',
  handled_at: 'handled_at',
};

/** flask-restx's `inputs.boolean`, the `handled` filter's type (no help text). */
function handledArgument(raw: string | null): boolean | undefined | ReturnType<typeof argumentError> {
  if (raw === null) return undefined;
  const value = raw.toLowerCase();
  if (!value || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1' || value === 'on') return true;
  return argumentError('handled', `Invalid literal for boolean(): ${raw}`);
}

/** MongoDB's order: a missing date sorts before any date (so last when descending). */
function byDate(key: keyof MockNotification, descending: boolean) {
  const time = (n: MockNotification) => {
    const value = n[key] as string | null;
    return value ? Date.parse(value) : -Infinity;
  };
  return (a: MockNotification, b: MockNotification) => (descending ? time(b) - time(a) : time(a) - time(b));
}

export function notificationRoutes(r: RouteTable, udata: RouteBackend): void {
  const find = (id: string) => udata.data.notifications.find((n) => n.id === id);
  const context = (url: URL, caller: MockUser | null) => requestContext(udata.data, url, caller);

  r.add(
    'GET',
    'notifications/',
    ({ caller, url, query }) => {
      // The parser first (`page`, `page_size`, `sort`, `handled`, `user`), then the filters'
      // constraints, then the pagination (a page past the end is 404).
      const args = paginationArguments(query);
      if ('status' in args) return args;
      const sort = query.get('sort');
      if (sort !== null && !SORTABLE[sort.replace(/^-/, '')]) {
        return argumentError(
          'sort',
          `The field (and direction) on which sorting apply The value '${sort}' is not a valid choice for 'sort'.`,
        );
      }
      const handled = handledArgument(query.get('handled'));
      if (typeof handled === 'object') return handled;
      const user = query.get('user');
      if (user !== null && !OBJECT_ID.test(user)) return message(400, '`user` must be an identifier');

      // Stored (insertion) order, then `meta.ordering` (-created_at) unless a sort replaces it.
      let list = udata.data.notifications.filter((n) => n.user === caller!.id);
      list = sort
        ? [...list].sort(byDate(SORTABLE[sort.replace(/^-/, '')], sort.startsWith('-')))
        : [...list].sort(byDate('created_at', true));
      if (handled !== undefined) list = list.filter((n) => (n.handled_at !== null) === handled);
      // `?user=` narrows the caller's own list further: another user's id gives nothing.
      if (user !== null) list = list.filter((n) => n.user === user);
      const ctx = context(url, caller);
      return paginate(
        url.href,
        query,
        list.map((n) => serializeNotification(ctx, n)),
      );
    },
    { secure: true },
  );

  r.add(
    'POST',
    'notifications/:notification/read/',
    ({ caller, params, url }) => {
      const notification = find(params.notification)!;
      // `EditNotificationPermission` reads the owner's `fs_uniquifier`: a recipient deleted since
      // (NULLIFY) makes it crash, for sysadmins too.
      if (notification.user === null) return internalError();
      if (!isSysadmin(caller) && caller!.id !== notification.user) return forbidden();
      // `datetime.now()`, even when it was handled already.
      const now = new Date().toISOString();
      notification.handled_at = now;
      notification.last_modified = now;
      return json(200, serializeNotification(context(url, caller), notification));
    },
    {
      secure: true,
      // `<notification:notification>` (a `ModelConverter`): unknown is 404, before authentication.
      convert: ({ notification }) => (find(notification) ? undefined : notFound()),
    },
  );
}
