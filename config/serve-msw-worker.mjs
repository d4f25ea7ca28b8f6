import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const workerPath = fileURLToPath(new URL('../public/mockServiceWorker.js', import.meta.url));

/** A dev-server plugin that serves msw's service worker from the page's root. */
export function serveMswWorker() {
  return {
    name: 'serve-msw-worker',
    serve(context) {
      if (context.path === '/mockServiceWorker.js') {
        return { body: readFileSync(workerPath, 'utf8'), type: 'js', headers: { 'Service-Worker-Allowed': '/' } };
      }
      return undefined;
    },
  };
}
