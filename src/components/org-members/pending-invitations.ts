import { html, nothing, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import type { MemberInvitation } from '../../api/members.js';
import { isAbort, toApiError, type ApiError } from '../../api/errors.js';
import type { MembershipRequest } from '../../api/models.js';
import type { FormatController } from '../../i18n/format.js';
import { describeError } from '../../internal/error-message.js';
import { renderFormDialog } from '../../internal/form-dialog.js';
import { KeyedState } from '../../internal/keyed-state.js';
import { ownEntry } from '../../internal/lookup.js';
import { ModalController } from '../../internal/modal-controller.js';
import { fullName } from '../../internal/users.js';
import type { OrgSession } from '../../state/org-session.js';
import type { membersTerms } from './org-members.terms.js';
import { inviteMember } from '../../api/members.js';
import { pendingRequestsOf } from '../../state/pending-requests-store.js';
import { FlowController, type FlowOptions } from '../../internal/flow-controller.js';
import { FocusAfterRemoval } from '../../internal/focus-after-removal.js';
import { pageHolding, pageOf, renderPagination, type paginationTerms } from '../../internal/pagination.js';
import { cancelInvitation } from '../../api/membership-requests.js';

/** udata never expires an invitation: past this age, it is flagged for the admins. */
export const STALE_AFTER_DAYS = 30;

/** Invitations per page when the element does not say. */
const DEFAULT_PAGE_SIZE = 20;

type Localize = FormatController<{ members: typeof membersTerms; pagination: typeof paginationTerms }>;

/** What the pending invitations need from the element that shows them. */
export interface PendingInvitationsOptions extends FlowOptions<Localize> {
  /** Rows per page (the element's `page-size`), the invitations' too. */
  pageSize: () => number | undefined;
  /** An invitation was canceled, or resent (canceled, then sent again as `sent`). */
  onChanged(change: 'canceled' | 'resent', invitation: MembershipRequest, message: string): void;
}

type Action = 'cancel' | 'resend';

/**
 * The organization's pending invitations, for its admins: who (person or e-mail), role, the
 * message, when sent and how long ago (flagged past {@link STALE_AFTER_DAYS} days); per
 * invitation, cancel (`…/membership/{id}/cancel/`) or resend (cancel, then the same invitation
 * again, which makes udata send a new e-mail), each confirmed first and announced. Someone who
 * became a member meanwhile is not listed. udata sends them all at once: they are shown a
 * page at a time, the total in the heading; once one leaves, focus goes to the next one.
 */
export class PendingInvitationsController extends FlowController<PendingInvitationsOptions> {
  /** The page asked for (the one shown is kept between 1 and the last). */
  private page = 1;
  /** The session the page belongs to (another organization starts at its first page). */
  private pagedSession?: OrgSession;
  /** The invitation whose row takes focus once a canceled or resent one leaves the page. */
  /** Once an invitation left the list: the first control of the one in its place, or the add button. */
  private readonly focusAfter: FocusAfterRemoval;
  /** The last list computed, for the list and members it came from (either may hold thousands). */
  private pendingOf?: { list: MembershipRequest[]; members: unknown; pending: MembershipRequest[] };
  private confirming: { invitation: MembershipRequest; action: Action; who: string } | null = null;
  private readonly busy: KeyedState<true>;
  private readonly errors: KeyedState<ApiError>;
  readonly modal: ModalController;

  /** The confirmation dialog, bound by its template. */
  private readonly dialog = createRef<HTMLDialogElement>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: PendingInvitationsOptions) {
    super(host, options);
    this.busy = new KeyedState(host);
    this.errors = new KeyedState(host);
    this.modal = new ModalController(host, () => this.dialog.value);
    this.focusAfter = new FocusAfterRemoval(host, {
      row: (id) => `[data-invitation-id="${id}"]`,
      controls: ['button'],
      fallback: '[part~="add"]',
    });
  }

  /** Pending invitations of people who are not members (yet). */
  private pending(): MembershipRequest[] {
    const session = this.session();
    const loaded = session && pendingRequestsOf(session).state;
    if (loaded?.status !== 'ready') return [];
    const list = loaded.value;
    const members = session!.org?.members;
    if (this.pendingOf?.list !== list || this.pendingOf.members !== members) {
      const ids = new Set(members?.map((m) => m.user.id));
      const pending = list.filter((r) => r.kind === 'invitation' && !(r.user && ids.has(r.user.id)));
      this.pendingOf = { list, members, pending };
    }
    return this.pendingOf.pending;
  }

  private get pageSize() {
    return this.options.pageSize() ?? DEFAULT_PAGE_SIZE;
  }

  render() {
    const invitations = this.pending();
    if (!invitations.length) return nothing;
    const t = this.localize.t;
    const number = (n: number) => this.localize.number(n);
    if (this.session() !== this.pagedSession) {
      this.pagedSession = this.session();
      this.page = 1;
    }
    const view = pageOf(invitations, this.page, this.pageSize);
    return html`<section part="invitations" class="invitations" aria-labelledby="invitations-title">
        <h3 id="invitations-title">${t.members.invitations} (${number(invitations.length)})</h3>
        ${
          view.pages > 1
            ? html`<p class="count" role="status">
                ${t.pagination.range(number(view.first), number(view.last), number(invitations.length))}
              </p>`
            : nothing
        }
        <ul>
          ${repeat(
            view.rows,
            (i) => i.id,
            (invitation) => this.renderInvitation(invitation),
          )}
        </ul>
        ${
          view.pages > 1
            ? renderPagination({
                t,
                page: view.page,
                pages: view.pages,
                label: t.members.invitations,
                part: 'pagination',
                onPage: (page) => this.showPage(page),
                rendered: () => this.host.updateComplete,
              })
            : nothing
        }
      </section>
      ${this.renderDialog()}`;
  }

  private showPage(page: number) {
    this.page = page;
    this.host.requestUpdate();
  }

  private renderInvitation(invitation: MembershipRequest) {
    const t = this.localize.t;
    const who = invitation.user ? fullName(invitation.user, t.unknownUser) : (invitation.email ?? t.unknownUser);
    const created = invitation.created ? new Date(invitation.created).getTime() : NaN;
    const stale = Date.now() - created > STALE_AFTER_DAYS * 86_400_000;
    const error = this.errors.get(invitation.id);
    const button = (action: Action, label: string, aria: string) =>
      html`<button
        part="${action}-invitation"
        class="button secondary small"
        type="button"
        aria-haspopup="dialog"
        aria-label=${aria}
        aria-disabled=${this.busy.has(invitation.id) ? 'true' : 'false'}
        @click=${(event: Event) => this.ask(invitation, action, who, event)}
      >
        ${label}
      </button>`;
    return html`<li part="invitation" class=${stale ? 'stale' : nothing} data-invitation-id=${invitation.id}>
      <div>
        <strong>${who}</strong> <span>${ownEntry(t.roles, invitation.role) ?? invitation.role}</span>
        <span class="hint"
          >${t.members.sentOn(this.localize.date(invitation.created), this.localize.relative(invitation.created))}</span
        >
        ${stale ? html`<span part="stale" class="tag">${t.members.stale(STALE_AFTER_DAYS)}</span>` : nothing}
      </div>
      ${invitation.comment?.trim() ? html`<q part="invitation-message" class="invitation-message">${invitation.comment}</q>` : nothing}
      <div class="actions">
        ${button('resend', t.members.resendInvitation, t.members.resendInvitationLabel(who))}
        ${button('cancel', t.members.cancelInvitation, t.members.cancelInvitationLabel(who))}
      </div>
      ${error ? html`<span class="error" role="alert">${describeError(t, error)}</span>` : nothing}
    </li>`;
  }

  private renderDialog() {
    const t = this.localize.t;
    const current = this.confirming;
    return html`<div class="invitation-dialog">
      ${renderFormDialog({
        dialog: ref(this.dialog),
        id: 'invitation-confirm',
        title: current
          ? current.action === 'cancel'
            ? t.members.cancelTitle(current.who)
            : t.members.resendTitle(current.who)
          : '',
        intro: current ? (current.action === 'cancel' ? t.members.cancelIntro : t.members.resendIntro) : '',
        body: nothing,
        submitLabel: current?.action === 'resend' ? t.members.resendInvitation : t.members.cancelInvitation,
        busyLabel: t.members.inviting,
        cancelLabel: t.members.keepInvitation,
        busy: Boolean(current && this.busy.has(current.invitation.id)),
        danger: current?.action === 'cancel',
        onSubmit: (event) => {
          event.preventDefault();
          void this.confirm();
        },
        onCancel: () => this.modal.close(),
      })}
    </div>`;
  }

  private ask(invitation: MembershipRequest, action: Action, who: string, event: Event) {
    if (this.busy.has(invitation.id)) return;
    this.confirming = { invitation, action, who };
    this.errors.set(invitation.id, undefined);
    void this.modal.open({
      opener: event.currentTarget as HTMLElement,
      focus: () => this.host.shadowRoot?.querySelector<HTMLElement>('.invitation-dialog [part~="cancel"]'),
      fallback: () => this.host.shadowRoot?.querySelector<HTMLElement>('[part~="add"]'),
    });
  }

  private async confirm() {
    const current = this.confirming;
    const session = this.session();
    const org = session?.org;
    if (!current || !session || !org || this.busy.has(current.invitation.id)) return;
    const { invitation, action, who } = current;
    const t = this.localize.t;
    const signal = this.removalSignal();
    this.busy.set(invitation.id, true);
    let canceled = false;
    try {
      await cancelInvitation(session.client, org.id, invitation.id, { signal });
      canceled = true;
      if (action === 'cancel') {
        this.leave(session, invitation);
        this.options.onChanged('canceled', invitation, t.members.invitationCanceled(who));
        return;
      }
      // The same invitation again: udata sends the invited person a new e-mail.
      const again: MemberInvitation = {
        ...(invitation.user ? { user: invitation.user.id } : { email: invitation.email ?? '' }),
        role: invitation.role,
        ...(invitation.comment ? { comment: invitation.comment } : {}),
        ...(invitation.assignments?.length ? { assignments: invitation.assignments as MemberInvitation['assignments'] } : {}),
      };
      const sent = await inviteMember(session.client, org.id, again, { signal });
      // Canceled and sent again: one change (the new one is the newest, listed last).
      this.leave(session, invitation, sent);
      this.options.onChanged('resent', sent, t.members.invitationResent(who));
    } catch (error) {
      if (canceled) this.leave(session, invitation);
      if (isAbort(error)) return; // the element is gone
      const failure = toApiError(error, canceled ? 'invite-member' : 'cancel-invitation');
      if (!canceled) this.modal.close();
      // Canceled but not sent again: the admin must know there is no invitation any more.
      const message = canceled ? t.members.resendHalfDone(who, describeError(t, failure)) : describeError(t, failure);
      if (!canceled) this.errors.set(invitation.id, failure);
      this.options.onFailed(failure, message);
    } finally {
      this.busy.set(invitation.id, undefined);
      this.confirming = null;
    }
  }

  /**
   * Takes a canceled invitation out of the list (with the one sent again, if any), closes
   * the dialog and, when its row was on the page shown, gives focus to the invitation now in
   * its place — the next one, or the previous one when it was the last.
   */
  private leave(session: OrgSession, invitation: MembershipRequest, sent?: MembershipRequest) {
    const before = this.pending();
    const index = before.indexOf(invitation);
    const shown = index >= 0 && pageOf(before, this.page, this.pageSize).rows.includes(invitation);
    const store = pendingRequestsOf(session);
    const list = store.state;
    if (list?.status === 'ready') store.set([...list.value.filter((r) => r.id !== invitation.id), ...(sent ? [sent] : [])]);
    if (shown) {
      const after = this.pending();
      const next = after[Math.min(index, after.length - 1)];
      this.focusAfter.id = next?.id;
      if (next) this.page = pageHolding(after.indexOf(next), this.pageSize);
    }
    this.modal.close(() => this.focusAfter.target());
  }
}
