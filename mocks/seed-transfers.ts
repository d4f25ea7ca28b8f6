import { ORG_IDS, SITE, VIEWER_KEYS, oid, type MockData, type MockDataset, type MockReuse, type MockUser } from './seed.js';
import type { MockTransfer } from './transfers.js';

/**
 * Personal content (datasets and reuses of a user, in no organization) and the transfers of
 * the seed:
 *
 * - Chloé (`VIEWER_KEYS.nonMember`, no member of the DREAL) owns two datasets and offers the
 *   DREAL the first one: a pending transfer, the one its admins are notified of
 *   (seed-notifications.ts builds the notifications from these transfers);
 * - Théo (`VIEWER_KEYS.editor`, editor of the DREAL) owns three datasets (one private) and a
 *   reuse he may bring to the organization.
 *
 * They belong to no organization: the DREAL's lists and counts do not change.
 */

/** Ids of the personal content and of the pending transfer, for tests and stories. */
export const PERSONAL_CONTENT = {
  chloeDatasets: [oid('1d', 0x1f4), oid('1d', 0x1f5)],
  theoDatasets: [oid('1d', 0x1f6), oid('1d', 0x1f7), oid('1d', 0x1f8)],
  theoReuse: oid('1e', 0x1f4),
} as const;

export const TRANSFER_IDS = { incoming: oid('4f', 1) } as const;

const slugOf = (title: string) =>
  title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function personalDataset(id: string, owner: MockUser, title: string, created: string, isPrivate = false): MockDataset {
  const slug = slugOf(title);
  return {
    id,
    org: null,
    owner: owner.id,
    title,
    slug,
    page: `${SITE}/datasets/${slug}/`,
    private: isPrivate,
    deleted: null,
    archived: null,
    resources: 1,
    created_at: created,
    last_update: created,
    metrics: { views: 42, followers: 1, reuses: 0, discussions: 0, resources_downloads: 7 },
    quality: {
      all_resources_available: true,
      dataset_description_quality: false,
      has_open_format: true,
      has_resources: true,
      license: true,
      resources_documentation: false,
      spatial: false,
      temporal_coverage: false,
      update_frequency: false,
      update_fulfilled_in_time: false,
      score: 0.4,
    },
  };
}

/** Adds the personal datasets and reuse to the seed's collections; answers the transfers. */
export function seedTransfers(data: Omit<MockData, 'notifications' | 'transfers' | 'activities'>): MockTransfer[] {
  const userByKey = (key: string) => data.users.find((u) => u.apiKey === key)!;
  const chloe = userByKey(VIEWER_KEYS.nonMember);
  const theo = userByKey(VIEWER_KEYS.editor);
  const [offered, kept] = PERSONAL_CONTENT.chloeDatasets;
  const [bikes, noise, fountains] = PERSONAL_CONTENT.theoDatasets;

  data.datasets.push(
    personalDataset(offered, chloe, 'Inventaire des haies bocagères du Pilat', '2025-04-12T08:00:00+00:00'),
    personalDataset(kept, chloe, 'Comptages de chauves-souris en Chartreuse', '2025-09-03T08:00:00+00:00'),
    personalDataset(bikes, theo, 'Comptages vélo rue Garibaldi (Lyon 3e)', '2024-05-20T08:00:00+00:00'),
    personalDataset(noise, theo, 'Mesures de bruit — Villeurbanne, quartier Gratte-Ciel', '2025-02-11T08:00:00+00:00'),
    personalDataset(fountains, theo, 'Qualité de l’eau des fontaines de Grenoble (brouillon)', '2026-10-28T08:00:00+00:00', true),
  );
  const reuse: MockReuse = {
    id: PERSONAL_CONTENT.theoReuse,
    org: null,
    owner: theo.id,
    title: 'Carte des comptages vélo et du bruit à Lyon',
    slug: 'carte-des-comptages-velo-et-du-bruit-a-lyon',
    page: `${SITE}/reuses/carte-des-comptages-velo-et-du-bruit-a-lyon/`,
    created_at: '2025-06-01T08:00:00+00:00',
    private: false,
    deleted: null,
    archived: null,
    metrics: { views: 310, followers: 2, datasets: 2 },
  };
  data.reuses.push(reuse);

  return [
    {
      id: TRANSFER_IDS.incoming,
      user: chloe.id,
      owner: { class: 'User', id: chloe.id },
      recipient: { class: 'Organization', id: ORG_IDS.certified },
      subject: { class: 'Dataset', id: offered },
      comment: 'Bonjour, je ne peux plus tenir cet inventaire à jour : la DREAL pourrait-elle le reprendre ?',
      status: 'pending',
      created: '2026-11-21T15:45:00+00:00',
      responded: null,
      responder: null,
      response_comment: null,
    },
  ];
}
