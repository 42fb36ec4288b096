// Article bodies are rich HTML written by editors or pasted from elsewhere; they are cleaned on
// save with an allow-list, so what is stored is what may be shown. Scripts, event handlers,
// javascript:/data: links, styles, SVG and iframes from other sites never reach the database.
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'figure',
  'figcaption',
  'hr',
  'span',
  'div',
  'pre',
  'code',
  'iframe',
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  // No style, no class, no id, no on*: presentation belongs to the site's stylesheet.
  allowedAttributes: {
    a: ['href', 'title', 'target', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    ol: ['start'],
    iframe: ['src', 'title', 'width', 'height'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'], iframe: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  // Iframes only from this site (e.g. an embedded page of another module); every foreign one goes.
  allowedIframeHostnames: [],
  allowIframeRelativeUrls: true,
  // The page carries the one <h1>; a pasted <h1> becomes a second-level heading.
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs) => {
      const out: Record<string, string> = { ...attribs };
      if (out.target && out.target !== '_blank') delete out.target;
      if (out.target === '_blank') out.rel = 'noopener noreferrer';
      else delete out.rel;
      return { tagName, attribs: out };
    },
  },
  // The content of these goes with the tag (text inside <script> is not text for readers).
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'svg', 'math', 'template'],
  // An <a> or <iframe> whose address was removed is useless; drop the empty iframe entirely.
  exclusiveFilter: (frame) => frame.tag === 'iframe' && !frame.attribs.src,
  disallowedTagsMode: 'discard',
};

/** The body as it may be stored and shown: allow-listed tags, attributes and URL schemes only. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Plain text of a (sanitized) body: one line per paragraph, whitespace collapsed. */
export function htmlToText(html: string): string {
  const marked = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|blockquote|figcaption|caption|pre|table)>/gi, '\n');
  const stripped = sanitizeHtml(marked, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: OPTIONS.nonTextTags,
  });
  return decodeEntities(stripped)
    .split('\n')
    .map((line) => line.replace(/[\s\u3000]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Every link and image address in a body (for the broken-link checker). */
export function extractLinks(html: string): Array<{ tag: 'a' | 'img' | 'iframe'; url: string }> {
  const out: Array<{ tag: 'a' | 'img' | 'iframe'; url: string }> = [];
  sanitizeHtml(html, {
    allowedTags: ['a', 'img', 'iframe'],
    allowedAttributes: { a: ['href'], img: ['src'], iframe: ['src'] },
    transformTags: {
      '*': (tagName, attribs) => {
        const url = tagName === 'a' ? attribs.href : attribs.src;
        if (url && (tagName === 'a' || tagName === 'img' || tagName === 'iframe'))
          out.push({ tag: tagName, url: decodeEntities(url) });
        return { tagName, attribs };
      },
    },
  });
  return out;
}
