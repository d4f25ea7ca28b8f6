import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const dist = new URL('../../dist/', import.meta.url).pathname;

/**
 * The package as a CDN serves it: the file of the built `dist/` that a `/cdn/…` path names
 * (null outside `dist/` or missing), with its content type.
 */
export function distFile(path: string): { file: string; name: string; type: string } | null {
  const name = path.slice('/cdn/'.length);
  const file = normalize(join(dist, name));
  if (!path.startsWith('/cdn/') || !file.startsWith(dist) || !existsSync(file)) return null;
  return { file, name, type: extname(file) === '.js' ? 'text/javascript' : 'application/json' };
}
