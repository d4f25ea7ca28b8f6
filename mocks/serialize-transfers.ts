import type { MockRef } from './notifications.js';
import { datasetFieldsOf } from './serialize-dataset.js';
import {
  organizationReference,
  ownsSubject,
  reuseReference,
  userReference,
  type NotificationContext,
} from './serialize-notifications.js';
import type { MockDataset, MockReuse } from './seed.js';
import type { MockTransfer } from './transfers.js';

/**
 * `transfer_fields` (`udata/features/transfer/api.py`) and what `/me/datasets/` and
 * `/me/reuses/` marshal (`dataset_fields`, `Reuse.__read_fields__`), for a given caller.
 */

/** `dataset_ref_fields`: the base reference (`id`, `class`), `title`, `acronym`, `uri`, `page`. */
function datasetReference(ctx: NotificationContext, id: string) {
  const d = ctx.data.datasets.find((x) => x.id === id);
  if (!d) return null;
  return {
    id: d.id,
    class: 'Dataset',
    title: d.title,
    acronym: null,
    uri: `${ctx.apiRoot}datasets/${d.slug}/`,
    page: d.page ?? null,
  };
}

/**
 * A `fields.Polymorph` of `person_mapping` (User, Organization) or `subject_mapping`
 * (Dataservice, Dataset, Reuse): the referenced document's class picks its ref fields, which
 * carry `class`. The mock has no dataservice: such a reference answers null.
 */
function polymorph(ctx: NotificationContext, ref: MockRef | null) {
  if (!ref) return null;
  switch (ref.class) {
    case 'User':
      return userReference(ctx, ref.id);
    case 'Organization':
      return organizationReference(ctx, ref.id);
    case 'Dataset':
      return datasetReference(ctx, ref.id);
    case 'Reuse':
      return reuseReference(ctx, ref.id);
    default:
      return null;
  }
}

/**
 * One transfer. `reponse_comment` (sic) names no attribute of `Transfer` (its field is
 * `response_comment`): flask-restx reads a missing attribute as None, so it is always null.
 */
export function serializeTransfer(ctx: NotificationContext, t: MockTransfer) {
  return {
    id: t.id,
    user: userReference(ctx, t.user),
    owner: polymorph(ctx, t.owner),
    recipient: polymorph(ctx, t.recipient),
    subject: polymorph(ctx, t.subject),
    comment: t.comment,
    created: t.created,
    status: t.status,
    responded: t.responded,
    reponse_comment: null,
  };
}

/** `/me/datasets/`: `dataset_fields` under its `DEFAULT_MASK`. */
export const serializeMyDataset = (ctx: NotificationContext, d: MockDataset) => datasetFieldsOf(ctx, d);

/** `Reuse.__metrics_keys__`, each 0 unless counted (`get_metrics`). */
const REUSE_METRICS = ['discussions', 'discussions_open', 'datasets', 'followers', 'followers_by_months', 'views'] as const;

/**
 * `Reuse.__read_fields__` (generated, no mask): the mock's reuses keep no description, type,
 * topic, URL, image, tags nor datasets, so these come as udata's defaults would for such a
 * reuse. `permissions` is `OwnablePermission` (edit = delete).
 */
export function serializeMyReuse(ctx: NotificationContext, r: MockReuse) {
  const metrics = r.metrics as Record<string, number | undefined>;
  const mayEdit = ownsSubject(ctx, r.org, { class: 'Reuse', id: r.id }, r.owner);
  return {
    id: r.id,
    title: r.title,
    slug: r.slug,
    description: '',
    type: 'visualization',
    url: r.page ?? null,
    image: null,
    image_thumbnail: null,
    datasets: [],
    dataservices: [],
    tags: [],
    topic: 'others',
    private: r.private ?? false,
    extras: {},
    featured: false,
    deleted: r.deleted ?? null,
    archived: r.archived ?? null,
    created_at: r.created_at,
    last_modified: r.created_at,
    metrics: Object.fromEntries(REUSE_METRICS.map((key) => [key, metrics[key] ?? 0])),
    badges: [],
    owner: userReference(ctx, r.owner),
    organization: organizationReference(ctx, r.org),
    uri: `${ctx.apiRoot}reuses/${r.slug}/`,
    page: r.page ?? null,
    permissions: { delete: mayEdit, edit: mayEdit },
  };
}
