import { html, nothing, type TemplateResult } from 'lit';
import type { Token, Tokens } from 'marked';
import { decodeEntities as decode, textOfHtml } from './html-text.js';

/**
 * Markdown tokens (marked's, GitHub-flavoured) to Lit templates, never to an HTML string: each
 * token becomes a fixed element whose text and attributes Lit binds as data. Raw HTML keeps
 * only its text, but for a few bare inline tags (`<b>`, `<em>`, `<br>`… see INLINE_TAGS), so
 * nothing needs sanitizing; links and images keep only `http(s)`, `mailto`, relative and `#`
 * addresses, and links leave the page safely (`rel="noopener noreferrer nofollow"`, a new tab
 * when they go to another site). Headings fit under the section's own (see `heading`).
 *
 * Nesting is bounded: past MAX_DEPTH containers (quotes, lists, emphasis) a token shows as its
 * plain text, and at most MAX_INLINE_TAGS raw inline tags are open at once, so a hostile
 * description cannot overflow the stack or take more than linear work.
 */
export function renderTokens(tokens: Token[]): TemplateResult {
  startOutline(tokens);
  return html`${blocks(tokens, 0)}`;
}

const MAX_DEPTH = 12;
const MAX_INLINE_TAGS = 8;

/** A container past the depth limit: its source text, as text. */
const flattened = (token: Token) => decode(String('text' in token ? token.text : token.raw));

/** Absolute http(s) and mailto addresses, fragments, and relative paths (not `//host`). */
const SAFE_URL = /^(?:https?:|mailto:|#|\/(?!\/)|[^:/?#]+(?:[/?#]|$))/i;

/** The address (its character references already decoded) when it is safe to follow or load, otherwise null. */
export function safeUrl(href: string | null | undefined): string | null {
  const url = href?.trim();
  if (!url || !SAFE_URL.test(url)) return null;
  return url;
}

function blocks(tokens: Token[], depth: number): unknown[] {
  return tokens.map((token) => block(token, depth));
}

function block(token: Token, depth: number): unknown {
  if (depth > MAX_DEPTH && (token.type === 'list' || token.type === 'blockquote')) return html`<p>${flattened(token)}</p>`;
  switch (token.type) {
    case 'paragraph':
      return html`<p>${inline(token.tokens, depth)}</p>`;
    case 'heading':
      return heading(token as Tokens.Heading, depth);
    case 'list':
      return list(token as Tokens.List, depth + 1);
    case 'blockquote':
      return html`<blockquote>${blocks(token.tokens ?? [], depth + 1)}</blockquote>`;
    case 'code':
      return html`<pre><code>${token.text}</code></pre>`;
    case 'table':
      return table(token as Tokens.Table, depth);
    case 'hr':
      return html`<hr />`;
    case 'html': {
      const text = textOfHtml(token.text);
      return text ? html`<p>${text}</p>` : nothing;
    }
    case 'text':
      return token.tokens ? inline(token.tokens, depth) : decode(token.text);
    default:
      return nothing; // space, def (link definitions), unknown extensions
  }
}

/**
 * Headings of a description sit under the section's own h2: the depths it uses become h3,
 * h4… in order (`##` alone becomes h3), and no heading goes more than one level below the
 * one before it, so the page outline never skips a level.
 */
let outline = { levels: new Map<number, number>(), previous: 2 };

function startOutline(tokens: Token[]): void {
  const depths = new Set<number>();
  // Iterative: a deep (hostile) nesting must not overflow the stack here either.
  const pending: Token[][] = [tokens];
  for (let list = pending.pop(); list; list = pending.pop()) {
    for (const token of list) {
      if (token.type === 'heading') depths.add((token as Tokens.Heading).depth);
      if (token.type === 'blockquote') pending.push(token.tokens ?? []);
      if (token.type === 'list') (token as Tokens.List).items.forEach((item) => pending.push(item.tokens));
    }
  }
  outline = { levels: new Map([...depths].sort((a, b) => a - b).map((depth, rank) => [depth, rank + 3])), previous: 2 };
}

function heading(token: Tokens.Heading, depth: number) {
  const level = Math.min(outline.levels.get(token.depth) ?? 6, outline.previous + 1, 6);
  outline.previous = level;
  const content = inline(token.tokens, depth);
  switch (level) {
    case 3:
      return html`<h3>${content}</h3>`;
    case 4:
      return html`<h4>${content}</h4>`;
    case 5:
      return html`<h5>${content}</h5>`;
    default:
      return html`<h6>${content}</h6>`;
  }
}

function list(token: Tokens.List, depth: number) {
  const items = token.items.map((item) => {
    const content = item.tokens.map((t) => (t.type === 'checkbox' ? checkbox(t as Tokens.Checkbox) : block(t, depth)));
    // A task's box is named by its text.
    return item.task ? html`<li class="task"><label>${content}</label></li>` : html`<li>${content}</li>`;
  });
  return token.ordered
    ? html`<ol start=${Number(token.start) || 1}>
        ${items}
      </ol>`
    : html`<ul>
        ${items}
      </ul>`;
}

function checkbox(token: Tokens.Checkbox) {
  return html`<input type="checkbox" disabled .checked=${token.checked} /> `;
}

function table(token: Tokens.Table, depth: number) {
  const align = (c: Tokens.TableCell) => (c.align ? `align-${c.align}` : nothing);
  const cell = (c: Tokens.TableCell, tag: 'th' | 'td') =>
    tag === 'th'
      ? html`<th scope="col" class=${align(c)}>${inline(c.tokens, depth)}</th>`
      : html`<td class=${align(c)}>${inline(c.tokens, depth)}</td>`;
  return html`<div class="table-scroll">
    <table>
      <thead>
        <tr>
          ${token.header.map((c) => cell(c, 'th'))}
        </tr>
      </thead>
      <tbody>
        ${token.rows.map(
          (row) =>
            html`<tr>
              ${row.map((c) => cell(c, 'td'))}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The inline HTML tags udata keeps (bleach) that are worth keeping here, without attributes. */
const INLINE_TAGS = new Map<string, (content: unknown) => TemplateResult>([
  ['b', (c) => html`<b>${c}</b>`],
  ['strong', (c) => html`<strong>${c}</strong>`],
  ['i', (c) => html`<i>${c}</i>`],
  ['em', (c) => html`<em>${c}</em>`],
  ['code', (c) => html`<code>${c}</code>`],
  ['del', (c) => html`<del>${c}</del>`],
  ['s', (c) => html`<s>${c}</s>`],
  ['sub', (c) => html`<sub>${c}</sub>`],
  ['sup', (c) => html`<sup>${c}</sup>`],
]);

/**
 * Inline tokens in order. A raw inline tag of INLINE_TAGS (`<b>`, bare) wraps what comes up
 * to its closing tag; an unclosed one wraps nothing, and any other tag is dropped, as is one
 * more tag than MAX_INLINE_TAGS open at once.
 */
function inline(tokens: Token[] | undefined, depth: number): unknown[] {
  const root: unknown[] = [];
  const open: { tag: string; content: unknown[] }[] = [];
  const current = () => open.at(-1)?.content ?? root;
  // The body of an inline <script> or <style> is code, not text: it is left out.
  let hiddenUntil: string | null = null;
  for (const token of tokens ?? []) {
    const source = token.type === 'html' ? token.text.trim() : '';
    const tag = source ? /^<(\/?)([a-z]+)\b[^>]*>$/i.exec(source) : null;
    const closing = Boolean(tag?.[1]);
    const name = tag?.[2].toLowerCase() ?? '';
    // Only bare tags (`<b>`, no attributes) are kept as elements.
    const bare = tag !== null && /^<\/?[a-z]+>$/i.test(source);
    if (hiddenUntil) {
      if (closing && name === hiddenUntil) hiddenUntil = null;
      continue;
    }
    if (tag && !closing && (name === 'script' || name === 'style')) {
      hiddenUntil = name;
      continue;
    }
    if (bare && INLINE_TAGS.has(name) && !closing) {
      if (open.length < MAX_INLINE_TAGS && depth + open.length < MAX_DEPTH) open.push({ tag: name, content: [] });
    } else if (bare && closing && open.some((frame) => frame.tag === name)) {
      while (open.length) {
        const frame = open.pop()!;
        const wrapped = frame.tag === name ? INLINE_TAGS.get(name)!(frame.content) : frame.content;
        current().push(wrapped);
        if (frame.tag === name) break;
      }
    } else {
      current().push(inlineToken(token, depth + open.length));
    }
  }
  while (open.length) {
    const frame = open.pop()!;
    current().push(frame.content);
  }
  return root;
}

function inlineToken(token: Token, depth: number): unknown {
  const nested = ['strong', 'em', 'del', 'link'].includes(token.type);
  if (nested && depth > MAX_DEPTH) return flattened(token);
  switch (token.type) {
    case 'text':
      return token.tokens ? inline(token.tokens, depth) : decode(token.text);
    case 'checkbox': // a task of a loose list: its box is inside the item's paragraph
      return checkbox(token as Tokens.Checkbox);
    case 'escape':
      return token.text;
    case 'strong':
      return html`<strong>${inline(token.tokens, depth + 1)}</strong>`;
    case 'em':
      return html`<em>${inline(token.tokens, depth + 1)}</em>`;
    case 'del':
      return html`<del>${inline(token.tokens, depth + 1)}</del>`;
    case 'codespan':
      return html`<code>${token.text}</code>`; // code keeps `&amp;` as written
    case 'br':
      return html`<br />`;
    case 'link':
      return link(token as Tokens.Link, depth + 1);
    case 'image':
      return image(token as Tokens.Image);
    case 'html':
      // Another inline tag: a line break is kept, any other tag dropped (the text around it stays).
      return /^<br\s*\/?>$/i.test(token.text) ? html`<br />` : nothing;
    default:
      return 'text' in token ? decode(String(token.text)) : nothing;
  }
}

function link(token: Tokens.Link, depth: number) {
  const href = safeUrl(decode(token.href));
  const content = inline(token.tokens, depth);
  if (!href) return content;
  const external = originOf(href) !== window.location.origin;
  return html`<a
    href=${href}
    title=${token.title ? decode(token.title) : nothing}
    rel="noopener noreferrer nofollow"
    target=${external ? '_blank' : nothing}
    >${content}</a
  >`;
}

/** An image with an unsafe address is left out; its text alternative stays as text. */
function image(token: Tokens.Image) {
  const src = safeUrl(decode(token.href));
  if (!src || src.startsWith('mailto:')) return decode(token.text);
  return html`<img
    src=${src}
    alt=${decode(token.text)}
    title=${token.title ? decode(token.title) : nothing}
    loading="lazy"
    referrerpolicy="no-referrer"
  />`;
}

function originOf(href: string): string | null {
  try {
    return new URL(href, window.location.href).origin;
  } catch {
    return null;
  }
}
