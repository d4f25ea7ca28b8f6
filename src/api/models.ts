/**
 * Types of the udata API v1 payloads, named after udata's own fields.
 * Only the fields the elements read are typed; udata sends more.
 */

/** A user as embedded in other objects (members, requests, discussions). */
export interface UserRef {
  id: string;
  first_name: string;
  last_name: string;
  slug: string;
  page?: string;
  avatar?: string | null;
  avatar_thumbnail?: string | null;
  /** Partly masked (`ad***@example.org`), only for viewers with private access to the organization. */
  email?: string | null;
  /** Only for viewers with private access to the organization. */
  last_login_at?: string | null;
}

/** `GET /me/`: the authenticated caller. */
export interface CurrentUser extends UserRef {
  /** Contains `"admin"` for a sysadmin of the platform. */
  roles: string[];
  organizations: Array<{ id: string; name: string; slug: string; logo_thumbnail?: string | null }>;
  since?: string;
  last_login_at?: string | null;
}

/** One entry of `GET /users/suggest/`. */
export interface UserSuggestion {
  id: string;
  first_name: string;
  last_name: string;
  slug: string;
  avatar_url?: string | null;
}

export type MemberRole = 'admin' | 'editor' | 'partial_editor';

export interface Member {
  user: UserRef;
  role: MemberRole;
  /** ISO date; absent on old memberships. */
  since?: string | null;
}

export type BadgeKind = 'certified' | 'public-service' | 'association' | 'company' | 'local-authority';

export interface Badge {
  kind: BadgeKind | string;
}

export interface OrganizationMetrics {
  datasets: number;
  reuses: number;
  dataservices?: number;
  followers: number;
  views?: number;
  members: number;
}

/** Rights of the caller on the organization, computed by recent udata servers. */
export interface OrganizationPermissions {
  edit: boolean;
  delete: boolean;
  members: boolean;
  harvest: boolean;
  private: boolean;
}

/** `GET /organizations/{org}/`. */
export interface Organization {
  id: string;
  name: string;
  acronym?: string | null;
  slug: string;
  /** Markdown. */
  description: string;
  url?: string | null;
  /** SIRET in France (udata's `business_number_id`). */
  business_number_id?: string | null;
  logo?: string | null;
  logo_thumbnail?: string | null;
  page?: string;
  uri?: string;
  badges: Badge[];
  members: Member[];
  metrics: OrganizationMetrics;
  /** Absent on servers older than early 2026. */
  permissions?: OrganizationPermissions;
  created_at: string;
  last_modified: string;
  deleted?: string | null;
}

/** `GET /organizations/roles/`. */
export interface RoleDescription {
  id: MemberRole;
  label: string;
}

export type MembershipStatus = 'pending' | 'accepted' | 'refused' | 'canceled';

/** A join request or an invitation. */
export interface MembershipRequest {
  id: string;
  kind: 'request' | 'invitation';
  status: MembershipStatus;
  user: UserRef | null;
  email?: string | null;
  role: MemberRole;
  comment?: string | null;
  created: string;
  assignments?: unknown[];
}

/** What a partial editor may edit: `{ class, id }` of a dataset, dataservice or reuse. */
export interface AssignmentSubject {
  class: 'Dataset' | 'Dataservice' | 'Reuse';
  id: string;
}

/** `GET /organizations/{org}/assignments/`: one partial editor's right on one object. */
export interface Assignment {
  id: string;
  user: { id: string };
  subject: AssignmentSubject;
}

/** An object a partial editor may be assigned, as the searches answer it. */
export interface Assignable {
  id: string;
  title: string;
  slug?: string;
}

/** One of the caller's pending invitations (`GET /me/org_invitations/`). */
export interface OrgInvitation {
  id: string;
  organization: { id: string; name?: string; slug?: string; acronym?: string | null; logo_thumbnail?: string | null };
  role: MemberRole;
  /** The inviter's message. Untrusted text. */
  comment?: string | null;
  created?: string;
  assignments?: Array<{ class: string; id: string }>;
}

/** udata's paginated envelope. */
export interface Page<T> {
  data: T[];
  page: number;
  page_size: number;
  total: number;
  next_page: string | null;
  previous_page: string | null;
}

export type QualityFlag =
  | 'all_resources_available'
  | 'dataset_description_quality'
  | 'has_open_format'
  | 'has_resources'
  | 'license'
  | 'resources_documentation'
  | 'spatial'
  | 'temporal_coverage'
  | 'update_frequency'
  | 'update_fulfilled_in_time';

/** A dataset of `GET /organizations/{org}/datasets/`. */
export interface Dataset {
  id: string;
  title: string;
  slug: string;
  page?: string;
  private?: boolean;
  archived?: string | null;
  /** Set on a deleted dataset, which `/organizations/{org}/datasets/` still lists. */
  deleted?: string | null;
  last_update?: string | null;
  metrics: { views?: number; followers?: number; reuses?: number; discussions?: number; resources_downloads?: number };
  quality?: Partial<Record<QualityFlag, boolean>> & { score?: number };
}

/** A reuse of `GET /organizations/{org}/reuses/` (a plain array). */
export interface Reuse {
  id: string;
  title: string;
  slug: string;
  page?: string;
  private?: boolean;
  /** udata lists deleted and archived reuses of the organization: these say which. */
  deleted?: string | null;
  archived?: string | null;
  metrics: { views?: number; followers?: number; datasets?: number };
}

export interface DiscussionMessage {
  content: string;
  posted_by: UserRef | null;
  posted_on: string;
}

/** A discussion of `GET /discussions/?org=…`. */
export interface Discussion {
  id: string;
  title: string;
  subject: { class: string; id: string };
  user: UserRef | null;
  created: string;
  closed?: string | null;
  discussion: DiscussionMessage[];
}

export type HarvestJobStatus = 'pending' | 'initializing' | 'initialized' | 'processing' | 'done' | 'done-errors' | 'failed';

/** A harvest source of `GET /harvest/sources/?organization=…`. */
export interface HarvestSource {
  id: string;
  name: string;
  url: string;
  backend: string;
  active: boolean;
  validation?: { state: string };
  last_job?: { status: HarvestJobStatus; started?: string | null; ended?: string | null; errors?: unknown[] } | null;
}
