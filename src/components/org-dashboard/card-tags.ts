import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../../api/errors.js';
import type { Terms } from '../../i18n/terms.js';
import { renderSectionError, renderSectionLoading } from '../../internal/task-section.js';
import { CARD_TAGS } from './card-tag-names.js';
import { loadedMarkdown } from '../../internal/markdown-renderer.js';

export { CARD_TAGS };

let defining: Promise<void> | undefined;

/**
 * Defines every tag of the cards, and loads the description's Markdown renderer (each module
 * fetched once; a failed attempt may be made again).
 */
export function defineCardTags(): Promise<void> {
  defining ??= Promise.all([
    import('../../internal/markdown.js'),
    import('../org-members/define.js'),
    import('../pending-requests/define.js'),
    import('../org-stats/define.js'),
    import('../org-activity/define.js'),
    import('../org-transfers/define.js'),
    import('../delete-org-dialog/define.js'),
    import('../org-profile-form/define.js'),
  ]).then(
    () => undefined,
    (error: unknown) => {
      defining = undefined;
      throw error;
    },
  );
  return defining;
}

const allDefined = () => CARD_TAGS.every((tag) => customElements.get(tag)) && loadedMarkdown() !== undefined;

/** How long the cards wait for the first datasets at most (a slow server must not hold them back). */
const CARDS_WAIT_MS = 3000;

/**
 * The dashboard's cards that hold other tags (members, requests, statistics, activity,
 * transfers, deletion, the profile form), once those tags are defined, and its description,
 * once the Markdown renderer is loaded. Through the loader the dashboard comes first and
 * alone: its header and datasets table do not wait for the code of every card below them, on
 * a slow link 70 kB of it. That code is fetched once the first datasets are on screen (or
 * failed to come, or 3 s passed), so that neither it nor the requests the cards send take the
 * bandwidth the datasets need; meanwhile each card says it is loading. Where the tags are already defined (the one-file bundle, the npm entry, a page
 * that imported them) the cards show at once.
 */
export class CardTags implements ReactiveController {
  /** Set at the first render: the modules that define the tags have all run by then. */
  private state?: 'waiting' | 'loading' | 'ready' | 'failed';
  private error?: ApiError;
  private waitedEnough = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      /** Whether the dashboard's own first content has settled: the cards' tags may come. */
      firstContentSettled: () => boolean;
      /** Defines the tags (`defineCardTags`). */
      define?: () => Promise<void>;
      /** The longest wait for the first content, in milliseconds (`CARDS_WAIT_MS`). */
      maxWait?: number;
    },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.state === 'waiting' && (this.waitedEnough || this.options.firstContentSettled())) this.load();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** `content` (a card's tag) once the tags are defined; until then a loading line, or the failure and a retry. */
  render(content: unknown, t: Terms): unknown {
    this.state ??= allDefined() ? 'ready' : 'waiting';
    if (this.state === 'waiting') this.timer ??= setTimeout(() => this.stopWaiting(), this.options.maxWait ?? CARDS_WAIT_MS);
    if (this.state === 'ready') return content;
    if (this.state === 'failed')
      return renderSectionError(t, this.error, () => {
        this.load();
        this.host.requestUpdate();
      });
    return renderSectionLoading(t);
  }

  private stopWaiting(): void {
    this.waitedEnough = true;
    this.host.requestUpdate();
  }

  private load(): void {
    // Its cards already say they are loading: nothing to render again until the tags are in.
    this.state = 'loading';
    (this.options.define ?? defineCardTags)().then(
      () => {
        this.state = 'ready';
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // A module that could not be fetched: the network, as the page says for data.
        this.state = 'failed';
        this.error = new ApiError({ kind: 'network', status: 0, action: 'load', message: String(error) });
        this.host.requestUpdate();
      },
    );
  }
}
