import { ACTIVITY_TYPES, pyIsoformat, type ActivityKey, type MockActivity } from '../../mocks/activity.js';
import type { MockDataset, MockOrganization, MockReuse, MockUser } from '../../mocks/seed.js';
import type { APITestCase } from './udata-test-case.js';

/**
 * What the activity contract adds to udata-test-case.ts: `SomeActivity.objects.create(actor=…,
 * related_to=…, organization=…, extras=…)`. udata's tests declare throw-away subclasses
 * (`FakeDatasetActivity`, key "fakeDataset"); the mock knows only udata's own keys, so they
 * become the real activity of the same related class (`dataset:created`, `reuse:created`…).
 */

type Related = MockDataset | MockReuse | MockOrganization | MockUser;

/** The class udata would store in the reference. */
export function relatedClass(related: Related): string {
  if ('members' in related) return 'Organization';
  if ('apiKey' in related) return 'User';
  return 'quality' in related ? 'Dataset' : 'Reuse';
}

let seconds = 0;

/**
 * `cls.objects.create(…)`; each one a second after the previous (`created_at` defaults to
 * now: udata's tests create them in a row, the list shows the newest first).
 */
export function ActivityFactory(
  t: APITestCase,
  fields: {
    actor: MockUser;
    related_to: Related;
    key?: ActivityKey;
    organization?: MockOrganization | null;
    created_at?: string;
    changes?: string[];
    extras?: Record<string, unknown>;
  },
): MockActivity {
  const cls = relatedClass(fields.related_to);
  const keys = (Object.keys(ACTIVITY_TYPES) as ActivityKey[]).filter((k) => ACTIVITY_TYPES[k].related === cls);
  const key = fields.key ?? keys.find((k) => k.endsWith(':created')) ?? keys[0];
  const activity: MockActivity = {
    id: t.udata.newObjectId(),
    key,
    actor: fields.actor.id,
    organization: fields.organization?.id ?? null,
    related_to: { class: cls, id: fields.related_to.id },
    created_at: fields.created_at ?? pyIsoformat(new Date(Date.UTC(2026, 0, 1) + ++seconds * 1000)),
    changes: fields.changes ?? [],
    extras: fields.extras ?? {},
  };
  t.udata.data.activities.push(activity);
  return activity;
}

/** `GET /activity/` with these arguments: the page's JSON. */
export const activityPage = (t: APITestCase, query: Record<string, string> = {}) => t.get('activity/', query);
