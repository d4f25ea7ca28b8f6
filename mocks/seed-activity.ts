import { pyIsoformat, type ActivityKey, type MockActivity } from './activity.js';
import type { MockRef } from './notifications.js';
import { oid, toUserRef, type MockData, type MockOrganization } from './seed.js';
import { stockMetrics, type StockMetrics } from './stock-metrics.js';

/**
 * The activity of the seed and what udata counts from the same events, over the 13 months
 * before today (dates are relative to when the seed is made, so `get_last_13_months()` always
 * finds them):
 *
 * - the DREAL (`ORG_IDS.certified`): Élodie and Maxime (admins), Théo (editor) and Zoé
 *   (partial editor) create datasets (each with a first resource), update them and their
 *   resources, publish reuses, edit the organization; outsiders follow it. This month Théo
 *   works on the private dataset (`jeu-142`): anonymous callers and outsiders do not see those
 *   items, so their first page of the organization's activity is short. The deleted dataset
 *   and reuse have their update (`deleted`) and deletion, seen by members only;
 * - follows of its datasets and reuses and the discussions of the seed: udata files them with
 *   no `organization`, so they are not in `?organization=` (only `?related_to=` / `?user=`);
 * - the `*_by_months` maps are `get_stock_metrics` of these same creations and follows, as
 *   `count_datasets` & co. stored them today (the Saint-Étienne-du-Rouvray commune's two months
 *   ago: its window ends then; the dissolved organization's at its deletion; the association,
 *   which never saved anything, has none: they read 0);
 * - the membership history: who decided on the DREAL's past requests, and two invitations
 *   (Zoé's, accepted; one by e-mail, canceled) — stored, never sent.
 */

const ORG = oid('0a', 1);
const LARGE = oid('0a', 2);
const DELETED = oid('0a', 4);
const user = (n: number) => oid('0b', n);
const [ELODIE, THEO, ZOE, CHLOE, FRANCOIS, MAXIME] = [1, 2, 3, 4, 5, 10].map(user);
const dataset = (i: number) => oid('1d', i + 1);
const reuse = (i: number) => oid('1e', i + 1);
/** A resource's id, as udata's `resource_id` extra keeps it (a UUID string). */
const resourceId = (n: number) => `a7c3e0d2-5b1f-4e8a-9c6d-${n.toString(16).padStart(12, '0')}`;

/** How many visible datasets, reuses and APIs the DREAL created each month, oldest first (12 months ago → this one). */
const CREATED = {
  datasets: [2, 1, 3, 0, 2, 4, 1, 2, 3, 1, 2, 2, 1],
  reuses: [0, 1, 0, 1, 0, 0, 2, 0, 1, 0, 1, 0, 1],
  dataservices: [0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0],
  datasetFollows: [6, 4, 9, 3, 5, 7, 2, 8, 6, 4, 9, 5, 3],
  reuseFollows: [1, 0, 2, 1, 0, 1, 3, 0, 1, 2, 0, 1, 1],
  reusesOfDatasets: [1, 2, 0, 1, 3, 1, 0, 2, 1, 0, 2, 1, 0],
};
const UPDATES = [['description'], ['tags', 'frequency'], ['temporal_coverage'], ['title'], ['license'], ['spatial']];

export function seedActivity(data: Omit<MockData, 'activities'>, now: Date = new Date()): MockActivity[] {
  let counter = 0;
  /**
   * A date `monthsAgo` months back, on that day and time. This month's days are spread over
   * the days gone by, and what would still be to come today is moved to the last hours.
   */
  const at = (monthsAgo: number, day: number, hour = 10, minute = 0): Date => {
    const today = now.getUTCDate();
    const inMonth = monthsAgo ? day : 1 + Math.floor(((day - 1) * (today - 1)) / 27);
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, inMonth, hour, minute));
    const latest = now.getTime() - 30 * 60_000 - (((28 - day) * 24 + 23 - hour) * 60 + 59 - minute) * 1000;
    return date.getTime() > latest ? new Date(latest) : date;
  };
  const activities: MockActivity[] = [];
  const add = (key: ActivityKey, actor: string, related: MockRef, date: Date | string, extra: Partial<MockActivity> = {}) =>
    activities.push({
      id: oid('ac', ++counter),
      key,
      actor,
      organization: null,
      related_to: related,
      created_at: typeof date === 'string' ? date : pyIsoformat(date),
      changes: [],
      extras: {},
      ...extra,
    });
  const onDataset = (i: number): MockRef => ({ class: 'Dataset', id: dataset(i) });
  const onReuse = (i: number): MockRef => ({ class: 'Reuse', id: reuse(i) });
  const inOrg = { organization: ORG };
  const members = [THEO, ELODIE, MAXIME, THEO, ZOE];
  const dates = noDates();

  let nextDataset = 0;
  let nextReuse = 1;
  let resources = 0;
  for (let month = 0; month < 13; month++) {
    const ago = 12 - month;
    const made = {} as Dates;
    for (const [kind, counts] of Object.entries(CREATED) as Array<[keyof Dates, number[]]>) {
      made[kind] = Array.from({ length: counts[month] }, (_, k) =>
        at(ago, 3 + ((k * 7 + month * 3) % 24), 9 + (k % 8), (k * 13) % 60),
      );
      dates[kind].push(...made[kind]);
    }
    // Creations, each dataset with its first file (`on_create`, then `on_resource_added`).
    made.datasets.forEach((date, k) => {
      const actor = members[(month + k) % 4];
      const i = nextDataset++;
      add('dataset:created', actor, onDataset(i), date, inOrg);
      const later = new Date(date.getTime() + 6 * 60_000);
      add('dataset:resource:added', actor, onDataset(i), later, { ...inOrg, extras: { resource_id: resourceId(++resources) } });
    });
    made.reuses.forEach((date) => add('reuse:created', month % 2 ? ELODIE : MAXIME, onReuse(nextReuse++), date, inOrg));
    // Updates: two a month on older datasets (Zoé on the two assigned to her), a file replaced.
    for (let k = 0; k < 2; k++) {
      const actor = members[(month + k + 1) % members.length];
      const target = actor === ZOE ? k : 20 + ((month * 2 + k) % 40);
      const changes = UPDATES[(month + k) % UPDATES.length];
      add('dataset:updated', actor, onDataset(target), at(ago, 12 + k * 9, 14, 30), { ...inOrg, changes });
    }
    const replaced = 40 + month;
    add('dataset:resource:updated', members[month % 4], onDataset(replaced), at(ago, 17, 11), {
      ...inOrg,
      extras: { resource_id: resourceId(1000 + month) },
    });
    if (month % 6 === 5) {
      add('dataset:resource:deleted', ELODIE, onDataset(replaced), at(ago, 18, 8), {
        ...inOrg,
        extras: { resource_id: resourceId(2000 + month) },
      });
    }
    if (month % 4 === 1) add('reuse:updated', THEO, onReuse(2 + month), at(ago, 20, 15), { ...inOrg, changes: ['description'] });
    // Outsiders following the organization (`organization:followed` is about it: in its feed).
    if (month % 2 === 0) add('organization:followed', user(100 + month * 7), { class: 'Organization', id: ORG }, at(ago, 8, 19));
  }
  dates.datasetFollows.forEach((date, k) =>
    add('dataset:followed', k % 5 === 0 ? CHLOE : user(100 + ((k * 11) % 320)), onDataset(k % 30), date),
  );
  dates.reuseFollows.forEach((date, k) =>
    add('reuse:followed', k % 3 === 0 ? FRANCOIS : user(150 + k), onReuse(1 + (k % 8)), date),
  );

  // The organization's own edits (`Organization.on_update`): its profile, its logo, Zoé's role.
  const self: MockRef = { class: 'Organization', id: ORG };
  add('organization:updated', ELODIE, self, at(11, 6), { ...inOrg, changes: ['description'] });
  add('organization:updated', MAXIME, self, at(8, 22, 16), { ...inOrg, changes: ['url', 'business_number_id'] });
  add('organization:updated', ELODIE, self, at(5, 2, 9), { ...inOrg, changes: ['logo'] });
  add('organization:updated', ELODIE, self, at(3, 27, 17), { ...inOrg, changes: ['members.3.role'] });
  add('organization:updated', MAXIME, self, at(1, 10, 11), { ...inOrg, changes: ['acronym', 'description'] });

  // Late this month, the private dataset (members only): on the feed's first page.
  add('dataset:created', THEO, onDataset(141), at(0, 26, 8), inOrg);
  add('dataset:resource:added', THEO, onDataset(141), at(0, 26, 8, 5), { ...inOrg, extras: { resource_id: resourceId(3000) } });
  add('dataset:updated', THEO, onDataset(141), at(0, 27, 9), { ...inOrg, changes: ['title', 'description'] });

  // Deletions: an update of `deleted`, then the deletion itself (`on_update`, then `on_delete`).
  for (const [key, update, related, when] of [
    ['dataset:deleted', 'dataset:updated', onDataset(142), data.datasets[142]?.deleted],
    ['reuse:deleted', 'reuse:updated', onReuse(17), data.reuses[17]?.deleted],
  ] as const) {
    if (!when) continue;
    add(update, ELODIE, related, when, { ...inOrg, changes: ['deleted'] });
    add(key, ELODIE, related, when, inOrg);
  }

  // Discussions (`on_new_discussion`): about the dataset, with no organization.
  for (const d of data.discussions) {
    if (d.user && d.subject.class === 'Dataset') add('dataset:discussed', d.user.id, d.subject, d.created);
  }
  // Théo's own private draft (no organization): his and the sysadmins' only.
  const draft = data.datasets.find((d) => d.owner === THEO && d.private);
  if (draft) add('dataset:created', THEO, { class: 'Dataset', id: draft.id }, draft.created_at);

  // The Saint-Étienne-du-Rouvray commune: an admin's edit.
  add('organization:updated', user(100), { class: 'Organization', id: LARGE }, at(4, 9), {
    organization: LARGE,
    changes: ['description'],
  });

  storeStockMetrics(data.organizations, dates, now);
  seedMembershipHistory(data, at(14, 5, 10));
  return activities;
}

type Dates = Record<keyof typeof CREATED, Date[]>;
const noDates = (): Dates => ({
  datasets: [],
  reuses: [],
  dataservices: [],
  datasetFollows: [],
  reuseFollows: [],
  reusesOfDatasets: [],
});

/** What `count_datasets`, `count_reuses` and `count_dataservices` stored. */
function storeStockMetrics(organizations: MockOrganization[], dates: Dates, now: Date): void {
  const iso = (list: Date[]) => list.map((d) => d.toISOString());
  const maps = (when: Date, from: Dates): StockMetrics => ({
    dataservices_by_months: stockMetrics(iso(from.dataservices), when),
    datasets_by_months: stockMetrics(iso(from.datasets), when),
    datasets_followers_by_months: stockMetrics(iso(from.datasetFollows), when),
    datasets_reuses_by_months: stockMetrics(iso(from.reusesOfDatasets), when),
    reuses_by_months: stockMetrics(iso(from.reuses), when),
    reuses_followers_by_months: stockMetrics(iso(from.reuseFollows), when),
  });
  const byId = (id: string) => organizations.find((o) => o.id === id);
  const dreal = byId(ORG);
  if (dreal) Object.assign(dreal.metrics, maps(now, dates));
  // The commune's last recount was two months ago, on a quieter activity (every third event).
  const twoMonthsAgo = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 14, 3));
  const third = Object.fromEntries(Object.entries(dates).map(([k, list]) => [k, list.filter((_, i) => i % 3 === 0)])) as Dates;
  third.dataservices = [];
  const commune = byId(LARGE);
  if (commune) Object.assign(commune.metrics, maps(twoMonthsAgo, third));
  const dissolved = byId(DELETED);
  if (dissolved?.deleted) Object.assign(dissolved.metrics, maps(new Date(dissolved.deleted), noDates()));
}

/** Who decided the DREAL's past requests, and its two past invitations. */
function seedMembershipHistory(data: Omit<MockData, 'activities'>, longAgo: Date): void {
  const request = (n: number) =>
    data.requests.find((r) => r.id === `6f1c2a3e-0b5d-4c7e-9a1f-${('0c' + n.toString(16)).padStart(12, '0')}`);
  const refused = request(3);
  if (refused) {
    Object.assign(refused, {
      handled_by: ELODIE,
      handled_on: '2026-10-02T08:30:00+00:00',
      refusal_comment: 'Merci, mais nous ne recrutons que des agents de la DREAL.',
    });
  }
  const accepted = request(4);
  if (accepted) Object.assign(accepted, { handled_by: MAXIME, handled_on: '2022-09-15T08:00:00+00:00' });
  const zoe = data.users.find((u) => u.id === ZOE);
  const invitation = {
    org: ORG,
    kind: 'invitation' as const,
    email: null,
    comment: null,
    created_by: ELODIE,
  };
  if (zoe) {
    data.requests.push({
      ...invitation,
      id: '6f1c2a3e-0b5d-4c7e-9a1f-000000000c07',
      status: 'accepted',
      user: toUserRef(zoe),
      role: 'partial_editor',
      comment: 'Pour tenir à jour les relevés de qualité de l’air.',
      created: '2024-01-18T10:00:00+00:00',
      assignments: data.assignments.filter((a) => a.user === zoe.id).map((a) => ({ ...a.subject })),
      handled_by: zoe.id,
      handled_on: '2024-01-20T08:00:00+00:00',
    });
  }
  data.requests.push({
    ...invitation,
    id: '6f1c2a3e-0b5d-4c7e-9a1f-000000000c08',
    status: 'canceled',
    user: null,
    email: 'stagiaire.sig@example.org',
    role: 'editor',
    created: pyIsoformat(longAgo),
    assignments: [],
    created_by: MAXIME,
    handled_by: ELODIE,
    handled_on: pyIsoformat(new Date(longAgo.getTime() + 3 * 86_400_000)),
  });
}
