import { html, nothing } from 'lit';
import type { ApiError } from '../../api/errors.js';
import type { MemberRole, MembershipRequest, OrgInvitation } from '../../api/models.js';
import type { Terms } from '../../i18n/terms.js';
import { describeError, renderServerMessage } from '../../internal/error-message.js';
import { renderBusyButton } from '../../internal/busy-button.js';
import { renderTextArea } from '../../internal/form-dialog.js';
import { ownEntry } from '../../internal/lookup.js';
import type { invitationTerms } from '../join-request-button/invitation.terms.js';
import type { requestsTerms } from '../pending-requests/pending-requests.terms.js';
import type { transfersTerms } from '../org-transfers/org-transfers.terms.js';
import type { Transfer } from '../../api/transfers.js';
import type { NotificationsTerms } from './org-notifications.terms.js';
import type { Lang } from '../../i18n/terms.js';

/** The words the decisions read: the shared ones, the inbox's, and those of the flows they repeat. */
export type DecisionTerms = Terms & {
  notifications: NotificationsTerms;
  requests: (typeof requestsTerms)[Lang];
  invitation: (typeof invitationTerms)[Lang];
  transfers: (typeof transfersTerms)[Lang];
};

interface DecisionView {
  t: DecisionTerms;
  /** The notification's id (ids inside the element). */
  id: string;
  busy: boolean;
  error?: ApiError;
  onCancel: () => void;
}

/** A pending join request, as an admin decides it in the inbox. */
export interface RequestDecisionView extends DecisionView {
  request: MembershipRequest;
  role: MemberRole;
  /** The reason typed so far, while the refusal is open. */
  refusing?: string;
  reasonMissing: boolean;
  onRole: (role: MemberRole) => void;
  onAccept: () => void;
  onOpen: () => void;
  onReason: (value: string) => void;
  onRefuse: (event: SubmitEvent) => void;
}

/** The viewer's invitation, accepted or (once confirmed) declined in the inbox. */
export interface InvitationDecisionView extends DecisionView {
  invitation: OrgInvitation;
  declining: boolean;
  onAccept: () => void;
  onOpen: () => void;
  onDecline: () => void;
}

export function renderRequestDecision(v: RequestDecisionView) {
  const { t, id, busy, error, refusing, request } = v;
  return html`<div part="decision" class="decision">
    <p part="comment" class="comment">${request.comment?.trim() || t.requests.noComment}</p>
    ${
      refusing === undefined
        ? html`<div class="decision-actions">
            <label class="role-choice"
              >${t.requests.acceptAs}
              <select
                part="role"
                .value=${v.role}
                @change=${(e: Event) => v.onRole((e.target as HTMLSelectElement).value as MemberRole)}
              >
                <option value="editor">${t.roles.editor}</option>
                <option value="admin">${t.roles.admin}</option>
              </select></label
            >
            ${renderBusyButton({ part: 'accept', label: t.requests.accept, busyLabel: t.requests.accepting, busy, onClick: v.onAccept })}
            <button part="refuse" class="button secondary small" type="button" @click=${v.onOpen}>${t.requests.refuse}</button>
          </div>`
        : html`<form class="refusal" novalidate @submit=${v.onRefuse}>
            ${renderTextArea({
              id: `reason-${id}`,
              part: 'reason',
              label: t.requests.refuseReason,
              hint: t.requests.refuseHint,
              required: true,
              requiredLabel: t.required,
              value: refusing,
              error: v.reasonMissing ? t.requests.reasonRequired : undefined,
              onInput: v.onReason,
            })}
            <div class="decision-actions">
              ${renderBusyButton({
                part: 'refuse-submit',
                label: t.requests.refuseSubmit,
                busyLabel: t.requests.sending,
                busy,
                variant: 'danger',
                type: 'submit',
              })}
              <button part="cancel" class="button secondary small" type="button" @click=${v.onCancel}>${t.cancel}</button>
            </div>
          </form>`
    }
    ${renderDecisionError(t, error)}
  </div>`;
}

export function renderInvitationDecision(v: InvitationDecisionView) {
  const { t, busy, declining, invitation } = v;
  const role = ownEntry(t.roles, invitation.role) ?? invitation.role;
  return html`<div part="decision" class="decision">
    <p>${t.notifications.invitedAs(role)}</p>
    ${invitation.comment?.trim() ? html`<p part="comment" class="comment">${invitation.comment}</p>` : nothing}
    <div class="decision-actions">
      ${
        declining
          ? html`<span>${t.invitation.declineIntro}</span>
              ${renderBusyButton({
                part: 'decline-submit',
                label: t.invitation.declineSubmit,
                busyLabel: t.invitation.sending,
                busy,
                variant: 'danger',
                onClick: v.onDecline,
              })}
              <button part="cancel" class="button secondary small" type="button" @click=${v.onCancel}>${t.cancel}</button>`
          : html`${renderBusyButton({
                part: 'accept',
                label: t.invitation.acceptInvitation,
                busyLabel: t.invitation.accepting,
                busy,
                onClick: v.onAccept,
              })}
              <button part="decline" class="button secondary small" type="button" @click=${v.onOpen}>
                ${t.invitation.declineInvitation}
              </button>`
      }
    </div>
    ${renderDecisionError(t, v.error)}
  </div>`;
}

export function renderDecisionError(t: Terms, error: ApiError | undefined) {
  if (!error) return nothing;
  return html`<p part="error" class="error" role="alert">${describeError(t, error)}${renderServerMessage(t, error)}</p>`;
}

/** A transfer offered to the viewer or their organization, answered as `<org-transfers>` answers it. */
export interface TransferDecisionView extends DecisionView {
  transfer: Transfer;
  /** The recipient organization's name (what accepting publishes the object under). */
  orgName: string;
  /** The answer being confirmed, if any. */
  answering?: 'accept' | 'refuse';
  comment: string;
  onAnswer: (accept: boolean) => void;
  onComment: (value: string) => void;
  onConfirm: () => void;
}

export function renderTransferDecision(v: TransferDecisionView) {
  const { t, id, busy, transfer, answering } = v;
  const title = transfer.subject?.title || t.transfers.untitled;
  const owner = transfer.owner?.name || [transfer.owner?.first_name, transfer.owner?.last_name].filter(Boolean).join(' ');
  return html`<div part="decision" class="decision">
    <p>${title}</p>
    ${transfer.comment?.trim() ? html`<p part="comment" class="comment">${transfer.comment}</p>` : nothing}
    ${
      answering
        ? html`<form
            class="refusal"
            novalidate
            @submit=${(e: SubmitEvent) => {
              e.preventDefault();
              v.onConfirm();
            }}
          >
            <p>
              ${answering === 'accept' ? t.transfers.acceptIntro(transfer.subject?.class ?? '', v.orgName) : t.transfers.refuseIntro(owner || t.transfers.someone)}
              <strong>${t.transfers.final}</strong>
            </p>
            ${renderTextArea({ id: `reason-${id}`, part: 'reason', label: t.transfers.comment, hint: t.transfers.commentHint, value: v.comment, onInput: v.onComment })}
            <div class="decision-actions">
              ${renderBusyButton({
                part: `${answering}-submit`,
                label: answering === 'accept' ? t.transfers.acceptSubmit : t.transfers.refuseSubmit,
                busyLabel: t.transfers.sending,
                busy,
                variant: answering === 'refuse' ? 'danger' : undefined,
                type: 'submit',
              })}
              <button part="cancel" class="button secondary small" type="button" @click=${v.onCancel}>${t.cancel}</button>
            </div>
          </form>`
        : html`<div class="decision-actions">
            <button part="accept" class="button small" type="button" @click=${() => v.onAnswer(true)}>
              ${t.transfers.accept}
            </button>
            <button part="refuse" class="button secondary small" type="button" @click=${() => v.onAnswer(false)}>
              ${t.transfers.refuse}
            </button>
          </div>`
    }
    ${renderDecisionError(t, v.error)}
  </div>`;
}
