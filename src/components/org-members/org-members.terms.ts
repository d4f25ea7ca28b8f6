import { deName, possessive } from '../../i18n/french.js';
import type { Lang } from '../../i18n/terms.js';

/** "the invitation to Inès Garnier" (the visible "Cancel the invitation" begins the button's name). */
const invitationTo = (who: string) => `the invitation to ${who}`;

/** The words of <org-members>, in each supported language. */
export interface MembersTerms {
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
  saving: string;
  lastAdmin: string;
  you: string;
  add: string;
  addTitle: string;
  searching: string;
  email: string;
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
  lastLogin: string;
  assignmentsLegend: string;
  assignmentsHint: string;
  assignableKind: string;
  assignableKinds: Record<'Dataset' | 'Reuse' | 'Dataservice', string>;
  assignableSearch: string;
  assignableFound: (count: number) => string;
  assignableMore: string;
  assignedCount: (count: number) => string;
  unassign: (title: string) => string;
  unassignShort: string;
  nothingAssigned: string;
  editAssignments: string;
  editAssignmentsLabel: (who: string) => string;
  assignmentsTitle: (who: string) => string;
  saveAssignments: string;
  assignmentsSaved: (who: string, count: number) => string;
  neverSeen: string;
  downloadCsv: string;
  csvName: string;
  sentOn: (date: string, ago: string) => string;
  stale: (days: number) => string;
  resendInvitation: string;
  resendInvitationLabel: (who: string) => string;
  cancelTitle: (who: string) => string;
  cancelIntro: string;
  resendTitle: (who: string) => string;
  resendIntro: string;
  keepInvitation: string;
  invitationResent: (who: string) => string;
  resendHalfDone: (who: string, reason: string) => string;
  cancelInvitation: string;
  cancelInvitationLabel: (who: string) => string;
  invitationCanceled: (who: string) => string;
  /** The server's refusals of an invitation, in our words (unknown ones are shown as the server says them). */
  refusals: {
    alreadyMember: string;
    alreadyPendingUser: string;
    alreadyPendingEmail: string;
    unknownUser: string;
    bothGiven: string;
    invalidRole: string;
    assignmentsOnlyPartial: string;
  };
  /** Heads the form's error when udata refused a field, e.g. "The invitation was not sent". */
  notInvited: string;
}

export const membersTerms: Record<Lang, MembersTerms> = {
  fr: {
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
    count: (shown, total) =>
      shown === total ? `${total} membre${total > 1 ? 's' : ''}` : `${shown} membre${shown > 1 ? 's' : ''} sur ${total}`,
    noMatch: 'Aucun membre ne correspond au filtre.',
    empty: 'Cette organisation n’a aucun membre.',
    unknownDate: 'Date inconnue',
    changeRole: (name) => `Rôle ${deName(name)}`,
    remove: 'Retirer de l’organisation',
    removeLabel: (name) => `Retirer ${name} de l’organisation`,
    removeTitle: (name) => `Retirer ${name} de l’organisation\u00a0?`,
    removeWarning:
      'Cette personne ne pourra plus publier au nom de l’organisation. Son compte utilisateur est conservé, ainsi que ses contributions.',
    removeConfirm: 'Retirer de l’organisation',
    removed: (name) => `${name} ne fait plus partie de l’organisation. Son compte est conservé.`,
    saving: 'Enregistrement…',
    lastAdmin: 'Dernier administrateur\u00a0: ne peut être ni rétrogradé ni retiré. Nommez d’abord un autre administrateur.',
    you: '(vous)',
    add: 'Ajouter un membre',
    addTitle: 'Ajouter un membre',
    searching: 'Recherche…',
    email: 'Adresse électronique',
    emailInvalid: 'Saisissez une adresse électronique valide, au format nom@domaine.fr.',
    userRequired: 'Choisissez un utilisateur dans la liste des résultats.',
    roleLabel: 'Rôle',
    message: 'Message (facultatif)',
    messageHint: 'Joint à l’invitation.',
    invite: 'Envoyer l’invitation',
    inviting: 'Envoi en cours…',
    invited: (who) => `Invitation envoyée à ${who}. Elle apparaît dans les invitations en attente jusqu’à sa réponse.`,
    added: (name, role) => `${name} fait désormais partie de l’organisation (${role.toLowerCase()}).`,
    emailNeedsInvitations:
      'Ce serveur ne gère pas les invitations par adresse électronique\u00a0: choisissez «\u00a0Une personne qui a un compte\u00a0» et cherchez-la.',
    invitations: 'Invitations en attente',
    lastLogin: 'Dernière connexion',
    assignmentsLegend: 'Contenus qu’il ou elle pourra modifier',
    assignmentsHint: 'Un éditeur partiel ne modifie que les contenus qui lui sont attribués.',
    assignableKind: 'Type de contenu',
    assignableKinds: { Dataset: 'Jeux de données', Reuse: 'Réutilisations', Dataservice: 'API' },
    assignableSearch: 'Rechercher dans les contenus de l’organisation',
    assignableFound: (count) => (count ? `${count} résultat${count > 1 ? 's' : ''}` : 'Aucun résultat.'),
    assignableMore: 'Afficher plus de résultats',
    assignedCount: (count) => `${count} contenu${count > 1 ? 's' : ''} attribué${count > 1 ? 's' : ''}`,
    unassign: (title) => `Retirer «\u00a0${title}\u00a0»`,
    unassignShort: 'Retirer',
    nothingAssigned: 'Aucun contenu attribué\u00a0: cette personne ne pourra rien modifier.',
    editAssignments: 'Modifier',
    editAssignmentsLabel: (who) => `Modifier les contenus attribués à ${who}`,
    assignmentsTitle: (who) => `Contenus attribués à ${who}`,
    saveAssignments: 'Enregistrer',
    assignmentsSaved: (who, count) => `${who} peut désormais modifier ${count} contenu${count > 1 ? 's' : ''}.`,
    neverSeen: 'Inconnue',
    downloadCsv: 'Télécharger la liste (CSV)',
    csvName: 'membres',
    sentOn: (date, ago) => `Envoyée le ${date} (${ago})`,
    stale: (days) => `Sans réponse depuis plus de ${days} jours`,
    resendInvitation: 'Renvoyer',
    resendInvitationLabel: (who) => `Renvoyer l’invitation ${deName(who)}`,
    cancelTitle: (who) => `Annuler l’invitation ${deName(who)}\u00a0?`,
    cancelIntro: 'Le lien reçu par courriel ne fonctionnera plus. Vous pourrez inviter cette personne à nouveau.',
    resendTitle: (who) => `Renvoyer l’invitation ${deName(who)}\u00a0?`,
    resendIntro:
      'L’invitation actuelle est annulée et la même est envoyée à nouveau\u00a0: la personne reçoit un nouveau courriel.',
    keepInvitation: 'Ne rien changer',
    invitationResent: (who) => `L’invitation ${deName(who)} a été renvoyée.`,
    resendHalfDone: (who, reason) =>
      `L’invitation ${deName(who)} a été annulée mais n’a pas pu être renvoyée\u00a0: ${reason} Invitez cette personne à nouveau.`,
    cancelInvitation: 'Annuler l’invitation',
    cancelInvitationLabel: (who) => `Annuler l’invitation ${deName(who)}`,
    invitationCanceled: (who) => `L’invitation ${deName(who)} a été annulée.`,
    refusals: {
      alreadyMember: 'Cette personne est déjà membre de l’organisation.',
      alreadyPendingUser: 'Une demande d’adhésion ou une invitation est déjà en attente pour cette personne.',
      alreadyPendingEmail: 'Une invitation est déjà en attente pour cette adresse électronique.',
      unknownUser: 'Cet utilisateur n’existe pas ou plus\u00a0: choisissez-en un autre dans la liste.',
      bothGiven: 'Invitez un utilisateur ou une adresse électronique, pas les deux.',
      invalidRole: 'Ce serveur ne connaît pas ce rôle\u00a0: choisissez-en un autre.',
      assignmentsOnlyPartial: 'Seul un éditeur partiel peut recevoir des contenus attribués.',
    },
    notInvited: 'L’invitation n’a pas été envoyée\u00a0:',
  },
  en: {
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
    changeRole: (name) => `${possessive(name)} role`,
    remove: 'Remove from the organization',
    removeLabel: (name) => `Remove ${name} from the organization`,
    removeTitle: (name) => `Remove ${name} from the organization?`,
    removeWarning:
      'This person will no longer publish on behalf of the organization. Their user account is kept, and so are their contributions.',
    removeConfirm: 'Remove from the organization',
    removed: (name) => `${name} was removed from the organization. Their account is kept.`,
    saving: 'Saving…',
    lastAdmin: 'Last administrator: can be neither demoted nor removed. Appoint another administrator first.',
    you: '(you)',
    add: 'Add a member',
    addTitle: 'Add a member',
    searching: 'Searching…',
    email: 'E-mail address',
    emailInvalid: 'Enter a valid e-mail address, such as name@example.org.',
    userRequired: 'Choose a user from the list of results.',
    roleLabel: 'Role',
    message: 'Message (optional)',
    messageHint: 'Sent with the invitation.',
    invite: 'Send the invitation',
    inviting: 'Sending…',
    invited: (who) => `Invitation sent to ${who}. It is listed under pending invitations until they answer.`,
    added: (name, role) => `${name} was added to the organization (${role}).`,
    emailNeedsInvitations: 'This server does not support invitations by e-mail: choose “Someone with an account” and find them.',
    invitations: 'Pending invitations',
    lastLogin: 'Last login',
    assignmentsLegend: 'What they will be able to edit',
    assignmentsHint: 'A partial editor edits only the content assigned to them.',
    assignableKind: 'Kind of content',
    assignableKinds: { Dataset: 'Datasets', Reuse: 'Reuses', Dataservice: 'APIs' },
    assignableSearch: 'Search the organization’s content',
    assignableFound: (count) => (count ? `${count} result${count > 1 ? 's' : ''}` : 'No result.'),
    assignableMore: 'Show more results',
    assignedCount: (count) => `${count} item${count > 1 ? 's' : ''} assigned`,
    unassign: (title) => `Remove “${title}”`,
    unassignShort: 'Remove',
    nothingAssigned: 'Nothing assigned: this person will be able to edit nothing.',
    editAssignments: 'Change',
    editAssignmentsLabel: (who) => `Change what ${who} may edit`,
    assignmentsTitle: (who) => `What ${who} may edit`,
    saveAssignments: 'Save',
    assignmentsSaved: (who, count) => `${who} may now edit ${count} item${count > 1 ? 's' : ''}.`,
    neverSeen: 'Unknown',
    downloadCsv: 'Download the list (CSV)',
    csvName: 'members',
    sentOn: (date, ago) => `Sent on ${date} (${ago})`,
    stale: (days) => `No answer for over ${days} days`,
    resendInvitation: 'Resend',
    resendInvitationLabel: (who) => `Resend ${invitationTo(who)}`,
    cancelTitle: (who) => `Cancel ${invitationTo(who)}?`,
    cancelIntro: 'The link they received by e-mail will stop working. You may invite them again.',
    resendTitle: (who) => `Resend ${invitationTo(who)}?`,
    resendIntro: 'The current invitation is canceled and the same one sent again: they receive a new e-mail.',
    keepInvitation: 'Keep it as it is',
    invitationResent: (who) => `The invitation to ${who} was sent again.`,
    resendHalfDone: (who, reason) =>
      `The invitation to ${who} was canceled but could not be sent again: ${reason} Invite them again.`,
    cancelInvitation: 'Cancel the invitation',
    cancelInvitationLabel: (who) => `Cancel ${invitationTo(who)}`,
    invitationCanceled: (who) => `The invitation to ${who} was canceled.`,
    refusals: {
      alreadyMember: 'This person is already a member of the organization.',
      alreadyPendingUser: 'A membership request or an invitation is already pending for this person.',
      alreadyPendingEmail: 'An invitation is already pending for this e-mail address.',
      unknownUser: 'This user does not exist (any more): choose another one from the list.',
      bothGiven: 'Invite a user or an e-mail address, not both.',
      invalidRole: 'This server does not know that role: choose another one.',
      assignmentsOnlyPartial: 'Only a partial editor can be assigned content.',
    },
    notInvited: 'The invitation was not sent:',
  },
};
