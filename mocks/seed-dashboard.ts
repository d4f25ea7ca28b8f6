import type { HarvestSource } from '../src/api/models.js';
import { HOSTILE, ORG_IDS, SITE, oid, toUserRef, type MockData, type MockUser } from './seed.js';

/**
 * What the DREAL's dashboard shows (see seed.ts): 144 datasets with quality anomalies (one
 * private, one deleted, one archived), 19 reuses, discussions and harvest sources.
 */

const TOPICS = [
  'Qualité de l’air',
  'Nappes phréatiques',
  'Installations classées',
  'Zones humides',
  'Bruit routier',
  'Espèces protégées',
];
const PLACES = ['Isère', 'Rhône', 'Savoie', 'Haute-Loire', 'Ain', 'Drôme', 'Cantal'];

/** Datasets (with quality anomalies), reuses, open discussions and harvest sources. */
export function seedDashboard(editor: MockUser, outsider: MockUser, hostile: MockUser) {
  const org = ORG_IDS.certified;
  const datasets: MockData['datasets'] = [];
  for (let i = 0; i < 144; i++) {
    const title =
      i === 3
        ? `${HOSTILE.name} Relevés hostiles`
        : i === 142
          ? 'Ancien jeu supprimé'
          : i === 143
            ? 'Recensement 2012 (archivé)'
            : `${TOPICS[i % TOPICS.length]} — ${PLACES[i % PLACES.length]} ${2015 + (i % 10)}`;
    const slug = `jeu-${i + 1}`;
    datasets.push({
      id: oid('1d', i + 1),
      org,
      title,
      slug,
      page: `${SITE}/datasets/${slug}/`,
      private: i === 141,
      // udata lists deleted and archived datasets with the others: the dashboard must not.
      deleted: i === 142 ? '2026-10-15T09:00:00+00:00' : null,
      archived: i === 143 ? '2025-01-10T09:00:00+00:00' : null,
      // Dataset 10 has no file or link: udata then leaves out the resource quality keys.
      resources: i === 9 ? 0 : 1 + (i % 4),
      created_at: new Date(Date.UTC(2019, 0, 1 + i * 9)).toISOString(),
      last_update: new Date(Date.UTC(2026, 10, 20) - i * 86_400_000 * 3).toISOString(),
      metrics: {
        views: (i * 7919) % 5000,
        followers: i % 13,
        reuses: i % 4,
        discussions: i % 3,
        resources_downloads: (i * 104_729) % 20_000,
      },
      quality: {
        all_resources_available: i % 11 !== 0,
        dataset_description_quality: i % 5 !== 0,
        has_open_format: i % 7 !== 0,
        has_resources: true,
        license: i % 17 !== 0,
        resources_documentation: i % 3 !== 0,
        spatial: i % 4 !== 0,
        temporal_coverage: i % 6 !== 0,
        update_frequency: i % 9 !== 0,
        update_fulfilled_in_time: i % 8 !== 0,
        score: 0.5 + (i % 5) / 10,
      },
    });
  }
  const reuses: MockData['reuses'] = Array.from({ length: 19 }, (_, i) => ({
    id: oid('1e', i + 1),
    org,
    created_at: new Date(Date.UTC(2020, 0, 1 + i * 30)).toISOString(),
    // Like datasets, udata lists deleted and archived reuses of the organization.
    deleted: i === 17 ? '2026-09-01T09:00:00+00:00' : null,
    archived: i === 18 ? '2024-03-01T09:00:00+00:00' : null,
    title:
      i === 0
        ? `${HOSTILE.name} Carte`
        : i === 17
          ? 'Réutilisation supprimée'
          : i === 18
            ? 'Ancienne carte (archivée)'
            : `Carte interactive ${TOPICS[i % TOPICS.length].toLowerCase()}`,
    slug: `reutilisation-${i + 1}`,
    page: `${SITE}/reuses/reutilisation-${i + 1}/`,
    metrics: { views: (i * 613) % 3000, followers: i % 5, datasets: 1 + (i % 4) },
  }));
  const discussion = (
    n: number,
    dataset: number,
    user: MockUser,
    title: string,
    created: string,
    closed: string | null = null,
  ) => ({
    id: oid('1f', n),
    org,
    title,
    subject: { class: 'Dataset', id: datasets[dataset].id },
    user: toUserRef(user),
    created,
    closed,
    discussion: [{ content: title, posted_by: toUserRef(user), posted_on: created }],
  });
  const discussions: MockData['discussions'] = [
    discussion(1, 0, outsider, 'Fichier de mars manquant', '2026-11-19T10:00:00+00:00'),
    discussion(2, 3, hostile, `${HOSTILE.comment.split('\n')[0]}`, '2026-11-17T10:00:00+00:00'),
    discussion(3, 5, editor, 'Unité des concentrations ?', '2026-10-02T10:00:00+00:00'),
    discussion(4, 1, outsider, 'Résolu : lien cassé', '2026-09-01T10:00:00+00:00', '2026-09-03T10:00:00+00:00'),
  ];
  const source = (n: number, name: string, status: HarvestSource['last_job']): MockData['harvestSources'][number] => ({
    id: oid('2a', n),
    org,
    name,
    url: `https://geo.example.gouv.fr/csw/${n}`,
    backend: 'csw-iso-19139',
    active: true,
    validation: { state: 'accepted' },
    last_job: status,
  });
  const harvestSources: MockData['harvestSources'] = [
    source(1, 'Catalogue géographique régional', {
      status: 'done',
      started: '2026-11-22T02:00:00+00:00',
      ended: '2026-11-22T02:14:00+00:00',
      errors: [],
    }),
    source(2, 'Flux des installations classées', {
      status: 'done-errors',
      started: '2026-11-22T03:00:00+00:00',
      ended: '2026-11-22T03:30:00+00:00',
      errors: [{}, {}],
    }),
    source(3, 'Ancien serveur CSW', {
      status: 'failed',
      started: '2026-11-21T03:00:00+00:00',
      ended: '2026-11-21T03:01:00+00:00',
      errors: [{}],
    }),
    source(4, 'Observatoire de l’eau', { status: 'processing', started: '2026-11-23T08:00:00+00:00', ended: null, errors: [] }),
  ];
  return { datasets, reuses, discussions, harvestSources };
}
