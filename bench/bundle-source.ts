import { build } from 'esbuild';

/** `contents` (a module's source, importing lit or our files) as one minified ES module, lit inside. */
export async function bundleSource(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    conditions: ['production'],
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/**
 * lit (production build) for a floor, as a page script: `globalThis.floorLit`, with
 * `LitElement`, `html` and `css` (each bench's plain element reads what it needs of it).
 */
export function floorLit(): Promise<string> {
  return bundleSource("import { LitElement, html, css } from 'lit'; globalThis.floorLit = { LitElement, html, css };");
}
