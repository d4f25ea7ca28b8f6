import { expect } from '@open-wc/testing';
import { MockUdata, type MockResponse } from '../../mocks/backend.js';
import { ORG_IDS, VIEWER_KEYS } from '../../mocks/seed.js';

const API = 'https://udata.example/api/1/';

describe('the in-memory udata (status codes per role)', () => {
  let udata: MockUdata;
  beforeEach(() => (udata = new MockUdata()));

  const call = (method: string, path: string, key?: string, body?: unknown): MockResponse =>
    udata.handle({ method, url: API + path, headers: key ? { 'X-API-KEY': key } : {}, body });
  const org = `organizations/${ORG_IDS.certified}/`;
  const pendingId = () => udata.data.requests.find((r) => r.org === ORG_IDS.certified && r.status === 'pending')!.id;

  it('redirects (308) a path without its trailing slash', () => {
    const answer = call('GET', org.slice(0, -1));
    expect(answer.status).to.equal(308);
    expect(answer.headers?.Location).to.equal(API + org);
  });

  it('answers 401 to a bad key, even on a public GET', () => {
    expect(call('GET', org, 'bad-key').status).to.equal(401);
    expect(call('GET', org).status).to.equal(200);
  });

  it('computes permissions for the caller', () => {
    const perms = (key?: string) => (call('GET', org, key).json as { permissions: Record<string, boolean> }).permissions;
    expect(perms(VIEWER_KEYS.admin).members).to.equal(true);
    expect(perms(VIEWER_KEYS.sysadmin).delete).to.equal(true);
    expect(perms(VIEWER_KEYS.editor).members).to.equal(false);
    expect(perms().delete).to.equal(false);
    udata.flavour.sendsPermissions = false;
    expect(call('GET', org, VIEWER_KEYS.admin).json).not.to.have.property('permissions');
  });

  it('GET /me/: 401 anonymous, the user without its key otherwise', () => {
    expect(call('GET', 'me/').status).to.equal(401);
    const me = call('GET', 'me/', VIEWER_KEYS.editor);
    expect(me.status).to.equal(200);
    expect(me.json).to.include({ first_name: 'Théo' }).and.not.have.property('apiKey');
  });

  describe('listing membership requests', () => {
    const list = (key?: string, query = '?status=pending') => call('GET', `${org}membership/${query}`, key);
    it('admins and sysadmins see all pending requests', () => {
      expect((list(VIEWER_KEYS.admin).json as unknown[]).length).to.equal(2);
      expect(list(VIEWER_KEYS.sysadmin).status).to.equal(200);
    });
    it('recent udata refuses editors (403); the guide lets them see', () => {
      expect(list(VIEWER_KEYS.editor).status).to.equal(403);
      udata.flavour.editorsMayListRequests = true;
      expect(list(VIEWER_KEYS.editor).status).to.equal(200);
    });
    it('an applicant lists only their own; others get 403, anonymous 401', () => {
      const applicant = udata.userByKey(VIEWER_KEYS.applicant)!;
      const own = list(VIEWER_KEYS.applicant, `?status=pending&user=${applicant.id}`);
      expect(own.status).to.equal(200);
      expect((own.json as Array<{ user: { id: string } }>).map((r) => r.user.id)).to.deep.equal([applicant.id]);
      expect(list(VIEWER_KEYS.applicant).status).to.equal(403);
      expect(list(VIEWER_KEYS.nonMember).status).to.equal(403);
      expect(list().status).to.equal(401);
    });
  });

  describe('asking to join', () => {
    const ask = (key: string | undefined, comment?: string) => call('POST', `${org}membership/`, key, comment === undefined ? {} : { comment });
    it('201 a new request, 200 when updating a pending one', () => {
      expect(ask(VIEWER_KEYS.nonMember, 'Bonjour').status).to.equal(201);
      expect(ask(VIEWER_KEYS.nonMember, 'Re-bonjour').status).to.equal(200);
      expect(ask(VIEWER_KEYS.applicant, 'Encore moi').status).to.equal(200);
    });
    it('400 without a comment, 401 anonymous', () => {
      expect(ask(VIEWER_KEYS.nonMember).status).to.equal(400);
      expect(ask(VIEWER_KEYS.nonMember, '   ').json).to.have.nested.property('errors.comment');
      expect(ask(undefined, 'Bonjour').status).to.equal(401);
    });
    it('409 (or 400 on some versions) for a current member', () => {
      expect(ask(VIEWER_KEYS.editor, 'Bonjour').status).to.equal(409);
      udata.flavour.alreadyMemberStatus = 400;
      expect(ask(VIEWER_KEYS.editor, 'Bonjour').status).to.equal(400);
    });
    it('410 on a deleted organization for outsiders', () => {
      expect(call('POST', `organizations/${ORG_IDS.deleted}/membership/`, VIEWER_KEYS.nonMember, { comment: 'x' }).status).to.equal(410);
    });
  });

  describe('deciding requests', () => {
    it('only admins accept: 403 for editors, 401 anonymous; the member becomes an editor', () => {
      const id = pendingId();
      expect(call('POST', `${org}membership/${id}/accept/`, VIEWER_KEYS.editor).status).to.equal(403);
      expect(call('POST', `${org}membership/${id}/accept/`).status).to.equal(401);
      const accepted = call('POST', `${org}membership/${id}/accept/`, VIEWER_KEYS.admin);
      expect(accepted.status).to.equal(200);
      expect(accepted.json).to.include({ role: 'editor' });
      expect(call('POST', `${org}membership/${id}/accept/`, VIEWER_KEYS.admin).status).to.equal(404);
      expect(call('POST', `${org}membership/unknown/accept/`, VIEWER_KEYS.admin).status).to.equal(404);
    });
    it('refusing needs a reason', () => {
      const id = pendingId();
      expect(call('POST', `${org}membership/${id}/refuse/`, VIEWER_KEYS.admin, {}).status).to.equal(400);
      expect(call('POST', `${org}membership/${id}/refuse/`, VIEWER_KEYS.admin, { comment: 'Hors périmètre' }).status).to.equal(200);
    });
  });

  describe('members and deletion', () => {
    const editorId = () => udata.userByKey(VIEWER_KEYS.editor)!.id;
    it('only admins change roles and remove members; 404 for a non-member', () => {
      expect(call('PUT', `${org}member/${editorId()}/`, VIEWER_KEYS.editor, { role: 'admin' }).status).to.equal(403);
      expect(call('PUT', `${org}member/${editorId()}/`, VIEWER_KEYS.admin, { role: 'admin' }).status).to.equal(200);
      expect(call('DELETE', `${org}member/${editorId()}/`, VIEWER_KEYS.admin).status).to.equal(204);
      expect(call('DELETE', `${org}member/${editorId()}/`, VIEWER_KEYS.admin).status).to.equal(404);
    });
    it('the old direct add answers 405 on current udata, 201 on old servers', () => {
      const outsider = udata.userByKey(VIEWER_KEYS.nonMember)!.id;
      expect(call('POST', `${org}member/${outsider}/`, VIEWER_KEYS.admin, { role: 'editor' }).status).to.equal(405);
      udata.flavour.legacyMemberAdd = true;
      expect(call('POST', `${org}member/${outsider}/`, VIEWER_KEYS.admin, { role: 'editor' }).status).to.equal(201);
    });
    it('inviting: admins only; by user id or e-mail; 400 for a member or a second invitation', () => {
      const outsider = udata.userByKey(VIEWER_KEYS.nonMember)!.id;
      const invite = (key: string | undefined, body: unknown) => call('POST', `${org}member/`, key, body);
      expect(invite(VIEWER_KEYS.editor, { user: outsider, role: 'editor' }).status).to.equal(403);
      expect(invite(undefined, { user: outsider, role: 'editor' }).status).to.equal(401);
      const created = invite(VIEWER_KEYS.admin, { user: outsider, role: 'admin', comment: 'Bienvenue' });
      expect(created.status).to.equal(201);
      expect(created.json).to.include({ kind: 'invitation', status: 'pending', role: 'admin', comment: 'Bienvenue' });
      expect(invite(VIEWER_KEYS.admin, { user: outsider, role: 'admin' }).status).to.equal(400);
      expect(invite(VIEWER_KEYS.admin, { user: editorId(), role: 'admin' }).status).to.equal(400);
      expect(invite(VIEWER_KEYS.admin, { email: 'Nouvelle@Example.org', role: 'editor' }).json).to.include({ email: 'nouvelle@example.org', user: null });
      expect(invite(VIEWER_KEYS.admin, { email: 'pas-une-adresse', role: 'editor' }).status).to.equal(400);
      const listed = call('GET', `${org}membership/?status=pending`, VIEWER_KEYS.admin).json as Array<{ kind: string }>;
      expect(listed.filter((r) => r.kind === 'invitation')).to.have.length(2);
      udata.flavour.legacyMemberAdd = true;
      expect(invite(VIEWER_KEYS.admin, { email: 'x@example.org', role: 'editor' }).status).to.equal(404);
    });
    it('cancelling: only a pending invitation (400 for a request)', () => {
      const outsider = udata.userByKey(VIEWER_KEYS.nonMember)!.id;
      const { id } = call('POST', `${org}member/`, VIEWER_KEYS.admin, { user: outsider, role: 'editor' }).json as { id: string };
      expect(call('POST', `${org}membership/${pendingId()}/cancel/`, VIEWER_KEYS.admin).status).to.equal(400);
      expect(call('POST', `${org}membership/${id}/cancel/`, VIEWER_KEYS.editor).status).to.equal(403);
      expect(call('POST', `${org}membership/${id}/cancel/`, VIEWER_KEYS.admin).status).to.equal(200);
      expect(call('POST', `${org}membership/${id}/cancel/`, VIEWER_KEYS.admin).status).to.equal(400);
    });
    it('deleting: 403 for editors, 204 for admins, then 410', () => {
      expect(call('DELETE', org, VIEWER_KEYS.editor).status).to.equal(403);
      expect(call('DELETE', org, VIEWER_KEYS.admin).status).to.equal(204);
      expect(call('DELETE', org, VIEWER_KEYS.admin).status).to.equal(410);
      expect(call('GET', org).status).to.equal(410);
      expect(call('GET', org, VIEWER_KEYS.admin).status).to.equal(200);
    });
  });

  it('records every request and injects failures once', () => {
    udata.fail({ path: 'me/', status: 503 });
    expect(call('GET', 'me/', VIEWER_KEYS.admin).status).to.equal(503);
    expect(call('GET', 'me/', VIEWER_KEYS.admin).status).to.equal(200);
    expect(udata.recorded('GET', 'me/')).to.have.length(2);
    expect(udata.requests[0].apiKey).to.equal(VIEWER_KEYS.admin);
  });
});
