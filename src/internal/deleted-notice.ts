import { html } from 'lit';
import type { Lang } from '../i18n/localize.js';
import type { FormatController } from '../i18n/format.js';

/** The words of the notice, only in the elements that show it (not in the join button). */
export const deletedNoticeTerms: Record<Lang, { deletedOn: (date: string) => string }> = {
  fr: {
    deletedOn: (date) =>
      `Cette organisation a été supprimée le ${date}. Ses jeux de données et réutilisations restent en ligne, sans producteur ; seuls ses membres la voient encore.`,
  },
  en: {
    deletedOn: (date) =>
      `This organization was deleted on ${date}. Its datasets and reuses stay online, with no producer; only its members still see it.`,
  },
};

/**
 * What members and sysadmins of a deleted organization read: udata still shows it to them
 * (200 with `deleted` set) but answers any further deletion 410.
 */
export function renderDeletedNotice(localize: FormatController<{ deletedNotice: typeof deletedNoticeTerms }>, deleted: string) {
  return html`<p part="deleted-notice" class="notice deleted" role="note">
    ${localize.t.deletedNotice.deletedOn(localize.date(deleted, { dateStyle: 'long' }))}
  </p>`;
}
