import type { Lang } from '../../i18n/terms.js';

/** The words of <org-profile-form>, in each supported language. */
export interface ProfileTerms {
  createTitle: string;
  editTitle: string;
  loginLink: string;
  required: string;
  name: string;
  acronym: string;
  acronymHint: string;
  description: string;
  descriptionHint: string;
  showPreview: string;
  hidePreview: string;
  previewLabel: string;
  previewEmpty: string;
  website: string;
  websiteHint: string;
  siret: string;
  siretHint: string;
  problems: {
    nameRequired: string;
    descriptionRequired: string;
    acronymTooLong: (max: number) => string;
    url: string;
    siretLength: string;
    siretDigits: string;
    siretChecksum: string;
  };
  fixFields: (count: number) => string;
  create: string;
  creating: string;
  save: string;
  saving: string;
  reset: string;
  noChange: string;
  saved: (changed: string) => string;
  fieldNames: Record<'name' | 'acronym' | 'description' | 'url' | 'business_number_id', string>;
  created: (name: string) => string;
  unsaved: string;
  deleted: string;
  duplicatesTitle: string;
  duplicatesIntro: string;
  sameSiret: string;
  joinInstead: (name: string) => string;
  seeOrganization: string;
  searchingDuplicates: string;
  logoTitle: string;
  logoIntro: string;
  chooseLogo: string;
  dropLogo: string;
  logoTypes: (maxMb: string) => string;
  logoType: string;
  logoTooBig: (maxMb: string) => string;
  /** The picture's width, height and pixels, then the most udata takes (numbers formatted). */
  logoTooManyPixels: (width: string, height: string, pixels: string, max: string) => string;
  /** A GIF or WebP image whose PNG is over the limit. */
  logoConvertedTooBig: (maxMb: string) => string;
  logoUnreadable: string;
  /** While a GIF or WebP image is turned into PNG. */
  preparingLogo: string;
  currentLogo: string;
  noLogo: string;
  cropLegend: string;
  zoom: string;
  horizontal: string;
  vertical: string;
  preview: string;
  sendLogo: string;
  /** The progress bar's name and the status while the logo is sent. */
  sendingLogo: string;
  logoSaved: string;
  logoKept: string;
  skipLogo: string;
  finish: string;
  cancelLogo: string;
  goToOrganization: (name: string) => string;
}

export const profileTerms: Record<Lang, ProfileTerms> = {
  fr: {
    createTitle: 'Créer une organisation',
    editTitle: 'Modifier le profil de l’organisation',
    loginLink: 'Se connecter pour créer une organisation',
    required: 'obligatoire',
    name: 'Nom',
    acronym: 'Sigle',
    acronymHint: 'Facultatif, 128 caractères au plus.',
    description: 'Description',
    descriptionHint: 'Ce que fait l’organisation et ce qu’elle publie. Mise en forme Markdown possible.',
    showPreview: 'Afficher l’aperçu',
    hidePreview: 'Masquer l’aperçu',
    previewLabel: 'Aperçu de la description',
    previewEmpty: 'Rien à afficher pour l’instant.',
    website: 'Site web',
    websiteHint: 'Adresse complète, par exemple https://www.exemple.fr',
    siret: 'Numéro SIRET',
    siretHint: 'Facultatif : 14 chiffres, les espaces sont ignorés.',
    problems: {
      nameRequired: 'Indiquez le nom de l’organisation.',
      descriptionRequired: 'Décrivez l’organisation.',
      acronymTooLong: (max) => `Le sigle fait au plus ${max} caractères.`,
      url: 'Indiquez une adresse complète commençant par https:// ou http://.',
      siretLength: 'Un numéro SIRET compte 14 chiffres.',
      siretDigits: 'Un numéro SIRET ne contient que des chiffres.',
      siretChecksum: 'Ce numéro SIRET n’est pas valide : vérifiez-le.',
    },
    fixFields: (count) => (count > 1 ? `${count} champs sont à corriger.` : 'Un champ est à corriger.'),
    create: 'Créer l’organisation',
    creating: 'Création…',
    save: 'Enregistrer les modifications',
    saving: 'Enregistrement…',
    reset: 'Annuler les modifications',
    noChange: 'Aucune modification à enregistrer.',
    saved: (changed) => `Modifications enregistrées : ${changed}.`,
    fieldNames: { name: 'nom', acronym: 'sigle', description: 'description', url: 'site web', business_number_id: 'SIRET' },
    created: (name) => `L’organisation « ${name} » est créée. Vous en êtes l’administrateur.`,
    unsaved: 'Des modifications ne sont pas enregistrées.',
    deleted: 'Cette organisation est supprimée : son profil ne peut plus être modifié.',
    duplicatesTitle: 'Cette organisation existe peut-être déjà',
    duplicatesIntro: 'Si c’est la vôtre, demandez plutôt à la rejoindre.',
    sameSiret: 'même SIRET',
    joinInstead: (name) => `Rejoindre ${name}`,
    seeOrganization: 'Voir sa page',
    searchingDuplicates: 'Recherche d’organisations proches…',
    logoTitle: 'Logo',
    logoIntro: 'Une image carrée, affichée en 100, 60 et 25 pixels.',
    chooseLogo: 'Choisir une image',
    dropLogo: 'ou déposez-la ici',
    logoTypes: (maxMb) => `PNG, JPEG, GIF ou WebP, ${maxMb} Mo au plus.`,
    logoType: 'Ce fichier n’est pas une image PNG, JPEG, GIF ou WebP.',
    logoTooBig: (maxMb) => `Cette image dépasse ${maxMb} Mo : réduisez-la avant de l’envoyer.`,
    logoTooManyPixels: (width, height, pixels, max) =>
      `Cette image fait ${width}\u00a0×\u00a0${height}\u00a0pixels, soit ${pixels}\u00a0pixels\u00a0: le serveur en accepte ${max} au plus. Réduisez-la avant de l’envoyer.`,
    logoConvertedTooBig: (maxMb) =>
      `Convertie en PNG, cette image dépasse ${maxMb}\u00a0Mo\u00a0: réduisez-la, ou choisissez-la en PNG ou en JPEG.`,
    logoUnreadable: 'Cette image ne peut pas être lue : choisissez-en une autre.',
    preparingLogo: 'Préparation de l’image…',
    currentLogo: 'Logo actuel',
    noLogo: 'Pas encore de logo.',
    cropLegend: 'Cadrage',
    zoom: 'Agrandissement',
    horizontal: 'Position horizontale',
    vertical: 'Position verticale',
    preview: 'Aperçu, tel qu’il sera affiché',
    sendLogo: 'Enregistrer ce logo',
    sendingLogo: 'Envoi du logo…',
    logoSaved: 'Le nouveau logo est enregistré.',
    logoKept: 'Le logo précédent est conservé.',
    skipLogo: 'Passer cette étape',
    finish: 'Terminer',
    cancelLogo: 'Choisir une autre image',
    goToOrganization: (name) => `Aller à la page de l’organisation ${name}`,
  },
  en: {
    createTitle: 'Create an organization',
    editTitle: 'Edit the organization’s profile',
    loginLink: 'Log in to create an organization',
    required: 'required',
    name: 'Name',
    acronym: 'Acronym',
    acronymHint: 'Optional, at most 128 characters.',
    description: 'Description',
    descriptionHint: 'What the organization does and publishes. Markdown formatting allowed.',
    showPreview: 'Show the preview',
    hidePreview: 'Hide the preview',
    previewLabel: 'Preview of the description',
    previewEmpty: 'Nothing to show yet.',
    website: 'Website',
    websiteHint: 'Full address, for example https://www.example.org',
    siret: 'SIRET number',
    siretHint: 'Optional: 14 digits, spaces are ignored.',
    problems: {
      nameRequired: 'Give the organization’s name.',
      descriptionRequired: 'Describe the organization.',
      acronymTooLong: (max) => `The acronym has at most ${max} characters.`,
      url: 'Give a full address starting with https:// or http://.',
      siretLength: 'A SIRET number has 14 digits.',
      siretDigits: 'A SIRET number has only digits.',
      siretChecksum: 'This SIRET number is not valid: check it.',
    },
    fixFields: (count) => (count > 1 ? `${count} fields need fixing.` : 'One field needs fixing.'),
    create: 'Create the organization',
    creating: 'Creating…',
    save: 'Save the changes',
    saving: 'Saving…',
    reset: 'Undo the changes',
    noChange: 'No change to save.',
    saved: (changed) => `Changes saved: ${changed}.`,
    fieldNames: { name: 'name', acronym: 'acronym', description: 'description', url: 'website', business_number_id: 'SIRET' },
    created: (name) => `The organization “${name}” is created. You are its administrator.`,
    unsaved: 'Some changes are not saved.',
    deleted: 'This organization is deleted: its profile can no longer be edited.',
    duplicatesTitle: 'This organization may already exist',
    duplicatesIntro: 'If it is yours, ask to join it instead.',
    sameSiret: 'same SIRET',
    joinInstead: (name) => `Join ${name}`,
    seeOrganization: 'See its page',
    searchingDuplicates: 'Looking for similar organizations…',
    logoTitle: 'Logo',
    logoIntro: 'A square image, shown at 100, 60 and 25 pixels.',
    chooseLogo: 'Choose an image',
    dropLogo: 'or drop it here',
    logoTypes: (maxMb) => `PNG, JPEG, GIF or WebP, at most ${maxMb} MB.`,
    logoType: 'This file is not a PNG, JPEG, GIF or WebP image.',
    logoTooBig: (maxMb) => `This image is over ${maxMb} MB: make it smaller before sending it.`,
    logoTooManyPixels: (width, height, pixels, max) =>
      `This image is ${width} × ${height} pixels, ${pixels} pixels in all: the server takes at most ${max}. Make it smaller before sending it.`,
    logoConvertedTooBig: (maxMb) =>
      `Converted to PNG, this image is over ${maxMb} MB: make it smaller, or choose it as PNG or JPEG.`,
    logoUnreadable: 'This image cannot be read: choose another one.',
    preparingLogo: 'Preparing the image…',
    currentLogo: 'Current logo',
    noLogo: 'No logo yet.',
    cropLegend: 'Framing',
    zoom: 'Zoom',
    horizontal: 'Horizontal position',
    vertical: 'Vertical position',
    preview: 'Preview, as it will be shown',
    sendLogo: 'Save this logo',
    sendingLogo: 'Sending the logo…',
    logoSaved: 'The new logo is saved.',
    logoKept: 'The previous logo is kept.',
    skipLogo: 'Skip this step',
    finish: 'Finish',
    cancelLogo: 'Choose another image',
    goToOrganization: (name) => `Go to ${name}’s page`,
  },
};
