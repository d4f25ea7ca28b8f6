import { html, nothing } from 'lit';
import { isAbort, toApiError, type ApiError } from '../../api/errors.js';
import type { MembershipRequest } from '../../api/models.js';
import type { FormatController } from '../../i18n/format.js';
import { describeError } from '../../internal/error-message.js';
import { FlowController, type FlowOptions } from '../../internal/flow-controller.js';
import { ownEntry } from '../../internal/lookup.js';
import { fullName } from '../../internal/users.js';
import type { OrgSession } from '../../state/org-session.js';
import type { historyTerms } from './request-history.terms.js';
import { listMembershipRequests } from '../../api/membership-requests.js';

const STATUSES = ['accepted', 'refused', 'canceled'] as const;
const STEP = 20;

/**
 * For admins, the organization's past requests and invitations
 * (`…/membership/?status=accepted|refused|canceled`, read once the disclosure opens): the
 * person, request or invitation, the role, the date, the outcome. udata sends neither who
 * decided nor the reason of a refusal: the view says so and invents nothing.
 */
export class RequestHistory extends FlowController<FlowOptions<FormatController<{ history: typeof historyTerms }>>> {
  private state:
    | { status: 'idle' }
    | { status: 'loading' }
    | { status: 'ready'; list: MembershipRequest[] }
    | { status: 'error'; error: ApiError } = {
    status: 'idle',
  };
  private shown = STEP;
  private loadedFor?: OrgSession;

  render() {
    const t = this.options.localize.t;
    return html`<details
      part="history"
      class="history"
      @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && this.load()}
    >
      <summary>${t.history.title}</summary>
      <p class="hint">${t.history.note}</p>
      ${this.renderContent()}
    </details>`;
  }

  private renderContent() {
    const { localize } = this.options;
    const t = localize.t;
    const state = this.state;
    if (state.status === 'idle' || state.status === 'loading') return html`<p role="status">${t.loading}</p>`;
    if (state.status === 'error') {
      return html`<div part="error" class="error" role="alert">
        ${describeError(t, state.error)}
        <button class="button secondary small" type="button" @click=${() => this.load(true)}>${t.retry}</button>
      </div>`;
    }
    if (!state.list.length) return html`<p>${t.history.empty}</p>`;
    return html`<table part="history-table">
        <thead>
          <tr>
            <th scope="col">${t.history.person}</th>
            <th scope="col">${t.history.kind}</th>
            <th scope="col">${t.history.role}</th>
            <th scope="col">${t.history.date}</th>
            <th scope="col">${t.history.status}</th>
          </tr>
        </thead>
        <tbody>
          ${state.list.slice(0, this.shown).map(
            (r) =>
              html`<tr>
                <td>${r.user ? fullName(r.user, t.unknownUser) : (r.email ?? t.unknownUser)}</td>
                <td>${ownEntry(t.history.kinds, r.kind) ?? r.kind}</td>
                <td>${ownEntry(t.roles, r.role) ?? r.role}</td>
                <td><time datetime=${r.created}>${localize.date(r.created)}</time></td>
                <td>${ownEntry(t.history.statuses, r.status) ?? r.status}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        state.list.length > this.shown
          ? html`<button class="button secondary small" type="button" @click=${() => this.showMore()}>${t.history.more}</button>`
          : nothing
      }`;
  }

  private showMore() {
    this.shown += STEP;
    this.host.requestUpdate();
  }

  /** The three lists at once, newest first; once per session unless asked again. */
  private async load(again = false): Promise<void> {
    const session = this.options.session();
    const org = session?.org;
    if (!session || !org || (!again && this.loadedFor === session && this.state.status !== 'error')) return;
    this.loadedFor = session;
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    try {
      const signal = this.options.signal();
      const lists = await Promise.all(
        STATUSES.map((status) => listMembershipRequests(session.client, org.id, { status }, { signal })),
      );
      const list = lists.flat().sort((a, b) => (b.created ?? '').localeCompare(a.created ?? ''));
      this.state = { status: 'ready', list };
    } catch (error) {
      if (isAbort(error)) return;
      const failure = toApiError(error, 'list-membership-requests');
      this.state = { status: 'error', error: failure };
      this.options.onFailed(failure, describeError(this.options.localize.t, failure));
    }
    this.host.requestUpdate();
  }
}
