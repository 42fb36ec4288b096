// The legal basis (设定依据) as the public reads it: citations of the law in force, in Chinese
// punctuation — 《森林法》（2019修订）第五十六条、第五十七条. The catalogue keeps what the reference
// data says (older versions, research notes, confidence); those stay in the staff view.
//
// An entry is left out when the same law appears in a newer version (the 1998 森林法 beside the
// 2019 one) or when its article is marked as the old basis. An article is left out — the law is
// still cited — when the data calls it uncertain or its confidence is low: never passed off as fact.

export interface BasisEntry {
  instrument: string;
  article: string;
  confidence: string;
}

export interface Citation {
  /** 《森林法》（2019修订） */
  instrument: string;
  /** 第五十六条、第五十七条, or '' when only the law is cited. */
  article: string;
  /** The whole citation, as one line. */
  text: string;
}

const YEAR = /(?:19|20)\d{2}/g;

/** 'X (Y)' → { name: 'X', version: 'Y' }; the first of 'A (v) / B' combined entries. */
function parseInstrument(instrument: string): { name: string; version: string } {
  const first = instrument.split(/\s+\/\s+/)[0].trim();
  const m = /^(.*?)\s*[（(]([^()（）]*)[)）]\s*$/.exec(first);
  return m ? { name: m[1].trim(), version: m[2].trim() } : { name: first, version: '' };
}

const latestYear = (text: string) => Math.max(0, ...[...text.matchAll(YEAR)].map((m) => Number(m[0])));

/** True for text with Latin letters (a research note, not a citation). */
const hasLatin = (text: string) => /[A-Za-z]/.test(text);

/** '第七条、第八条 (福建 list cites …)' → '第七条、第八条'; versions: the newest part alone. */
function cleanArticle(article: string): string {
  const raw = article.trim();
  if (!raw || raw === '—' || /^uncertain\b/i.test(raw)) return '';
  const parts = raw.split(/\s*[;；]\s*/).filter(Boolean);
  // 'A (2016/2022); B (1988/2004 text)': the part for the newest text of the law.
  const newest = parts.length > 1 ? Math.max(...parts.map(latestYear)) : 0;
  const chosen = newest > 0 ? parts.filter((p) => latestYear(p) === newest) : parts;
  // An article the data itself calls reconstructed is not cited as fact.
  if (chosen.some((p) => /reconstructed|uncertain/i.test(p))) return '';
  const text = chosen
    .map((p) => p.replace(/\s*[（(][^()（）]*[)）]/g, '').trim())
    .filter((p) => p && !hasLatin(p))
    .join('；');
  return text;
}

// State Council regulations whose official title carries 中华人民共和国 (others, such as 植物检疫条例
// or 森林防火条例, do not).
const PRC_REGULATIONS = new Set([
  '森林法实施条例',
  '陆生野生动物保护实施条例',
  '自然保护区条例',
  '野生植物保护条例',
]);

/**
 * The official title: national laws and the regulations above with 中华人民共和国 in front, a title
 * quoted inside a title in 〈〉 (《河南省实施〈中华人民共和国野生动物保护法〉办法》).
 */
function fullName(name: string): string {
  const inner = name.replace(/《([^》]*)》/g, (_, t: string) => `〈${fullName(t)}〉`);
  const nationalLaw =
    inner.endsWith('法') && !inner.endsWith('办法') && !/^(中华人民共和国|.+[省市县])/.test(inner);
  return nationalLaw || PRC_REGULATIONS.has(inner) ? `中华人民共和国${inner}` : inner;
}

function articleIsDoubtful(entry: BasisEntry): boolean {
  return /^(low|uncertain)\b/i.test(entry.confidence.trim()) || /uncertain/i.test(entry.article);
}

/** The citations of the law in force, for public pages, in the order of the data. */
export function publicLegalBasis(entries: readonly BasisEntry[]): Citation[] {
  const parsed = entries.map((e) => ({ entry: e, ...parseInstrument(e.instrument) }));
  const newest = new Map<string, number>();
  for (const p of parsed) newest.set(p.name, Math.max(newest.get(p.name) ?? 0, latestYear(p.version)));
  const out: Citation[] = [];
  for (const p of parsed) {
    const year = latestYear(p.version);
    if (year > 0 && year < (newest.get(p.name) ?? 0)) continue; // an older text of a law cited anew
    if (/\bold\b/i.test(p.entry.article)) continue; // the basis under a repealed text
    // '2019修订', '国务院令第98号' are said; a bare list of years ('2016/2022') is not: the law in
    // force is meant.
    const version =
      p.version && !hasLatin(p.version) && !/^[\d/\s]+$/.test(p.version)
        ? p.version.replace(/\s+/g, '').replace(/^((?:19|20)\d{2})(修订|修正)$/, '$1年$2')
        : '';
    const instrument = `《${fullName(p.name.replace(/\s+/g, ''))}》${version ? `（${version}）` : ''}`;
    const article = articleIsDoubtful(p.entry) ? '' : cleanArticle(p.entry.article);
    const text = `${instrument}${article}`;
    if (!out.some((c) => c.text === text)) out.push({ instrument, article, text });
  }
  return out;
}
