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
  localize: FormatController<{ requests: typeof requestsTerms }>;
  siteUrl: string;
  /** Present when the viewer decides (admins, sysadmins). */
  decision?: RequestRowDecision;
  /** The last failure on this request. */
  error?: ApiError;
}

/** One pending request: the applicant, when they asked, their comment as plain text, and an admin's controls. */
export function renderRequestRow({ request, localize, siteUrl, decision, error }: RequestRowOptions): TemplateResult {
  const t = localize.t;
  const name = fullName(request.user, request.email || t.unknownUser);
  const href = request.user ? userPageUrl(siteUrl, request.user) : undefined;
  const comment = request.comment?.trim();
  return html`<li part="request" class="request" data-request-id=${request.id}>
    ${renderAvatar(request.user)}
    <div class="who">
      ${href ? html`<a class="name link" href=${href}>${name}</a>` : html`<span class="name">${name}</span>`}
      <time
        class="date"
        datetime=${request.created}
        title=${localize.date(request.created, { dateStyle: 'full', timeStyle: 'short' })}
      >
        ${t.requests.requestedOn(localize.date(request.created))} (${localize.relative(request.created)})
      </time>
    </div>
    <p part="comment" class="comment ${comment ? '' : 'none'}">${comment || t.requests.noComment}</p>
    ${decision ? renderDecision(localize, name, decision) : nothing}
    ${
      error
        ? html`<p part="error" class="row-error error" role="alert">
            ${describeError(t, error)}${renderServerMessage(t, error)}
          </p>`
        : nothing
    }
  </li>`;
}

function renderDecision(localize: RequestRowOptions['localize'], name: string, decision: RequestRowDecision) {
  const t = localize.t;
  return html`<div class="decide">
    <label
      >${t.requests.acceptAs}<span class="visually-hidden"> (${name})</span>
      <select
        part="role"
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
      class="button small"
      type="button"
      aria-disabled=${decision.busy ? 'true' : 'false'}
      @click=${decision.onAccept}
    >
      ${decision.busy ? html`<span class="spinner" aria-hidden="true"></span>${t.requests.accepting}` : t.requests.accept}
      <span class="visually-hidden">${name}</span>
    </button>
    <button part="refuse" class="button secondary small" type="button" @click=${decision.onRefuse}>
      ${t.requests.refuse}<span class="visually-hidden">${name}</span>
    </button>
  </div>`;
}
