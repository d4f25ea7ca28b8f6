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
  /** The button that reloads the page when a part of the element could not be fetched twice. */
  reloadPage: string;
}

export const joinTerms: Record<Lang, JoinTerms> = {
  fr: {
    button: "Demander à rejoindre l'organisation",
    loginLink: 'Se connecter pour rejoindre',
    pending: "Demande d'adhésion en attente",
    member: (role) => `Vous êtes membre de cette organisation (${role.toLowerCase()}).`,
    dialogTitle: (org) => `Rejoindre « ${org} »`,
    dialogIntro: 'Les administrateurs de l’organisation recevront votre demande et pourront l’accepter ou la refuser.',
    commentLabel: 'Pourquoi souhaitez-vous rejoindre cette organisation ?',
    commentHint: 'Présentez-vous et expliquez votre lien avec l’organisation.',
    commentRequired: 'Veuillez expliquer pourquoi vous souhaitez rejoindre l’organisation.',
    submit: 'Envoyer la demande',
    sending: 'Envoi en cours…',
    notified: 'Votre demande a été envoyée : les administrateurs de l’organisation ont été notifiés.',
    requestUpdated: 'Votre demande en attente a été mise à jour : les administrateurs de l’organisation ont été notifiés.',
    reloadPage: 'Recharger la page',
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
    reloadPage: 'Reload the page',
  },
};
