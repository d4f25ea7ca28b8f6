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
import type { StoredOrganizationMetrics } from './stock-metrics.js';
import type { MockTransfer } from './transfers.js';

/**
 * Seed data of the in-memory udata: realistic French names (accents, ligatures), every role,
 * every request status, and hostile strings so the UI is always exercised against them.
 *
 * This module holds what tests and stories refer to (the types, ids, slugs, API keys, hostile
 * strings and helpers) and imports no other part of the seed: `createSeed()` (create-seed.ts)
 * builds the data from seed-organizations.ts (users, organizations, requests),
 * seed-dashboard.ts (datasets, reuses, discussions, harvest sources), seed-transfers.ts,
 * seed-notifications.ts and seed-activity.ts.
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
  /** Its Markdown description (a plain sentence from the title when unset). */
  description?: string;
  tags?: string[];
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

/** The site the seed's pages and API URIs are on. */
export const SITE = 'https://udata.example';

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
