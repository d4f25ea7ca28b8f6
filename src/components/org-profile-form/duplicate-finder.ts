import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { UdataClient } from '../../api/client.js';
import { findOrganizationsBySiret, suggestOrganizations, type OrganizationSuggestion } from '../../api/profile.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { orgPageUrl } from '../../urls/host-url.js';
import { safeImageUrl } from '../../internal/users.js';
import { normalizeSiret, siretProblem } from '../../internal/siret.js';
import type { OrgConfig } from '../../state/org-config.js';
import type { profileTerms } from './org-profile-form.terms.js';

/** "DREAL" → "DR", "Ville de Paris" → "VP": what stands for an organization without a logo. */
const initialsOf = (name: string) => {
  const words = name.split(/[\s\-’']+/).filter((w) => w.length > 2 || /^[A-Z0-9]/.test(w));
  return (words.length > 1 ? words[0][0] + words[words.length - 1][0] : (words[0] ?? name).slice(0, 2)).toUpperCase();
};

/** Waits this long after the last keystroke before asking udata. */
const DEBOUNCE_MS = 400;

interface Match extends OrganizationSuggestion {
  sameSiret: boolean;
}

/**
 * Before an organization is created, looks for the same one as data.gouv.fr does: udata's
 * suggest on the name (`/organizations/suggest/`) and, with a valid SIRET, the organizations
 * registered with it; lists them with their logo, a link to their page, and a way to ask to
 * join one instead (a `<join-request-button>` for it).
 */
export class DuplicateFinder implements ReactiveController {
  private matches: Match[] = [];
  private searching = false;
  private joining: string | null = null;
  private timer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;
  private asked = '';

  private readonly localize: LocalizeController<{ profile: typeof profileTerms }>;
  private readonly client: () => UdataClient | null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    options: {
      localize: LocalizeController<{ profile: typeof profileTerms }>;
      /** The client of the viewer creating the organization (null: not known yet). */
      client: () => UdataClient | null;
    },
  ) {
    ({ localize: this.localize, client: this.client } = options);
    host.addController(this);
  }

  hostConnected() {}

  hostDisconnected() {
    clearTimeout(this.timer);
    this.controller?.abort();
  }

  /** The name or SIRET changed: look again once typing pauses. */
  look(name: string, siret: string) {
    const q = name.trim();
    const bid = siretProblem(siret) ? '' : normalizeSiret(siret);
    const key = JSON.stringify([q, bid]);
    if (key === this.asked) return;
    this.asked = key;
    clearTimeout(this.timer);
    this.controller?.abort();
    if (q.length < 3 && !bid) {
      this.matches = [];
      this.searching = false;
      this.host.requestUpdate();
      return;
    }
    this.timer = setTimeout(() => void this.search(q, bid), DEBOUNCE_MS);
  }

  private async search(q: string, siret: string) {
    const client = this.client();
    if (!client) return;
    const controller = (this.controller = new AbortController());
    const { signal } = controller;
    this.searching = true;
    this.host.requestUpdate();
    // A failed lookup only means no warning: creation itself still works.
    const [bySiret, byName] = await Promise.all([
      siret ? findOrganizationsBySiret(client, siret, { signal }).catch(() => []) : [],
      q.length >= 3 ? suggestOrganizations(client, q, 5, { signal }).catch(() => []) : [],
    ]);
    if (signal.aborted) return;
    const seen = new Set<string>();
    this.matches = [
      ...bySiret.map((o) => ({
        id: o.id,
        name: o.name,
        acronym: o.acronym,
        slug: o.slug,
        image_url: o.logo_thumbnail ?? o.logo,
        page: o.page,
        sameSiret: true,
      })),
      ...byName.map((o) => ({ ...o, sameSiret: false })),
    ].filter((m) => !seen.has(m.id) && seen.add(m.id));
    this.searching = false;
    this.host.requestUpdate();
  }

  render(config: OrgConfig) {
    const t = this.localize.t.profile;
    const status = html`<p class="hint" role="status">
      ${this.searching ? t.searchingDuplicates : this.matches.length ? html`<span class="visually-hidden">${t.duplicatesTitle}</span>` : nothing}
    </p>`;
    if (!this.matches.length) return status;
    return html`${status}
      <section part="duplicates" class="duplicates" aria-labelledby="duplicates-title">
        <h3 id="duplicates-title">${t.duplicatesTitle}</h3>
        <p>${t.duplicatesIntro}</p>
        <ul>
          ${repeat(
            this.matches,
            (m) => m.id,
            (match) => this.renderMatch(match, config),
          )}
        </ul>
      </section>`;
  }

  private renderMatch(match: Match, config: OrgConfig) {
    const t = this.localize.t.profile;
    const logo = safeImageUrl(match.image_url);
    const page = orgPageUrl(config.siteUrl, match);
    return html`<li part="duplicate">
      ${
        logo
          ? html`<img src=${logo} alt="" width="40" height="40" referrerpolicy="no-referrer" />`
          : html`<span class="logo-placeholder" aria-hidden="true">${initialsOf(match.acronym || match.name)}</span>`
      }
      <span class="duplicate-name">
        <a class="link" href=${page}>${match.name}${match.acronym ? ` (${match.acronym})` : ''}</a>
        ${match.sameSiret ? html`<span class="tag">${t.sameSiret}</span>` : nothing}
      </span>
      ${
        this.joining === match.id
          ? html`<join-request-button
              .apiBase=${config.apiBase}
              .apiKey=${config.apiKey}
              .withCredentials=${config.withCredentials}
              .siteUrl=${config.siteUrl}
              org=${match.id}
            ></join-request-button>`
          : html`<button
              part="join-instead"
              class="button secondary small"
              type="button"
              @click=${() => {
                this.joining = match.id;
                this.host.requestUpdate();
              }}
            >
              ${t.joinInstead(match.name)}
            </button>`
      }
    </li>`;
  }
}
