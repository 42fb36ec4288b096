// Finds the addresses in an article's published content: links and images of the body, and the
// original address of a reposted article. Only http(s) addresses are kept; site-relative ones are
// made absolute with the site's public address (and skipped when it is not configured).
import { DomUtils, parseDocument } from 'htmlparser2';
import type { LinkKind } from '../portal-ops.table.ts';

export interface FoundLink {
  url: string;
  kind: LinkKind;
  label: string | null;
}

/** An absolute http(s) address without its fragment, or null for anything else. */
export function normalizeLink(raw: string, base: string | null): string | null {
  const href = raw.trim();
  if (!href || href.startsWith('#')) return null;
  let url: URL;
  try {
    url = base ? new URL(href, base) : new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  url.hash = '';
  return url.toString();
}

/** Whether an href is site-relative ('/columns/x', 'a.html'), i.e. needs the site's own address. */
export function isRelative(raw: string): boolean {
  const href = raw.trim();
  return (
    Boolean(href) && !href.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//')
  );
}

/**
 * Links in a body of sanitized HTML. `base` is the site's public address (for relative links);
 * relative links are dropped when it is empty, since there is nothing to check them against.
 */
export function extractLinks(html: string, base: string | null): FoundLink[] {
  const doc = parseDocument(html);
  const out: FoundLink[] = [];
  const seen = new Set<string>();
  const add = (raw: string | undefined, kind: LinkKind, label: string | null) => {
    if (!raw) return;
    if (isRelative(raw) && !base) return;
    const url = normalizeLink(raw.startsWith('//') ? `https:${raw}` : raw, base);
    if (!url || seen.has(`${kind} ${url}`)) return;
    seen.add(`${kind} ${url}`);
    out.push({ url, kind, label: label?.replace(/\s+/g, ' ').trim().slice(0, 200) || null });
  };
  for (const el of DomUtils.findAll((e) => e.name === 'a' || e.name === 'img', doc.children)) {
    if (el.name === 'a') add(el.attribs.href, 'body', DomUtils.textContent(el));
    else add(el.attribs.src, 'image', el.attribs.alt ?? null);
  }
  return out;
}
