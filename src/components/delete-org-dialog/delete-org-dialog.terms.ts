import type { Lang } from '../../i18n/terms.js';

/** The words of <delete-org-dialog>, in each supported language. */
export interface DeletionTerms {
  button: string;
  title: (org: string) => string;
  stayOnline: string;
  deleteFirst: string;
  counts: (datasets: string, reuses: string) => string;
  seeContent: string;
  confirmLabel: (org: string) => string;
  confirmHint: string;
  mismatch: string;
  submit: string;
  deleting: string;
  deleted: (org: string) => string;
}

export const deletionTerms: Record<Lang, DeletionTerms> = {
  fr: {
    button: 'Supprimer l’organisation',
    title: (org) => `Supprimer l’organisation « ${org} » ?`,
    stayOnline:
      'Ses jeux de données et ses réutilisations ne seront pas supprimés : ils resteront en ligne, aux mêmes adresses, mais anonymes, rattachés à aucun producteur.',
    deleteFirst: 'Pour les supprimer aussi, supprimez-les avant de supprimer l’organisation.',
    counts: (datasets, reuses) => `Cela concerne ${datasets} et ${reuses}.`,
    seeContent: 'Voir les jeux de données et réutilisations de l’organisation',
    confirmLabel: (org) => `Pour confirmer, saisissez le nom exact de l’organisation : ${org}`,
    confirmHint: 'Rien n’est supprimé tant que le nom saisi ne correspond pas exactement.',
    mismatch: 'Le nom saisi ne correspond pas exactement au nom de l’organisation.',
    submit: 'Supprimer définitivement',
    deleting: 'Suppression…',
    deleted: (org) => `L’organisation « ${org} » a été supprimée.`,
  },
  en: {
    button: 'Delete the organization',
    title: (org) => `Delete the organization “${org}”?`,
    stayOnline:
      'Its datasets and reuses will not be deleted: they stay online, at the same addresses, but anonymous, attached to no producer.',
    deleteFirst: 'To delete them too, delete them before deleting the organization.',
    counts: (datasets, reuses) => `This concerns ${datasets} and ${reuses}.`,
    seeContent: 'See the datasets and reuses of the organization',
    confirmLabel: (org) => `To confirm, type the exact name of the organization: ${org}`,
    confirmHint: 'Nothing is deleted until the typed name matches exactly.',
    mismatch: 'The typed name does not match the name of the organization exactly.',
    submit: 'Delete permanently',
    deleting: 'Deleting…',
    deleted: (org) => `The organization “${org}” was deleted.`,
  },
};
