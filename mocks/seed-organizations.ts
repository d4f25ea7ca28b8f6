import type { Member, MembershipRequest } from '../src/api/models.js';
import {
  HOSTILE,
  ORG_IDS,
  ORG_OLD_SLUGS,
  ORG_SIRETS,
  ORG_SLUGS,
  SITE,
  VIEWER_KEYS,
  oid,
  toUserRef,
  uuid,
  type MockMembershipRequest,
  type MockOrganization,
  type MockUser,
} from './seed.js';

/**
 * The seed's people and organizations: the viewers of `VIEWER_KEYS` and a few more accounts
 * (one deleted), a crowd of 320 members for the large commune, the four organizations of
 * `ORG_IDS` and the membership requests and invitation (see seed.ts).
 */

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

/** The users, organizations and requests of the seed, and the people the rest of it refers to. */
export function seedOrganizations() {
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

  return { users, organizations, requests, people: { editor, partial, outsider, hostile } };
}
