// A small reader of RSS 2.0 and Atom 1.0 feeds (htmlparser2 in XML mode: already installed with
// sanitize-html, no DTDs, no external entities). It keeps what reposting needs: each entry's
// title, address, date and content; everything else is ignored.
import { DomUtils, parseDocument } from 'htmlparser2';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { name: string; attribs: Record<string, string> }>;

export interface FeedEntry {
  title: string;
  url: string;
  guid: string | null;
  publishedAt: Date | null;
  /** HTML (sanitized later, by the portal, when the draft is saved). */
  html: string;
  author: string | null;
}

export interface ParsedFeed {
  kind: 'rss' | 'atom';
  title: string;
  link: string | null;
  entries: FeedEntry[];
}

export class FeedError extends Error {}

const isElement = (n: Node): n is Element => 'name' in n && 'attribs' in n;
const local = (name: string) => name.toLowerCase().replace(/^.*:/, '');
const kids = (el: Element): Element[] => el.children.filter(isElement);
const child = (el: Element, name: string) => kids(el).find((c) => local(c.name) === name);
const childrenNamed = (el: Element, name: string) => kids(el).filter((c) => local(c.name) === name);
const text = (el: Element | undefined) => (el ? DomUtils.textContent(el).trim() : '');

function date(s: string): Date | null {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** An absolute http(s) address, resolved against the feed's own, or null. */
function address(raw: string, base: string): string | null {
  try {
    const u = new URL(raw.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function atomContent(el: Element | undefined): string {
  if (!el) return '';
  const type = (el.attribs.type ?? 'text').toLowerCase();
  if (type === 'xhtml') return DomUtils.getInnerHTML(el, { xmlMode: true });
  const t = DomUtils.textContent(el);
  return type === 'html' ? t : `<p>${escapeHtml(t.trim())}</p>`;
}

export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const root = doc.children.filter(isElement)[0];
  if (!root) throw new FeedError('不是 XML 文档');
  const rootName = local(root.name);
  if (rootName === 'rss' || rootName === 'rdf') {
    const channel = child(root, 'channel');
    if (!channel) throw new FeedError('RSS 缺少 channel 元素');
    // RSS 1.0 (RDF) puts items beside the channel, RSS 2.0 inside it.
    const items = [...childrenNamed(channel, 'item'), ...childrenNamed(root, 'item')];
    return {
      kind: 'rss',
      title: text(child(channel, 'title')),
      link: address(text(child(channel, 'link')), feedUrl),
      entries: items.flatMap((item) => {
        const guid = child(item, 'guid');
        const permalink = guid && guid.attribs.isPermaLink !== 'false' ? text(guid) : '';
        const url = address(text(child(item, 'link')) || permalink, feedUrl);
        const title = text(child(item, 'title'));
        if (!url || !title) return [];
        return [
          {
            title,
            url,
            guid: guid ? text(guid) : null,
            publishedAt: date(text(child(item, 'pubdate')) || text(child(item, 'date'))),
            html: text(child(item, 'encoded')) || text(child(item, 'description')),
            author: text(child(item, 'creator')) || text(child(item, 'author')) || null,
          },
        ];
      }),
    };
  }
  if (rootName === 'feed') {
    const linkOf = (el: Element) => {
      const links = childrenNamed(el, 'link');
      const alt = links.find((l) => !l.attribs.rel || l.attribs.rel === 'alternate') ?? links[0];
      return alt ? address(alt.attribs.href ?? '', feedUrl) : null;
    };
    return {
      kind: 'atom',
      title: text(child(root, 'title')),
      link: linkOf(root),
      entries: childrenNamed(root, 'entry').flatMap((entry) => {
        const url = linkOf(entry);
        const title = text(child(entry, 'title'));
        if (!url || !title) return [];
        const author = child(entry, 'author');
        return [
          {
            title,
            url,
            guid: text(child(entry, 'id')) || null,
            publishedAt: date(text(child(entry, 'published')) || text(child(entry, 'updated'))),
            html: atomContent(child(entry, 'content')) || atomContent(child(entry, 'summary')),
            author: author ? text(child(author, 'name')) || null : null,
          },
        ];
      }),
    };
  }
  throw new FeedError(`不是 RSS 或 Atom 订阅源（根元素为 ${root.name}）`);
}

/** The address without fragment and common tracking parameters, for duplicate detection. */
export function normalizeEntryUrl(raw: string): string {
  const u = new URL(raw);
  u.hash = '';
  for (const k of [...u.searchParams.keys()])
    if (/^(utm_|spm$|from$|share|fbclid$|gclid$)/i.test(k)) u.searchParams.delete(k);
  u.hostname = u.hostname.toLowerCase();
  return u.toString();
}

/** A title reduced to its words: no spaces, punctuation or width differences. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
