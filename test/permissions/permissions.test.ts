import { expect } from '@open-wc/testing';
import type { CurrentUser, MemberRole, Organization } from '../../src/api/models.js';
import {
  canAnswerDiscussions,
  canAskToJoin,
  canDecideRequests,
  canDeleteOrganization,
  canEditAllDatasets,
  canManageMembers,
  canPublish,
  canSeePendingRequests,
  isLastAdmin,
  viewerOf,
  type Viewer,
  type ViewerKind,
} from '../../src/permissions/permissions.js';

const user = (id: string, roles: string[] = []): CurrentUser => ({
  id,
  first_name: id,
  last_name: '',
  slug: id,
  roles,
  organizations: [],
});
const org = (members: Array<[string, MemberRole]>, permissions?: Organization['permissions']): Organization => ({
  id: 'org',
  name: 'Org',
  slug: 'org',
  description: '',
  badges: [],
  members: members.map(([id, role]) => ({ user: { id, first_name: id, last_name: '', slug: id }, role })),
  metrics: { datasets: 0, reuses: 0, followers: 0, members: members.length },
  permissions,
  created_at: '',
  last_modified: '',
});

const ORG = org([
  ['ada', 'admin'],
  ['eve', 'editor'],
  ['pat', 'partial_editor'],
]);

const viewers: Record<ViewerKind, Viewer> = {
  anonymous: viewerOf(null, ORG),
  'non-member': viewerOf(user('nina'), ORG),
  partial_editor: viewerOf(user('pat'), ORG),
  editor: viewerOf(user('eve'), ORG),
  admin: viewerOf(user('ada'), ORG),
  sysadmin: viewerOf(user('sam', ['admin']), ORG),
};

/** The guide's table: what each viewer may do (servers that send no `permissions`). */
const table: Array<[string, (v: Viewer) => boolean, ViewerKind[]]> = [
  ['ask to join', canAskToJoin, ['non-member', 'sysadmin']],
  ['publish datasets and reuses', canPublish, ['editor', 'admin', 'sysadmin']],
  ['answer discussions', canAnswerDiscussions, ['editor', 'admin', 'sysadmin']],
  ['edit every dataset', canEditAllDatasets, ['editor', 'admin', 'sysadmin']],
  ['see pending join requests', canSeePendingRequests, ['editor', 'admin', 'sysadmin']],
  ['accept or refuse a join request', canDecideRequests, ['admin', 'sysadmin']],
  ['add, promote and remove members', canManageMembers, ['admin', 'sysadmin']],
  ['delete the organization', canDeleteOrganization, ['admin', 'sysadmin']],
];

describe('permissions (the guide’s admin/editor table)', () => {
  it('tells who the viewer is', () => {
    expect(Object.fromEntries(Object.entries(viewers).map(([k, v]) => [k, v.kind]))).to.deep.equal({
      anonymous: 'anonymous',
      'non-member': 'non-member',
      partial_editor: 'partial_editor',
      editor: 'editor',
      admin: 'admin',
      sysadmin: 'sysadmin',
    });
  });

  for (const [action, allowed, who] of table) {
    it(`${action}: ${who.join(', ')}`, () => {
      const granted = (Object.keys(viewers) as ViewerKind[]).filter((kind) => allowed(viewers[kind]));
      expect(granted).to.deep.equal(who);
    });
  }

  it('follows the server’s permissions object when present', () => {
    const withPerms = org([['eve', 'editor']], { edit: false, delete: true, members: true, harvest: false, private: true });
    const editor = viewerOf(user('eve'), withPerms);
    expect(canManageMembers(editor)).to.equal(true);
    expect(canDeleteOrganization(editor)).to.equal(true);
    const denied = org([['ada', 'admin']], { edit: false, delete: false, members: false, harvest: false, private: false });
    expect(canManageMembers(viewerOf(user('ada'), denied))).to.equal(false);
    expect(canDeleteOrganization(viewerOf(user('ada'), denied))).to.equal(false);
  });

  it('knows the last admin', () => {
    expect(isLastAdmin(ORG, 'ada')).to.equal(true);
    expect(isLastAdmin(ORG, 'eve')).to.equal(false);
    expect(
      isLastAdmin(
        org([
          ['a', 'admin'],
          ['b', 'admin'],
        ]),
        'a',
      ),
    ).to.equal(false);
  });
});
