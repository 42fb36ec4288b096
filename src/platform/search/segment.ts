// Chinese word segmentation for the site search: jieba with its standard dictionary plus the
// forestry terms of art below, so 林木采伐许可证 is one term and not 林木 / 采伐 / 许可证.
// Documents are cut in search mode (the whole word and its parts: 林木采伐许可证, 林木, 采伐,
// 许可证 …), queries in precise mode, both without the HMM guesser so the same text always
// yields the same tokens on every machine.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** Forestry terms of art (林业术语) that jieba's general dictionary would split. */
export const FORESTRY_TERMS: readonly string[] = [
  '退耕还林',
  '退耕还林工程',
  '林木采伐许可证',
  '采伐许可证',
  '木材运输证',
  '木材运输许可证',
  '松材线虫病',
  '美国白蛾',
  '杨树食叶害虫',
  '林业有害生物',
  '古树名木',
  '天然林保护',
  '天然林保护工程',
  '天保工程',
  '森林抚育',
  '采伐限额',
  '林权证',
  '林权制度改革',
  '集体林权制度改革',
  '公益林',
  '生态公益林',
  '商品林',
  '国有林场',
  '森林防火',
  '森林火灾',
  '森林公园',
  '湿地公园',
  '湿地保护',
  '自然保护区',
  '野生动植物',
  '野生动物',
  '陆生野生动物',
  '林木种苗',
  '经济林',
  '林下经济',
  '植树造林',
  '义务植树',
  '全民义务植树',
  '国土绿化',
  '森林覆盖率',
  '森林蓄积量',
  '林地',
  '占用林地',
  '征收林地',
  '使用林地审核',
  '林业产业',
  '林产品',
  '森林公安',
  '森林病虫害',
  '森防检疫',
  '植物检疫证书',
  '三北防护林',
  '农田防护林',
  '平原绿化',
  '林业生态省',
  '森林河南',
  '退化林修复',
  '林长制',
  '护林员',
  '生态护林员',
  '林业站',
  '木本油料',
  '油茶',
  '核桃',
  '花木',
];

let instance: Jieba | null = null;

function jieba(): Jieba {
  if (!instance) {
    const j = Jieba.withDict(dict);
    // A high frequency makes each term win over the splits jieba would otherwise prefer.
    j.loadDict(Buffer.from(FORESTRY_TERMS.map((t) => `${t} 200000 n`).join('\n')));
    instance = j;
  }
  return instance;
}

// Function words that carry nothing for search (他们 are left out of documents and queries alike).
const STOP = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '或',
  '是',
  '对',
  '为',
  '等',
  '并',
  '之',
  '其',
  '把',
  '被',
  '将',
  '于',
  '以',
  '而',
  '也',
  '这',
  '那',
  '个',
  '在',
]);

// A token worth indexing: letters or digits of any script.
const WORDLIKE = /[\p{L}\p{N}]/u;

function clean(tokens: string[]): string[] {
  const out: string[] = [];
  for (const raw of tokens) {
    const t = raw.trim().toLowerCase();
    if (!t || !WORDLIKE.test(t) || STOP.has(t)) continue;
    out.push(t);
  }
  return out;
}

/** Precise-mode tokens: how a query (and the highlighter) sees the text. */
export function segment(text: string): string[] {
  return clean(jieba().cut(text, false));
}

/** Search-mode tokens: a document's words and the shorter words inside them. */
export function segmentForIndex(text: string): string[] {
  return clean(jieba().cutForSearch(text, false));
}

/** The text as the database's 'simple' parser should read it: tokens separated by spaces. */
export function segmentedText(text: string): string {
  return segmentForIndex(text).join(' ');
}

/** A query's distinct terms, in order (precise mode). */
export function queryTerms(query: string): string[] {
  return [...new Set(segment(query))];
}
