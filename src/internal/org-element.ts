import { ContextConsumer, ContextRoot } from '@lit/context';
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ApiError } from '../api/errors.js';
import { describeLoadError } from './error-message.js';
import { orgEvent } from './events.js';
import { orgConfigContext } from '../context/org-context.js';
import { LocalizeController } from '../i18n/localize.js';
import { configKey, mergeConfig, resolveConfig, type OrgConfig, type PartialOrgConfig } from '../state/org-config.js';
import { acquireSession, type OrgSession } from '../state/org-session.js';

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
 */
export class OrgElement extends LitElement {
  /** @internal Reactive properties, declared without decorators (no decorator runtime in the join button's bytes). */
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    org: {},
    apiKey: { attribute: 'api-key' },
    withCredentials: { attribute: 'with-credentials', type: Boolean },
    siteUrl: { attribute: 'site-url' },
    session: { state: true, attribute: false },
  };

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

  protected readonly localize = new LocalizeController(this);

  /** The shared data of this element's organization and viewer. */
  declare protected session?: OrgSession;

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
