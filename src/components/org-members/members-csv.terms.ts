import type { Lang } from '../../i18n/terms.js';

/** The words of the members' CSV download (in <org-members>), in each supported language. */
export interface MembersCsvTerms {
  /**
   * Between cells: a spreadsheet in French (Excel first) splits CSV on `;`, the comma being the
   * decimal separator there; a comma-separated file opens in one column.
   */
  separator: ',' | ';';
  /** Beside the download button, for viewers who get the e-mail column: udata masks the addresses. */
  maskedEmails: string;
}

export const membersCsvTerms: Record<Lang, MembersCsvTerms> = {
  fr: {
    separator: ';',
    maskedEmails:
      'Les adresses électroniques sont partiellement masquées par la plateforme, dans la liste comme dans le fichier.',
  },
  en: {
    separator: ',',
    maskedEmails: 'E-mail addresses are partly masked by the platform, in the list as in the file.',
  },
};
