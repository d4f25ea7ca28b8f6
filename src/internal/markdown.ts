import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/**
 * Markdown from the API (untrusted) to sanitized HTML: marked parses (no raw HTML kept as
 * such: DOMPurify removes scripts, event handlers, `javascript:` and other unsafe URLs), and
 * links leave the page safely (`rel="noopener noreferrer nofollow"`, new tab when external).
 *
 * Lives apart so that only the dashboard pulls marked and DOMPurify into a bundle.
 */
const parser = new Marked({ gfm: true, breaks: false, async: false });

let hooked = false;
function purifier() {
  if (!hooked) {
    hooked = true;
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer nofollow');
        if (node.origin !== window.location.origin) node.setAttribute('target', '_blank');
      }
      // An image whose source was unsafe is gone; one without a text alternative is decorative.
      if (node instanceof HTMLImageElement) {
        if (!node.getAttribute('src')) node.remove();
        else if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
      }
    });
  }
  return DOMPurify;
}

export function renderMarkdown(markdown: string | null | undefined): string {
  if (!markdown?.trim()) return '';
  const html = parser.parse(markdown) as string;
  return purifier().sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style', 'id', 'class'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/(?!\/))/i,
  });
}
