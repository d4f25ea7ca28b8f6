import type { Lang } from '../../i18n/terms.js';

/** The words of <org-stats>, in each supported language. */
export interface StatsTerms {
  title: string;
  created: string;
  datasets: string;
  reuses: string;
  dataservices: string;
  followers: string;
  visitsTitle: string;
  datasetVisits: string;
  reuseVisits: string;
  dataserviceVisits: string;
  downloads: string;
  countedSince: string;
  metricsFailed: string;
  month: string;
  count: string;
  visits: string;
  showTable: string;
  csv: string;
  /** Read after "CSV" by assistive technologies: which chart. */
  csvOf: (title: string) => string;
  total: (n: string) => string;
  /** One sentence about a chart: its total, its months, its highest month. */
  describe: (total: string, from: string, to: string, peak: string, peakValue: string) => string;
  membersOnly: string;
}

export const statsTerms: Record<Lang, StatsTerms> = {
  fr: {
    title: 'Statistiques',
    created: 'Publiés chaque mois',
    datasets: 'Jeux de données publiés',
    reuses: 'Réutilisations publiées',
    dataservices: 'API publiées',
    followers: 'Nouveaux abonnés',
    visitsTitle: 'Visites et téléchargements',
    datasetVisits: 'Visites des jeux de données',
    reuseVisits: 'Visites des réutilisations',
    dataserviceVisits: 'Visites des API',
    downloads: 'Téléchargements des fichiers',
    countedSince: 'Visites et téléchargements comptés depuis juillet 2022.',
    metricsFailed: 'Les visites et téléchargements n’ont pas pu être lus pour l’instant.',
    month: 'Mois',
    count: 'Nombre',
    visits: 'Visites',
    showTable: 'Voir les données',
    csv: 'Télécharger en CSV',
    csvOf: (title) => `\u00a0: ${title}`,
    total: (n) => `(${n} au total)`,
    describe: (total, from, to, peak, value) =>
      `${total} de ${from} à ${to}${peak ? `\u00a0; le plus en ${peak} (${value})` : ''}.`,
    membersOnly: 'Les statistiques se lisent sur la page de l’organisation.',
  },
  en: {
    title: 'Statistics',
    created: 'Published each month',
    datasets: 'Datasets published',
    reuses: 'Reuses published',
    dataservices: 'APIs published',
    followers: 'New followers',
    visitsTitle: 'Visits and downloads',
    datasetVisits: 'Dataset visits',
    reuseVisits: 'Reuse visits',
    dataserviceVisits: 'API visits',
    downloads: 'File downloads',
    countedSince: 'Visits and downloads counted since July 2022.',
    metricsFailed: 'Visits and downloads could not be read for now.',
    month: 'Month',
    count: 'Count',
    visits: 'Visits',
    showTable: 'Show the data',
    csv: 'Download as CSV',
    csvOf: (title) => `: ${title}`,
    total: (n) => `(${n} in all)`,
    describe: (total, from, to, peak, value) => `${total} from ${from} to ${to}${peak ? `; most in ${peak} (${value})` : ''}.`,
    membersOnly: 'Statistics are on the organization’s page.',
  },
};
