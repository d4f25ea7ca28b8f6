import type { Lang } from '../../i18n/terms.js';
import { deName } from '../../i18n/french.js';
import { ownEntry } from '../../internal/lookup.js';

/** The words of a role change and of leaving the organization (`role-change.ts`, `member-actions.ts`). */
export interface RoleChangeTerms {
  /** Under a select whose new role is not sent yet. */
  pendingHint: string;
  apply: string;
  /** Read after "Apply" by assistive technologies: who gets which role. */
  applyFor: (name: string, role: string) => string;
  cancel: string;
  /** Read after "Cancel" by assistive technologies. */
  cancelFor: (name: string) => string;
  changed: (name: string, role: string) => string;
  changedToPartial: (name: string) => string;
  /** The viewer changed her own role. */
  changedSelf: (role: string) => string;
  title: (name: string, role: string) => string;
  confirm: string;
  /** A partial editor leaving that role loses what was assigned to them (the content stays). */
  leavingPartial: (assigned: number | null) => string;
  promoteTitle: (name: string) => string;
  promoteWarning: (name: string) => string;
  promoteConfirm: string;
  /** An editor or an admin made partial editor may edit nothing until things are assigned. */
  toPartial: (wasAdmin: boolean) => string;
  selfTitle: (role: string) => string;
  /** What an admin who is no longer one can no longer do. */
  selfLosesRights: string;
  selfToPartial: string;
  selfConfirm: string;
  leaveTitle: string;
  leaveWarning: (losesRights: boolean) => string;
  leave: string;
  left: string;
}

/** Roles mid-sentence, lower-case ("éditeur"); a role the server made up is given as it is. */
const FR_ROLES: Record<string, string> = { admin: 'administrateur', editor: 'éditeur', partial_editor: 'éditeur partiel' };
const EN_ROLES: Record<string, string> = { admin: 'administrator', editor: 'editor', partial_editor: 'partial editor' };
const frRole = (role: string) => ownEntry(FR_ROLES, role) ?? role;
const enRole = (role: string) => ownEntry(EN_ROLES, role) ?? role;
const enWithArticle = (role: string) => {
  const name = enRole(role);
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
};

const FR_LOSES = 'Vous ne pourrez plus ajouter, inviter ni retirer de membres, changer leurs rôles, ni supprimer l’organisation.';
const EN_LOSES = 'You will no longer be able to add, invite or remove members, change their roles, or delete the organization.';

export const roleChangeTerms: Record<Lang, RoleChangeTerms> = {
  fr: {
    pendingHint: 'Pas encore enregistré\u00a0: «\u00a0Appliquer\u00a0» ou «\u00a0Annuler\u00a0» (Échap).',
    apply: 'Appliquer',
    applyFor: (name, role) => ` le rôle ${frRole(role)} à ${name}`,
    cancel: 'Annuler',
    cancelFor: (name) => ` le changement de rôle ${deName(name)}`,
    changed: (name, role) => `${name} est maintenant ${frRole(role)}.`,
    changedToPartial: (name) =>
      `${name} est maintenant éditeur partiel et ne peut encore rien modifier\u00a0: choisissez ses contenus avec «\u00a0Modifier\u00a0».`,
    changedSelf: (role) => `Vous êtes maintenant ${frRole(role)}.`,
    title: (name, role) => `Changer le rôle ${deName(name)} en ${frRole(role)}\u00a0?`,
    confirm: 'Changer le rôle',
    leavingPartial: (assigned) =>
      `Ses attributions${assigned === null ? '' : ` (${assigned} aujourd’hui)`} sont alors retirées\u00a0: les contenus eux-mêmes restent en place, inchangés. Si cette personne redevient éditeur partiel, il faudra les lui attribuer à nouveau.`,
    promoteTitle: (name) => `Nommer ${name} administrateur\u00a0?`,
    promoteWarning: (name) =>
      `${name} pourra ajouter, inviter et retirer des membres, changer leurs rôles (le vôtre compris), modifier le profil de l’organisation et la supprimer.`,
    promoteConfirm: 'Nommer administrateur',
    toPartial: (wasAdmin) =>
      `Cette personne ne pourra plus modifier que les contenus qui lui seront attribués, et aucun ne l’est encore\u00a0: elle ne pourra rien modifier tant que vous ne les aurez pas choisis avec «\u00a0Modifier\u00a0».${
        wasAdmin ? ' Elle ne pourra plus non plus gérer les membres ni l’organisation.' : ''
      }`,
    selfTitle: (role) => `Changer votre rôle en ${frRole(role)}\u00a0?`,
    selfLosesRights: `${FR_LOSES} Seul un autre administrateur pourra vous rendre ce rôle.`,
    selfToPartial: 'Vous ne pourrez modifier que les contenus qu’un administrateur vous attribuera\u00a0: aucun pour l’instant.',
    selfConfirm: 'Changer mon rôle',
    leaveTitle: 'Quitter l’organisation\u00a0?',
    leaveWarning: (losesRights) =>
      `Vous ne ferez plus partie de l’organisation et ne pourrez plus publier en son nom.${
        losesRights ? ` ${FR_LOSES}` : ''
      } Votre compte utilisateur est conservé, ainsi que vos contributions.`,
    leave: 'Quitter l’organisation',
    left: 'Vous avez quitté l’organisation. Votre compte est conservé.',
  },
  en: {
    pendingHint: 'Not saved yet: “Apply” or “Cancel” (Escape).',
    apply: 'Apply',
    applyFor: (name, role) => `: ${name} as ${enRole(role)}`,
    cancel: 'Cancel',
    cancelFor: (name) => ` the role change of ${name}`,
    changed: (name, role) => `${name} is now ${enWithArticle(role)}.`,
    changedToPartial: (name) =>
      `${name} is now a partial editor and may edit nothing yet: choose what they may edit with “Change”.`,
    changedSelf: (role) => `You are now ${enWithArticle(role)}.`,
    title: (name, role) => `Change the role of ${name} to ${enRole(role)}?`,
    confirm: 'Change the role',
    leavingPartial: (assigned) =>
      `Their assignments${assigned === null ? '' : ` (${assigned} today)`} are then removed: the content itself stays as it is. Should they become a partial editor again, it must be assigned to them again.`,
    promoteTitle: (name) => `Make ${name} an administrator?`,
    promoteWarning: (name) =>
      `${name} will be able to add, invite and remove members, change their roles (yours included), edit the organization’s profile and delete it.`,
    promoteConfirm: 'Make administrator',
    toPartial: (wasAdmin) =>
      `This person will only be able to edit what is assigned to them, and nothing is yet: they can edit nothing until you choose what with “Change”.${
        wasAdmin ? ' They will no longer manage the members or the organization either.' : ''
      }`,
    selfTitle: (role) => `Change your role to ${enRole(role)}?`,
    selfLosesRights: `${EN_LOSES} Only another administrator can give this role back to you.`,
    selfToPartial: 'You will only be able to edit what an administrator assigns to you: nothing for now.',
    selfConfirm: 'Change my role',
    leaveTitle: 'Leave the organization?',
    leaveWarning: (losesRights) =>
      `You will no longer be part of the organization nor publish on its behalf.${
        losesRights ? ` ${EN_LOSES}` : ''
      } Your user account is kept, and so are your contributions.`,
    leave: 'Leave the organization',
    left: 'You left the organization. Your account is kept.',
  },
};
