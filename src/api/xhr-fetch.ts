/**
 * A `fetch` over XMLHttpRequest, for the one thing fetch cannot do: report how much of a
 * request body is sent (a logo over a slow connection). Supports what the transport uses:
 * method, headers, body, credentials, signal; the answer is a real `Response`. Redirects are
 * followed by the browser, but never across origins with the key: the transport refuses
 * a redirected answer that left the API.
 */
export function xhrFetch(onProgress: (fraction: number) => void): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const signal = init.signal;
      const abort = () => xhr.abort();
      if (signal?.aborted) return reject(new DOMException('aborted', 'AbortError'));
      signal?.addEventListener('abort', abort, { once: true });
      const done = () => signal?.removeEventListener('abort', abort);
      xhr.open(init.method ?? 'GET', String(input));
      xhr.withCredentials = init.credentials === 'include';
      for (const [name, value] of Object.entries((init.headers ?? {}) as Record<string, string>))
        xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
      xhr.onload = () => {
        done();
        onProgress(1);
        const headers = new Headers();
        for (const line of xhr
          .getAllResponseHeaders()
          .trim()
          .split(/[\r\n]+/)) {
          const at = line.indexOf(':');
          if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
        }
        // A Response cannot carry a 1xx or 0 status; null body for statuses that have none.
        const body = [204, 205, 304].includes(xhr.status) ? null : xhr.responseText;
        const response = new Response(body, { status: xhr.status, statusText: xhr.statusText, headers });
        Object.defineProperty(response, 'url', { value: xhr.responseURL });
        Object.defineProperty(response, 'redirected', { value: xhr.responseURL !== '' && xhr.responseURL !== String(input) });
        resolve(response);
      };
      xhr.onerror = () => {
        done();
        reject(new TypeError('network error'));
      };
      xhr.onabort = () => {
        done();
        reject(new DOMException('aborted', 'AbortError'));
      };
      xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
    });
}
