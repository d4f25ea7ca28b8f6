import { notifyMembershipResponse, onMembershipRequestCreated, onMembershipRequestHandled } from '../notifications.js';
import { fieldError, forbidden, json, message, notFound } from '../responses.js';
import type { RouteBackend, RouteTable } from '../route-types.js';
import { permissionsFor, serializeMember, serializeRequest } from '../serialize.js';
import { toUserRef, type MockMembershipRequest, type MockOrganization } from '../seed.js';

/**
 * `…/membership/`: join requests (and, in the same list, invitations). udata checks neither
 * who asks (a member may ask again) nor the status of what is decided (accepting a refused
 * request adds the member): only its kind and whether the user is already a member.
 */

const now = () => new Date().toISOString();

export function membershipRoutes(r: RouteTable, udata: RouteBackend): void {
  const find = (org: MockOrganization, id: string) => udata.data.requests.find((q) => q.org === org.id && q.id === id);
  const unknownRequest = () => notFound('Unknown membership request id');

  r.add(
    'GET',
    'organizations/:org/membership/',
    ({ org, caller, query }) => {
      const user = query.get('user');
      const status = query.get('status');
      const permissions = permissionsFor(org, caller);
      let list: MockMembershipRequest[];
      if (user) {
        if (caller!.id !== user && !permissions.members) {
          return message(403, 'You can only access your own membership requests or the one of your organizations.');
        }
        list = udata.data.requests.filter((q) => q.org === org.id && q.user !== null && q.user.id === user);
      } else {
        const editorsMay = udata.flavour.editorsMayListRequests && permissions.private;
        if (!permissions.members && !editorsMay) return forbidden();
        list = udata.data.requests.filter((q) => q.org === org.id);
      }
      if (status) list = list.filter((q) => q.status === status);
      return json(
        200,
        list.map((q) => serializeRequest(udata.data, q, caller, true)),
      );
    },
    { secure: true },
  );

  r.add(
    'POST',
    'organizations/:org/membership/',
    ({ org, caller, body }) => {
      const user = caller!;
      // A missing comment is refused; an empty string is not (udata checks `is not None`).
      const comment = body.comment;
      if (comment === undefined || comment === null) {
        return fieldError('comment', "'comment' is required when 'kind' is 'request'");
      }
      const pending = udata.data.requests.find(
        (q) => q.org === org.id && q.user?.id === user.id && q.status === 'pending' && q.kind !== 'invitation',
      );
      if (pending) {
        pending.comment = String(comment);
        return json(200, serializeRequest(udata.data, pending, caller, true));
      }
      const created: MockMembershipRequest = {
        id: udata.newUuid(),
        org: org.id,
        kind: 'request',
        status: 'pending',
        user: toUserRef(user),
        email: null,
        role: 'editor',
        comment: String(comment),
        created: now(),
        assignments: [],
      };
      udata.data.requests.push(created);
      // `add_membership_request` sends `after_create` (an update of a pending one does not).
      onMembershipRequestCreated(udata, created);
      return json(201, serializeRequest(udata.data, created, caller, true));
    },
    { secure: true },
  );

  r.add(
    'POST',
    'organizations/:org/membership/:id/accept/',
    ({ org, caller, params }) => {
      if (!permissionsFor(org, caller).members) return forbidden();
      const request = find(org, params.id);
      if (!request) return unknownRequest();
      if (request.kind === 'invitation') return message(400, 'Use the cancel endpoint for invitations');
      const existing = org.members.find((m) => m.user.id === request.user?.id);
      if (existing) return json(409, serializeMember(udata.data, existing, caller, false));
      Object.assign(request, { status: 'accepted', handled_by: caller!.id, handled_on: now() });
      const member = { user: { ...request.user! }, role: 'editor' as const, since: now() };
      org.members.push(member);
      onMembershipRequestHandled(udata, request);
      notifyMembershipResponse(udata, request);
      return json(200, serializeMember(udata.data, member, caller, false));
    },
    { secure: true },
  );

  r.add(
    'POST',
    'organizations/:org/membership/:id/refuse/',
    ({ org, caller, params, body }) => {
      if (!permissionsFor(org, caller).members) return forbidden();
      const request = find(org, params.id);
      if (!request) return unknownRequest();
      if (request.kind === 'invitation') return message(400, 'Use the cancel endpoint for invitations');
      if (!body.comment) return fieldError('comment', 'Comment is required');
      Object.assign(request, {
        status: 'refused',
        handled_by: caller!.id,
        handled_on: now(),
        refusal_comment: String(body.comment),
      });
      onMembershipRequestHandled(udata, request);
      notifyMembershipResponse(udata, request);
      return json(200, {});
    },
    { secure: true },
  );

  r.add(
    'POST',
    'organizations/:org/membership/:id/cancel/',
    ({ org, caller, params }) => {
      if (!permissionsFor(org, caller).members) return forbidden();
      const request = find(org, params.id);
      if (!request) return unknownRequest();
      if (request.kind !== 'invitation') return message(400, 'Only invitations can be canceled');
      if (request.status !== 'pending') return message(400, 'Only pending invitations can be canceled');
      Object.assign(request, { status: 'canceled', handled_by: caller!.id, handled_on: now() });
      // Handled, but the invited user gets no accepted/refused notification (only an e-mail).
      onMembershipRequestHandled(udata, request);
      return json(200, {});
    },
    { secure: true },
  );
}
