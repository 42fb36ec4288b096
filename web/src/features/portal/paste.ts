// Paste from Word (and WPS, and web pages): what the clipboard's HTML becomes before the editor
// reads it. Word writes lists as paragraphs with "mso-list" styles and a typed bullet, headings as
// <h1>…, and wraps everything in fonts, colours and conditional comments. We keep the structure —
// headings, lists, tables, bold and italic, links — and drop Word's presentation; the editor's
// schema drops anything else it has no node for, and the server's allow-list cleans it again on save.

/** Whether the HTML came from Word or WPS (their clipboard carries Office namespaces or Mso classes). */
export function isWordHtml(html: string): boolean {
  return /urn:schemas-microsoft-com:office|class="?Mso|mso-[a-z-]+:|<o:p>|xmlns:w=/i.test(html);
}

const ORDERED_MARKER = /^[(（]?([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|[一二三四五六七八九十百]+)[.．)）、]/;

export interface PasteResult {
  html: string;
  /** Pictures that could not come along (Word's file:// addresses, inline data). */
  droppedImages: number;
}

/** The clipboard's HTML, cleaned. Runs in the browser (DOMParser). */
export function cleanPastedHtml(html: string): PasteResult {
  const word = isWordHtml(html);
  let source = html;
  if (word) {
    // The bullet Word types before a list paragraph, marked so that it can be read and removed.
    source = source.replace(
      /<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>/gi,
      '<span data-lz-marker="1">$1</span>',
    );
    source = source
      .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
      .replace(/<!\[if[^\]]*\]>|<!\[endif\]>/gi, '')
      .replace(/<\/?o:p[^>]*>/gi, '')
      .replace(/<\/?[vwm]:[^>]*>/gi, '');
  }
  const doc = new DOMParser().parseFromString(source, 'text/html');
  const body = doc.body;
  for (const el of Array.from(body.querySelectorAll('style, script, meta, link, title, xml'))) el.remove();

  if (word) convertWordLists(doc);

  // Pictures whose address the site cannot fetch (a local file, inline data) go; the author
  // inserts them with 插入图片.
  let droppedImages = 0;
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    if (!/^(https?:)?\/\//i.test(src) && !src.startsWith('/')) {
      img.remove();
      droppedImages++;
    }
  }
  // One <h1> per page (the title): pasted headings move one level down, as the server does.
  for (const h of Array.from(body.querySelectorAll('h1'))) rename(doc, h, 'h2');
  // Word's presentation: classes, styles, fonts, language tags, widths.
  for (const el of Array.from(body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const keep =
        (el.tagName === 'A' && (attr.name === 'href' || attr.name === 'title')) ||
        (el.tagName === 'IMG' && (attr.name === 'src' || attr.name === 'alt')) ||
        ((el.tagName === 'TD' || el.tagName === 'TH') &&
          (attr.name === 'colspan' || attr.name === 'rowspan')) ||
        (el.tagName === 'OL' && attr.name === 'start') ||
        // Bold and italic that Word writes as a style on a span (the editor reads these two).
        (attr.name === 'style' && /font-weight:\s*(bold|[6-9]00)|font-style:\s*italic/i.test(attr.value));
      if (!keep) el.removeAttribute(attr.name);
      else if (attr.name === 'style')
        el.setAttribute(
          'style',
          [
            /font-weight:\s*(bold|[6-9]00)/i.test(attr.value) ? 'font-weight:bold' : '',
            /font-style:\s*italic/i.test(attr.value) ? 'font-style:italic' : '',
          ]
            .filter(Boolean)
            .join(';'),
        );
    }
    // Word's internal anchors (bookmarks, comments) are not links.
    if (el.tagName === 'A' && !el.getAttribute('href')) unwrap(el);
  }
  // Empty paragraphs Word uses as spacing.
  for (const p of Array.from(body.querySelectorAll('p'))) {
    if (!p.querySelector('img') && !(p.textContent ?? '').replace(/[\s\u00a0\u3000]/g, '')) p.remove();
  }
  return { html: body.innerHTML, droppedImages };
}

function rename(doc: Document, el: Element, tag: string): Element {
  const next = doc.createElement(tag);
  while (el.firstChild) next.appendChild(el.firstChild);
  el.replaceWith(next);
  return next;
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

/**
 * Word's list paragraphs (style "mso-list:l0 level2 lfo1") become nested <ul>/<ol>: consecutive
 * list paragraphs form one list; the level gives the nesting; the typed marker ("1." or "·")
 * tells numbered from bulleted, and is removed.
 */
function convertWordLists(doc: Document): void {
  const paragraphs: Element[] = Array.from(doc.body.querySelectorAll('p')).filter((p) =>
    /mso-list:\s*l\d+\s+level\d+/i.test(p.getAttribute('style') ?? ''),
  );
  const done = new Set<Element>();
  for (const first of paragraphs) {
    if (done.has(first)) continue;
    // The run of list paragraphs that follow one another.
    const run: Element[] = [];
    let el: Element | null = first;
    while (el && paragraphs.includes(el)) {
      run.push(el);
      done.add(el);
      el = el.nextElementSibling;
    }
    const stack: Array<{ list: Element; level: number }> = [];
    const tops: Element[] = [];
    let listId: string | null = null;
    for (const p of run) {
      const style = p.getAttribute('style') ?? '';
      const level = Number(/level(\d+)/i.exec(style)?.[1] ?? 1);
      const id = /mso-list:\s*(l\d+)/i.exec(style)?.[1] ?? null;
      const markerEl =
        p.querySelector('[data-lz-marker]') ?? p.querySelector('span[style*="mso-list:Ignore" i]');
      const marker = (markerEl?.textContent ?? '').replace(/[\s\u00a0]+/g, '');
      markerEl?.remove();
      const tag = ORDERED_MARKER.test(marker) ? 'OL' : 'UL';
      // Another Word list (its own id) right after this one starts a list of its own.
      if (id !== listId) stack.length = 0;
      listId = id;
      while (stack.length && stack[stack.length - 1].level > level) stack.pop();
      // A numbered run after a bulleted one at the same level is another list.
      if (
        stack.length &&
        stack[stack.length - 1].level === level &&
        stack[stack.length - 1].list.tagName !== tag
      )
        stack.pop();
      let current = stack[stack.length - 1];
      if (!current || current.level < level) {
        const list = doc.createElement(tag.toLowerCase());
        if (current) {
          const lastItem = current.list.lastElementChild ?? current.list.appendChild(doc.createElement('li'));
          lastItem.appendChild(list);
        } else {
          tops.push(list);
        }
        current = { list, level };
        stack.push(current);
      }
      const li = doc.createElement('li');
      const para = doc.createElement('p');
      while (p.firstChild) para.appendChild(p.firstChild);
      li.appendChild(para);
      current.list.appendChild(li);
    }
    run[0].before(...tops);
    for (const p of run) p.remove();
  }
}
