import { render } from 'lit';
import { renderMarkdown } from '../src/internal/markdown.js';

/** For `npm run bench`: milliseconds to turn one description into DOM (Markdown to Lit, then render). */
(globalThis as { measureMarkdown?: (source: string) => number }).measureMarkdown = (source) => {
  const container = document.createElement('div');
  document.body.append(container);
  const start = performance.now();
  render(renderMarkdown(source, { href: '/organizations/x/', label: 'Lire la suite' }), container);
  const elapsed = performance.now() - start;
  container.remove();
  return elapsed;
};
