import type { MockRef } from '../../mocks/notifications.js';
import type { MockDataset, MockOrganization, MockReuse, MockUser } from '../../mocks/seed.js';
import { saveTransfer, type MockTransfer } from '../../mocks/transfers.js';
import type { APITestCase } from './udata-test-case.js';

/**
 * What the transfer contract adds to udata-test-case.ts: udata's `DatasetFactory(owner=…,
 * organization=…)` and `ReuseFactory(owner=…)`, `TransferFactory` (saved, so its notifications
 * are made), and the request bodies of `POST /transfer/`.
 */

type Party = MockUser | MockOrganization;
type Subject = MockDataset | MockReuse;

/** A `GenericReferenceField`'s class and id for a user or an organization. */
export const partyRef = (party: Party): MockRef => ({ class: 'members' in party ? 'Organization' : 'User', id: party.id });

/** A dataset (it has resources and quality) or a reuse. */
export const subjectRef = (subject: Subject): MockRef => ({ class: 'quality' in subject ? 'Dataset' : 'Reuse', id: subject.id });

/** `DatasetFactory(owner=user)`, `DatasetFactory(organization=org)`, or both (udata's factory allows it). */
export function DatasetFactory(
  t: APITestCase,
  by: { owner?: MockUser; organization?: MockOrganization },
  fields: Partial<MockDataset> = {},
): MockDataset {
  return t.DatasetFactory(by.organization ?? null, { owner: by.owner?.id ?? null, ...fields });
}

/** `ReuseFactory(owner=user)` or `ReuseFactory(organization=org)`. */
export function ReuseFactory(
  t: APITestCase,
  by: { owner?: MockUser; organization?: MockOrganization },
  fields: Partial<MockReuse> = {},
): MockReuse {
  return t.ReuseFactory(by.organization ?? null, { owner: by.owner?.id ?? null, ...fields });
}

/** `TransferFactory(owner=…, recipient=…, subject=…)`: saved, so `Transfer.on_create` notifies. */
export function TransferFactory(
  t: APITestCase,
  f: { owner: Party; recipient: Party; subject: Subject; user?: MockUser; comment?: string },
): MockTransfer {
  return saveTransfer(t.udata, {
    id: t.udata.newObjectId(),
    user: f.user?.id ?? null,
    owner: partyRef(f.owner),
    recipient: partyRef(f.recipient),
    subject: subjectRef(f.subject),
    comment: f.comment ?? 'Une phrase.',
    status: 'pending',
    created: new Date().toISOString(),
    responded: null,
    responder: null,
    response_comment: null,
  });
}

/** The body of `POST /transfer/`. */
export const transferRequest = (subject: Subject, recipient: Party, comment = 'Some comment') => ({
  subject: subjectRef(subject),
  recipient: partyRef(recipient),
  comment,
});
