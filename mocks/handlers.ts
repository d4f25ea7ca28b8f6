import { delay, http, HttpResponse } from 'msw';
import { mockUdata, type MockResponse, type MockUdata } from './backend.js';
import { METRICS_API_BASE, mockMetricsApi, type MockMetricsApi } from './metrics-api.js';
import { readForm } from './uploads.js';

/**
 * Answers every request to any `…/api/1/…` URL from the in-memory udata, and those to the
 * metrics API's own origin (`METRICS_API_BASE`) from the in-memory metrics API.
 */
export function createHandlers(backend: MockUdata = mockUdata, metrics: MockMetricsApi = mockMetricsApi) {
  return [
    http.all(`${METRICS_API_BASE}*`, ({ request }) =>
      toHttpResponse(metrics.handle({ method: request.method, url: request.url })),
    ),
    // The uploaded logos, where udata serves them (`/s/avatars/…`); other files pass through.
    http.get('*/s/avatars/*', ({ request }) => {
      const file = backend.uploads.serve(request.url);
      return file ? toHttpResponse(file) : undefined;
    }),
    http.all('*/api/1/*', async ({ request }) => {
      const form = await readForm(request);
      const text = form || request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => (headers[name] = value));
      const answer = backend.handleRaw({
        method: request.method,
        url: request.url,
        headers,
        text,
        form,
        credentials: request.credentials,
      });
      return toHttpResponse(answer);
    }),
  ];
}

async function toHttpResponse(answer: MockResponse) {
  if (answer.delayMs) await delay(answer.delayMs);
  if (answer.networkError) return HttpResponse.error();
  const headers = new Headers(answer.headers);
  if (answer.bytes) return new HttpResponse(answer.bytes.slice().buffer, { status: answer.status, headers });
  if (answer.text !== undefined) {
    headers.set('Content-Type', 'application/json');
    return new HttpResponse(answer.text, { status: answer.status, headers });
  }
  if (answer.status === 204 || answer.json === undefined) return new HttpResponse(null, { status: answer.status, headers });
  return HttpResponse.json(answer.json, { status: answer.status, headers });
}

export const handlers = createHandlers();
