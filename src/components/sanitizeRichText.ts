import DOMPurify from 'dompurify';

/** What imported rich text may keep: paragraphs, emphasis, links, lists and quotations. */
const ALLOWED_TAGS = ['p', 'br', 'em', 'i', 'strong', 'b', 'a', 'ul', 'ol', 'li', 'blockquote'];
const SAFE_LINK = /^(?:https?:|mailto:)/i;

let hooked = false;
function purifier() {
  if (!hooked) {
    // Every link that survives is http(s) or mailto and opens safely in a new tab.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName !== 'A') return;
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href.trim())) {
        node.removeAttribute('href');
        return;
      }
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    });
    hooked = true;
  }
  return DOMPurify;
}

/** Sanitises imported HTML to the allowlist: no scripts, handlers, styles, images or frames. */
export function sanitizeRichText(html: string): string {
  return purifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: SAFE_LINK,
    KEEP_CONTENT: true,
  });
}
