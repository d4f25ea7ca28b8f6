import { html, nothing } from 'lit';
import type { Transfer, TransferParty } from '../../api/transfers.js';
import type { FormatController } from '../../i18n/format.js';
import { ownEntry } from '../../internal/lookup.js';
import { fullName } from '../../internal/users.js';
import type { TransfersTerms, transfersTerms } from './org-transfers.terms.js';

const PAGES: Record<string, string> = { Dataset: 'datasets', Reuse: 'reuses', Dataservice: 'dataservices' };

/** The moved object's title (a dataset's reference may have none: its id then). */
export const subjectTitle = (transfer: Transfer, t: TransfersTerms) => transfer.subject?.title || t.untitled;

/** A user's or an organization's name. */
export const partyName = (party: TransferParty | Transfer['user'] | null | undefined, t: TransfersTerms) =>
  (party && 'name' in party && party.name) || fullName(party, t.someone);

/** The object's page on the site (built from `site-url`, never from the API's links). */
export function subjectUrl(transfer: Transfer, siteUrl: string): string | undefined {
  const subject = transfer.subject;
  const kind = subject && ownEntry(PAGES, subject.class);
  return siteUrl && subject && kind ? `${siteUrl}/${kind}/${encodeURIComponent(subject.slug || subject.id)}/` : undefined;
}

export interface TransferRowOptions {
  transfer: Transfer;
  localize: FormatController<{ transfers: typeof transfersTerms }>;
  siteUrl: string;
  /** An admin's answer; nothing for the others (read-only). */
  onAnswer?: (accept: boolean, opener: HTMLElement) => void;
}

/** One transfer: what (kind, title, link), from whom, when, the message, and an admin's two buttons. */
export function renderTransferRow(o: TransferRowOptions) {
  const { transfer, localize } = o;
  const t = localize.t.transfers;
  const href = subjectUrl(transfer, o.siteUrl);
  const title = subjectTitle(transfer, t);
  const kind = ownEntry(t.kinds, transfer.subject?.class) ?? t.kinds.other;
  return html`<li part="transfer" data-transfer-id=${transfer.id}>
    <p class="subject" id="transfer-${transfer.id}-subject">
      <span class="kind">${kind}</span>
      ${href ? html`<a part="subject-link" class="link" href=${href}>${title}</a>` : html`<strong>${title}</strong>`}
    </p>
    <p class="meta">
      ${t.offeredBy(partyName(transfer.owner ?? transfer.user, t))}
      <time datetime=${transfer.created}>${t.askedOn(localize.date(transfer.created))}</time>
    </p>
    ${
      transfer.comment?.trim()
        ? html`<p class="message">
            <span class="hint">${t.message}</span> <span part="comment" class="comment">${transfer.comment}</span>
          </p>`
        : nothing
    }
    ${
      o.onAnswer
        ? html`<div class="actions-row">
            ${([true, false] as const).map(
              (accept) =>
                html`<button
                  part=${accept ? 'accept' : 'refuse'}
                  class="button small ${accept ? '' : 'secondary'}"
                  type="button"
                  aria-describedby="transfer-${transfer.id}-subject"
                  @click=${(e: Event) => o.onAnswer!(accept, e.currentTarget as HTMLElement)}
                >
                  ${accept ? t.accept : t.refuse}
                </button>`,
            )}
          </div>`
        : nothing
    }
  </li>`;
}
