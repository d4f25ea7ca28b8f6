import { ContextConsumer, ContextRoot } from '@lit/context';
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { toApiError, type ApiError } from '../api/errors.js';
import { describeError, describeLoadError } from './error-message.js';
import { orgEvent } from './events.js';
import { orgConfigContext } from '../context/org-context.js';
import { LocalizeController } from '../i18n/localize.js';
import { configKey, mergeConfig, resolveConfig, type OrgConfig, type PartialOrgConfig } from '../state/org-config.js';
import type { OrgFieldNeed, OrgSession } from '../state/org-session.js';
import { acquireSession } from '../state/session-registry.js';

/** Detail of the `org-error` event every element emits on failure. */
export interface OrgErrorDetail {
  action: string;
  /** HTTP status, 0 when there was no answer. */
  status: number;
  /** The localized message shown to the user. */
  message: string;
}

let contextRootAttached = false;

/** Load failures already told to the page (one per failure, whatever the number of elements). */
const reportedLoadErrors = new WeakSet<ApiError>();

let providerChecked = false;

/**
 * An element inside an `<org-provider>` that no script defines never gets its settings: say
 * what to import (each tag's npm entry defines only that tag), once per page. The loader, or
 * another script, may still be bringing it: checked again a moment later.
 */
function warnIfProviderUndefined(element: HTMLElement): void {
  if (providerChecked || customElements.get('org-provider') || !element.closest('org-provider')) return;
  providerChecked = true;
  setTimeout(() => {
    if (customElements.get('org-provider') || !element.isConnected) return;
    console.warn(
      "udata-org-elements: <org-provider> is not defined: import 'udata-org-elements/org-provider.js' (or define.js), or use the loader.",
    );
  }, 3000);
}

/** Lets a provider defined after its descendants still reach them (late upgrade). */
function attachContextRoot() {
  if (contextRootAttached || typeof document === 'undefined') return;
  contextRootAttached = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * The base of every element: the common configuration attributes, inherited from the
 * nearest `<org-provider>` when not set, and the shared session of that configuration.
 *
 * Every element reads these custom properties (set them on the element, on an `<org-provider>`
 * or on any ancestor: they inherit). `[name=default]` is the light default; the dark one follows.
 * @cssprop [--org-color-primary=#000091] - Buttons, links, icons, the active option. Dark: #8585f6.
 * @cssprop [--org-color-primary-hover=#1212ff] - Button background on hover. Dark: #aeaef9.
 * @cssprop [--org-color-on-primary=#fff] - Text on primary buttons. Dark: #161616.
 * @cssprop [--org-color-secondary-hover=#f6f6f6] - Secondary button background on hover. Dark: #2a2a2a.
 * @cssprop [--org-color-text=#161616] - Text on what the element paints (dialogs, fields, menus, notices); also the element's own text, which is otherwise the page's in the light theme. Dark: #cecece.
 * @cssprop [--org-color-muted=#666] - Hints, dates, counts, secondary text. Dark: #929292.
 * @cssprop [--org-color-border=#ddd] - Lines: dialogs, sections, tables, lists. Dark: #353535.
 * @cssprop [--org-color-background=#fff] - Dialogs, menus and tables. Dark: #1e1e1e.
 * @cssprop [--org-color-input-background=#fff] - Fields and selects. Dark: #242424.
 * @cssprop [--org-color-input-border=#3a3a3a] - Border of fields and selects. Dark: #929292.
 * @cssprop [--org-color-error=#ce0500] - Error text and invalid fields. Dark: #ff5655.
 * @cssprop [--org-color-error-background=#ffe9e9] - Error notices. Dark: #391c1c.
 * @cssprop [--org-color-danger=var(--org-color-error)] - Destructive buttons.
 * @cssprop [--org-color-danger-hover=#a94645] - Destructive buttons on hover. Dark: #ff8d8c.
 * @cssprop [--org-color-on-danger=#fff] - Text on destructive buttons. Dark: #161616.
 * @cssprop [--org-color-success=#18753c] - Success messages. Dark: #27a658.
 * @cssprop [--org-radius=0.25rem] - Corner radius of buttons, fields and dialogs.
 * @cssprop [--org-font-family=inherit] - Font of the element.
 * @cssprop [--org-focus-color=#0a76f6] - Focus ring.
 * @cssprop [--org-focus-width=2px] - Focus ring width.
 * @cssprop [--org-dialog-width=36rem] - Width of dialogs.
 * @cssprop [--org-backdrop=rgb(22 22 22 / 64%)] - Behind an open dialog.
 */
export class OrgElement extends LitElement {
  /** @internal Reactive properties, declared without decorators (no decorator runtime in the join button's bytes). */
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    org: {},
    apiKey: { attribute: 'api-key' },
    withCredentials: { attribute: 'with-credentials', type: Boolean },
    siteUrl: { attribute: 'site-url' },
    theme: { reflect: true },
    session: { state: true, attribute: false },
  };

  /**
   * What the element shows of the organization: `viewer` (who the viewer is and the name)
   * lets a page whose elements need no more ask udata for those fields only.
   * @internal
   */
  static orgFields: OrgFieldNeed = 'all';

  /**
   * udata API v1 root, with or without trailing slash; a relative one (`/api/1/`) is resolved against the page. Default `https://www.data.gouv.fr/api/1/`.
   * @attr api-base
   */
  declare apiBase?: string;

  /**
   * Organization id or slug.
   * @attr org
   */
  declare org?: string;

  /**
   * Sent as `X-API-KEY` to the API origin only; never rendered, logged or put in a URL.
   * @attr api-key
   */
  declare apiKey?: string;

  /**
   * Send cookies with each request: only for a page on the API's own site.
   * @attr with-credentials
   */
  declare withCredentials?: boolean;

  /**
   * Site root for links to user, dataset and organization pages. Default: `api-base` without `/api/1/`.
   * @attr site-url
   */
  declare siteUrl?: string;

  /**
   * Colours: `light` (the default: light elements, whatever the system), `dark` (for a dark
   * page), `auto` (follows the visitor's `prefers-color-scheme`). Unset, an element follows
   * the theme of the `<org-provider>` or element it is in; otherwise it is light.
   * @attr theme
   */
  declare theme?: 'light' | 'dark' | 'auto';

  protected readonly localize = new LocalizeController(this);

  /** The shared data of this element's organization and viewer. */
  declare protected session?: OrgSession;

  /** The failures this element told the page of (a failure stays on screen across renders). */
  private readonly reportedErrors = new WeakSet<object>();
  private inherited?: PartialOrgConfig;
  private releaseSession?: () => void;
  private unsubscribe?: () => void;
  private lifetime = new AbortController();

  constructor() {
    super();
    attachContextRoot();
    new ContextConsumer(this, {
      context: orgConfigContext,
      subscribe: true,
      callback: (value) => {
        this.inherited = value;
        this.requestUpdate();
      },
    });
  }

  /** The settings this element sets itself. */
  protected get ownConfig(): PartialOrgConfig {
    return {
      apiBase: this.apiBase,
      org: this.org,
      apiKey: this.apiKey,
      withCredentials: this.withCredentials,
      siteUrl: this.siteUrl,
    };
  }

  /** Own settings over inherited ones (what a provider hands down). */
  protected get mergedConfig(): PartialOrgConfig {
    return mergeConfig(this.ownConfig, this.inherited);
  }

  /** Own settings over inherited ones over defaults. */
  get config(): OrgConfig {
    return resolveConfig(this.mergedConfig);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.lifetime.signal.aborted) this.lifetime = new AbortController();
    this.syncSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dropSession();
    // Removed from the page, not just moved: what it was sending is abandoned.
    queueMicrotask(() => {
      if (!this.isConnected) this.lifetime.abort();
    });
  }

  /**
   * Aborted once the element has left the page (not when it is only moved): every request
   * the element sends carries it, so none outlives it and none starts after it.
   */
  protected get removalSignal(): AbortSignal {
    return this.lifetime.signal;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.syncSession();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A failed load is shown by every element of the session; the host page hears of it
    // once, from the first element that shows it.
    const error = this.session?.error;
    if (error && !reportedLoadErrors.has(error) && error.kind !== 'abort') {
      reportedLoadErrors.add(error);
      this.emitError(error, describeLoadError(this.localize.t, error));
    }
  }

  /** Called when the element switches to another session (a new org, key or API). */
  protected sessionChanged(): void {}

  private syncSession(): void {
    if (!this.isConnected) return;
    const config = this.config;
    if (!config.org) {
      if (this.session) this.dropSession();
      warnIfProviderUndefined(this);
      return;
    }
    if (this.session && configKey(this.session.config) === configKey(config)) return;
    this.dropSession();
    const { session, release } = acquireSession(config);
    this.session = session;
    this.releaseSession = release;
    session.need((this.constructor as typeof OrgElement).orgFields);
    this.unsubscribe = session.subscribe(() => this.requestUpdate());
    void session.load();
    this.sessionChanged();
  }

  private dropSession(): void {
    this.unsubscribe?.();
    this.releaseSession?.();
    this.unsubscribe = this.releaseSession = undefined;
    this.session = undefined;
  }

  /** Emits a typed, bubbling, composed event; returns false when a listener vetoed a cancelable one. */
  protected emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(orgEvent(name, detail, options.cancelable));
  }

  /**
   * Emits `org-error` once per failure, however many renders show it: `message` is what the
   * user sees (by default `describeError`'s words); an abort is no failure.
   */
  protected reportOnce(error: unknown, message?: string, action = 'load'): void {
    if (!error || typeof error !== 'object' || this.reportedErrors.has(error)) return;
    this.reportedErrors.add(error);
    const failure = toApiError(error, action);
    if (failure.kind !== 'abort') this.emitError(failure, message ?? describeError(this.localize.t, failure));
  }

  /** Emits `org-error` for a failure already shown to the user. */
  protected emitError(error: ApiError, message: string): void {
    this.emit('org-error', { action: error.action, status: error.status, message });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'org-error': CustomEvent<OrgErrorDetail>;
  }
}
