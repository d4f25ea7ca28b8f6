/**
 * What a page pays through the loader: for each tag, every file the browser fetches when the
 * page uses only that tag (the loader, the tag's module, the shared chunks it imports), read
 * from the built `dist/` by following the static imports of each file.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { CARD_TAGS } from '../src/components/org-dashboard/card-tag-names.js';

export const LOADER = 'dist/udata-org-elements.loader.js';

const brotli = (path: string) =>
  brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Each tag's module as the loader imports it (path relative to `dist/`). */
export function loaderModules(): Map<string, string> {
  const code = readFileSync(LOADER, 'utf8');
  const modules = new Map<string, string>();
  // `"tag":()=>__l("tag-<hash>","core-<hash>",…)` (every file at once), or a plain import.
  const imports = /"([a-z]+(?:-[a-z]+)+)":\(\)=>(?:import\("\.\/([^"]+)"|__l\("([^"]+)")/g;
  for (const [, tag, path, lazy] of code.matchAll(imports)) modules.set(tag, path ?? `lazy/${lazy}.js`);
  return modules;
}

/** The file and everything it imports statically, as paths relative to `dist/`. */
export function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join('dist', file), 'utf8');
  for (const [, path] of code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'();]*?from\s*)?"(\.\.?\/[^"]+)"/g)) {
    closure(relative('dist', join('dist', dirname(file), path)), seen);
  }
  return seen;
}

/** Brotli bytes of the loader plus every file a page with only `tag` downloads. */
export function loaderCost(tag: string): { files: string[]; brotli: number } {
  const module = loaderModules().get(tag);
  if (!module) throw new Error(`the loader does not know <${tag}>`);
  const files = ['udata-org-elements.loader.js', ...closure(module)];
  return { files, brotli: files.reduce((sum, file) => sum + brotli(join('dist', file)), 0) };
}

export const loaderBrotli = () => brotli(LOADER);

/** What the dashboard fetches after its first datasets: its cards' tags, the files of `first` excepted. */
export function cardTagsCost(first: string[]): { files: string[]; brotli: number } {
  const modules = loaderModules();
  const later = new Set<string>();
  for (const tag of CARD_TAGS) for (const file of closure(modules.get(tag)!)) if (!first.includes(file)) later.add(file);
  const files = [...later];
  return { files, brotli: files.reduce((sum, file) => sum + brotli(join('dist', file)), 0) };
}
