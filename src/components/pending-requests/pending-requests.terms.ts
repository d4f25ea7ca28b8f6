import { deName, possessive } from '../../i18n/french.js';
import type { Lang } from '../../i18n/terms.js';

/** The words of <pending-requests>, in each supported language. */
export interface RequestsTerms {
  listLabel: string;
  /** How many requests are pending, all pages together (`total` already formatted). */
  count: (total: string, n: number) => string;
  empty: string;
  membersOnly: string;
  adminsOnly: string;
  noComment: string;
  requestedOn: (date: string) => string;
  accept: string;
  refuse: string;
  acceptAs: string;
  accepting: string;
  accepted: (name: string, role: string) => string;
  acceptedNotPromoted: (name: string) => string;
  refused: (name: string) => string;
  alreadyHandled: string;
  /** Another admin accepted the same request at the same instant. */
  alreadyMember: (name: string, role: string) => string;
  refuseTitle: (name: string) => string;
  refuseReason: string;
  refuseHint: string;
  reasonRequired: string;
  refuseSubmit: string;
  sending: string;
}

export const requestsTerms: Record<Lang, RequestsTerms> = {
  fr: {
    listLabel: 'Demandes d’adhésion en attente',
    count: (total, n) => `${total} demande${n > 1 ? 's' : ''} d’adhésion en attente`,
    empty: 'Aucune demande d’adhésion en attente.',
    membersOnly: 'Seuls les membres de l’organisation peuvent voir ses demandes d’adhésion.',
    adminsOnly: 'Sur cette plateforme, seuls les administrateurs de l’organisation peuvent voir les demandes d’adhésion.',
    noComment: 'Pas de message.',
    requestedOn: (date) => `Demande du ${date}`,
    accept: 'Accepter',
    refuse: 'Refuser',
    acceptAs: 'Rôle à l’acceptation',
    accepting: 'Acceptation…',
    accepted: (name, role) => `${name} a rejoint l’organisation (${role.toLowerCase()}).`,
    acceptedNotPromoted: (name) =>
      `${name} a rejoint l’organisation comme éditeur, mais le passage en administrateur a échoué : changez son rôle dans la liste des membres.`,
    refused: (name) => `La demande ${deName(name)} a été refusée.`,
    alreadyHandled: 'Cette demande a déjà été traitée, sans doute par un autre administrateur.',
    alreadyMember: (name, role) =>
      `${name} est déjà membre de l’organisation, en tant qu’${role} : un autre administrateur vient d’accepter sa demande.`,
    refuseTitle: (name) => `Refuser la demande ${deName(name)}`,
    refuseReason: 'Motif du refus',
    refuseHint: 'Le demandeur recevra ce motif.',
    reasonRequired: 'Indiquez le motif du refus.',
    refuseSubmit: 'Refuser la demande',
    sending: 'Envoi en cours…',
  },
  en: {
    listLabel: 'Pending membership requests',
    count: (total, n) => `${total} pending membership request${n === 1 ? '' : 's'}`,
    empty: 'No pending membership request.',
    membersOnly: 'Only members of the organization can see its membership requests.',
    adminsOnly: 'On this platform, only administrators of the organization can see membership requests.',
    noComment: 'No message.',
    requestedOn: (date) => `Requested on ${date}`,
    accept: 'Accept',
    refuse: 'Refuse',
    acceptAs: 'Role when accepted',
    accepting: 'Accepting…',
    accepted: (name, role) => `${name} joined the organization (${role}).`,
    acceptedNotPromoted: (name) =>
      `${name} joined the organization as Editor, but the promotion to Administrator failed: change their role in the member list.`,
    refused: (name) => `${possessive(name)} request was refused.`,
    alreadyHandled: 'This request was already handled, probably by another administrator.',
    alreadyMember: (name, role) =>
      `${name} is already a member of the organization, as ${role}: another administrator has just accepted the request.`,
    refuseTitle: (name) => `Refuse ${possessive(name)} request`,
    refuseReason: 'Reason for refusal',
    refuseHint: 'The applicant will receive this reason.',
    reasonRequired: 'Give the reason for refusal.',
    refuseSubmit: 'Refuse the request',
    sending: 'Sending…',
  },
};
