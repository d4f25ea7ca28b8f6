import type { Lang } from './terms.js';

/** Counted things (singular and plural), for the elements that count them: not the join button. */
export interface NounTerms {
  datasets: { one: string; other: string };
  reuses: { one: string; other: string };
  dataservices: { one: string; other: string };
  followers: { one: string; other: string };
  members: { one: string; other: string };
  views: { one: string; other: string };
  downloads: { one: string; other: string };
}

export const nounTerms: Record<Lang, NounTerms> = {
  fr: {
    datasets: { one: 'jeu de données', other: 'jeux de données' },
    reuses: { one: 'réutilisation', other: 'réutilisations' },
    dataservices: { one: 'API', other: 'API' },
    followers: { one: 'abonné', other: 'abonnés' },
    members: { one: 'membre', other: 'membres' },
    views: { one: 'vue', other: 'vues' },
    downloads: { one: 'téléchargement', other: 'téléchargements' },
  },
  en: {
    datasets: { one: 'dataset', other: 'datasets' },
    reuses: { one: 'reuse', other: 'reuses' },
    dataservices: { one: 'API', other: 'APIs' },
    followers: { one: 'follower', other: 'followers' },
    members: { one: 'member', other: 'members' },
    views: { one: 'view', other: 'views' },
    downloads: { one: 'download', other: 'downloads' },
  },
};
