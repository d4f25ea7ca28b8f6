import { html, type TemplateResult } from 'lit';
import type { OrgInvitation } from '../../api/models.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { FlowController } from '../../internal/flow-controller.js';
import type { InvitationController, InvitationOptions } from './invitation.js';
import type { joinTerms } from './join-request-button.terms.js';

/**
 * The invitation flow, imported the first time the viewer turns out to be invited (few are,
 * so nobody else downloads it). Until it arrives, "loading"; a failed fetch is said in place
 * with Retry, then with a page reload (Firefox keeps a failed module import until then).
 */
export class LazyInvitation extends FlowController<
  InvitationOptions & { localize: LocalizeController<{ join: typeof joinTerms }> }
> {
  private flow?: InvitationController;
  private loading?: Promise<void>;
  private failures = 0;

  /** Fetches the flow, once: after a failure only the viewer's Retry asks again. */
  request(): void {
    if (!this.failures) this.load();
  }

  private load(): void {
    this.loading ??= import('./invitation.js').then(
      ({ InvitationController }) => {
        this.flow = new InvitationController(this.host, this.options);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // A CDN hiccup: said in place; the console keeps the cause.
        console.error('udata-org-elements: the invitation flow could not be loaded.', error);
        this.loading = undefined;
        this.failures++;
        this.host.requestUpdate();
      },
    );
  }

  render(invitation: OrgInvitation): TemplateResult {
    const t = this.localize.t;
    if (this.flow) return this.flow.render(invitation);
    if (!this.failures) return html`<span role="status">${t.loading}</span>`;
    const retried = this.failures > 1;
    return html`<p part="error" class="error" role="alert">
      ${t.errors.network}
      <button class="button secondary" type="button" @click=${() => (retried ? location.reload() : this.load())}>
        ${retried ? t.join.reloadPage : t.retry}
      </button>
    </p>`;
  }
}
