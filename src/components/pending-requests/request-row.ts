import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../../api/errors.js';
import type { MemberRole, MembershipRequest } from '../../api/models.js';
import type { FormatController } from '../../i18n/format.js';
import { describeError, renderServerMessage } from '../../internal/error-message.js';
import { fullName, renderAvatar, userPageUrl } from '../../internal/users.js';
import type { requestsTerms } from './pending-requests.terms.js';

/** An admin's controls on one request. */
export interface RequestRowDecision {
  busy: boolean;
  /** The role the request will be accepted as. */
  role: MemberRole;
  onRole: (role: MemberRole) => void;
  onAccept: () => void;
  onRefuse: (event: Event) => void;
}

export interface RequestRowOptions {
  request: MembershipRequest;
  /**
   * The row's key (`RowKeys`): its ids are made of it, so a row given another request on a
   * page change keeps them, and only the texts that differ are written.
   */
  key: number;
  localize: FormatController<{ requests: typeof requestsTerms }>;
  siteUrl: string;
  /** Present when the viewer decides (admins, sysadmins). */
  decision?: RequestRowDecision;
  /** The last failure on this request. */
  error?: ApiError;
}

/**
 * One pending request: the applicant, when they asked, their comment as plain text, and an
 * admin's controls, each named with the applicant (`aria-labelledby` the row's name).
 */
export function renderRequestRow({ request, key, localize, siteUrl, decision, error }: RequestRowOptions): TemplateResult {
  const t = localize.t;
  const name = fullName(request.user, request.email || t.unknownUser);
  const href = request.user ? userPageUrl(siteUrl, request.user) : undefined;
  const comment = request.comment?.trim();
  const id = `request-${key}`;
  const when = `${t.requests.requestedOn(localize.date(request.created))} (${localize.relative(request.created)})`;
  return html`<li part="request" class="request" data-request-id=${request.id}>
    ${renderAvatar(request.user)}
    <div class="who">
      ${href ? html`<a id=${`${id}-name`} class="name link" href=${href}>${name}</a>` : html`<span id=${`${id}-name`} class="name">${name}</span>`}
      <time
        class="date"
        datetime=${request.created}
        title=${localize.date(request.created, { dateStyle: 'full', timeStyle: 'short' })}
        >${when}</time
      >
    </div>
    <p part="comment" class="comment ${comment ? '' : 'none'}">${comment || t.requests.noComment}</p>
    ${decision ? renderDecision(localize, id, decision) : nothing}
    ${
      error
        ? html`<p part="error" class="row-error error" role="alert">
            ${describeError(t, error)}${renderServerMessage(t, error)}
          </p>`
        : nothing
    }
  </li>`;
}

/** The role select and the two buttons; `id` is the row's, whose `-name` element names the applicant. */
function renderDecision(localize: RequestRowOptions['localize'], id: string, decision: RequestRowDecision) {
  const t = localize.t;
  return html`<div class="decide">
    <label
      ><span id=${`${id}-as`}>${t.requests.acceptAs}</span>
      <select
        part="role"
        aria-labelledby=${`${id}-as ${id}-name`}
        aria-describedby="role-help"
        .value=${decision.role}
        @change=${(e: Event) => decision.onRole((e.target as HTMLSelectElement).value as MemberRole)}
      >
        <option value="editor">${t.roles.editor}</option>
        <option value="admin">${t.roles.admin}</option>
      </select>
    </label>
    <button
      part="accept"
      id=${`${id}-accept`}
      class="button small"
      type="button"
      aria-labelledby=${`${id}-accept ${id}-name`}
      aria-disabled=${decision.busy ? 'true' : 'false'}
      @click=${decision.onAccept}
    >
      ${decision.busy ? html`<span class="spinner" aria-hidden="true"></span>${t.requests.accepting}` : t.requests.accept}
    </button>
    <button
      part="refuse"
      id=${`${id}-refuse`}
      class="button secondary small"
      type="button"
      aria-labelledby=${`${id}-refuse ${id}-name`}
      @click=${decision.onRefuse}
    >
      ${t.requests.refuse}
    </button>
  </div>`;
}
