import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OrgSession } from '../state/org-session.js';

/**
 * The base of an element's flow (a dialog and the requests behind it): what each needs from
 * its element — the element itself, its session, its words and the signal aborted when it
 * leaves the page — kept once, and the controller registered with the element.
 */
export abstract class FlowController<Host extends ReactiveControllerHost & HTMLElement, Localize> implements ReactiveController {
  constructor(
    protected readonly host: Host,
    protected readonly session: () => OrgSession | undefined,
    protected readonly localize: Localize,
    /** Aborted when the host leaves the page. */
    protected readonly removalSignal: () => AbortSignal,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}
}
