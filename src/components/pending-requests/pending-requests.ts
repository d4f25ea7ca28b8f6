import { RequestHistory } from './request-history.js';
import { historyTerms } from './request-history.terms.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MembershipRequest } from '../../api/models.js';
import { describeLoadError } from '../../internal/error-message.js';
import { renderLoadState } from '../../internal/load-state.js';
import { OrgElement } from '../../internal/org-element.js';
import { FormatController } from '../../i18n/format.js';
import { requestsTerms } from './pending-requests.terms.js';
import { baseStyles, dialogStyles } from '../../internal/styles.js';
import { canDecideRequests, canSeePendingRequests } from '../../permissions/permissions.js';
import { pendingRequestsStyles } from './pending-requests.styles.js';
import { renderRoleHelp, roleHelpStyles, roleHelpTerms } from '../../internal/role-help.js';
import { avatarStyles } from '../../internal/avatar-styles.js';
import { pendingRequestsOf } from '../../state/pending-requests-store.js';
import { pageHolding, pageOf, paginationTerms } from '../../internal/pagination.js';
import { RequestDecisions } from './request-decisions.js';
import { renderRequestList } from './request-list.js';
import { RowKeys } from '../../internal/row-keys.js';
import { renderRequestRow } from './request-row.js';
export type { RequestAcceptedDetail, RequestRefusedDetail, RequestsCountDetail } from './pending-requests.events.js';

/**
 * @summary The pending join requests of an organization; admins accept or refuse them.
 *
 * Lists `GET {api}/organizations/{org}/membership/?status=pending` (join requests only; the
 * invitations are listed by `<org-members>`): applicant, comment as plain text, date.
 * Admins and sysadmins accept (as editor, or as admin with a second `PUT` of the role) or
 * refuse with a reason. Editors see the list read-only — or, when the server refuses it to
 * them (recent udata answers 403), a sentence saying only administrators can see it.
 * Anonymous visitors and non-members see a short message, never the requests.
 * udata sends every pending request at once: they are shown `page-size` at a time.
 *
 * @tagname pending-requests
 * @fires org-requests-count - The number of pending requests changed. `detail: { count }`.
 * @fires org-request-accepted - A request was accepted. `detail: { request, member }`.
 * @fires org-request-refused - A request was refused. `detail: { request, comment }`.
 * @fires org-error - A request failed. `detail: { action, status, message }`.
 *
 * @csspart role-help - What each role may do (the accept-as selects point to it).
 * @csspart base - The wrapper.
 * @csspart count - How many requests are pending, and which of them are shown.
 * @csspart list - The list of requests (one page of them).
 * @csspart pagination - The page navigation.
 * @csspart request - One request.
 * @csspart avatar - The applicant's avatar.
 * @csspart comment - The applicant's comment.
 * @csspart accept - The accept button.
 * @csspart refuse - The refuse button.
 * @csspart role - The role select shown next to the accept button.
 * @csspart message - A sentence instead of the list (empty, not allowed).
 * @csspart notice - The live region announcing decisions.
 * @csspart dialog - The refusal dialog.
 * @csspart reason - The refusal reason text area.
 * @csspart submit - The dialog's submit button.
 * @csspart cancel - The dialog's cancel button.
 * @csspart history - Admins: the past requests and invitations, on demand (a disclosure).
 * @csspart history-table - Their table: person, kind, role, date, outcome.
 * @csspart error - An error message.
 *
 * Colours and sizes: the custom properties every element reads (see `OrgElement`, README "Theming") and `theme`.
 * @cssprop [--org-color-avatar=#e3e3fd] - Behind an applicant's initials. Dark: #21213f.
 */
export class PendingRequests extends OrgElement {
  static override styles = [baseStyles, dialogStyles, avatarStyles, roleHelpStyles, pendingRequestsStyles];

  protected override readonly localize = new FormatController(this, {
    requests: requestsTerms,
    roleHelp: roleHelpTerms,
    pagination: paginationTerms,
    history: historyTerms,
  });

  private readonly history = new RequestHistory(this, {
    session: () => this.session,
    localize: this.localize,
    signal: () => this.removalSignal,
    onFailed: (error, message) => this.emitError(error, message),
  });

  /** Requests per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** The number of pending join requests, all pages together (0 while unknown or not allowed). Read-only. */
  get count(): number {
    return this.visibleRequests()?.length ?? 0;
  }

  @state() private notice = '';
  /** The page asked for (the one shown is kept between 1 and the last). */
  @state() private page = 1;
  private readonly decisions = new RequestDecisions(this, {
    session: () => this.session,
    localize: this.localize,
    signal: () => this.removalSignal,
    requests: () => this.visibleRequests() ?? [],
    isShown: (id) => this.shownPage().rows.some((r) => r.id === id),
    reveal: (id, known) => {
      const index = known ?? (id === undefined ? -1 : (this.visibleRequests() ?? []).findIndex((r) => r.id === id));
      // Gone (or none left): the page asked for is kept, and cut to the last one when past it.
      this.page = index < 0 ? this.shownPage().page : pageHolding(index, this.pageSize);
    },
    announce: (message) => (this.notice = message),
    onAccepted: (request, member) => this.emit('org-request-accepted', { request, member }),
    onRefused: (request, comment) => this.emit('org-request-refused', { request, comment }),
    onFailed: (error, message) => this.emitError(error, message),
  });
  private lastCount?: number;
  private readonly rowKeys = new RowKeys();
  /** The list's last load failure told to the page (once, whatever the renders). */

  /** The join requests of the last list read, computed once per list (it may hold 100,000). */
  private requestsOf?: { list: MembershipRequest[]; requests: MembershipRequest[] };

  /** The requests this viewer may see, or `undefined` while unknown or not allowed. */
  private visibleRequests(): MembershipRequest[] | undefined {
    const loaded = this.session && pendingRequestsOf(this.session).state;
    if (loaded?.status !== 'ready') return undefined;
    if (this.requestsOf?.list !== loaded.value) {
      this.requestsOf = { list: loaded.value, requests: loaded.value.filter((r) => r.kind !== 'invitation') };
    }
    return this.requestsOf.requests;
  }

  /** The page of requests shown. */
  private shownPage() {
    return pageOf(this.visibleRequests() ?? [], this.page, this.pageSize);
  }

  /** Another organization or viewer: its list starts at its first page. */
  protected override sessionChanged(): void {
    this.page = 1;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const session = this.session;
    if (session?.ready && canSeePendingRequests(session.viewer) && pendingRequestsOf(session).state === null) {
      void pendingRequestsOf(session).load();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const requests = this.visibleRequests();
    if (requests && requests.length !== this.lastCount) {
      this.lastCount = requests.length;
      this.emit('org-requests-count', { count: requests.length });
    }
    const loaded = this.session && pendingRequestsOf(this.session).state;
    // A 403 is no failure: only administrators may list requests (said in place).
    if (loaded?.status === 'error' && loaded.error.status !== 403) this.reportOnce(loaded.error);
  }

  protected override render() {
    return html`<div part="base" lang=${this.localize.lang}>
      ${renderLoadState(this.session, this.localize.t) ?? html`${this.renderContent()}${this.renderHistory()}`}
      <p part="notice" class="notice success" role="status">${this.notice}</p>
      ${this.decisions.renderRefuseDialog()}
    </div>`;
  }

  private renderContent() {
    const t = this.localize.t;
    const session = this.session!;
    const viewer = session.viewer;
    if (!canSeePendingRequests(viewer)) {
      return this.message(viewer.membership ? t.requests.adminsOnly : t.requests.membersOnly);
    }
    const loaded = pendingRequestsOf(session).state;
    if (!loaded || loaded.status === 'loading') {
      return html`<span part="loading" role="status"><span class="spinner" aria-hidden="true"></span> ${t.loading}</span>`;
    }
    if (loaded.status === 'error') {
      if (loaded.error.status === 403) return this.message(t.requests.adminsOnly);
      return html`<div part="error" class="error" role="alert">
        ${describeLoadError(t, loaded.error)}
        <button class="button secondary small" type="button" @click=${() => pendingRequestsOf(session).reload()}>
          ${t.retry}
        </button>
      </div>`;
    }
    const requests = this.visibleRequests()!;
    if (!requests.length) return this.message(t.requests.empty);
    const decides = canDecideRequests(viewer);
    // Read once: the configuration is worked out from the attributes on each read.
    const siteUrl = this.config.siteUrl;
    return html`${decides ? renderRoleHelp(this.localize, ['editor', 'admin'], 'role-help') : nothing}
    ${renderRequestList({
      localize: this.localize,
      view: this.shownPage(),
      total: requests.length,
      renderRow: (request, key) =>
        renderRequestRow({
          request,
          key,
          localize: this.localize,
          siteUrl,
          decision: decides ? this.decisions.decision(request) : undefined,
          error: this.decisions.rowErrors.get(request.id),
        }),
      keys: this.rowKeys,
      onPage: (page) => (this.page = page),
      rendered: () => this.updateComplete,
    })}`;
  }

  /** Admins also see the past requests and invitations, on demand. */
  private renderHistory() {
    return this.session && canDecideRequests(this.session.viewer) ? this.history.render() : nothing;
  }

  private message(text: string) {
    return html`<p part="message" tabindex="-1">${text}</p>`;
  }
}
