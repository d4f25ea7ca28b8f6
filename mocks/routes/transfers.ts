import type { MockRef } from '../notifications.js';
import { argumentError, forbidden, internalError, json, message, notFound, type MockResponse } from '../responses.js';
import type { RouteBackend, RouteTable } from '../route-types.js';
import { requestContext } from '../serialize-notifications.js';
import { serializeMyDataset, serializeMyReuse, serializeTransfer } from '../serialize-transfers.js';
import type { MockUser } from '../seed.js';
import { answerTransfer, findSubject, mayAnswer, mayTransfer, requestTransfer, TransferError } from '../transfers.js';

/**
 * `udata/features/transfer/api.py` (`/transfer/`), and the caller's own datasets and reuses
 * (`/me/datasets/`, `/me/reuses/` of `udata/core/user/api.py`) that a transfer moves.
 * The request's body is not validated against its model (no `RESTX_VALIDATE`): a missing key
 * is a crash (500), a wrong value whatever the code then does with it.
 */

const OBJECT_ID = /^[0-9a-f]{24}$/i;
const STATUSES = ['pending', 'accepted', 'refused'];
const SUBJECT_TYPES = ['Dataset', 'Reuse', 'Dataservice'];
/** The documents the mock has (`db.resolve_model` finds any udata registers; others are left out). */
const MODELS = ['Dataset', 'Reuse', 'Dataservice', 'User', 'Organization'];

/** Python's `str()` of a JSON value, as udata's messages print it. */
const pyStr = (value: unknown) => (value === null ? 'None' : value === true ? 'True' : value === false ? 'False' : String(value));

/** `db.resolve_model(spec)`: a class name, or a dict with a `class`; a `ValueError` (400) otherwise. */
function resolveModel(spec: unknown): string | MockResponse {
  const empty = typeof spec === 'object' && spec !== null && Object.keys(spec).length === 0;
  if (!spec || empty) return message(400, 'Unsupported model specifications');
  const name = typeof spec === 'string' ? spec : typeof spec === 'object' && 'class' in spec ? spec.class : undefined;
  if (name === undefined) return message(400, 'Unsupported model specifications');
  if (typeof name !== 'string' || !MODELS.includes(name)) return message(400, `Model "${pyStr(name)}" does not exist`);
  return name;
}

export function transferRoutes(r: RouteTable, udata: RouteBackend): void {
  const context = (url: URL, caller: MockUser | null) => requestContext(udata.data, url, caller);
  const find = (id: string) => (OBJECT_ID.test(id) ? udata.data.transfers.find((t) => t.id === id) : undefined);
  const documents: Record<string, () => Array<{ id: string }>> = {
    Dataset: () => udata.data.datasets,
    Reuse: () => udata.data.reuses,
    Dataservice: () => [],
    User: () => udata.data.users,
    Organization: () => udata.data.organizations,
  };

  /** `resolve_model`, then `model.objects.get(id=…)`: unknown is a 400 on `field`, a malformed id mongoengine's 400. */
  const lookUp = (spec: unknown, field: 'subject' | 'recipient'): MockRef | MockResponse => {
    const model = resolveModel(spec);
    if (typeof model !== 'string') return model;
    if (typeof spec !== 'object' || spec === null || !('id' in spec)) return internalError();
    const id = spec.id;
    if (typeof id !== 'string' || !OBJECT_ID.test(id)) {
      const text = `'${pyStr(id)}' is not a valid ObjectId, it must be a 12-byte input or a 24-character hex string`;
      return json(400, { errors: {}, message: text });
    }
    if (!documents[model]().some((d) => d.id === id)) return json(400, { errors: { [field]: `Unkown ${field} id "${id}"` } });
    // An organization or a user as the subject, an object as the recipient: udata crashes further on.
    const fits = field === 'subject' ? SUBJECT_TYPES.includes(model) : model === 'User' || model === 'Organization';
    return fits ? { class: model, id } : internalError();
  };

  // Only the transfers the caller may make (the subject's owner as it is now) or answer.
  r.add('GET', 'transfer/', ({ caller, url, query }) => {
    const subjectType = query.get('subject_type');
    if (subjectType !== null && !SUBJECT_TYPES.includes(subjectType)) {
      return argumentError('subject_type', `The value '${subjectType}' is not a valid choice for 'subject_type'.`);
    }
    const status = query.get('status');
    if (status !== null && !STATUSES.includes(status)) {
      // The `status` argument's help is a copy of `recipient`'s.
      return argumentError('status', `ID of user or organization The value '${status}' is not a valid choice for 'status'.`);
    }
    const subject = query.get('subject');
    const recipient = query.get('recipient');
    // `generic_in` makes an `ObjectId` of them before anything checks them: a crash.
    if ((subject && !OBJECT_ID.test(subject)) || (recipient && !OBJECT_ID.test(recipient))) return internalError();
    if (!subject && !recipient) return message(400, 'Please provide at least a `subject` or a `recipient`');
    const ctx = context(url, caller);
    const list = udata.data.transfers.filter((t) => {
      if (subject && t.subject.id !== subject) return false;
      if (subjectType && t.subject.class !== subjectType) return false;
      if (recipient && t.recipient.id !== recipient) return false;
      if (status && t.status !== status) return false;
      const owned = findSubject(udata.data, t.subject);
      return Boolean(owned && mayTransfer(udata.data, owned, caller)) || mayAnswer(udata.data, t, caller);
    });
    return json(
      200,
      list.map((t) => serializeTransfer(ctx, t)),
    );
  });

  r.add(
    'POST',
    'transfer/',
    ({ caller, url, body }) => {
      // `data["subject"]`, then `data["recipient"]`: each missing one is a `KeyError`.
      if (!('subject' in body)) return internalError();
      const subject = lookUp(body.subject, 'subject');
      if ('status' in subject) return subject;
      if (!('recipient' in body)) return internalError();
      const recipient = lookUp(body.recipient, 'recipient');
      if ('status' in recipient) return recipient;
      const comment = body.comment === undefined || body.comment === null ? null : String(body.comment);
      try {
        const transfer = requestTransfer(udata, caller!, subject, recipient, comment);
        return json(201, serializeTransfer(context(url, caller), transfer));
      } catch (error) {
        return answerError(error);
      }
    },
    { secure: true },
  );

  // No permission at all: anyone, anonymous included, reads any transfer by its id.
  r.add('GET', 'transfer/:transfer/', ({ caller, url, params }) => {
    const transfer = find(params.transfer);
    return transfer ? json(200, serializeTransfer(context(url, caller), transfer)) : notFound();
  });

  // The status, then the answer, are checked before who answers.
  r.add(
    'POST',
    'transfer/:transfer/',
    ({ caller, url, params, body }) => {
      const transfer = find(params.transfer);
      if (!transfer) return notFound();
      if (transfer.status !== 'pending') return message(400, 'Cannot update transfer after accepting/refusing');
      if (!('response' in body)) return internalError();
      // Anything but accept or refuse: `raise ValueError()`, an empty message.
      if (body.response !== 'accept' && body.response !== 'refuse') return message(400, '');
      const comment = body.comment === undefined || body.comment === null ? null : String(body.comment);
      try {
        answerTransfer(udata, caller!, transfer, body.response, comment);
      } catch (error) {
        return answerError(error);
      }
      return json(200, serializeTransfer(context(url, caller), transfer));
    },
    { secure: true },
  );

  // `owned_by(current_user.id)`: the caller's own (not their organizations'), private, deleted
  // and archived ones included; plain arrays, newest first (`-created_at_internal`, `-created_at`).
  r.add(
    'GET',
    'me/datasets/',
    ({ caller, url }) => {
      const ctx = context(url, caller);
      const mine = udata.data.datasets.filter((d) => d.owner === caller!.id);
      return json(
        200,
        [...mine].sort((a, b) => b.created_at.localeCompare(a.created_at)).map((d) => serializeMyDataset(ctx, d)),
      );
    },
    { secure: true },
  );

  r.add(
    'GET',
    'me/reuses/',
    ({ caller, url }) => {
      const ctx = context(url, caller);
      const mine = udata.data.reuses.filter((x) => x.owner === caller!.id);
      return json(
        200,
        [...mine].sort((a, b) => b.created_at.localeCompare(a.created_at)).map((x) => serializeMyReuse(ctx, x)),
      );
    },
    { secure: true },
  );
}

/** `PermissionDenied` is 403 with udata's message, a `ValueError` 400 with its own. */
function answerError(error: unknown): MockResponse {
  if (!(error instanceof TransferError)) throw error;
  if (error.status === 403) return forbidden();
  if (error.status === 500) return internalError();
  return message(400, error.message);
}
