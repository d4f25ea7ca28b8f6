import type { Lang } from '../../i18n/terms.js';

/** The words of <org-dashboard>, in each supported language. */
export interface DashboardTerms {
  label: (org: string) => string;
  certified: string;
  badges: Record<string, string>;
  website: string;
  description: string;
  noDescription: string;
  keyFigures: string;
  datasets: string;
  reuses: string;
  quality: string;
  discussions: string;
  harvesters: string;
  members: string;
  requests: string;
  transfers: string;
  stats: string;
  activity: string;
  danger: string;
  /** Beside the delete button: what deleting does. */
  dangerIrreversible: string;
  dangerStayOnline: string;
  dangerDeleteFirst: string;
  columns: {
    title: string;
    views: string;
    downloads: string;
    followers: string;
    reuses: string;
    discussions: string;
    lastUpdate: string;
    datasets: string;
  };
  private: string;
  archived: string;
  /** After a description too long to show in full. */
  readMore: string;
  noDatasets: string;
  noReuses: string;
  noAnomaly: string;
  noDiscussion: string;
  noHarvester: string;
  /** Counted harvest sources: "120 moissonneurs". */
  harvesterNoun: { one: string; other: string };
  anomalies: Record<string, string>;
  /** How many datasets an anomaly concerns (`count` formatted with its noun, `n` the number). */
  anomalyCount: (count: string, n: number) => string;
  andOthers: (count: number) => string;
  qualitySample: (sample: number, total: number) => string;
  /** How many datasets the anomalies cover, e.g. "12 jeux de données". */
  qualityCovers: (datasets: string) => string;
  /** Before the title of the dataset a discussion is about (with its colon). */
  onDataset: string;
  by: (name: string, date: string) => string;
  harvestStatus: Record<string, string>;
  neverHarvested: string;
  lastJob: (date: string) => string;
  certification: string;
  certificationLink: string;
  editProfile: string;
  discardTitle: string;
  discardText: string;
  keepEditing: string;
  discard: string;
  profileSaved: string;
}

export const dashboardTerms: Record<Lang, DashboardTerms> = {
  fr: {
    label: (org) => `Tableau de bord de l’organisation ${org}`,
    certified: 'Service public certifié',
    badges: {
      'public-service': 'Service public',
      association: 'Association',
      company: 'Entreprise',
      'local-authority': 'Collectivité territoriale',
      certified: 'Certifiée',
    },
    website: 'Site de l’organisation',
    description: 'Description',
    noDescription: 'Aucune description.',
    keyFigures: 'Chiffres clés',
    datasets: 'Jeux de données',
    reuses: 'Réutilisations',
    quality: 'Qualité des métadonnées',
    discussions: 'Discussions ouvertes',
    harvesters: 'Moissonneurs',
    members: 'Membres',
    requests: 'Demandes d’adhésion',
    transfers: 'Transferts',
    stats: 'Statistiques',
    activity: 'Activité récente',
    danger: 'Suppression de l’organisation',
    dangerIrreversible: 'Supprimer l’organisation est irréversible.',
    dangerStayOnline:
      'Ses jeux de données et ses réutilisations ne sont pas supprimés pour autant\u00a0: ils restent en ligne, aux mêmes adresses, mais deviennent anonymes, rattachés à aucun producteur.',
    dangerDeleteFirst: 'Pour les supprimer aussi, supprimez-les avant de supprimer l’organisation.',
    columns: {
      title: 'Titre',
      views: 'Vues',
      downloads: 'Téléchargements',
      followers: 'Abonnés',
      reuses: 'Réutilisations',
      discussions: 'Discussions',
      lastUpdate: 'Dernière mise à jour',
      datasets: 'Jeux de données',
    },
    private: 'Privé',
    archived: 'Archivé',
    readMore: 'Lire la suite sur la page de l’organisation',
    noDatasets: 'Aucun jeu de données.',
    noReuses: 'Aucune réutilisation.',
    noAnomaly: 'Aucune anomalie détectée dans les métadonnées des jeux de données.',
    noDiscussion: 'Aucune discussion ouverte.',
    noHarvester: 'Aucun moissonneur.',
    harvesterNoun: { one: 'moissonneur', other: 'moissonneurs' },
    anomalies: {
      license: 'Pas de licence',
      has_open_format: 'Aucun format ouvert',
      all_resources_available: 'Des fichiers ou liens sont indisponibles',
      update_fulfilled_in_time: 'Fréquence de mise à jour non respectée',
      update_frequency: 'Fréquence de mise à jour non renseignée',
      has_resources: 'Aucun fichier ni lien',
      dataset_description_quality: 'Description trop courte',
      resources_documentation: 'Fichiers non décrits',
      temporal_coverage: 'Couverture temporelle non renseignée',
      spatial: 'Couverture géographique non renseignée',
    },
    anomalyCount: (count, n) => `${count} concerné${n > 1 ? 's' : ''}`,
    andOthers: (count) => `et ${count} autre${count > 1 ? 's' : ''}`,
    qualitySample: (sample, total) => `Analyse des ${sample} jeux de données les plus récemment mis à jour, sur ${total}.`,
    qualityCovers: (datasets) => `Analyse de ${datasets} (les jeux supprimés ne comptent pas).`,
    onDataset: 'Jeu de données concerné\u00a0:',
    by: (name, date) => `par ${name}, le ${date}`,
    harvestStatus: { done: 'Terminé', 'done-errors': 'Terminé avec des erreurs', failed: 'Échec', running: 'En cours' },
    neverHarvested: 'Jamais moissonné',
    lastJob: (date) => `dernier moissonnage le ${date}`,
    certification:
      'Votre organisation est un service public\u00a0? Faites-la certifier pour afficher le badge «\u00a0Service public certifié\u00a0».',
    certificationLink: 'Demander la certification',
    editProfile: 'Modifier le profil de l’organisation',
    discardTitle: 'Abandonner les modifications\u00a0?',
    discardText: 'Ce que vous avez saisi n’est pas enregistré et sera perdu.',
    keepEditing: 'Continuer la saisie',
    discard: 'Abandonner les modifications',
    profileSaved: 'Le profil de l’organisation est enregistré.',
  },
  en: {
    label: (org) => `Dashboard of the organization ${org}`,
    certified: 'Certified public service',
    badges: {
      'public-service': 'Public service',
      association: 'Association',
      company: 'Company',
      'local-authority': 'Local authority',
      certified: 'Certified',
    },
    website: 'Website of the organization',
    description: 'Description',
    noDescription: 'No description.',
    keyFigures: 'Key figures',
    datasets: 'Datasets',
    reuses: 'Reuses',
    quality: 'Metadata quality',
    discussions: 'Open discussions',
    harvesters: 'Harvesters',
    members: 'Members',
    requests: 'Membership requests',
    transfers: 'Transfers',
    stats: 'Statistics',
    activity: 'Recent activity',
    danger: 'Deleting the organization',
    dangerIrreversible: 'Deleting the organization cannot be undone.',
    dangerStayOnline:
      'Its datasets and reuses are not deleted with it: they stay online, at the same addresses, but become anonymous, attached to no producer.',
    dangerDeleteFirst: 'To delete them too, delete them before deleting the organization.',
    columns: {
      title: 'Title',
      views: 'Views',
      downloads: 'Downloads',
      followers: 'Followers',
      reuses: 'Reuses',
      discussions: 'Discussions',
      lastUpdate: 'Last update',
      datasets: 'Datasets',
    },
    private: 'Private',
    archived: 'Archived',
    readMore: 'Read more on the organization’s page',
    noDatasets: 'No dataset.',
    noReuses: 'No reuse.',
    noAnomaly: 'No anomaly found in the metadata of the datasets.',
    noDiscussion: 'No open discussion.',
    noHarvester: 'No harvester.',
    harvesterNoun: { one: 'harvester', other: 'harvesters' },
    anomalies: {
      license: 'No license',
      has_open_format: 'No open format',
      all_resources_available: 'Some files or links are unavailable',
      update_fulfilled_in_time: 'Update frequency not met',
      update_frequency: 'Update frequency not given',
      has_resources: 'No file or link',
      dataset_description_quality: 'Description too short',
      resources_documentation: 'Files not described',
      temporal_coverage: 'Temporal coverage not given',
      spatial: 'Spatial coverage not given',
    },
    anomalyCount: (count) => `${count} affected`,
    andOthers: (count) => `and ${count} more`,
    qualitySample: (sample, total) => `Analysis of the ${sample} most recently updated datasets, out of ${total}.`,
    qualityCovers: (datasets) => `Analysis of ${datasets} (deleted ones do not count).`,
    onDataset: 'Dataset:',
    by: (name, date) => `by ${name}, on ${date}`,
    harvestStatus: { done: 'Done', 'done-errors': 'Done with errors', failed: 'Failed', running: 'Running' },
    neverHarvested: 'Never harvested',
    lastJob: (date) => `last harvested on ${date}`,
    certification: 'Is your organization a public service? Have it certified to show the “Certified public service” badge.',
    certificationLink: 'Ask for certification',
    editProfile: 'Edit the organization’s profile',
    discardTitle: 'Discard the changes?',
    discardText: 'What you typed is not saved and will be lost.',
    keepEditing: 'Keep editing',
    discard: 'Discard the changes',
    profileSaved: 'The organization’s profile is saved.',
  },
};
