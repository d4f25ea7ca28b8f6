import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { MockUdata } from './backend.js';
import { MockMetricsApi } from './metrics-api.js';
import { readForm } from './uploads.js';

/**
 * The in-memory udata behind a real HTTP server on another origin, answering CORS like udata
 * for third-party sites (`Access-Control-Allow-Origin: *`, no credentials). Its preflight is
 * `udata/cors.py`'s: 204, the method and headers asked allowed (`X-Fields` included), no
 * `Access-Control-Max-Age`. `allowHeaders` plays a server that allows only those.
 */
export async function startMockServer(
  port = 0,
  { allowHeaders }: { allowHeaders?: string } = {},
): Promise<{ server: Server; backend: MockUdata; apiBase: string }> {
  const backend = new MockUdata();
  const server = createServer((req, res) => void answer(backend, req, res, allowHeaders));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, backend, apiBase: `http://127.0.0.1:${actualPort}/api/1/` };
}

const CORS = { 'Access-Control-Allow-Origin': '*', Vary: 'Origin' };

async function answer(backend: MockUdata, req: IncomingMessage, res: ServerResponse, allowHeaders?: string) {
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    res
      .writeHead(204, {
        ...CORS,
        'Access-Control-Allow-Methods': String(req.headers['access-control-request-method']),
        'Access-Control-Allow-Headers': allowHeaders ?? String(req.headers['access-control-request-headers'] ?? ''),
        Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      })
      .end();
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
  const url = `http://${req.headers.host}${req.url}`;
  const method = req.method ?? 'GET';
  // A multipart body (a logo) is read as the browser's FormData would be.
  const type = headers['content-type'] ?? '';
  const form =
    raw.length && type ? await readForm(new Request(url, { method, headers: { 'content-type': type }, body: raw })) : undefined;
  const text = form ? '' : raw.toString('utf8');
  const result = backend.handleRaw({ method, url, headers, text, form });
  if (result.delayMs) await new Promise((r) => setTimeout(r, result.delayMs));
  if (result.networkError) {
    req.socket.destroy();
    return;
  }
  const payload = result.bytes
    ? Buffer.from(result.bytes)
    : (result.text ?? (result.json === undefined || result.status === 204 ? '' : JSON.stringify(result.json)));
  res.writeHead(result.status, { ...CORS, 'Content-Type': 'application/json', ...result.headers }).end(payload);
}

/**
 * The in-memory metrics API behind a real HTTP server on its own origin (another port), as
 * data.gouv.fr's answers: any origin allowed, credentials too (aiohttp-cors echoes the origin),
 * no key.
 */
export async function startMetricsServer(port = 0): Promise<{ server: Server; backend: MockMetricsApi; metricsBase: string }> {
  const backend = new MockMetricsApi();
  const server = createServer((req, res) => {
    const origin = req.headers.origin;
    const cors: Record<string, string> = origin
      ? {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Credentials': 'true',
          'Access-Control-Expose-Headers': '*',
        }
      : {};
    if (req.method === 'OPTIONS') {
      const asked = req.headers['access-control-request-headers'];
      res
        .writeHead(200, {
          ...cors,
          'Access-Control-Allow-Methods': String(req.headers['access-control-request-method'] ?? 'GET'),
          ...(asked ? { 'Access-Control-Allow-Headers': String(asked) } : {}),
        })
        .end();
      return;
    }
    const result = backend.handle({ method: req.method ?? 'GET', url: `http://${req.headers.host}${req.url}` });
    if (result.networkError) {
      req.socket.destroy();
      return;
    }
    const payload = result.bytes ? Buffer.from(result.bytes) : JSON.stringify(result.json);
    res.writeHead(result.status, { 'Content-Type': 'application/json; charset=utf-8', ...cors, ...result.headers }).end(payload);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, backend, metricsBase: `http://127.0.0.1:${actualPort}/api/` };
}
