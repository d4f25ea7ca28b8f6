import type { MockUdata } from './backend.js';
import { toUserRef, type MockMembershipRequest, type MockUser } from './seed.js';

/** Who a made-up person is: their names and slug (their key is `key-{slug}`). */
export interface PersonSpec {
  first_name: string;
  last_name: string;
  slug: string;
  id?: string;
}

/** `count` more people (numbered from 1), each with an account and a key of their own. */
export function addPeople(backend: MockUdata, count: number, person: (i: number) => PersonSpec): MockUser[] {
  const people = Array.from({ length: count }, (_, index): MockUser => {
    const { id, ...spec } = person(index + 1);
    return {
      id: id ?? backend.newObjectId(),
      ...spec,
      email: `${spec.slug}@example.org`,
      page: `https://udata.example/users/${spec.slug}/`,
      avatar: null,
      avatar_thumbnail: null,
      roles: [],
      organizations: [],
      apiKey: `key-${spec.slug}`,
    };
  });
  backend.data.users.push(...people);
  return people;
}

/**
 * `count` more pending join requests to `orgId` (numbered from 1, oldest first), from
 * `applicants` in turn: udata sends them all in one answer.
 */
export function addPendingRequests(
  backend: MockUdata,
  orgId: string,
  applicants: MockUser[],
  count: number,
  request: (i: number) => Pick<MockMembershipRequest, 'comment' | 'created'> & { id?: string },
): void {
  for (let i = 1; i <= count; i++) {
    const { id, ...rest } = request(i);
    backend.data.requests.push({
      id: id ?? backend.newUuid(),
      org: orgId,
      kind: 'request',
      status: 'pending',
      user: toUserRef(applicants[(i - 1) % applicants.length]),
      email: null,
      role: 'editor',
      assignments: [],
      ...rest,
    });
  }
}
