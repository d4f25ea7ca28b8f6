import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { listAssignments } from '../../api/assignments.js';
import { getRoles } from '../../api/members.js';
import type { Member, MemberRole } from '../../api/models.js';
import type { OrgSession } from '../../state/org-session.js';

/** Whether a list of members has a partial editor: read on every update, scanned once per list. */
const partialEditors = new WeakMap<Member[], boolean>();
function hasPartialEditor(members: Member[] | undefined): boolean {
  if (!members) return false;
  let has = partialEditors.get(members);
  if (has === undefined) partialEditors.set(members, (has = members.some((m) => m.role === 'partial_editor')));
  return has;
}

/**
 * What the admins' controls read besides the organization: the roles the server offers and
 * what each partial editor may edit, each asked only when it can matter.
 */
export class AdminData {
  /**
   * The roles an admin may give, asked for a viewer who may be one (an API key or cookies): an
   * anonymous viewer manages nothing, and a request of its own would hold up the organization's.
   */
  private readonly roles: Task<readonly [OrgSession | undefined], Array<{ id: string }>>;

  /** What each partial editor may edit (admins only; asked when there is one). */
  readonly assignments;

  constructor(
    host: ReactiveControllerHost,
    options: {
      session: () => OrgSession | undefined;
      /** Whether the viewer manages the members (an admin or a sysadmin). */
      manages: () => boolean;
    },
  ) {
    const { session } = options;
    this.roles = new Task(host, {
      args: () => [session()?.client.isAuthenticated ? session() : undefined] as const,
      task: ([s], { signal }) => (s ? getRoles(s.client, { signal }) : Promise.resolve([])),
    });
    this.assignments = new Task(host, {
      args: () => [session(), options.manages() && hasPartialEditor(session()?.org?.members)] as const,
      task: async ([s, wanted], { signal }) =>
        // null, not []: while it is not known, no count (nor a picker starting empty) is shown.
        s?.org && wanted ? listAssignments(s.client, s.org.id, { signal }) : null,
    });
  }

  /** Roles an admin may give: editor and admin, and partial editor when the server lists it. */
  get assignableRoles(): MemberRole[] {
    const listed = this.roles.value?.some((r) => r.id === 'partial_editor');
    return listed ? ['editor', 'admin', 'partial_editor'] : ['editor', 'admin'];
  }
}
