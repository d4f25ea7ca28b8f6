import type { UdataClient } from './client.js';
import * as shapes from './shapes.js';
import type { CallOptions } from './transport.js';

/**
 * Transfers of datasets, reuses and APIs between owners (`/transfer/`): the recipient (a user,
 * or an admin of the recipient organization) accepts or refuses. Only `<org-transfers>` and
 * the inbox's transfer decisions read them.
 */

export type TransferSubjectClass = 'Dataset' | 'Reuse' | 'Dataservice';
export type TransferPartyClass = 'User' | 'Organization';

/** The owner or the recipient: a user or an organization, as udata's ref fields give them. */
export interface TransferParty {
  class: TransferPartyClass | string;
  id: string;
  /** An organization's. */
  name?: string;
  acronym?: string | null;
  /** A user's. */
  first_name?: string;
  last_name?: string;
  slug?: string;
  avatar_thumbnail?: string | null;
  logo_thumbnail?: string | null;
}

/** The object moved: a dataset, a reuse or an API (a dataset's reference may carry no title). */
export interface TransferSubject {
  class: TransferSubjectClass | string;
  id: string;
  title?: string;
  slug?: string;
  page?: string;
}

export type TransferStatus = 'pending' | 'accepted' | 'refused';

/** One transfer request (`GET /transfer/`). */
export interface Transfer {
  id: string;
  /** Who asked. */
  user: { id: string; first_name?: string; last_name?: string; slug?: string; avatar_thumbnail?: string | null } | null;
  owner: TransferParty | null;
  recipient: TransferParty | null;
  subject: TransferSubject | null;
  /** The requester's message. Untrusted text. */
  comment?: string | null;
  created: string;
  status: TransferStatus | string;
  responded?: string | null;
}

const party = /* @__PURE__ */ shapes.maybe(
  shapes.shape<TransferParty>(
    { class: 'text', id: 'id' },
    { 'text?': 'name acronym first_name last_name slug avatar_thumbnail logo_thumbnail' },
  ),
);
const subject = /* @__PURE__ */ shapes.maybe(
  shapes.shape<TransferSubject>({ class: 'text', id: 'id' }, { 'text?': 'title slug page' }),
);
const transfer = /* @__PURE__ */ shapes.shape<Transfer>(
  {
    id: 'id',
    status: 'text',
    owner: shapes.optional(party) as shapes.Check<TransferParty | null>,
    recipient: shapes.optional(party) as shapes.Check<TransferParty | null>,
    subject: shapes.optional(subject) as shapes.Check<TransferSubject | null>,
    user: shapes.optional(shapes.maybe(shapes.user)) as shapes.Check<Transfer['user']>,
  },
  { 'text?': 'comment created responded' },
);

/**
 * The transfers the caller may make or answer, filtered (udata asks for a subject or a
 * recipient, and answers a plain array, never pages).
 */
export function listTransfers(
  client: UdataClient,
  filter: { subject?: string; recipient?: string; status?: TransferStatus },
  options: CallOptions = {},
) {
  return client.request<Transfer[]>({
    method: 'GET',
    path: 'transfer/',
    query: filter,
    check: shapes.list(transfer),
    action: 'load-transfers',
    ...options,
  });
}

/** One transfer, as it stands now (read again before answering it: another admin may have). */
export function getTransfer(client: UdataClient, id: string, options: CallOptions = {}) {
  return client.request<Transfer>({
    method: 'GET',
    path: `transfer/${encodeURIComponent(id)}/`,
    check: transfer,
    action: 'load-transfer',
    ...options,
  });
}

/** Asks to move `subject` to `recipient` (201, the transfer). */
export function requestTransfer(
  client: UdataClient,
  body: {
    subject: { class: TransferSubjectClass; id: string };
    recipient: { class: TransferPartyClass; id: string };
    comment: string;
  },
  options: CallOptions = {},
) {
  return client.request<Transfer>({
    method: 'POST',
    path: 'transfer/',
    body,
    check: transfer,
    action: 'request-transfer',
    ...options,
  });
}

/** The recipient answers (udata sends the answer's comment back as `reponse_comment`, always null). */
export function answerTransfer(
  client: UdataClient,
  id: string,
  response: 'accept' | 'refuse',
  comment: string,
  options: CallOptions = {},
) {
  return client.request<Transfer>({
    method: 'POST',
    path: `transfer/${encodeURIComponent(id)}/`,
    body: comment ? { response, comment } : { response },
    check: transfer,
    action: response === 'accept' ? 'accept-transfer' : 'refuse-transfer',
    ...options,
  });
}

/** One of the caller's own datasets or reuses (`/me/datasets/`, `/me/reuses/`). */
export interface OwnContent {
  id: string;
  title: string;
  slug?: string;
  /** Set when it belongs to an organization (not the caller's to transfer). */
  organization?: { id: string; name?: string } | null;
  private?: boolean;
  deleted?: string | null;
  archived?: string | null;
}

const ownContent = /* @__PURE__ */ shapes.shape<OwnContent>(
  { id: 'id', title: 'text', organization: shapes.optional(shapes.maybe(shapes.shape({ id: 'id' }, { 'text?': 'name' }))) },
  { 'text?': 'slug deleted archived', 'bool?': 'private' },
);

/** The caller's own datasets or reuses: a plain array or a page, as servers answer (401 anonymous). */
export async function listMyContent(
  client: UdataClient,
  kind: 'datasets' | 'reuses',
  options: CallOptions = {},
): Promise<OwnContent[]> {
  const answer = await client.request<OwnContent[] | { data: OwnContent[] }>({
    method: 'GET',
    path: `me/${kind}/`,
    check: (value) => (Array.isArray(value) ? shapes.list(ownContent)(value) : shapes.page(ownContent)(value)),
    action: 'load-my-content',
    ...options,
  });
  return Array.isArray(answer) ? answer : answer.data;
}
