import { fieldError, forbidden, json, message } from '../responses.js';
import type { RouteBackend, RouteTable } from '../route-types.js';
import { permissionsFor } from '../serialize.js';
import type { MockAssignment, MockOrganization } from '../seed.js';

/**
 * Partial editors (`udata/core/organization/assignment.py`, `api.py`): what each may edit.
 * Admins list the organization's assignments and replace a partial editor's whole list; an
 * invitation may carry assignments, created when it is accepted; a role change away from
 * partial editor, or a removal, deletes them.
 */

const ASSIGNABLE = ['Dataset', 'Dataservice', 'Reuse'] as const;
type Subject = MockAssignment['subject'];

/** `resolve_assignment_subjects`: a list of `{class, id}` of this organization, or a field error. */
export function resolveSubjects(
  udata: RouteBackend,
  raw: unknown,
  org: MockOrganization,
): Subject[] | ReturnType<typeof fieldError> {
  if (!Array.isArray(raw) || !raw.every((item) => item && typeof item === 'object' && !Array.isArray(item))) {
    return fieldError('assignments', 'Expected a list of {class, id} objects');
  }
  const subjects: Subject[] = [];
  for (const item of raw as Array<{ class?: unknown; id?: unknown }>) {
    const cls = String(item.class);
    if (!(ASSIGNABLE as readonly string[]).includes(cls)) return fieldError('assignments', `Invalid object class '${cls}'`);
    const found =
      cls === 'Dataset'
        ? udata.data.datasets.find((d) => d.id === item.id)
        : cls === 'Reuse'
          ? udata.data.reuses.find((r) => r.id === item.id)
          : undefined;
    if (!found) return fieldError('assignments', `${cls} '${String(item.id)}' not found`);
    if (found.org !== org.id)
      return fieldError('assignments', `${cls} '${String(item.id)}' does not belong to this organization`);
    subjects.push({ class: cls as Subject['class'], id: found.id });
  }
  return subjects;
}

/** Creates the assignments a user lacks among `subjects` (existing ones of this organization only). */
export function assign(udata: RouteBackend, org: MockOrganization, userId: string, subjects: Subject[]): void {
  for (const subject of subjects) {
    const exists = udata.data.assignments.some(
      (a) => a.user === userId && a.subject.class === subject.class && a.subject.id === subject.id,
    );
    if (!exists)
      udata.data.assignments.push({
        id: udata.newObjectId(),
        user: userId,
        org: org.id,
        subject,
        created_at: new Date().toISOString(),
      });
  }
}

export function dropAssignments(udata: RouteBackend, org: MockOrganization, userId: string): void {
  udata.data.assignments = udata.data.assignments.filter((a) => !(a.org === org.id && a.user === userId));
}

const serialize = (a: MockAssignment) => ({
  id: a.id,
  user: { id: a.user, class: 'User' },
  organization: { id: a.org, class: 'Organization' },
  subject: a.subject,
  created_at: a.created_at,
});

export function assignmentRoutes(r: RouteTable, udata: RouteBackend): void {
  r.add(
    'GET',
    'organizations/:org/assignments/',
    ({ org, caller }) => {
      if (!permissionsFor(org, caller).members) return forbidden();
      return json(200, udata.data.assignments.filter((a) => a.org === org.id).map(serialize));
    },
    { secure: true },
  );

  r.add(
    'PUT',
    'organizations/:org/member/:user/assignments/',
    ({ org, user, caller, req }) => {
      if (!permissionsFor(org, caller).members) return forbidden();
      const member = org.members.find((m) => m.user.id === user.id);
      if (!member || member.role !== 'partial_editor')
        return message(400, 'User must be a partial_editor member of this organization');
      const subjects = resolveSubjects(udata, req.body, org);
      if (!Array.isArray(subjects)) return subjects;
      const wanted = new Set(subjects.map((s) => `${s.class}:${s.id}`));
      udata.data.assignments = udata.data.assignments.filter(
        (a) => !(a.org === org.id && a.user === user.id && !wanted.has(`${a.subject.class}:${a.subject.id}`)),
      );
      assign(udata, org, user.id, subjects);
      return json(200, udata.data.assignments.filter((a) => a.org === org.id && a.user === user.id).map(serialize));
    },
    { secure: true },
  );
}
