import type { Lang } from '../../i18n/terms.js';

/** The words of <org-transfers> (and of the inbox's transfer decisions), in each supported language. */
export interface TransfersTerms {
  incomingTitle: string;
  incomingEmpty: string;
  /** Editors see the transfers, not the buttons. */
  adminsDecide: string;
  /** The server lists nothing to this viewer (only the organization's admins may answer). */
  adminsOnly: string;
  /** "le jeu de données", "la réutilisation", "l’API": the object's kind, with its article. */
  kinds: Record<string, string>;
  untitled: string;
  offeredBy: (owner: string) => string;
  askedOn: (date: string) => string;
  message: string;
  accept: string;
  refuse: string;
  acceptTitle: (title: string) => string;
  refuseTitle: (title: string) => string;
  /** What accepting changes: the object (its class: Dataset, Reuse, Dataservice) will be published under the organization's name. */
  acceptIntro: (kind: string, org: string) => string;
  refuseIntro: (owner: string) => string;
  final: string;
  comment: string;
  commentHint: string;
  acceptSubmit: string;
  refuseSubmit: string;
  sending: string;
  accepted: (title: string, org: string) => string;
  refused: (title: string) => string;
  alreadyAnswered: string;
  someone: string;
  bringTitle: string;
  bringIntro: (org: string) => string;
  bringEmpty: string;
  bringLegend: string;
  bringMessage: string;
  bringMessageHint: string;
  bringMessageMissing: string;
  bringNothingPicked: string;
  bringSubmit: (n: number) => string;
  bringSent: (title: string) => string;
  bringFailed: (title: string, reason: string) => string;
  bringPending: string;
  dataset: string;
  reuse: string;
  outTitle: string;
  outIntro: string;
  outKind: string;
  outSearchSubject: string;
  outResults: string;
  outNone: string;
  outFound: (n: number) => string;
  outRecipientKind: string;
  outToOrganization: string;
  outToUser: string;
  outSearchRecipient: string;
  outMessage: string;
  outPickSubject: string;
  outPickRecipient: string;
  outMessageMissing: string;
  /** A pending transfer of the same object exists. */
  outPending: (recipient: string, date: string) => string;
  outSameOwner: (owner: string) => string;
  outSubmit: string;
  outSent: (title: string, recipient: string) => string;
}

const quoteFr = (text: string) => `«\u00a0${text}\u00a0»`;
const quoteEn = (text: string) => `“${text}”`;

export const transfersTerms: Record<Lang, TransfersTerms> = {
  fr: {
    incomingTitle: 'Transferts en attente vers l’organisation',
    incomingEmpty: 'Aucun transfert en attente.',
    adminsDecide: 'Seuls les administrateurs de l’organisation peuvent accepter ou refuser un transfert.',
    adminsOnly: 'Seuls les administrateurs de l’organisation voient les transferts qui lui sont proposés.',
    kinds: { Dataset: 'Jeu de données', Reuse: 'Réutilisation', Dataservice: 'API', other: 'Contenu' },
    untitled: 'sans titre',
    offeredBy: (owner) => `Proposé par ${owner}`,
    askedOn: (date) => `le ${date}`,
    message: 'Message\u00a0:',
    accept: 'Accepter',
    refuse: 'Refuser',
    acceptTitle: (title) => `Accepter le transfert de ${quoteFr(title)}\u00a0?`,
    refuseTitle: (title) => `Refuser le transfert de ${quoteFr(title)}\u00a0?`,
    acceptIntro: (kind, org) =>
      `${
        { Reuse: 'Cette réutilisation sera publiée', Dataservice: 'Cette API sera publiée' }[kind] ??
        'Ce jeu de données sera publié'
      } au nom de ${org}, à la même adresse\u00a0; ses administrateurs et éditeurs pourront le modifier.`,
    refuseIntro: (owner) => `Le contenu reste à ${owner}.`,
    final: 'Cette réponse est définitive.',
    comment: 'Commentaire (facultatif)',
    commentHint: 'Joint à votre réponse.',
    acceptSubmit: 'Accepter le transfert',
    refuseSubmit: 'Refuser le transfert',
    sending: 'Envoi en cours…',
    accepted: (title, org) => `${org} publie désormais ${quoteFr(title)}.`,
    refused: (title) => `Le transfert de ${quoteFr(title)} a été refusé.`,
    alreadyAnswered: 'Ce transfert a déjà reçu une réponse, sans doute d’un autre administrateur.',
    someone: 'quelqu’un',
    bringTitle: 'Transférer mes contenus à l’organisation',
    bringIntro: (org) =>
      `Vos jeux de données et réutilisations personnels restent à vous quand vous rejoignez une organisation. Demandez leur transfert\u00a0: ils seront publiés au nom de ${org} une fois acceptés par ses administrateurs.`,
    bringEmpty: 'Vous n’avez aucun jeu de données ni réutilisation personnels.',
    bringLegend: 'Contenus à transférer',
    bringMessage: 'Message aux administrateurs',
    bringMessageHint: 'Dites-leur pourquoi ces contenus ont leur place dans l’organisation.',
    bringMessageMissing: 'Écrivez un message aux administrateurs.',
    bringNothingPicked: 'Cochez au moins un contenu.',
    bringSubmit: (n) => (n > 1 ? `Demander le transfert de ${n} contenus` : 'Demander le transfert'),
    bringSent: (title) => `Transfert demandé\u00a0: ${quoteFr(title)}.`,
    bringFailed: (title, reason) => `Échec pour ${quoteFr(title)}\u00a0: ${reason}`,
    bringPending: 'transfert déjà demandé',
    dataset: 'jeu de données',
    reuse: 'réutilisation',
    outTitle: 'Transférer un contenu de l’organisation',
    outIntro: 'Le contenu sera publié au nom du destinataire une fois qu’il aura accepté le transfert.',
    outKind: 'Type de contenu',
    outSearchSubject: 'Rechercher parmi les contenus de l’organisation',
    outResults: 'Contenus trouvés',
    outNone: 'Aucun résultat.',
    outFound: (n) => (n > 1 ? `${n} résultats.` : '1 résultat.'),
    outRecipientKind: 'Destinataire',
    outToOrganization: 'Une organisation',
    outToUser: 'Un utilisateur',
    outSearchRecipient: 'Rechercher le destinataire',
    outMessage: 'Message au destinataire',
    outPickSubject: 'Choisissez le contenu à transférer.',
    outPickRecipient: 'Choisissez le destinataire.',
    outMessageMissing: 'Écrivez un message au destinataire.',
    outPending: (recipient, date) => `Un transfert de ce contenu vers ${recipient} attend déjà une réponse (demandé le ${date}).`,
    outSameOwner: (owner) => `Ce contenu appartient déjà à ${owner}\u00a0: choisissez un autre destinataire.`,
    outSubmit: 'Demander le transfert',
    outSent: (title, recipient) => `Transfert de ${quoteFr(title)} demandé à ${recipient}\u00a0: il attend sa réponse.`,
  },
  en: {
    incomingTitle: 'Transfers waiting for the organization',
    incomingEmpty: 'No pending transfer.',
    adminsDecide: 'Only the organization’s administrators can accept or refuse a transfer.',
    adminsOnly: 'Only the organization’s administrators see the transfers offered to it.',
    kinds: { Dataset: 'Dataset', Reuse: 'Reuse', Dataservice: 'API', other: 'Content' },
    untitled: 'untitled',
    offeredBy: (owner) => `Offered by ${owner}`,
    askedOn: (date) => `on ${date}`,
    message: 'Message:',
    accept: 'Accept',
    refuse: 'Refuse',
    acceptTitle: (title) => `Accept the transfer of ${quoteEn(title)}?`,
    refuseTitle: (title) => `Refuse the transfer of ${quoteEn(title)}?`,
    acceptIntro: (kind, org) =>
      `This ${{ Reuse: 'reuse', Dataservice: 'API' }[kind] ?? 'dataset'} will be published under the name of ${org}, at the same address; its administrators and editors will be able to edit it.`,
    refuseIntro: (owner) => `The content stays with ${owner}.`,
    final: 'This answer is final.',
    comment: 'Comment (optional)',
    commentHint: 'Sent with your answer.',
    acceptSubmit: 'Accept the transfer',
    refuseSubmit: 'Refuse the transfer',
    sending: 'Sending…',
    accepted: (title, org) => `${quoteEn(title)} is now published by ${org}.`,
    refused: (title) => `The transfer of ${quoteEn(title)} was refused.`,
    alreadyAnswered: 'This transfer was already answered, probably by another administrator.',
    someone: 'someone',
    bringTitle: 'Transfer my content to the organization',
    bringIntro: (org) =>
      `Your own datasets and reuses stay yours when you join an organization. Ask for their transfer: once its administrators accept, they are published under the name of ${org}.`,
    bringEmpty: 'You have no dataset or reuse of your own.',
    bringLegend: 'Content to transfer',
    bringMessage: 'Message to the administrators',
    bringMessageHint: 'Tell them why this content belongs to the organization.',
    bringMessageMissing: 'Write a message to the administrators.',
    bringNothingPicked: 'Pick at least one item.',
    bringSubmit: (n) => (n > 1 ? `Ask to transfer ${n} items` : 'Ask for the transfer'),
    bringSent: (title) => `Transfer requested: ${quoteEn(title)}.`,
    bringFailed: (title, reason) => `Failed for ${quoteEn(title)}: ${reason}`,
    bringPending: 'transfer already requested',
    dataset: 'dataset',
    reuse: 'reuse',
    outTitle: 'Transfer the organization’s content',
    outIntro: 'The content will be published under the recipient’s name once they accept the transfer.',
    outKind: 'Kind of content',
    outSearchSubject: 'Search the organization’s content',
    outResults: 'Content found',
    outNone: 'No result.',
    outFound: (n) => (n === 1 ? '1 result.' : `${n} results.`),
    outRecipientKind: 'Recipient',
    outToOrganization: 'An organization',
    outToUser: 'A user',
    outSearchRecipient: 'Search for the recipient',
    outMessage: 'Message to the recipient',
    outPickSubject: 'Pick the content to transfer.',
    outPickRecipient: 'Pick the recipient.',
    outMessageMissing: 'Write a message to the recipient.',
    outPending: (recipient, date) =>
      `A transfer of this content to ${recipient} is already waiting for an answer (asked on ${date}).`,
    outSameOwner: (owner) => `This content already belongs to ${owner}: pick another recipient.`,
    outSubmit: 'Ask for the transfer',
    outSent: (title, recipient) => `Transfer of ${quoteEn(title)} asked of ${recipient}: it waits for their answer.`,
  },
};
