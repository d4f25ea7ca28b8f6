import type { Lang } from '../../i18n/terms.js';

/**
 * The words of the invitation flow of <join-request-button>, in each supported language:
 * they load with the flow, only for a viewer who has an invitation.
 */
export interface InvitationTerms {
  /** The organization's name and the role's name (as the roles table gives it). */
  invited: (org: string, role: string) => string;
  /** The day the invitation was sent, formatted. */
  sentOn: (date: string) => string;
  /** What a partial editor would edit: how many datasets, reuses and APIs (in that order). */
  assigned: (counts: number[]) => string;
  /** A partial editor invited with nothing assigned. */
  nothingAssigned: string;
  invitationMessage: string;
  acceptInvitation: string;
  accepting: string;
  declineInvitation: string;
  declineTitle: (org: string) => string;
  declineIntro: string;
  declineSubmit: string;
  invitationAccepted: (role: string) => string;
  invitationRefused: string;
  invitationGone: string;
  sending: string;
}

/** French elision: "d’Inès", "qu’éditeur"; "de François", "que contributeur" (h left alone: it may be aspirated). */
const elide = (word: string, next: string) => (/^[aeiouyàâéèêëîïôœ]/i.test(next) ? `${word}’${next}` : `${word}e ${next}`);

/** "2 jeux de données, 1 réutilisation et 3 API": the non-zero counts, each with its noun. */
const countList = (lang: Lang, counts: number[], nouns: string[][], plural: (n: number) => boolean) =>
  new Intl.ListFormat(lang).format(counts.flatMap((n, i) => (n ? [`${n} ${nouns[i][plural(n) ? 1 : 0]}`] : [])));

export const invitationTerms: Record<Lang, InvitationTerms> = {
  fr: {
    invited: (org, role) => `Vous êtes invité à rejoindre ${org} en tant ${elide('qu', role.toLowerCase())}.`,
    sentOn: (date) => `Invitation envoyée le ${date}.`,
    assigned: (counts) =>
      `Vous pourrez modifier ${countList(
        'fr',
        counts,
        [
          ['jeu de données', 'jeux de données'],
          ['réutilisation', 'réutilisations'],
          ['API', 'API'],
        ],
        (n) => n > 1,
      )}.`,
    nothingAssigned: 'Aucun contenu ne vous est encore attribué\u00a0: vous ne pourrez rien modifier pour l’instant.',
    invitationMessage: 'Message joint à l’invitation\u00a0:',
    acceptInvitation: 'Accepter l’invitation',
    accepting: 'Acceptation en cours…',
    declineInvitation: 'Décliner',
    declineTitle: (org) => `Décliner l’invitation ${elide('d', org)}\u00a0?`,
    declineIntro: 'Vous ne deviendrez pas membre de l’organisation. Vous pourrez toujours demander à la rejoindre plus tard.',
    declineSubmit: 'Décliner l’invitation',
    invitationAccepted: (role) => `Invitation acceptée\u00a0: vous êtes membre de l’organisation (${role.toLowerCase()}).`,
    invitationRefused: 'Invitation déclinée.',
    invitationGone:
      'Cette invitation n’est plus en attente (acceptée, déclinée ou annulée entre-temps)\u00a0: voici votre situation à jour.',
    sending: 'Envoi en cours…',
  },
  en: {
    invited: (org, role) => `You are invited to join ${org} as ${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role.toLowerCase()}.`,
    sentOn: (date) => `Invitation sent on ${date}.`,
    assigned: (counts) =>
      `You will be able to edit ${countList(
        'en',
        counts,
        [
          ['dataset', 'datasets'],
          ['reuse', 'reuses'],
          ['API', 'APIs'],
        ],
        (n) => n !== 1,
      )}.`,
    nothingAssigned: 'Nothing is assigned to you yet: you will not be able to edit anything for now.',
    invitationMessage: 'Message of the invitation:',
    acceptInvitation: 'Accept the invitation',
    accepting: 'Accepting…',
    declineInvitation: 'Decline',
    declineTitle: (org) => `Decline ${org}’s invitation?`,
    declineIntro: 'You will not become a member of the organization. You may still ask to join it later.',
    declineSubmit: 'Decline the invitation',
    invitationAccepted: (role) => `Invitation accepted: you are a member of the organization (${role}).`,
    invitationRefused: 'Invitation declined.',
    invitationGone:
      'This invitation is no longer pending (accepted, declined or canceled meanwhile): here is where you stand now.',
    sending: 'Sending…',
  },
};
