import type { MockRef } from './notifications.js';
import { isSysadmin } from './serialize.js';
import type { MockData, MockUser } from './seed.js';

/**
 * udata's `Activity` documents (`udata/core/activity/models.py`) and every subclass udata 17.6
 * registers (`activities.py` of dataset, dataservices, reuse, organization, topic and user), with
 * what creates them: `Activity.emit` → the `emit_activity` task → `cls.objects.create(…)`.
 * References are stored as ids (`related_to` with its class); serialize-activity.ts
 * dereferences them.
 */

export interface MockActivity {
  id: string;
  /** The subclass, by its `key` (`dataset:created`…). */
  key: ActivityKey;
  /** `actor`: the user who did it (`current_user`, or the harvest activity user). */
  actor: string;
  /** `organization`: set by the object's own receivers, never by the follow and discussion ones. */
  organization: string | null;
  related_to: MockRef;
  created_at: string;
  /** `ListField(StringField())`: the changed field paths of an update (`members.2.role`…), else `[]`. */
  changes: string[];
  /** `ExtrasField`: `{resource_id}` for resources, `{element_id}` for topic elements, else `{}`. */
  extras: Record<string, unknown>;
}

interface ActivityType {
  /** The `related_to` document class (`ReferenceField("Dataset")`…). */
  related: 'Dataset' | 'Dataservice' | 'Reuse' | 'Organization' | 'Topic' | 'User';
  /** `label` (a `lazy_gettext`): English, and udata's French catalogue word for word. */
  en: string;
  fr: string;
  icon: string;
}

const PLUS = 'fa fa-plus';
const PENCIL = 'fa fa-pencil';
const REMOVE = 'fa fa-remove';
const EYE = 'fa fa-eye';
const COMMENTS = 'fa fa-comments';

/**
 * Every `key` of udata 17.6, grouped by the module that declares it (`activities.py` of each `udata/core` module;
 * the follow and discussion ones are in `user/activities.py`).
 */
export const ACTIVITY_TYPES = {
  'dataset:created': { related: 'Dataset', en: 'created a dataset', fr: 'a créé un jeu de données', icon: PLUS },
  'dataset:updated': { related: 'Dataset', en: 'updated a dataset', fr: 'a mis à jour un jeu de données', icon: PENCIL },
  'dataset:deleted': { related: 'Dataset', en: 'deleted a dataset', fr: 'a supprimé un jeu de données', icon: REMOVE },
  'dataset:resource:added': {
    related: 'Dataset',
    en: 'added a resource to a dataset',
    fr: 'a ajouté une ressource à un jeu de données',
    icon: PLUS,
  },
  'dataset:resource:updated': { related: 'Dataset', en: 'updated a resource', fr: 'a mis à jour une ressource', icon: PENCIL },
  'dataset:resource:deleted': {
    related: 'Dataset',
    en: 'removed a resource from a dataset',
    fr: "a supprimé une ressource d'un jeu de données",
    icon: REMOVE,
  },
  'dataservice:created': { related: 'Dataservice', en: 'created a dataservice', fr: 'a créé une API', icon: PLUS },
  'dataservice:updated': { related: 'Dataservice', en: 'updated a dataservice', fr: 'a mis à jour une API', icon: PENCIL },
  'dataservice:deleted': { related: 'Dataservice', en: 'deleted a dataservice', fr: 'a supprimé une API', icon: REMOVE },
  'reuse:created': { related: 'Reuse', en: 'created a reuse', fr: 'a créé une réutilisation', icon: PLUS },
  'reuse:updated': { related: 'Reuse', en: 'updated a reuse', fr: 'a mis à jour une réutilisation', icon: PENCIL },
  'reuse:deleted': { related: 'Reuse', en: 'deleted a reuse', fr: 'a supprimé une réutilisation', icon: REMOVE },
  // udata's French catalogue translates "created an organization" as "a mis à jour…" (sic).
  'organization:created': {
    related: 'Organization',
    en: 'created an organization',
    fr: 'a mis à jour une organisation',
    icon: PLUS,
  },
  'organization:updated': {
    related: 'Organization',
    en: 'updated an organization',
    fr: 'a mis à jour une organisation',
    icon: PENCIL,
  },
  'topic:created': { related: 'Topic', en: 'created a topic', fr: 'a créé une thématique', icon: PLUS },
  'topic:updated': { related: 'Topic', en: 'updated a topic', fr: 'a mis à jour une thématique', icon: PENCIL },
  'topic:element:created': {
    related: 'Topic',
    en: 'added an element to a topic',
    fr: 'a ajouté un élément à une thématique',
    icon: PLUS,
  },
  'topic:element:updated': {
    related: 'Topic',
    en: 'updated an element in a topic',
    fr: 'a mis à jour un élément dans une thématique',
    icon: PENCIL,
  },
  'topic:element:deleted': {
    related: 'Topic',
    en: 'removed an element from a topic',
    fr: "a supprimé un élément d'une thématique",
    icon: REMOVE,
  },
  'user:followed': { related: 'User', en: 'followed a user', fr: 'a suivi un utilisateur', icon: EYE },
  'dataset:followed': { related: 'Dataset', en: 'followed a dataset', fr: 'a suivi un jeu de données', icon: EYE },
  'dataservice:followed': { related: 'Dataservice', en: 'followed a dataservice', fr: 'a suivi une API', icon: EYE },
  'reuse:followed': { related: 'Reuse', en: 'followed a reuse', fr: 'a suivi une réutilisation', icon: EYE },
  'organization:followed': { related: 'Organization', en: 'followed an organization', fr: 'a suivi une organisation', icon: EYE },
  'dataset:discussed': { related: 'Dataset', en: 'discussed a dataset', fr: 'a commenté un jeu de données', icon: COMMENTS },
  'dataservice:discussed': { related: 'Dataservice', en: 'discussed a dataservice', fr: 'a commenté une API', icon: COMMENTS },
  'reuse:discussed': { related: 'Reuse', en: 'discussed a reuse', fr: 'a commenté une réutilisation', icon: COMMENTS },
} as const satisfies Record<string, ActivityType>;

export type ActivityKey = keyof typeof ACTIVITY_TYPES;

export interface ActivityStore {
  data: Pick<MockData, 'activities'>;
  newObjectId(): string;
}

/** A Python `datetime.isoformat()` of a MongoDB date (milliseconds kept, as microseconds; none when zero). */
export function pyIsoformat(date: Date = new Date()): string {
  const iso = date.toISOString();
  const ms = date.getUTCMilliseconds();
  return `${iso.slice(0, 19)}${ms ? `.${String(ms).padStart(3, '0')}000` : ''}+00:00`;
}

/**
 * `Activity.emit(related_to, organization, changed_fields, extras)` with the task run eagerly:
 * the actor is the caller; `None` changes or extras are stored as the fields' defaults.
 */
export function emitActivity(
  store: ActivityStore,
  key: ActivityKey,
  actor: MockUser,
  relatedTo: string,
  organization: string | null = null,
  changes: string[] | null = null,
  extras: Record<string, unknown> | null = null,
): MockActivity {
  const activity: MockActivity = {
    id: store.newObjectId(),
    key,
    actor: actor.id,
    organization,
    related_to: { class: ACTIVITY_TYPES[key].related, id: relatedTo },
    created_at: pyIsoformat(),
    changes: changes ?? [],
    extras: extras ?? {},
  };
  store.data.activities.push(activity);
  return activity;
}

/**
 * `Auditable.post_save` for a saved document: the auditable fields that really changed, in the
 * order they were set (`_get_changed_fields`), compared with the values before (`filter_changed_fields`).
 */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  order: Iterable<string>,
): string[] {
  const changed: string[] = [];
  for (const key of order) if (key in before && before[key] !== after[key] && !changed.includes(key)) changed.push(key);
  return changed;
}

/** What `Owned` gives the objects an activity may be about: an organization, else an owner user. */
interface OwnedObject {
  org: string | null;
  owner?: string | null;
  private?: boolean;
  deleted?: string | null;
}

/**
 * `OwnableReadPermission(obj).can()`: anyone for a public live object; for a private or deleted
 * one, a sysadmin, any member (admin, editor, partial editor) of its organization, or its owner.
 */
export function mayReadOwned(data: Pick<MockData, 'organizations'>, obj: OwnedObject, caller: MockUser | null): boolean {
  if (!obj.private && !obj.deleted) return true;
  if (!caller) return false;
  if (isSysadmin(caller)) return true;
  if (obj.org) return Boolean(data.organizations.find((o) => o.id === obj.org)?.members.some((m) => m.user.id === caller.id));
  return Boolean(obj.owner) && obj.owner === caller.id;
}
