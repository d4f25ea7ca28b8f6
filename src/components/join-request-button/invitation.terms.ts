import type { Lang } from '../../i18n/terms.js';

/**
 * The words of the invitation flow of <join-request-button>, in each supported language:
 * they load with the flow, only for a viewer who has an invitation.
 */
export interface InvitationTerms {
  invited: (role: string) => string;
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

export const invitationTerms: Record<Lang, InvitationTerms> = {
  fr: {
    invited: (role) => `Vous êtes invité à rejoindre l'organisation, en tant que ${role}.`,
    invitationMessage: 'Message joint à l’invitation :',
    acceptInvitation: "Accepter l'invitation",
    accepting: 'Acceptation en cours…',
    declineInvitation: 'Décliner',
    declineTitle: (org) => `Décliner l’invitation de « ${org} » ?`,
    declineIntro: 'Vous ne deviendrez pas membre de l’organisation. Vous pourrez toujours demander à la rejoindre plus tard.',
    declineSubmit: "Décliner l'invitation",
    invitationAccepted: (role) => `Invitation acceptée : vous êtes membre de l’organisation (${role}).`,
    invitationRefused: 'Invitation déclinée.',
    invitationGone:
      'Cette invitation n’est plus en attente (acceptée, déclinée ou annulée entre-temps) : voici votre situation à jour.',
    sending: 'Envoi en cours…',
  },
  en: {
    invited: (role) => `You are invited to join the organization, as ${role}.`,
    invitationMessage: 'Message of the invitation:',
    acceptInvitation: 'Accept the invitation',
    accepting: 'Accepting…',
    declineInvitation: 'Decline',
    declineTitle: (org) => `Decline the invitation of “${org}”?`,
    declineIntro: 'You will not become a member of the organization. You may still ask to join it later.',
    declineSubmit: 'Decline the invitation',
    invitationAccepted: (role) => `Invitation accepted: you are a member of the organization (${role}).`,
    invitationRefused: 'Invitation declined.',
    invitationGone:
      'This invitation is no longer pending (accepted, declined or canceled meanwhile): here is where you stand now.',
    sending: 'Sending…',
  },
};
