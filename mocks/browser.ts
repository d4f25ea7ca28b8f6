import { setupWorker } from 'msw/browser';
import { handlers } from './handlers.js';

export { mockUdata } from './backend.js';
export { mockMetricsApi, METRICS_API_BASE } from './metrics-api.js';
export { VIEWER_KEYS, ORG_IDS, ORG_SLUGS, ORG_OLD_SLUGS, HOSTILE } from './seed.js';

/** The msw worker of a page: its handlers answer from the shared in-memory udata. */
export const worker = setupWorker(...handlers);

let started: Promise<unknown> | undefined;

/** Starts the worker once per page; `mockServiceWorker.js` must be served from the root. */
export function startMockApi(options: { quiet?: boolean } = {}) {
  started ??= worker.start({
    quiet: options.quiet ?? true,
    onUnhandledRequest(request, print) {
      // Only the API is mocked; the page's own modules pass through.
      if (new URL(request.url).pathname.includes('/api/1/')) print.error();
    },
  });
  return started;
}

/** The mock API root used by tests and the demo (never resolved: msw answers it). */
export const MOCK_API_BASE = 'https://udata.example/api/1/';
