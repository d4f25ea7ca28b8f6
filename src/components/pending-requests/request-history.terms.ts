import type { Lang } from '../../i18n/terms.js';

/** The words of the past requests and invitations of <pending-requests>. */
export interface HistoryTerms {
  title: string;
  note: string;
  empty: string;
  person: string;
  kind: string;
  role: string;
  date: string;
  status: string;
  kinds: Record<string, string>;
  statuses: Record<string, string>;
  more: string;
}

export const historyTerms: Record<Lang, HistoryTerms> = {
  fr: {
    title: 'Demandes et invitations passées',
    note: 'Qui a décidé, et quand, ni le motif d’un refus ne sont communiqués par la plateforme.',
    empty: 'Aucune demande ni invitation passée.',
    person: 'Personne',
    kind: 'Type',
    role: 'Rôle',
    date: 'Date',
    status: 'Issue',
    kinds: { request: 'Demande', invitation: 'Invitation' },
    statuses: { accepted: 'Acceptée', refused: 'Refusée', canceled: 'Annulée' },
    more: 'Afficher plus',
  },
  en: {
    title: 'Past requests and invitations',
    note: 'Who decided and when, and the reason of a refusal, are not disclosed by the platform.',
    empty: 'No past request or invitation.',
    person: 'Person',
    kind: 'Kind',
    role: 'Role',
    date: 'Date',
    status: 'Outcome',
    kinds: { request: 'Request', invitation: 'Invitation' },
    statuses: { accepted: 'Accepted', refused: 'Refused', canceled: 'Canceled' },
    more: 'Show more',
  },
};
