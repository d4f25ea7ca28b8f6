import type { MemberRole } from '../api/models.js';

/** Every text the elements show, in each supported language. */
export interface Terms {
  loading: string;
  close: string;
  cancel: string;
  retry: string;
  required: string;
  roles: Record<MemberRole, string>;
  join: {
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
  };
  errors: {
    network: string;
    timeout: string;
    parse: string;
    redirect: string;
    badRequest: string;
    unauthorized: string;
    forbidden: string;
    notFound: string;
    orgNotFound: string;
    conflict: string;
    alreadyMember: string;
    gone: string;
    server: string;
    other: (status: number) => string;
    serverSaid: (message: string) => string;
  };
}

export const fr: Terms = {
  loading: 'Chargement…',
  close: 'Fermer',
  cancel: 'Annuler',
  retry: 'Réessayer',
  required: 'obligatoire',
  roles: { admin: 'Administrateur', editor: 'Éditeur', partial_editor: 'Éditeur partiel' },
  join: {
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
  },
  errors: {
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.',
    timeout: 'Le serveur met trop de temps à répondre. Réessayez dans un instant.',
    parse: 'Le serveur a envoyé une réponse illisible. Réessayez plus tard.',
    redirect: 'Le serveur a répondu par une redirection : vérifiez l’adresse de l’API et l’identifiant de l’organisation.',
    badRequest: 'La demande n’est pas valide : corrigez les champs signalés.',
    unauthorized: 'Vous n’êtes pas connecté, ou votre clé d’API n’est pas valide. Reconnectez-vous puis réessayez.',
    forbidden: 'Vous n’avez pas les droits nécessaires pour cette action.',
    notFound: 'Élément introuvable : il a peut-être été supprimé.',
    orgNotFound: 'Cette organisation est introuvable.',
    conflict: 'Cette action a déjà été effectuée.',
    alreadyMember: 'Vous êtes déjà membre de cette organisation.',
    gone: 'Cette organisation a été supprimée.',
    server: 'Le serveur a rencontré une erreur. Réessayez plus tard.',
    other: (status) => `Erreur inattendue (code ${status}).`,
    serverSaid: (message) => `Message du serveur : ${message}`,
  },
};

export const en: Terms = {
  loading: 'Loading…',
  close: 'Close',
  cancel: 'Cancel',
  retry: 'Try again',
  required: 'required',
  roles: { admin: 'Administrator', editor: 'Editor', partial_editor: 'Partial editor' },
  join: {
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
  },
  errors: {
    network: 'The server cannot be reached. Check your connection and try again.',
    timeout: 'The server is taking too long to answer. Try again in a moment.',
    parse: 'The server sent an unreadable answer. Try again later.',
    redirect: 'The server answered with a redirect: check the API address and the organization identifier.',
    badRequest: 'The request is not valid: correct the fields shown.',
    unauthorized: 'You are not logged in, or your API key is not valid. Log in again and retry.',
    forbidden: 'You do not have the rights needed for this action.',
    notFound: 'Not found: it may have been deleted.',
    orgNotFound: 'This organization cannot be found.',
    conflict: 'This action was already done.',
    alreadyMember: 'You are already a member of this organization.',
    gone: 'This organization has been deleted.',
    server: 'The server ran into an error. Try again later.',
    other: (status) => `Unexpected error (code ${status}).`,
    serverSaid: (message) => `Server message: ${message}`,
  },
};

export const TERMS = { fr, en } as const;
export type Lang = keyof typeof TERMS;
