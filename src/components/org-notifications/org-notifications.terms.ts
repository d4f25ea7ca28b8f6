import type { Lang } from '../../i18n/terms.js';

/** The words of <org-notifications>, in each supported language. */
export interface NotificationsTerms {
  /** The inbox button's accessible name, with the number of unread notifications. */
  button: (count: number, formatted: string) => string;
  title: string;
  /** The count could not be read. */
  countUnknown: string;
  /** More than the badge shows. */
  many: string;
  empty: string;
  emptyForOrg: string;
  loadMore: string;
  loadingMore: string;
  unread: string;
  read: string;
  markRead: string;
  markAllRead: string;
  markedRead: (n: number) => string;
  close: string;
  /** A join request, to the organization's admins. */
  joinRequest: (user: string, org: string) => string;
  /** The viewer's invitation. */
  invitation: (org: string) => string;
  accepted: (org: string) => string;
  refused: (org: string) => string;
  badge: (org: string, badge: string) => string;
  badges: Record<string, string>;
  /** A transfer waiting for the viewer's answer: who asks, what (a noun with its article, and the title when known), to whom. */
  transfer: (owner: string, object: string, title: string | undefined, recipient: string) => string;
  objects: Record<string, string>;
  discussionOpened: (user: string, title: string) => string;
  discussionAnswered: (user: string, title: string) => string;
  discussionClosed: (title: string) => string;
  harvester: Record<string, (name: string) => string>;
  reuseCreated: (reuse: string, dataset: string) => string;
  dataserviceCreated: (api: string, dataset: string) => string;
  /** A kind of notification this version does not know (newer servers add kinds). */
  unknown: string;
  someone: string;
  anOrganization: string;
  untitled: string;
  /** The link to the object's page. */
  open: string;
  invitationGone: string;
  invitedAs: (role: string) => string;
}

const quoteFr = (text: string) => `«\u00a0${text}\u00a0»`;
const quoteEn = (text: string) => `“${text}”`;

export const notificationsTerms: Record<Lang, NotificationsTerms> = {
  fr: {
    button: (n, count) => (n ? `Notifications, ${count} non lue${n > 1 ? 's' : ''}` : 'Notifications, aucune non lue'),
    title: 'Notifications',
    countUnknown: 'Notifications, nombre de non lues inconnu',
    many: '99+',
    empty: 'Aucune notification.',
    emptyForOrg: 'Aucune notification pour cette organisation.',
    loadMore: 'Afficher les notifications plus anciennes',
    loadingMore: 'Chargement des notifications…',
    unread: 'Non lue',
    read: 'Lue',
    markRead: 'Marquer comme lue',
    markAllRead: 'Tout marquer comme lu',
    markedRead: (n) => (n > 1 ? `${n} notifications marquées comme lues.` : 'Notification marquée comme lue.'),
    close: 'Fermer les notifications',
    joinRequest: (user, org) => `${user} demande à rejoindre ${org}.`,
    invitation: (org) => `Vous êtes invité à rejoindre ${org}.`,
    accepted: (org) => `Votre demande d’adhésion à ${org} a été acceptée.`,
    refused: (org) => `Votre demande d’adhésion à ${org} a été refusée.`,
    badge: (org, badge) => `${org} a reçu le badge ${quoteFr(badge)}.`,
    badges: {
      certified: 'Certifiée',
      'public-service': 'Service public',
      association: 'Association',
      company: 'Entreprise',
      'local-authority': 'Collectivité territoriale',
    },
    transfer: (owner, object, title, recipient) =>
      `${owner} propose de transférer ${object}${title ? ` ${quoteFr(title)}` : ''} à ${recipient}.`,
    objects: { Dataset: 'un jeu de données', Reuse: 'une réutilisation', Dataservice: 'une API', other: 'un contenu' },
    discussionOpened: (user, title) => `${user} a ouvert la discussion ${quoteFr(title)}.`,
    discussionAnswered: (user, title) => `${user} a répondu dans la discussion ${quoteFr(title)}.`,
    discussionClosed: (title) => `La discussion ${quoteFr(title)} a été close.`,
    harvester: {
      pending: (name) => `Le moissonneur ${quoteFr(name)} attend d’être validé.`,
      accepted: (name) => `Le moissonneur ${quoteFr(name)} a été validé.`,
      refused: (name) => `Le moissonneur ${quoteFr(name)} a été refusé.`,
    },
    reuseCreated: (reuse, dataset) => `Nouvelle réutilisation ${quoteFr(reuse)} du jeu de données ${quoteFr(dataset)}.`,
    dataserviceCreated: (api, dataset) => `Nouvelle API ${quoteFr(api)} utilisant le jeu de données ${quoteFr(dataset)}.`,
    unknown: 'Nouvelle notification.',
    someone: 'Quelqu’un',
    anOrganization: 'une organisation',
    untitled: 'sans titre',
    open: 'Voir',
    invitationGone: 'Cette invitation n’est plus en attente (acceptée, déclinée ou annulée entre-temps).',
    invitedAs: (role) => `Rôle proposé\u00a0: ${role.toLowerCase()}.`,
  },
  en: {
    button: (n, count) => (n ? `Notifications, ${count} unread` : 'Notifications, none unread'),
    title: 'Notifications',
    countUnknown: 'Notifications, unread count unknown',
    many: '99+',
    empty: 'No notifications.',
    emptyForOrg: 'No notifications for this organization.',
    loadMore: 'Show older notifications',
    loadingMore: 'Loading notifications…',
    unread: 'Unread',
    read: 'Read',
    markRead: 'Mark as read',
    markAllRead: 'Mark all as read',
    markedRead: (n) => (n > 1 ? `${n} notifications marked as read.` : 'Notification marked as read.'),
    close: 'Close the notifications',
    joinRequest: (user, org) => `${user} asks to join ${org}.`,
    invitation: (org) => `You are invited to join ${org}.`,
    accepted: (org) => `Your request to join ${org} was accepted.`,
    refused: (org) => `Your request to join ${org} was refused.`,
    badge: (org, badge) => `${org} received the ${quoteEn(badge)} badge.`,
    badges: {
      certified: 'Certified',
      'public-service': 'Public service',
      association: 'Association',
      company: 'Company',
      'local-authority': 'Local authority',
    },
    transfer: (owner, object, title, recipient) =>
      `${owner} proposes to transfer ${object}${title ? ` ${quoteEn(title)}` : ''} to ${recipient}.`,
    objects: { Dataset: 'a dataset', Reuse: 'a reuse', Dataservice: 'an API', other: 'some content' },
    discussionOpened: (user, title) => `${user} opened the discussion ${quoteEn(title)}.`,
    discussionAnswered: (user, title) => `${user} replied in the discussion ${quoteEn(title)}.`,
    discussionClosed: (title) => `The discussion ${quoteEn(title)} was closed.`,
    harvester: {
      pending: (name) => `The harvester ${quoteEn(name)} is waiting for validation.`,
      accepted: (name) => `The harvester ${quoteEn(name)} was validated.`,
      refused: (name) => `The harvester ${quoteEn(name)} was refused.`,
    },
    reuseCreated: (reuse, dataset) => `New reuse ${quoteEn(reuse)} of the dataset ${quoteEn(dataset)}.`,
    dataserviceCreated: (api, dataset) => `New API ${quoteEn(api)} using the dataset ${quoteEn(dataset)}.`,
    unknown: 'New notification.',
    someone: 'Someone',
    anOrganization: 'an organization',
    untitled: 'untitled',
    open: 'Open',
    invitationGone: 'This invitation is no longer pending (accepted, declined or canceled meanwhile).',
    invitedAs: (role) => `Role offered: ${role.toLowerCase()}.`,
  },
};
