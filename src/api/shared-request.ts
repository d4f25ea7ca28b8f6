import { ApiError } from './errors.js';
import type { ApiResponse } from './transport.js';

/**
 * One GET shared by every caller that asked for the same URL while it ran. Each caller may
 * abort its own wait; the request itself is aborted only when every caller has left.
 */
export class SharedRequest {
  private waiting = 0;

  constructor(
    private readonly controller: AbortController,
    readonly promise: Promise<ApiResponse<unknown>>,
  ) {
    // Callers observe failures through join(); this keeps an unjoined rejection quiet.
    promise.catch(() => undefined);
  }

  /** Every caller left and the request was aborted. */
  get abandoned(): boolean {
    return this.controller.signal.aborted;
  }

  join(signal: AbortSignal | undefined, action: string): Promise<ApiResponse<unknown>> {
    this.waiting++;
    const leave = () => {
      this.waiting--;
      if (this.waiting === 0) this.controller.abort();
    };
    if (!signal) return this.promise.finally(() => this.waiting--);
    if (signal.aborted) {
      leave();
      return Promise.reject(new ApiError({ kind: 'abort', status: 0, action, message: 'aborted' }));
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        leave();
        reject(new ApiError({ kind: 'abort', status: 0, action, message: 'aborted' }));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          this.waiting--;
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          this.waiting--;
          // The action of the caller who started the request is in the error; keep it.
          reject(error);
        },
      );
    });
  }
}
