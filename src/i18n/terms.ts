import type { MemberRole } from '../api/models.js';

/** The words every element shares, in each supported language; each element adds its own (`<tag>.terms.ts`). */
export interface Terms {
  loading: string;
  close: string;
  cancel: string;
  retry: string;
  required: string;
  roles: Record<MemberRole, string>;
  unknownUser: string;
  errors: {
    network: string;
    timeout: string;
    parse: string;
    redirect: string;
    insecure: string;
    badRequest: string;
    unauthorized: string;
    forbidden: string;
    notFound: string;
    orgNotFound: string;
    conflict: string;
    alreadyMember: string;
    gone: string;
    server: string;
    /** A 429: too many requests; when the server said how long to wait, that many seconds. */
    tooMany: (seconds?: number) => string;
    /** Something failed in the browser itself (not the server's answer). */
    unexpected: string;
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
  unknownUser: 'Utilisateur inconnu',
  errors: {
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.',
    timeout: 'Le serveur met trop de temps à répondre. Réessayez dans un instant.',
    parse: 'Le serveur a envoyé une réponse illisible. Réessayez plus tard.',
    redirect: 'Le serveur a répondu par une redirection : vérifiez l’adresse de l’API et l’identifiant de l’organisation.',
    insecure: 'Clé d’API non envoyée : l’API est en http, non chiffré. Utilisez https.',
    badRequest: 'La demande n’est pas valide : corrigez les champs signalés.',
    unauthorized: 'Vous n’êtes pas connecté, ou votre clé d’API n’est pas valide. Reconnectez-vous puis réessayez.',
    forbidden: 'Vous n’avez pas les droits nécessaires pour cette action.',
    notFound: 'Élément introuvable : il a peut-être été supprimé.',
    orgNotFound: 'Cette organisation est introuvable.',
    conflict: 'Cette action a déjà été effectuée.',
    alreadyMember: 'Vous êtes déjà membre de cette organisation.',
    gone: 'Cette organisation a été supprimée.',
    server: 'Le serveur a rencontré une erreur. Réessayez plus tard.',
    tooMany: (seconds) =>
      `Trop de demandes envoyées au serveur. Réessayez ${seconds ? `dans ${seconds}\u00a0s` : 'dans un instant'}.`,
    unexpected: 'Une erreur inattendue s’est produite. Réessayez ; si elle persiste, rechargez la page.',
    other: (status) => `Erreur inattendue (code ${status}).`,
    serverSaid: (message) => `Message du serveur : ${message}`,
  },
};

export const en: Terms = {
  loading: 'Loading…',
  close: 'Close',
  cancel: 'Cancel',
  retry: 'Try again',
  required: 'required',
  roles: { admin: 'Administrator', editor: 'Editor', partial_editor: 'Partial editor' },
  unknownUser: 'Unknown user',
  errors: {
    network: 'The server cannot be reached. Check your connection and try again.',
    timeout: 'The server is taking too long to answer. Try again in a moment.',
    parse: 'The server sent an unreadable answer. Try again later.',
    redirect: 'The server answered with a redirect: check the API address and the organization identifier.',
    insecure: 'API key not sent: the API uses http, which is not encrypted. Use https.',
    badRequest: 'The request is not valid: correct the fields shown.',
    unauthorized: 'You are not logged in, or your API key is not valid. Log in again and retry.',
    forbidden: 'You do not have the rights needed for this action.',
    notFound: 'Not found: it may have been deleted.',
    orgNotFound: 'This organization cannot be found.',
    conflict: 'This action was already done.',
    alreadyMember: 'You are already a member of this organization.',
    gone: 'This organization has been deleted.',
    server: 'The server ran into an error. Try again later.',
    tooMany: (seconds) => `Too many requests sent to the server. Try again ${seconds ? `in ${seconds} s` : 'in a moment'}.`,
    unexpected: 'Something unexpected went wrong. Try again; if it persists, reload the page.',
    other: (status) => `Unexpected error (code ${status}).`,
    serverSaid: (message) => `Server message: ${message}`,
  },
};

export const TERMS = { fr, en } as const;
export type Lang = keyof typeof TERMS;
