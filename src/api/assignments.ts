import type { UdataClient } from './client.js';
import type { Assignable, Assignment, AssignmentSubject, Page } from './models.js';
import * as shapes from './shapes.js';
import type { CallOptions } from './transport.js';

const assignmentShape = /* @__PURE__ */ shapes.shape<Assignment>({
  id: 'id',
  user: shapes.shape({ id: 'id' }),
  subject: shapes.shape({ class: 'text', id: 'id' }),
});
const assignableShape = /* @__PURE__ */ shapes.shape<Assignable>({ id: 'id', title: 'text', slug: 'text?' });

/**
 * Partial editors' assignments (udata 17): apart from the client class so that only
 * `<org-members>` carries them; every call goes through the client's transport.
 */

/** Every assignment of the organization (admins). */
export function listAssignments(client: UdataClient, org: string, options: CallOptions = {}) {
  return client.request<Assignment[]>({
    method: 'GET',
    path: `organizations/${encodeURIComponent(org)}/assignments/`,
    check: shapes.list(assignmentShape),
    action: 'load-assignments',
    ...options,
  });
}

/** Replaces what a partial editor may edit with `subjects` (the full list); answers the new assignments. */
export function setMemberAssignments(
  client: UdataClient,
  org: string,
  userId: string,
  subjects: AssignmentSubject[],
  options: CallOptions = {},
) {
  return client.request<Assignment[]>({
    method: 'PUT',
    path: `organizations/${encodeURIComponent(org)}/member/${encodeURIComponent(userId)}/assignments/`,
    body: subjects.map(({ class: cls, id }) => ({ class: cls, id })),
    check: shapes.list(assignmentShape),
    action: 'change-assignments',
    ...options,
  });
}

/** One dataset, dataservice or reuse (to name an assigned object). */
export function getAssignable(client: UdataClient, kind: AssignmentSubject['class'], id: string, options: CallOptions = {}) {
  const path = kind === 'Dataset' ? 'datasets' : kind === 'Reuse' ? 'reuses' : 'dataservices';
  return client.request<Assignable>({
    method: 'GET',
    path: `${path}/${encodeURIComponent(id)}/`,
    check: assignableShape,
    action: 'load-assignable',
    ...options,
  });
}

/** The organization's datasets, dataservices or reuses matching `q` (udata's searches), one page. */
export function searchAssignable(
  client: UdataClient,
  kind: AssignmentSubject['class'],
  orgId: string,
  query: { q?: string; page?: number; pageSize?: number } = {},
  options: CallOptions = {},
) {
  const path = kind === 'Dataset' ? 'datasets/' : kind === 'Reuse' ? 'reuses/' : 'dataservices/';
  return client.request<Page<Assignable>>({
    method: 'GET',
    path,
    // Members see their organization's deleted datasets in the search unless told not to.
    query: {
      organization: orgId,
      q: query.q,
      deleted: kind === 'Dataset' ? 'false' : undefined,
      page: query.page,
      page_size: query.pageSize,
    },
    check: shapes.page(assignableShape),
    action: 'search-assignable',
    ...options,
  });
}
