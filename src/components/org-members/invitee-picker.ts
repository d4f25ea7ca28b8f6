import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MembershipRequest, UserSuggestion } from '../../api/models.js';
import type { Lang, Terms } from '../../i18n/terms.js';
import { renderTextInput } from '../../internal/text-input.js';
import { UserSearchController, renderPerson, renderUserCombobox, type Suggestion } from '../../internal/user-search.js';
import { fullName } from '../../internal/users.js';
import type { OrgSession } from '../../state/org-session.js';
import { pendingRequestsOf } from '../../state/pending-requests-store.js';
import { inviteeTerms, type InviteeTerms } from './invitee-picker.terms.js';
import type { MembersTerms } from './org-members.terms.js';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Whom the invitation is for: a person with an account (search), or an e-mail address. */
export type InviteeMode = 'account' | 'email';

/** Who the invitation goes to: a user or an e-mail address, never both. */
export type Invitee = { user: Suggestion } | { email: string };

/** Why nothing can be sent yet: no user chosen, no valid address, or a chosen user who cannot be invited. */
export type InviteeProblem = 'user' | 'email' | 'unavailable';

/** udata's refusals of the last invitation, placed at the fields of this picker. */
export interface InviteeErrors {
  user?: string;
  email?: string;
}

type Host = ReactiveControllerHost & HTMLElement;

export interface InviteePickerOptions {
  session: () => OrgSession | undefined;
  lang: () => Lang;
  search: (query: string, signal: AbortSignal) => Promise<UserSuggestion[]>;
  /** The admin changed who is invited (mode, chosen user): an earlier refusal no longer applies. */
  changed: () => void;
}

/**
 * The "who" of the invitation dialog, one mode at a time: "Someone with an account" (a user
 * search combobox; the chosen person becomes a chip — avatar, name, slug and masked e-mail —
 * with a "×" named after them that puts focus back in the search) or "An e-mail address".
 * Only what the current mode shows is sent. Suggestions tell namesakes apart by their slug and
 * masked e-mail; members, people invited and people who asked to join are marked as such and
 * cannot be chosen, from what `<org-members>` already knows (the members, the shared pending list).
 *
 * Parts: `invitee-mode` (the choice), `user-search`, `user-options`, `invitee` (the chosen
 * person), `clear-invitee` (its "×"), `email`.
 */
export class InviteePicker implements ReactiveController {
  mode: InviteeMode = 'account';
  email = '';
  /** A local validation message (nothing was sent). */
  problem: InviteeProblem | null = null;
  readonly search: UserSearchController;
  private memberIds?: { members: unknown; ids: Set<string> };
  private pendingByUser?: { list: MembershipRequest[]; byUser: Map<string, MembershipRequest> };

  constructor(
    private readonly host: Host,
    private readonly options: InviteePickerOptions,
  ) {
    host.addController(this);
    this.search = new UserSearchController(host, {
      search: options.search,
      unavailable: (user) => this.reasonFor(user),
      chosen: () => {
        this.problem = null;
        options.changed();
        void this.focus('#add-invitee');
      },
    });
  }

  /** Its styles are the element's (`inviteePickerStyles`, in `OrgMembers.styles`). */
  hostConnected(): void {}

  private get words(): InviteeTerms {
    return inviteeTerms[this.options.lang()];
  }

  /** Why this person cannot be invited ("already a member", "invitation pending"…), or null. */
  reasonFor(user: UserSuggestion): string | null {
    const session = this.options.session();
    const members = session?.org?.members ?? [];
    if (this.memberIds?.members !== members) this.memberIds = { members, ids: new Set(members.map((m) => m.user.id)) };
    if (this.memberIds.ids.has(user.id)) return this.words.alreadyMember;
    const pending = session ? pendingRequestsOf(session).state : null;
    if (pending?.status !== 'ready') return null;
    if (this.pendingByUser?.list !== pending.value) {
      const byUser = new Map(pending.value.filter((r) => r.user).map((r) => [r.user!.id, r] as const));
      this.pendingByUser = { list: pending.value, byUser };
    }
    const request = this.pendingByUser.byUser.get(user.id);
    if (!request) return null;
    return request.kind === 'invitation' ? this.words.invitationPending : this.words.requestPending;
  }

  /** Who the invitation goes to; or null, having said why at the field and focused it. */
  invitee(): Invitee | null {
    if (this.mode === 'email') {
      const email = this.email.trim();
      return EMAIL.test(email) ? { email } : this.fail('email');
    }
    const user = this.search.selected;
    if (!user) return this.fail('user');
    return this.reasonFor(user) ? this.fail('unavailable') : { user };
  }

  /** What the dialog focuses when it opens. */
  focusTarget(): HTMLElement | null {
    const id = this.mode === 'email' ? 'add-email' : this.search.selected ? 'add-invitee' : 'add-user';
    return this.host.shadowRoot?.getElementById(id) ?? null;
  }

  reset(): void {
    this.search.reset();
    Object.assign(this, { mode: 'account', email: '', problem: null });
  }

  render(t: Terms, members: MembersTerms, refused: InviteeErrors): TemplateResult {
    const w = this.words;
    const modes = [
      ['account', w.modeAccount],
      ['email', w.modeEmail],
    ] as const;
    const chosen = this.search.selected;
    return html`<fieldset part="invitee-mode" class="field invitee-mode">
        <legend>${w.modeLegend}</legend>
        ${modes.map(
          ([mode, label]) =>
            html`<label class="radio"
              ><input
                type="radio"
                name="add-mode"
                value=${mode}
                .checked=${live(this.mode === mode)}
                @change=${() => this.setMode(mode)}
              />
              ${label}</label
            >`,
        )}
      </fieldset>
      ${
        this.mode === 'email'
          ? this.renderEmail(members, refused.email)
          : chosen
            ? this.renderChosen(chosen, refused.user)
            : this.renderSearch(t, members, refused.user)
      }`;
  }

  private renderSearch(t: Terms, members: MembersTerms, refused?: string) {
    const w = this.words;
    // An address typed in the search finds nobody (udata matches names): say where it goes.
    const words = { ...w, searching: members.searching, noUser: EMAIL.test(this.search.query.trim()) ? w.noUserEmail : w.noUser };
    const error = this.problem === 'user' ? members.userRequired : refused;
    return renderUserCombobox(this.search, t, words, 'add-user', w.searchUser, error);
  }

  private renderChosen(user: Suggestion, refused?: string) {
    const w = this.words;
    const name = fullName(user, user.slug);
    const reason = this.reasonFor(user);
    const error = this.problem === 'unavailable' && reason ? w.unavailable(name, reason) : refused;
    return html`<div class="field">
      <span id="add-invitee-label" class="invitee-label">${w.chosenLabel}</span>
      <div
        id="add-invitee"
        part="invitee"
        class="invitee ${error ? 'invalid' : ''}"
        role="group"
        tabindex="-1"
        aria-labelledby="add-invitee-label add-invitee-person"
        aria-describedby=${error ? 'add-user-error' : nothing}
        @keydown=${(e: KeyboardEvent) => this.chipKeydown(e)}
      >
        ${renderPerson(user, reason, 'add-invitee-person')}
        <button
          type="button"
          part="clear-invitee"
          class="clear"
          aria-label=${w.clear(name)}
          title=${w.clear(name)}
          @click=${() => this.clear()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      ${error ? html`<span id="add-user-error" part="field-error" class="error">${error}</span>` : nothing}
    </div>`;
  }

  private renderEmail(members: MembersTerms, refused?: string) {
    const w = this.words;
    return renderTextInput({
      id: 'add-email',
      part: 'email',
      type: 'email',
      label: w.emailLabel,
      hint: w.emailHint,
      value: this.email,
      error: this.problem === 'email' ? members.emailInvalid : refused,
      onInput: (email) => {
        this.email = email;
        this.problem = null;
        this.host.requestUpdate();
      },
    });
  }

  /** Delete or Backspace on the focused chip clears it, as its "×" does. */
  private chipKeydown(event: KeyboardEvent) {
    if (event.target !== event.currentTarget || (event.key !== 'Delete' && event.key !== 'Backspace')) return;
    event.preventDefault();
    this.clear();
  }

  private clear() {
    this.search.reset();
    this.problem = null;
    this.options.changed();
    void this.focus('#add-user');
  }

  private setMode(mode: InviteeMode) {
    this.mode = mode;
    this.problem = null;
    this.options.changed();
    this.host.requestUpdate();
  }

  private fail(problem: InviteeProblem): null {
    this.problem = problem;
    this.host.requestUpdate();
    void this.focus(problem === 'email' ? '#add-email' : problem === 'user' ? '#add-user' : '#add-invitee');
    return null;
  }

  private async focus(selector: string) {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }
}
