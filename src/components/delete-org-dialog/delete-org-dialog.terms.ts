import type { Lang } from '../../i18n/terms.js';

/** The words of <delete-org-dialog>, in each supported language. */
export interface DeletionTerms {
  button: string;
  title: (org: string) => string;
  stayOnline: string;
  deleteFirst: string;
  counts: (datasets: string, reuses: string) => string;
  seeContent: string;
  /** Before the text to type, which follows it in the label. */
  confirmLabel: { acronym: string; name: string };
  confirmHint: string;
  /** When the acronym is asked. */
  nameAccepted: string;
  /** The typed text does not match; `detail` says how. */
  mismatch: (detail: string) => string;
  typeToConfirm: (target: string) => string;
  /** Where a difference is. */
  at: { start: string; end: string; inside: (position: number) => string };
  missing: (part: string, at: string) => string;
  extra: (part: string, at: string) => string;
  replaced: (expected: string, typed: string, at: string) => string;
  /** A difference that is only white space. */
  aSpace: string;
  /** Before the expected text, its differing part marked. */
  expectedLine: string;
  submit: string;
  deleting: string;
  deleted: (org: string) => string;
}

const NB = '\u00a0';
const fr = (part: string) => `«${NB}${part}${NB}»`;
const en = (part: string) => `“${part}”`;

export const deletionTerms: Record<Lang, DeletionTerms> = {
  fr: {
    button: 'Supprimer l’organisation',
    title: (org) => `Supprimer l’organisation ${fr(org)}${NB}?`,
    stayOnline: `Ses jeux de données et ses réutilisations ne seront pas supprimés${NB}: ils resteront en ligne, aux mêmes adresses, mais anonymes, rattachés à aucun producteur.`,
    deleteFirst: 'Pour les supprimer aussi, supprimez-les avant de supprimer l’organisation.',
    counts: (datasets, reuses) => `Cela concerne ${datasets} et ${reuses}.`,
    seeContent: 'Voir les jeux de données et réutilisations de l’organisation',
    confirmLabel: {
      acronym: `Pour confirmer, saisissez le sigle de l’organisation${NB}:`,
      name: `Pour confirmer, saisissez le nom de l’organisation${NB}:`,
    },
    confirmHint:
      'Rien n’est supprimé tant que le texte saisi ne correspond pas. Les majuscules, les espaces et la forme des apostrophes ou des guillemets ne comptent pas.',
    nameAccepted: 'Son nom complet est accepté aussi.',
    mismatch: (detail) => `Le texte saisi ne correspond pas${NB}: ${detail}`,
    typeToConfirm: (target) => `Saisissez ${fr(target)} pour confirmer.`,
    at: { start: 'au début', end: 'à la fin', inside: (position) => `au caractère ${position}` },
    missing: (part, at) => `il manque ${part} ${at}.`,
    extra: (part, at) => `${part} est en trop ${at}.`,
    replaced: (expected, typed, at) => `${at}, il faut ${expected} au lieu de ${typed}.`,
    aSpace: 'une espace',
    expectedLine: `Attendu${NB}:`,
    submit: 'Supprimer définitivement',
    deleting: 'Suppression…',
    deleted: (org) => `L’organisation ${fr(org)} a été supprimée.`,
  },
  en: {
    button: 'Delete the organization',
    title: (org) => `Delete the organization ${en(org)}?`,
    stayOnline:
      'Its datasets and reuses will not be deleted: they stay online, at the same addresses, but anonymous, attached to no producer.',
    deleteFirst: 'To delete them too, delete them before deleting the organization.',
    counts: (datasets, reuses) => `This concerns ${datasets} and ${reuses}.`,
    seeContent: 'See the datasets and reuses of the organization',
    confirmLabel: {
      acronym: 'To confirm, type the acronym of the organization:',
      name: 'To confirm, type the name of the organization:',
    },
    confirmHint:
      'Nothing is deleted until the typed text matches. Capitals, spaces and the shape of apostrophes or quotes do not matter.',
    nameAccepted: 'Its full name is accepted too.',
    mismatch: (detail) => `The typed text does not match: ${detail}`,
    typeToConfirm: (target) => `Type ${en(target)} to confirm.`,
    at: { start: 'at the start', end: 'at the end', inside: (position) => `at character ${position}` },
    missing: (part, at) => `${part} is missing ${at}.`,
    extra: (part, at) => `${part} is extra ${at}.`,
    replaced: (expected, typed, at) => `${at}, ${expected} is expected instead of ${typed}.`,
    aSpace: 'a space',
    expectedLine: 'Expected:',
    submit: 'Delete permanently',
    deleting: 'Deleting…',
    deleted: (org) => `The organization ${en(org)} was deleted.`,
  },
};

/** A typed or expected part, quoted the language’s way (or named, when it is only white space). */
export function quotePart(lang: Lang, t: DeletionTerms, part: string): string {
  // White space at its edges is shown by the marked texts; in a sentence it would look like a typo.
  const trimmed = part.trim();
  if (!trimmed) return t.aSpace;
  const chars = [...trimmed];
  const shown = chars.length > 40 ? `${chars.slice(0, 18).join('')}…${chars.slice(-18).join('')}` : trimmed;
  return lang === 'fr' ? fr(shown) : en(shown);
}
