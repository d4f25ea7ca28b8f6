import type { MockDataset } from './seed.js';
import { serializeDataset } from './serialize.js';
import { organizationReference, ownsSubject, userReference, type NotificationContext } from './serialize-notifications.js';

/**
 * A dataset as udata's lists marshal it (`udata/core/dataset/api_fields.py`), its resources
 * included: what a page of datasets weighs unless a field mask (`X-Fields`) asks less.
 */

/** `datasetFieldsOf` the dataset of that id, or null. */
export function datasetFields(ctx: NotificationContext, id: string | null) {
  const d: MockDataset | undefined = ctx.data.datasets.find((x) => x.id === id);
  return d ? datasetFieldsOf(ctx, d) : null;
}

/**
 * `dataset_fields` under its `DEFAULT_MASK`: what every dataset list answers (`/datasets/`,
 * `/organizations/{org}/datasets/`, `/me/datasets/`, each item of the page) and what a
 * `Reuse/DataserviceCreated` notification nests. Every resource comes whole.
 */
export function datasetFieldsOf(ctx: NotificationContext, d: MockDataset) {
  const mayEdit = ownsSubject(ctx, d.org, { class: 'Dataset', id: d.id }, d.owner);
  const { quality, metrics } = serializeDataset(d);
  return {
    id: d.id,
    title: d.title,
    acronym: null,
    slug: d.slug,
    description:
      d.description ??
      `${d.title} : données publiées par leur producteur, mises à jour selon la fréquence indiquée. Chaque fichier est décrit dans sa ressource ; les champs et leurs unités sont documentés dans le schéma associé lorsqu’il existe.`,
    description_short: null,
    created_at: d.created_at,
    last_modified: d.last_update ?? d.created_at,
    deleted: d.deleted ?? null,
    archived: d.archived ?? null,
    featured: false,
    private: d.private ?? false,
    tags: d.tags ?? ['donnees-ouvertes', 'territoire'],
    badges: [],
    resources: Array.from({ length: d.resources }, (_, i) => resourceFields(ctx, d, i)),
    frequency: 'unknown',
    frequency_date: null,
    harvest: null,
    extras: {},
    metrics,
    organization: organizationReference(ctx, d.org),
    owner: userReference(ctx, d.owner),
    temporal_coverage: null,
    spatial: null,
    license: 'notspecified',
    access_type: 'open',
    access_audiences: [],
    authorization_request_url: null,
    access_type_reason_category: null,
    access_type_reason: null,
    uri: `${ctx.apiRoot}datasets/${d.slug}/`,
    page: d.page ?? null,
    quality,
    last_update: d.last_update ?? null,
    schema: null,
    internal: { created_at_internal: d.created_at, last_modified_internal: d.last_update ?? d.created_at },
    contact_points: [],
    permissions: { delete: mayEdit, edit: mayEdit, edit_resources: mayEdit },
  };
}

/** `resource_fields`: one file (or link) of the dataset, as each item of `resources`. */
function resourceFields(ctx: NotificationContext, d: MockDataset, index: number) {
  const id = `${d.id.slice(-8)}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
  const modified = d.last_update ?? d.created_at;
  const format = ['csv', 'json', 'xlsx', 'geojson'][index % 4];
  return {
    id,
    title: `${d.slug}-${index + 1}.${format}`,
    description: `Fichier ${index + 1} du jeu de données « ${d.title} ».`,
    filetype: 'file',
    type: index ? 'documentation' : 'main',
    format,
    url: `https://static.data.gouv.fr/resources/${d.slug}/${id}.${format}`,
    latest: `${ctx.apiRoot.replace(/\/api\/1\/$/, '')}/fr/datasets/r/${id}`,
    checksum: { type: 'sha1', value: `${d.id}${index.toString(16).padStart(16, '0')}` },
    filesize: 4096 * (index + 1),
    mime: format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : `application/${format}`,
    created_at: d.created_at,
    last_modified: modified,
    metrics: { views: 0 },
    harvest: null,
    extras: {},
    preview_url: null,
    schema: null,
    internal: { created_at_internal: d.created_at, last_modified_internal: modified },
  };
}
