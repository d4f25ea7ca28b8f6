/**
 * The latest of a series of searches, run after a pause (as one types): a new call, or
 * `cancel()`, drops the one waiting and aborts the one running, so a stale answer never lands.
 */
export class Debounced {
  private timer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;

  /** Runs `run` after `delayMs`, with a signal aborted by the next call or by `cancel()`. */
  schedule(run: (signal: AbortSignal) => unknown, delayMs: number): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.controller = new AbortController();
      void run(this.controller.signal);
    }, delayMs);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
  }
}
