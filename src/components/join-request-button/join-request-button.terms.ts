import type { Lang } from '../../i18n/terms.js';

/** The words of <join-request-button>, in each supported language. */
export interface JoinTerms {
  button: string;
  loginLink: string;
  pending: string;
  member: (role: string) => string;
  dialogTitle: (org: string) => string;
  dialogIntro: string;
  commentLabel: string;
  commentHint: string;
  commentRequired: string;
  submit: string;
  sending: string;
  notified: string;
  requestUpdated: string;
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
}

export const joinTerms: Record<Lang, JoinTerms> = {
  fr: {
    button: "Demander à rejoindre l'organisation",
    loginLink: 'Se connecter pour rejoindre',
    pending: "Demande d'adhésion en attente",
    member: (role) => `Vous êtes membre de cette organisation (${role}).`,
    dialogTitle: (org) => `Rejoindre « ${org} »`,
    dialogIntro: 'Les administrateurs de l’organisation recevront votre demande et pourront l’accepter ou la refuser.',
    commentLabel: 'Pourquoi souhaitez-vous rejoindre cette organisation ?',
    commentHint: 'Présentez-vous et expliquez votre lien avec l’organisation.',
    commentRequired: 'Veuillez expliquer pourquoi vous souhaitez rejoindre l’organisation.',
    submit: 'Envoyer la demande',
    sending: 'Envoi en cours…',
    notified: 'Votre demande a été envoyée : les administrateurs de l’organisation ont été notifiés.',
    requestUpdated: 'Votre demande en attente a été mise à jour : les administrateurs de l’organisation ont été notifiés.',
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
  },
  en: {
    button: 'Ask to join the organization',
    loginLink: 'Log in to join',
    pending: 'Membership request pending',
    member: (role) => `You are a member of this organization (${role}).`,
    dialogTitle: (org) => `Join “${org}”`,
    dialogIntro: 'The administrators of the organization will receive your request and may accept or refuse it.',
    commentLabel: 'Why do you want to join this organization?',
    commentHint: 'Introduce yourself and explain your link with the organization.',
    commentRequired: 'Please explain why you want to join the organization.',
    submit: 'Send the request',
    sending: 'Sending…',
    notified: 'Your request was sent: the administrators of the organization were notified.',
    requestUpdated: 'Your pending request was updated: the administrators of the organization were notified.',
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
  },
};
