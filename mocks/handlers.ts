import { delay, http, HttpResponse } from 'msw';
import { mockUdata, type MockResponse, type MockUdata } from './backend.js';

/** Answers every request to any `…/api/1/…` URL from the in-memory udata. */
export function createHandlers(backend: MockUdata = mockUdata) {
  return [
    http.all('*/api/1/*', async ({ request }) => {
      const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => (headers[name] = value));
      const answer = backend.handleRaw({
        method: request.method,
        url: request.url,
        headers,
        text,
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
  if (answer.text !== undefined) {
    headers.set('Content-Type', 'application/json');
    return new HttpResponse(answer.text, { status: answer.status, headers });
  }
  if (answer.status === 204 || answer.json === undefined) return new HttpResponse(null, { status: answer.status, headers });
  return HttpResponse.json(answer.json, { status: answer.status, headers });
}

export const handlers = createHandlers();
