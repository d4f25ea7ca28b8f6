import { seedActivity } from './seed-activity.js';
import { seedDashboard } from './seed-dashboard.js';
import { seedNotifications } from './seed-notifications.js';
import { seedOrganizations } from './seed-organizations.js';
import { seedTransfers } from './seed-transfers.js';
import { ORG_IDS, oid, type MockAssignment, type MockData } from './seed.js';

/** A fresh copy of the whole seed (see seed.ts): each part built from the ones before. */
export function createSeed(): MockData {
  const { users, organizations, requests, people } = seedOrganizations();
  const { editor, partial, outsider, hostile } = people;
  const content = seedDashboard(editor, outsider, hostile);
  // Zoé, partial editor, may edit two datasets and a reuse.
  const assigned = [content.datasets[0], content.datasets[1]].map((d) => ({ class: 'Dataset' as const, id: d.id }));
  const assignments: MockAssignment[] = [...assigned, { class: 'Reuse' as const, id: content.reuses[1].id }].map(
    (subject, i) => ({
      id: oid('3a', i + 1),
      user: partial.id,
      org: ORG_IDS.certified,
      subject,
      created_at: '2024-02-01T08:00:00+00:00',
    }),
  );
  const data = { users, organizations, requests, ...content, assignments };
  const withTransfers = { ...data, transfers: seedTransfers(data) };
  const withNotifications = { ...withTransfers, notifications: seedNotifications(withTransfers) };
  return { ...withNotifications, activities: seedActivity(withNotifications) };
}
