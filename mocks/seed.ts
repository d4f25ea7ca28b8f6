import type {
  CurrentUser,
  Dataset,
  Discussion,
  HarvestSource,
  Member,
  MembershipRequest,
  Organization,
  Reuse,
  UserRef,
} from '../src/api/models.js';
import type { MockActivity } from './activity.js';
import type { MockNotification } from './notifications.js';
import { seedActivity } from './seed-activity.js';
import { seedNotifications } from './seed-notifications.js';
import { seedTransfers } from './seed-transfers.js';
import type { StoredOrganizationMetrics } from './stock-metrics.js';
import type { MockTransfer } from './transfers.js';

/**
 * Seed data of the in-memory udata: realistic French names (accents, ligatures), every role,
 * every request status, and hostile strings so the UI is always exercised against them.
 */

export interface MockUser extends CurrentUser {
  /** The `X-API-KEY` that authenticates as this user. */
  apiKey: string;
  /** A deleted account: udata answers its key 401 and never suggests it. */
  deleted?: string | null;
}

export interface MockOrganization extends Omit<Organization, 'members' | 'permissions' | 'metrics'> {
  members: Member[];
  /** The counts, and the `*_by_months` maps once counted (see stock-metrics.ts). */
  metrics: StoredOrganizationMetrics;
  /** The SIRET (udata's `business_number_id`, serialized as null when unset). */
  business_number_id?: string | null;
  /** Slugs the organization had before a rename: udata answers them 308 to the current one. */
  previous_slugs?: string[];
}

/** A join request or an invitation, with what udata keeps but never sends. */
export interface MockMembershipRequest extends MembershipRequest {
  org: string;
  created_by?: string | null;
  handled_by?: string | null;
  handled_on?: string | null;
  refusal_comment?: string | null;
}

export interface MockDataset extends Dataset {
  /** The owning organization's id, or null for a dataset of a user (`owner`). */
  org: string | null;
  /** The owning user's id (udata's `owner`), for a personal dataset. */
  owner?: string | null;
  created_at: string;
  deleted?: string | null;
  /** How many resources (files or links) it has: without any, udata leaves out the resource quality keys. */
  resources: number;
}

export interface MockReuse extends Reuse {
  /** The owning organization's id, or null for a reuse of a user (`owner`). */
  org: string | null;
  /** The owning user's id (udata's `owner`), for a personal reuse. */
  owner?: string | null;
  created_at: string;
  private?: boolean;
  deleted?: string | null;
  archived?: string | null;
}

export interface MockHarvestSource extends HarvestSource {
  /** The owning organization's id, or null for a source owned by a user. */
  org: string | null;
  /** The owning user's id, for a source owned by a user. */
  owner?: string | null;
}

export interface MockData {
  users: MockUser[];
  organizations: MockOrganization[];
  requests: MockMembershipRequest[];
  datasets: MockDataset[];
  reuses: MockReuse[];
  discussions: Array<Discussion & { org: string }>;
  harvestSources: MockHarvestSource[];
  /** What partial editors may edit (udata's `Assignment` documents). */
  assignments: MockAssignment[];
  /** udata's `Notification` documents (see seed-notifications.ts). */
  notifications: MockNotification[];
  /** udata's `Transfer` documents (see seed-transfers.ts). */
  transfers: MockTransfer[];
  /** udata's `Activity` documents (see seed-activity.ts). */
  activities: MockActivity[];
}

export interface MockAssignment {
  id: string;
  user: string;
  org: string;
  subject: { class: 'Dataset' | 'Dataservice' | 'Reuse'; id: string };
  created_at: string;
}

/** A deterministic udata-like ObjectId (24 hex characters). */
export const oid = (prefix: string, n: number) => (prefix + n.toString(16)).padStart(24, '0').slice(-24);

/** A deterministic UUID (version 4 layout), as udata gives membership requests and invitations. */
export const uuid = (prefix: string, n: number) => {
  const hex = (prefix + n.toString(16)).padStart(12, '0').slice(-12);
  return `6f1c2a3e-0b5d-4c7e-9a1f-${hex}`;
};

/** Hostile strings: they must always show as text, never run. */
export const HOSTILE = {
  name: '<img src=x onerror="window.__pwned=1">',
  lastName: '<script>window.__pwned=1</script>',
  comment:
    'Bonjour <b>admins</b> <img src=x onerror="window.__pwned=1"> <a href="javascript:window.__pwned=1">clic</a>\nDeuxième ligne',
};

/** The API keys of the demo and test viewers. */
export const VIEWER_KEYS = {
  admin: 'key-admin-elodie',
  editor: 'key-editor-theo',
  partialEditor: 'key-partial-zoe',
  nonMember: 'key-outsider-chloe',
  applicant: 'key-applicant-francois',
  sysadmin: 'key-sysadmin-anais',
  invited: 'key-invited-ines',
  hostile: 'key-hostile',
} as const;

export const ORG_IDS = {
  certified: oid('0a', 1),
  large: oid('0a', 2),
  solo: oid('0a', 3),
  deleted: oid('0a', 4),
} as const;

export const ORG_SLUGS = {
  certified: 'direction-regionale-de-lenvironnement-de-lamenagement-et-du-logement-auvergne-rhone-alpes',
  large: 'commune-de-saint-etienne-du-rouvray',
  solo: 'association-les-donnees-dile-de-france',
  deleted: 'ancienne-organisation-dissoute',
} as const;

/** A valid SIRET (its SIREN passes udata's Luhn check): the certified organization's. */
export const ORG_SIRETS = { certified: '13002526500013' } as const;

/** A slug the certified organization had before it was renamed. */
export const ORG_OLD_SLUGS = { certified: 'dreal-auvergne-rhone-alpes' } as const;

const SITE = 'https://udata.example';

function makeUser(n: number, firstName: string, lastName: string, apiKey: string, roles: string[] = []): MockUser {
  const id = oid('0b', n);
  const slug =
    `${firstName}-${lastName}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || `user-${n}`;
  return {
    id,
    slug,
    first_name: firstName,
    last_name: lastName,
    email: `${slug || 'user'}@example.org`,
    page: `${SITE}/users/${slug}/`,
    avatar: null,
    avatar_thumbnail: null,
    roles,
    organizations: [],
    since: '2021-03-14T09:26:53+00:00',
    last_login_at: '2026-11-02T08:00:00+00:00',
    apiKey,
  };
}

export function toUserRef(user: MockUser): UserRef {
  return {
    id: user.id,
    first_name: user.first_name,
    last_name: user.last_name,
    slug: user.slug,
    page: user.page,
    avatar: user.avatar,
    avatar_thumbnail: user.avatar_thumbnail,
  };
}

const FIRST_NAMES = [
  'Éloïse',
  'Gaëlle',
  'Jérôme',
  'Maëlys',
  'Noël',
  'Hélène',
  'Loïc',
  'Chloé',
  'Raphaël',
  'Inès',
  'Benoît',
  'Léa',
  'Cécile',
  'Timothée',
  'Agnès',
];
const LAST_NAMES = [
  'Lefèvre',
  'Gauthier',
  'Da Silva',
  "D'Aubigné",
  'Nguyễn',
  'Perrin',
  'Bœuf',
  'Lemaître',
  'Fabre',
  'Müller',
  'Rousseau',
  'Garnier',
  'Benoît',
  'Château',
  'Faure',
];

export function createSeed(): MockData {
  const admin = makeUser(1, 'Élodie', 'Lefèvre', VIEWER_KEYS.admin);
  const editor = makeUser(2, 'Théo', 'Nguyễn', VIEWER_KEYS.editor);
  const partial = makeUser(3, 'Zoé', 'Bernard-Müller', VIEWER_KEYS.partialEditor);
  const outsider = makeUser(4, 'Chloé', 'Dubois', VIEWER_KEYS.nonMember);
  const applicant = makeUser(5, 'François', "L'Œillet", VIEWER_KEYS.applicant);
  const sysadmin = makeUser(6, 'Anaïs', 'Moreau', VIEWER_KEYS.sysadmin, ['admin']);
  const hostile = makeUser(7, HOSTILE.name, HOSTILE.lastName, VIEWER_KEYS.hostile);
  const refused = makeUser(8, 'Gérald', 'Côté', 'key-refused-gerald');
  const soloAdmin = makeUser(9, 'Aïcha', 'Benali', 'key-solo-aicha');
  const coAdmin = makeUser(10, 'Maxime', 'Pétain-Leroy', 'key-coadmin-maxime');

  // A deleted account (udata anonymises it and never suggests it).
  const gone = { ...makeUser(11, 'Élodie', 'Supprimée', 'key-deleted-account'), deleted: '2026-06-01T00:00:00+00:00' };
  const invited = makeUser(12, 'Inès', 'Garnier', VIEWER_KEYS.invited);
  const users: MockUser[] = [
    admin,
    editor,
    partial,
    outsider,
    applicant,
    sysadmin,
    hostile,
    refused,
    soloAdmin,
    coAdmin,
    gone,
    invited,
  ];
  const crowd: Member[] = [];
  for (let i = 0; i < 320; i++) {
    const user = makeUser(
      100 + i,
      FIRST_NAMES[i % FIRST_NAMES.length],
      `${LAST_NAMES[(i * 7) % LAST_NAMES.length]} ${i + 1}`,
      `key-crowd-${i}`,
    );
    users.push(user);
    crowd.push({
      user: toUserRef(user),
      role: i % 40 === 0 ? 'admin' : 'editor',
      since: new Date(Date.UTC(2019, 0, 1 + i * 3)).toISOString(),
    });
  }

  const base = {
    url: 'https://www.example.gouv.fr',
    business_number_id: null,
    logo: null,
    logo_thumbnail: null,
    created_at: '2019-05-22T10:11:12+00:00',
    last_modified: '2026-10-30T16:45:00+00:00',
    deleted: null,
  };
  const withLinks = (id: string, slug: string) => ({
    id,
    slug,
    page: `${SITE}/organizations/${slug}/`,
    uri: `${SITE}/api/1/organizations/${slug}/`,
  });

  const organizations: MockOrganization[] = [
    {
      ...base,
      ...withLinks(ORG_IDS.certified, ORG_SLUGS.certified),
      // Renamed once: udata answers the old slug with 308 to the current one.
      previous_slugs: [ORG_OLD_SLUGS.certified],
      // A duplicate check (`GET /organizations/?business_number_id=`) finds it.
      business_number_id: ORG_SIRETS.certified,
      name: "Direction régionale de l'Environnement, de l'Aménagement et du Logement Auvergne-Rhône-Alpes",
      acronym: 'DREAL ARA',
      description:
        'La **DREAL** publie les données environnementales de la région.\n\n' +
        '## Nos thèmes\n\n- Qualité de l’air et *biodiversité*\n- Risques naturels : `PPRN`, inondations\n- [x] Données mises à jour chaque mois\n\n' +
        '| Jeu | Mise à jour |\n| :-- | --: |\n| Stations de mesure | mensuelle |\n| Zones humides | annuelle |\n\n' +
        '> Les données sont publiées sous Licence Ouverte &amp; ODbL.\n\n' +
        '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">\n\n' +
        '[Site officiel](https://www.example.gouv.fr) · [piège](javascript:window.__pwned=1)',
      badges: [{ kind: 'certified' }, { kind: 'public-service' }],
      members: [
        { user: toUserRef(admin), role: 'admin', since: '2020-02-03T08:00:00+00:00' },
        { user: toUserRef(coAdmin), role: 'admin', since: '2021-06-01T08:00:00+00:00' },
        { user: toUserRef(editor), role: 'editor', since: '2022-09-15T08:00:00+00:00' },
        { user: toUserRef(partial), role: 'partial_editor', since: '2024-01-20T08:00:00+00:00' },
      ],
      metrics: { datasets: 142, reuses: 17, dataservices: 2, followers: 389, views: 120431, members: 4 },
    },
    {
      ...base,
      ...withLinks(ORG_IDS.large, ORG_SLUGS.large),
      name: 'Commune de Saint-Étienne-du-Rouvray',
      acronym: null,
      description: 'Données ouvertes de la commune : budget, équipements, mobilité.',
      badges: [{ kind: 'local-authority' }],
      members: crowd,
      metrics: { datasets: 58, reuses: 4, dataservices: 0, followers: 77, views: 8032, members: crowd.length },
    },
    {
      ...base,
      ...withLinks(ORG_IDS.solo, ORG_SLUGS.solo),
      name: "Association Les Données d'Île-de-France",
      acronym: 'LDIF',
      description: '',
      badges: [{ kind: 'association' }],
      members: [{ user: toUserRef(soloAdmin), role: 'admin', since: null }],
      metrics: { datasets: 0, reuses: 0, dataservices: 0, followers: 0, views: 12, members: 1 },
    },
    {
      ...base,
      ...withLinks(ORG_IDS.deleted, ORG_SLUGS.deleted),
      name: 'Ancienne organisation dissoute',
      acronym: null,
      description: 'Organisation supprimée.',
      badges: [],
      members: [{ user: toUserRef(soloAdmin), role: 'admin', since: '2018-01-01T00:00:00+00:00' }],
      metrics: { datasets: 3, reuses: 0, dataservices: 0, followers: 2, views: 40, members: 1 },
      deleted: '2025-12-01T10:00:00+00:00',
    },
  ];

  const request = (
    n: number,
    org: string,
    user: MockUser,
    status: MembershipRequest['status'],
    comment: string,
    created: string,
  ): MockMembershipRequest => ({
    id: uuid('0c', n),
    org,
    kind: 'request',
    status,
    user: toUserRef(user),
    email: null,
    role: 'editor',
    comment,
    created,
    assignments: [],
  });

  const requests = [
    request(
      1,
      ORG_IDS.certified,
      applicant,
      'pending',
      "Je travaille au service SIG de la DREAL et je dois publier les données de qualité de l'air.",
      '2026-11-18T14:02:00+00:00',
    ),
    request(2, ORG_IDS.certified, hostile, 'pending', HOSTILE.comment, '2026-11-20T09:30:00+00:00'),
    request(3, ORG_IDS.certified, refused, 'refused', 'Pour voir.', '2026-10-01T09:30:00+00:00'),
    request(4, ORG_IDS.certified, editor, 'accepted', "Chargé d'études à la DREAL.", '2022-09-14T09:30:00+00:00'),
    request(5, ORG_IDS.large, applicant, 'pending', 'Agent de la mairie, service urbanisme.', '2026-11-21T11:00:00+00:00'),
    // An invitation the invited person has not answered yet (udata 15+: "add a member").
    {
      ...request(
        6,
        ORG_IDS.certified,
        invited,
        'pending',
        'Bienvenue ! Tu pourras publier les relevés de qualité de l’air.\n<b>Élodie</b>',
        '2026-11-10T09:00:00+00:00',
      ),
      kind: 'invitation' as const,
      created_by: admin.id,
    },
  ];

  const content = createDashboardData(editor, outsider, hostile);
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
function createDashboardData(editor: MockUser, outsider: MockUser, hostile: MockUser) {
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
