import type { Lang } from '../../i18n/terms.js';

/** The words of <org-activity>, in each supported language. */
export interface ActivityTerms {
  title: string;
  empty: string;
  membersOnly: string;
  loadMore: string;
  seeAll: string;
  loading: string;
  someone: string;
  untitled: string;
  /** What the actor did, by udata's key (the object's title follows). */
  verbs: Record<string, string>;
  /** "2 champs modifiés" — the changed fields, shown on demand. */
  changes: (n: number) => string;
  quote: (title: string) => string;
}

export const activityTerms: Record<Lang, ActivityTerms> = {
  fr: {
    title: 'Activité de l’organisation',
    empty: 'Aucune activité pour l’instant.',
    membersOnly: 'Seuls les membres de l’organisation voient son activité.',
    loadMore: 'Afficher l’activité plus ancienne',
    seeAll: 'Voir toute l’activité',
    loading: 'Chargement de l’activité…',
    someone: 'Quelqu’un',
    untitled: 'sans titre',
    verbs: {
      'dataset:created': 'a créé le jeu de données',
      'dataset:updated': 'a modifié le jeu de données',
      'dataset:deleted': 'a supprimé le jeu de données',
      'dataset:resource:added': 'a ajouté une ressource au jeu de données',
      'dataset:resource:updated': 'a modifié une ressource du jeu de données',
      'dataset:resource:deleted': 'a retiré une ressource du jeu de données',
      'dataservice:created': 'a créé l’API',
      'dataservice:updated': 'a modifié l’API',
      'dataservice:deleted': 'a supprimé l’API',
      'reuse:created': 'a créé la réutilisation',
      'reuse:updated': 'a modifié la réutilisation',
      'reuse:deleted': 'a supprimé la réutilisation',
      'organization:created': 'a créé l’organisation',
      'organization:updated': 'a modifié l’organisation',
      'topic:created': 'a créé la thématique',
      'topic:updated': 'a modifié la thématique',
      'topic:element:created': 'a ajouté un élément à la thématique',
      'topic:element:updated': 'a modifié un élément de la thématique',
      'topic:element:deleted': 'a retiré un élément de la thématique',
      'user:followed': 'suit désormais',
      'dataset:followed': 'suit désormais le jeu de données',
      'dataservice:followed': 'suit désormais l’API',
      'reuse:followed': 'suit désormais la réutilisation',
      'organization:followed': 'suit désormais l’organisation',
      'dataset:discussed': 'a commenté le jeu de données',
      'dataservice:discussed': 'a commenté l’API',
      'reuse:discussed': 'a commenté la réutilisation',
    },
    changes: (n) => (n > 1 ? `${n} champs modifiés` : '1 champ modifié'),
    quote: (title) => `«\u00a0${title}\u00a0»`,
  },
  en: {
    title: 'Activity of the organization',
    empty: 'No activity yet.',
    membersOnly: 'Only members of the organization see its activity.',
    loadMore: 'Show older activity',
    seeAll: 'See all the activity',
    loading: 'Loading the activity…',
    someone: 'Someone',
    untitled: 'untitled',
    verbs: {
      'dataset:created': 'created the dataset',
      'dataset:updated': 'updated the dataset',
      'dataset:deleted': 'deleted the dataset',
      'dataset:resource:added': 'added a resource to the dataset',
      'dataset:resource:updated': 'updated a resource of the dataset',
      'dataset:resource:deleted': 'removed a resource from the dataset',
      'dataservice:created': 'created the API',
      'dataservice:updated': 'updated the API',
      'dataservice:deleted': 'deleted the API',
      'reuse:created': 'created the reuse',
      'reuse:updated': 'updated the reuse',
      'reuse:deleted': 'deleted the reuse',
      'organization:created': 'created the organization',
      'organization:updated': 'updated the organization',
      'topic:created': 'created the topic',
      'topic:updated': 'updated the topic',
      'topic:element:created': 'added an element to the topic',
      'topic:element:updated': 'updated an element of the topic',
      'topic:element:deleted': 'removed an element from the topic',
      'user:followed': 'now follows',
      'dataset:followed': 'now follows the dataset',
      'dataservice:followed': 'now follows the API',
      'reuse:followed': 'now follows the reuse',
      'organization:followed': 'now follows the organization',
      'dataset:discussed': 'commented on the dataset',
      'dataservice:discussed': 'commented on the API',
      'reuse:discussed': 'commented on the reuse',
    },
    changes: (n) => (n === 1 ? '1 field changed' : `${n} fields changed`),
    quote: (title) => `“${title}”`,
  },
};
