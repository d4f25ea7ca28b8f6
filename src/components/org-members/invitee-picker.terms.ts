import type { Lang } from '../../i18n/terms.js';
import type { UserSearchTerms } from '../../internal/user-search.js';

/**
 * The words of the invitation dialog's "who" (`invitee-picker.ts`), in each language. French
 * typography: a non-breaking space (U+00A0) before `:` `;` `?` `!` and inside « ».
 */
/** The words of the search (but "searching…", which the element's terms have). */
export interface InviteeTerms extends Omit<UserSearchTerms, 'searching'> {
  modeLegend: string;
  modeAccount: string;
  modeEmail: string;
  searchUser: string;
  /** When nobody matches and what was typed is an e-mail address. */
  noUserEmail: string;
  chosenLabel: string;
  /** The accessible name of the chosen user's "×". */
  clear: (name: string) => string;
  alreadyMember: string;
  invitationPending: string;
  requestPending: string;
  /** The chosen user cannot be invited (became a member or was invited meanwhile). */
  unavailable: (name: string, reason: string) => string;
  emailLabel: string;
  emailHint: string;
}

export const inviteeTerms: Record<Lang, InviteeTerms> = {
  fr: {
    modeLegend: 'Qui inviter\u00a0?',
    modeAccount: 'Une personne qui a un compte',
    modeEmail: 'Une adresse électronique (personne sans compte)',
    searchUser: 'Rechercher un utilisateur',
    searchHint: 'Tapez au moins deux lettres du nom, puis choisissez avec les flèches et Entrée.',
    noUser: 'Aucun utilisateur trouvé.',
    noUserEmail:
      'Aucun utilisateur trouvé. Pour inviter une adresse électronique, choisissez «\u00a0Une adresse électronique\u00a0» ci-dessus.',
    found: (count) => (count > 1 ? `${count} personnes trouvées.` : '1 personne trouvée.'),
    chosenLabel: 'Personne à inviter',
    clear: (name) => `Retirer ${name}`,
    alreadyMember: 'déjà membre',
    invitationPending: 'invitation en attente',
    requestPending: 'demande d’adhésion en attente',
    unavailable: (name, reason) => `Impossible d’inviter ${name}\u00a0: ${reason}. Choisissez une autre personne.`,
    emailLabel: 'Adresse électronique',
    emailHint:
      'Format attendu\u00a0: nom@domaine.fr. La personne reçoit l’invitation par courriel\u00a0; si l’adresse est celle d’un compte, l’invitation va à ce compte.',
  },
  en: {
    modeLegend: 'Who do you want to invite?',
    modeAccount: 'Someone with an account',
    modeEmail: 'An e-mail address (someone without an account)',
    searchUser: 'Search for a user',
    searchHint: 'Type at least two letters of the name, then choose with the arrow keys and Enter.',
    noUser: 'No user found.',
    noUserEmail: 'No user found. To invite an e-mail address, choose “An e-mail address” above.',
    found: (count) => (count > 1 ? `${count} people found.` : '1 person found.'),
    chosenLabel: 'Person to invite',
    clear: (name) => `Remove ${name}`,
    alreadyMember: 'already a member',
    invitationPending: 'invitation pending',
    requestPending: 'join request pending',
    unavailable: (name, reason) => `${name} cannot be invited: ${reason}. Choose someone else.`,
    emailLabel: 'E-mail address',
    emailHint:
      'Expected format: name@example.org. They receive the invitation by e-mail; if the address belongs to an account, that account is invited.',
  },
};
