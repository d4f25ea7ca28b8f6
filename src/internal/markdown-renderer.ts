import type { renderMarkdown } from './markdown.js';

let renderer: typeof renderMarkdown | undefined;

/**
 * The Markdown renderer once its module (marked with it, 16 kB) has run, undefined before:
 * an element that can show something else first (the dashboard's other sections) fetches it
 * later (`import('./markdown.js')`) instead of carrying it in its first files.
 */
export const loadedMarkdown = (): typeof renderMarkdown | undefined => renderer;

/** Called once by `markdown.ts` when it runs. */
export function provideMarkdown(render: typeof renderMarkdown): void {
  renderer = render;
}
