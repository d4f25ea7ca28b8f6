import type { UdataClient } from './client.js';
import type { CurrentUser, UserSuggestion } from './models.js';
import * as shapes from './shapes.js';
import type { CallOptions } from './transport.js';

/** Users: who the caller is (`/me/`) and the user search (`/users/suggest/`). */

/** The caller (401 when anonymous or with a wrong key). */
export function getMe(client: UdataClient, options: CallOptions = {}) {
  return client.request<CurrentUser>({
    method: 'GET',
    path: 'me/',
    check: shapes.currentUser,
    action: 'load-current-user',
    ...options,
  });
}

export function suggestUsers(client: UdataClient, q: string, size = 10, options: CallOptions = {}) {
  return client.request<UserSuggestion[]>({
    method: 'GET',
    path: 'users/suggest/',
    query: { q, size },
    check: shapes.list(shapes.suggestion),
    action: 'suggest-users',
    ...options,
  });
}
