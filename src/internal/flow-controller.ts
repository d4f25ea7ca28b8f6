import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiError } from '../api/errors.js';
import type { OrgSession } from '../state/org-session.js';

/**
 * What every flow gets from its element, by name: `new AddMember(this, { session, localize,
 * signal, onFailed, …its own callbacks })`, as Lit's `Task` and Shoelace's form controller
 * take their options. The element keeps no callbacks of its own for its flows.
 */
export interface FlowOptions<Localize> {
  session: () => OrgSession | undefined;
  localize: Localize;
  /** Aborted when the element leaves the page. */
  signal: () => AbortSignal;
  /** A failure the flow shows in place: the element tells the page (`org-error`). */
  onFailed: (error: ApiError, message: string) => void;
}

/**
 * The base of an element's flow (a dialog and the requests behind it): its options kept once,
 * the controller registered with the element.
 */
export abstract class FlowController<Options extends FlowOptions<unknown>> implements ReactiveController {
  constructor(
    protected readonly host: ReactiveControllerHost & HTMLElement,
    protected readonly options: Options,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  protected get localize(): Options['localize'] {
    return this.options.localize;
  }

  protected session(): OrgSession | undefined {
    return this.options.session();
  }

  /** Aborted when the element leaves the page. */
  protected removalSignal(): AbortSignal {
    return this.options.signal();
  }
}
