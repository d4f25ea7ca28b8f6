import { html, nothing, type TemplateResult } from 'lit';
import { Lexer } from 'marked';
import { renderTokens, safeUrl } from './markdown-render.js';
import { provideMarkdown } from './markdown-renderer.js';

/**
 * An organization's Markdown description (untrusted: anyone who may edit it could try to
 * freeze every visitor's page) to Lit templates, as udata renders it (GitHub-flavoured, a
 * single line break kept). The work is bounded whatever the input:
 * - at most MAX_SOURCE characters are rendered, cut at a paragraph, then a "read more" link
 *   to the organization's page;
 * - a line opening more than MAX_MARKERS quotes or list items keeps the first ones, and
 *   indentation past MAX_INDENT is cut, so marked's recursive lexer stays shallow;
 * - the renderer flattens what is nested deeper than it shows (see markdown-render.ts);
 * - if anything still fails, the description shows as plain text (paragraphs and line
 *   breaks kept). The result, success or fallback, is kept for the same source: a failure is
 *   never retried on every render.
 *
 * Lives apart so that only the dashboard pulls marked into a bundle.
 */
export function renderMarkdown(markdown: string | null | undefined, readMore?: ReadMore): TemplateResult | typeof nothing {
  if (!markdown?.trim()) return nothing;
  const key = `${readMore?.href ?? ''}\u0000${readMore?.label ?? ''}\u0000${markdown}`;
  if (key !== cache.key) {
    const { source, truncated } = bound(markdown);
    let body: TemplateResult;
    try {
      body = renderTokens(Lexer.lex(source, { gfm: true, breaks: true }));
    } catch {
      body = plainText(source);
    }
    const href = truncated && readMore ? safeUrl(readMore.href) : null;
    cache.result = href
      ? html`${body}
          <p class="read-more"><a class="link" href=${href}>${readMore!.label}</a></p>`
      : body;
    cache.key = key;
  }
  return cache.result;
}

provideMarkdown(renderMarkdown);

/** Where the whole description can be read when it is cut. */
export interface ReadMore {
  href: string;
  label: string;
}

export const MAX_SOURCE = 20_000;
const MAX_MARKERS = 8;
const MAX_INDENT = 40;

const cache: { key?: string; result: TemplateResult } = { result: html`` };

/** Container markers opening a line: `>`, `-`/`*`/`+` and `1.`/`1)` followed by a space. */
const LINE_MARKERS = /^(?:[ \t]*(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*){2,}/gm;
const MARKER = /[ \t]*(?:>|[*+-]|\d{1,9}[.)])[ \t]*/g;

function bound(markdown: string): { source: string; truncated: boolean } {
  let source = markdown;
  let truncated = false;
  if (source.length > MAX_SOURCE) {
    const cut = source.lastIndexOf('\n\n', MAX_SOURCE);
    source = source.slice(0, cut > MAX_SOURCE / 2 ? cut : MAX_SOURCE);
    truncated = true;
  }
  source = source.replace(LINE_MARKERS, (prefix) => {
    const markers = prefix.match(MARKER) ?? [];
    return markers.length > MAX_MARKERS ? markers.slice(0, MAX_MARKERS).join('') : prefix;
  });
  source = source.replace(new RegExp(`^[ \\t]{${MAX_INDENT + 1},}`, 'gm'), ' '.repeat(MAX_INDENT));
  return { source, truncated };
}

/** The fallback: the source as text, its paragraphs and line breaks kept. */
function plainText(source: string): TemplateResult {
  const paragraphs = source.split(/\n[ \t]*\n/).filter((p) => p.trim());
  return html`${paragraphs.map((p) => html`<p>${p.split('\n').map((line, i) => (i ? html`<br />${line}` : line))}</p>`)}`;
}
