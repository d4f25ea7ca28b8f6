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
  requests: {
    listLabel: string;
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
    refuseTitle: (name: string) => string;
    refuseReason: string;
    refuseHint: string;
    reasonRequired: string;
    refuseSubmit: string;
    sending: string;
  };
  members: {
    tableLabel: string;
    name: string;
    role: string;
    since: string;
    actions: string;
    sortBy: (column: string) => string;
    filter: string;
    filterHint: string;
    roleFilter: string;
    allRoles: string;
    count: (shown: number, total: number) => string;
    noMatch: string;
    empty: string;
    unknownDate: string;
    changeRole: (name: string) => string;
    remove: string;
    removeLabel: (name: string) => string;
    removeTitle: (name: string) => string;
    removeWarning: string;
    removeConfirm: string;
    removed: (name: string) => string;
    roleChanged: (name: string, role: string) => string;
    saving: string;
    lastAdmin: string;
    you: string;
    previousPage: string;
    nextPage: string;
    pageOf: (page: number, pages: number) => string;
    add: string;
    addTitle: string;
    searchUser: string;
    searchHint: string;
    searching: string;
    noUser: string;
    alreadyMember: string;
    orInvite: string;
    email: string;
    emailHint: string;
    emailInvalid: string;
    userRequired: string;
    roleLabel: string;
    message: string;
    messageHint: string;
    invite: string;
    inviting: string;
    invited: (who: string) => string;
    added: (name: string, role: string) => string;
    emailNeedsInvitations: string;
    invitations: string;
    invitedOn: (date: string) => string;
    cancelInvitation: string;
    cancelInvitationLabel: (who: string) => string;
    invitationCanceled: (who: string) => string;
  };
  deletion: {
    button: string;
    title: (org: string) => string;
    stayOnline: string;
    deleteFirst: string;
    counts: (datasets: string, reuses: string) => string;
    seeContent: string;
    confirmLabel: (org: string) => string;
    confirmHint: string;
    mismatch: string;
    submit: string;
    deleting: string;
    deleted: (org: string) => string;
  };
  dashboard: {
    label: (org: string) => string;
    certified: string;
    badges: Record<string, string>;
    website: string;
    description: string;
    noDescription: string;
    keyFigures: string;
    datasets: string;
    reuses: string;
    quality: string;
    discussions: string;
    harvesters: string;
    members: string;
    requests: string;
    danger: string;
    columns: { title: string; views: string; downloads: string; followers: string; reuses: string; discussions: string; lastUpdate: string; datasets: string };
    private: string;
    noDatasets: string;
    noReuses: string;
    noAnomaly: string;
    noDiscussion: string;
    noHarvester: string;
    anomalies: Record<string, string>;
    anomalyCount: (count: string) => string;
    andOthers: (count: number) => string;
    qualitySample: (sample: number, total: number) => string;
    onDataset: string;
    by: (name: string, date: string) => string;
    harvestStatus: Record<string, string>;
    neverHarvested: string;
    lastJob: (date: string) => string;
    certification: string;
    certificationLink: string;
  };
  nouns: Record<'datasets' | 'reuses' | 'dataservices' | 'followers' | 'members' | 'views' | 'downloads', { one: string; other: string }>;
  unknownUser: string;
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
    alreadyHandled: string;
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
  requests: {
    listLabel: 'Demandes d’adhésion en attente',
    empty: 'Aucune demande d’adhésion en attente.',
    membersOnly: 'Seuls les membres de l’organisation peuvent voir ses demandes d’adhésion.',
    adminsOnly: 'Sur cette plateforme, seuls les administrateurs de l’organisation peuvent voir les demandes d’adhésion.',
    noComment: 'Pas de message.',
    requestedOn: (date) => `Demande du ${date}`,
    accept: 'Accepter',
    refuse: 'Refuser',
    acceptAs: 'Rôle à l’acceptation',
    accepting: 'Acceptation…',
    accepted: (name, role) => `${name} a rejoint l’organisation (${role}).`,
    acceptedNotPromoted: (name) =>
      `${name} a rejoint l’organisation comme Éditeur, mais le passage en Administrateur a échoué : changez son rôle dans la liste des membres.`,
    refused: (name) => `La demande de ${name} a été refusée.`,
    alreadyHandled: 'Cette demande a déjà été traitée, sans doute par un autre administrateur. La liste est à jour.',
    refuseTitle: (name) => `Refuser la demande de ${name}`,
    refuseReason: 'Motif du refus',
    refuseHint: 'Le demandeur recevra ce motif.',
    reasonRequired: 'Indiquez le motif du refus.',
    refuseSubmit: 'Refuser la demande',
    sending: 'Envoi en cours…',
  },
  members: {
    tableLabel: 'Membres de l’organisation',
    name: 'Nom',
    role: 'Rôle',
    since: 'Membre depuis',
    actions: 'Actions',
    sortBy: (column) => `Trier par ${column.toLowerCase()}`,
    filter: 'Filtrer les membres',
    filterHint: 'Par nom, sans tenir compte des accents ni des majuscules.',
    roleFilter: 'Rôle',
    allRoles: 'Tous les rôles',
    count: (shown, total) => (shown === total ? `${total} membre${total > 1 ? 's' : ''}` : `${shown} membre${shown > 1 ? 's' : ''} sur ${total}`),
    noMatch: 'Aucun membre ne correspond au filtre.',
    empty: 'Cette organisation n’a aucun membre.',
    unknownDate: 'Date inconnue',
    changeRole: (name) => `Rôle de ${name}`,
    remove: 'Retirer de l’organisation',
    removeLabel: (name) => `Retirer ${name} de l’organisation`,
    removeTitle: (name) => `Retirer ${name} de l’organisation ?`,
    removeWarning: 'Cette personne ne pourra plus publier au nom de l’organisation. Son compte utilisateur est conservé, ainsi que ses contributions.',
    removeConfirm: 'Retirer de l’organisation',
    removed: (name) => `${name} a été retiré·e de l’organisation. Son compte est conservé.`,
    roleChanged: (name, role) => `${name} est maintenant ${role}.`,
    saving: 'Enregistrement…',
    lastAdmin: 'Dernier administrateur : ne peut être ni rétrogradé ni retiré. Nommez d’abord un autre administrateur.',
    you: '(vous)',
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
    pageOf: (page, pages) => `Page ${page} sur ${pages}`,
    add: 'Ajouter un membre',
    addTitle: 'Ajouter un membre',
    searchUser: 'Rechercher un utilisateur',
    searchHint: 'Tapez au moins deux lettres du nom, puis choisissez avec les flèches et Entrée.',
    searching: 'Recherche…',
    noUser: 'Aucun utilisateur trouvé.',
    alreadyMember: 'déjà membre',
    orInvite: 'Ou inviter par adresse électronique une personne sans compte',
    email: 'Adresse électronique',
    emailHint: 'Format attendu : nom@domaine.fr',
    emailInvalid: 'Saisissez une adresse électronique valide, au format nom@domaine.fr.',
    userRequired: 'Choisissez un utilisateur dans la liste, ou saisissez une adresse électronique.',
    roleLabel: 'Rôle',
    message: 'Message (facultatif)',
    messageHint: 'Joint à l’invitation.',
    invite: 'Envoyer l’invitation',
    inviting: 'Envoi en cours…',
    invited: (who) => `Invitation envoyée à ${who}. Elle apparaît dans les invitations en attente jusqu’à sa réponse.`,
    added: (name, role) => `${name} a été ajouté·e à l’organisation (${role}).`,
    emailNeedsInvitations: 'Ce serveur udata ne gère pas les invitations par adresse électronique : choisissez un utilisateur existant.',
    invitations: 'Invitations en attente',
    invitedOn: (date) => `Invitation du ${date}`,
    cancelInvitation: 'Annuler l’invitation',
    cancelInvitationLabel: (who) => `Annuler l’invitation de ${who}`,
    invitationCanceled: (who) => `L’invitation de ${who} a été annulée.`,
  },
  deletion: {
    button: 'Supprimer l’organisation',
    title: (org) => `Supprimer l’organisation « ${org} » ?`,
    stayOnline:
      'Ses jeux de données et ses réutilisations ne seront pas supprimés : ils resteront en ligne, aux mêmes adresses, mais anonymes, rattachés à aucun producteur.',
    deleteFirst: 'Pour les supprimer aussi, supprimez-les avant de supprimer l’organisation.',
    counts: (datasets, reuses) => `Cela concerne ${datasets} et ${reuses}.`,
    seeContent: 'Voir les jeux de données et réutilisations de l’organisation',
    confirmLabel: (org) => `Pour confirmer, saisissez le nom exact de l’organisation : ${org}`,
    confirmHint: 'Rien n’est supprimé tant que le nom saisi ne correspond pas exactement.',
    mismatch: 'Le nom saisi ne correspond pas exactement au nom de l’organisation.',
    submit: 'Supprimer définitivement',
    deleting: 'Suppression…',
    deleted: (org) => `L’organisation « ${org} » a été supprimée.`,
  },
  dashboard: {
    label: (org) => `Tableau de bord de l’organisation ${org}`,
    certified: 'Service public certifié',
    badges: { 'public-service': 'Service public', association: 'Association', company: 'Entreprise', 'local-authority': 'Collectivité territoriale', certified: 'Certifiée' },
    website: 'Site de l’organisation',
    description: 'Description',
    noDescription: 'Aucune description.',
    keyFigures: 'Chiffres clés',
    datasets: 'Jeux de données',
    reuses: 'Réutilisations',
    quality: 'Qualité des métadonnées',
    discussions: 'Discussions ouvertes',
    harvesters: 'Moissonneurs',
    members: 'Membres',
    requests: 'Demandes d’adhésion',
    danger: 'Suppression de l’organisation',
    columns: { title: 'Titre', views: 'Vues', downloads: 'Téléchargements', followers: 'Abonnés', reuses: 'Réutilisations', discussions: 'Discussions', lastUpdate: 'Dernière mise à jour', datasets: 'Jeux de données' },
    private: 'Privé',
    noDatasets: 'Aucun jeu de données.',
    noReuses: 'Aucune réutilisation.',
    noAnomaly: 'Aucune anomalie détectée dans les métadonnées des jeux de données.',
    noDiscussion: 'Aucune discussion ouverte.',
    noHarvester: 'Aucun moissonneur.',
    anomalies: {
      license: 'Pas de licence',
      has_open_format: 'Aucun format ouvert',
      all_resources_available: 'Des fichiers ou liens sont indisponibles',
      update_fulfilled_in_time: 'Fréquence de mise à jour non respectée',
      update_frequency: 'Fréquence de mise à jour non renseignée',
      has_resources: 'Aucun fichier ni lien',
      dataset_description_quality: 'Description trop courte',
      resources_documentation: 'Fichiers non décrits',
      temporal_coverage: 'Couverture temporelle non renseignée',
      spatial: 'Couverture géographique non renseignée',
    },
    anomalyCount: (count) => `${count} concerné(s)`,
    andOthers: (count) => `et ${count} autre${count > 1 ? 's' : ''}`,
    qualitySample: (sample, total) => `Analyse des ${sample} jeux de données les plus récemment mis à jour, sur ${total}.`,
    onDataset: 'Jeu de données concerné',
    by: (name, date) => `par ${name}, le ${date}`,
    harvestStatus: { done: 'Terminé', 'done-errors': 'Terminé avec des erreurs', failed: 'Échec', running: 'En cours' },
    neverHarvested: 'Jamais moissonné',
    lastJob: (date) => `dernier moissonnage le ${date}`,
    certification: 'Votre organisation est un service public ? Faites-la certifier pour afficher le badge « Service public certifié ».',
    certificationLink: 'Demander la certification',
  },
  nouns: {
    datasets: { one: 'jeu de données', other: 'jeux de données' },
    reuses: { one: 'réutilisation', other: 'réutilisations' },
    dataservices: { one: 'API', other: 'API' },
    followers: { one: 'abonné', other: 'abonnés' },
    members: { one: 'membre', other: 'membres' },
    views: { one: 'vue', other: 'vues' },
    downloads: { one: 'téléchargement', other: 'téléchargements' },
  },
  unknownUser: 'Utilisateur inconnu',
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
    alreadyHandled: 'Déjà fait, sans doute par un autre administrateur : la liste est à jour.',
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
  requests: {
    listLabel: 'Pending membership requests',
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
    refused: (name) => `The request of ${name} was refused.`,
    alreadyHandled: 'This request was already handled, probably by another administrator. The list is up to date.',
    refuseTitle: (name) => `Refuse the request of ${name}`,
    refuseReason: 'Reason for refusal',
    refuseHint: 'The applicant will receive this reason.',
    reasonRequired: 'Give the reason for refusal.',
    refuseSubmit: 'Refuse the request',
    sending: 'Sending…',
  },
  members: {
    tableLabel: 'Members of the organization',
    name: 'Name',
    role: 'Role',
    since: 'Member since',
    actions: 'Actions',
    sortBy: (column) => `Sort by ${column.toLowerCase()}`,
    filter: 'Filter members',
    filterHint: 'By name, ignoring accents and case.',
    roleFilter: 'Role',
    allRoles: 'All roles',
    count: (shown, total) => (shown === total ? `${total} member${total > 1 ? 's' : ''}` : `${shown} of ${total} members`),
    noMatch: 'No member matches the filter.',
    empty: 'This organization has no member.',
    unknownDate: 'Unknown date',
    changeRole: (name) => `Role of ${name}`,
    remove: 'Remove from the organization',
    removeLabel: (name) => `Remove ${name} from the organization`,
    removeTitle: (name) => `Remove ${name} from the organization?`,
    removeWarning: 'This person will no longer publish on behalf of the organization. Their user account is kept, and so are their contributions.',
    removeConfirm: 'Remove from the organization',
    removed: (name) => `${name} was removed from the organization. Their account is kept.`,
    roleChanged: (name, role) => `${name} is now ${role}.`,
    saving: 'Saving…',
    lastAdmin: 'Last administrator: can be neither demoted nor removed. Appoint another administrator first.',
    you: '(you)',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    add: 'Add a member',
    addTitle: 'Add a member',
    searchUser: 'Search for a user',
    searchHint: 'Type at least two letters of the name, then choose with the arrow keys and Enter.',
    searching: 'Searching…',
    noUser: 'No user found.',
    alreadyMember: 'already a member',
    orInvite: 'Or invite someone without an account by e-mail',
    email: 'E-mail address',
    emailHint: 'Expected format: name@example.org',
    emailInvalid: 'Enter a valid e-mail address, such as name@example.org.',
    userRequired: 'Choose a user from the list, or enter an e-mail address.',
    roleLabel: 'Role',
    message: 'Message (optional)',
    messageHint: 'Sent with the invitation.',
    invite: 'Send the invitation',
    inviting: 'Sending…',
    invited: (who) => `Invitation sent to ${who}. It is listed under pending invitations until they answer.`,
    added: (name, role) => `${name} was added to the organization (${role}).`,
    emailNeedsInvitations: 'This udata server does not support invitations by e-mail: choose an existing user.',
    invitations: 'Pending invitations',
    invitedOn: (date) => `Invited on ${date}`,
    cancelInvitation: 'Cancel the invitation',
    cancelInvitationLabel: (who) => `Cancel the invitation of ${who}`,
    invitationCanceled: (who) => `The invitation of ${who} was canceled.`,
  },
  deletion: {
    button: 'Delete the organization',
    title: (org) => `Delete the organization “${org}”?`,
    stayOnline:
      'Its datasets and reuses will not be deleted: they stay online, at the same addresses, but anonymous, attached to no producer.',
    deleteFirst: 'To delete them too, delete them before deleting the organization.',
    counts: (datasets, reuses) => `This concerns ${datasets} and ${reuses}.`,
    seeContent: 'See the datasets and reuses of the organization',
    confirmLabel: (org) => `To confirm, type the exact name of the organization: ${org}`,
    confirmHint: 'Nothing is deleted until the typed name matches exactly.',
    mismatch: 'The typed name does not match the name of the organization exactly.',
    submit: 'Delete permanently',
    deleting: 'Deleting…',
    deleted: (org) => `The organization “${org}” was deleted.`,
  },
  dashboard: {
    label: (org) => `Dashboard of the organization ${org}`,
    certified: 'Certified public service',
    badges: { 'public-service': 'Public service', association: 'Association', company: 'Company', 'local-authority': 'Local authority', certified: 'Certified' },
    website: 'Website of the organization',
    description: 'Description',
    noDescription: 'No description.',
    keyFigures: 'Key figures',
    datasets: 'Datasets',
    reuses: 'Reuses',
    quality: 'Metadata quality',
    discussions: 'Open discussions',
    harvesters: 'Harvesters',
    members: 'Members',
    requests: 'Membership requests',
    danger: 'Deleting the organization',
    columns: { title: 'Title', views: 'Views', downloads: 'Downloads', followers: 'Followers', reuses: 'Reuses', discussions: 'Discussions', lastUpdate: 'Last update', datasets: 'Datasets' },
    private: 'Private',
    noDatasets: 'No dataset.',
    noReuses: 'No reuse.',
    noAnomaly: 'No anomaly found in the metadata of the datasets.',
    noDiscussion: 'No open discussion.',
    noHarvester: 'No harvester.',
    anomalies: {
      license: 'No license',
      has_open_format: 'No open format',
      all_resources_available: 'Some files or links are unavailable',
      update_fulfilled_in_time: 'Update frequency not met',
      update_frequency: 'Update frequency not given',
      has_resources: 'No file or link',
      dataset_description_quality: 'Description too short',
      resources_documentation: 'Files not described',
      temporal_coverage: 'Temporal coverage not given',
      spatial: 'Spatial coverage not given',
    },
    anomalyCount: (count) => `${count} affected`,
    andOthers: (count) => `and ${count} more`,
    qualitySample: (sample, total) => `Analysis of the ${sample} most recently updated datasets, out of ${total}.`,
    onDataset: 'Dataset',
    by: (name, date) => `by ${name}, on ${date}`,
    harvestStatus: { done: 'Done', 'done-errors': 'Done with errors', failed: 'Failed', running: 'Running' },
    neverHarvested: 'Never harvested',
    lastJob: (date) => `last harvested on ${date}`,
    certification: 'Is your organization a public service? Have it certified to show the “Certified public service” badge.',
    certificationLink: 'Ask for certification',
  },
  nouns: {
    datasets: { one: 'dataset', other: 'datasets' },
    reuses: { one: 'reuse', other: 'reuses' },
    dataservices: { one: 'API', other: 'APIs' },
    followers: { one: 'follower', other: 'followers' },
    members: { one: 'member', other: 'members' },
    views: { one: 'view', other: 'views' },
    downloads: { one: 'download', other: 'downloads' },
  },
  unknownUser: 'Unknown user',
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
    alreadyHandled: 'Already done, probably by another administrator: the list is up to date.',
    alreadyMember: 'You are already a member of this organization.',
    gone: 'This organization has been deleted.',
    server: 'The server ran into an error. Try again later.',
    other: (status) => `Unexpected error (code ${status}).`,
    serverSaid: (message) => `Server message: ${message}`,
  },
};

export const TERMS = { fr, en } as const;
export type Lang = keyof typeof TERMS;
