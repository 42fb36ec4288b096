// The page and type of GB/T 9704-2012《党政机关公文格式》 in Word's units (twips: 1/20 pt,
// 1440 to the inch; font sizes in half-points). Clause numbers are the standard's.
//
//   5.1   A4 paper, 210 mm × 297 mm.
//   5.2.1 天头 (top margin) 37 mm ± 1 mm, 订口 (left margin) 28 mm ± 1 mm, 版心 156 mm × 225 mm;
//         so the right margin is 210 − 28 − 156 = 26 mm and the bottom 297 − 37 − 225 = 35 mm.
//   5.2.2 elements in 3号仿宋 unless said otherwise.
//   5.2.3 22 lines a page, 28 characters a line, filling the 版心.
//   7.2.4 发文机关标志: centred, its top 35 mm below the top of the 版心, 小标宋, red.
//   7.2.5 发文字号: two lines below the mark, centred; year in 〔〕, no 第, no leading zeros.
//   7.2.7 a red line as wide as the 版心, 4 mm below the 发文字号.
//   7.3.1 title in 2号小标宋, two lines below the red line, centred.
//   7.3.2 主送机关 one line below the title, flush left, full-width colon after the last.
//   7.3.3 body in 3号仿宋, each paragraph indented two characters; headings 一、 in 黑体,
//         （一） in 楷体, 1. and （1） in 仿宋.
//   7.3.4 附件说明 one line below the body, indented two characters: 附件：1. ……
//   7.3.5.1 sealed: 成文日期 four characters from the right, the 署名 centred over it, the seal
//         pressing both, its top within one line of the body.
//   7.3.5.2 unsealed: 署名 one line below the body, two characters from the right; the date on
//         the next line, its first character two to the right of the 署名's first.
//   7.3.5.4 dates in Arabic figures, year in full, month and day without leading zeros.
//   7.3.6 附注 in parentheses, two characters in, on the line below the date.
//   7.4.1 版记 lines as wide as the 版心: first and last thick (0.35 mm), between them thin
//         (0.25 mm); the last on the bottom edge of the 版心 of the last page.
//   7.4.2 抄送 in 4号仿宋, one character in from each side, wrapped lines aligned after the colon,
//         a full stop after the last.
//   7.4.3 印发机关 one character from the left, 印发日期 one from the right, followed by 印发.
//   7.5   page numbers in 4号半角宋体, "— 1 —", 7 mm below the 版心; odd pages one character
//         from the right, even pages one from the left.
// Sizes: 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt (the 号 scale of Chinese typesetting).

const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (v: number): number => Math.round(v * TWIPS_PER_MM);

export const PAGE = { width: mm(210), height: mm(297) }; // 11906 × 16838
export const MARGIN = { top: mm(37), left: mm(28), right: mm(210 - 28 - 156), bottom: mm(297 - 37 - 225) };
/** The 版心's width and height in twips. */
export const TEXT = { width: PAGE.width - MARGIN.left - MARGIN.right, height: mm(225) };

/** Font sizes in half-points (docx's unit). */
export const SIZE = { 初号: 84, 小初: 72, 一号: 52, 二号: 44, 三号: 32, 四号: 28 } as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** Line pitch of the grid: 225 mm / 22 lines (579 twips, 28.95 pt). */
export const LINE_PITCH = Math.floor(TEXT.height / LINES_PER_PAGE);
/** One character of body text on the grid: 156 mm / 28 (316 twips). */
export const CHAR = Math.round(TEXT.width / CHARS_PER_LINE);
/**
 * docGrid charSpace: (grid pitch − the Normal font's pitch) × 4096, in points — 28 characters of
 * 3号 (16 pt) on a 442.2 pt line: (15.79 − 16) × 4096 ≈ −841.
 */
export const CHAR_SPACE = Math.round((TEXT.width / 20 / CHARS_PER_LINE - SIZE.三号 / 2) * 4096);
/** One character of 4号 (14 pt) text, for the 版记 and page numbers. */
export const CHAR_4 = 280;

/** 7.2.7: the red line 4 mm below the 发文字号 (a paragraph border's space is in points). */
export const RED_LINE_SPACE_PT = Math.round((4 * 72) / 25.4);
/** Line widths in eighths of a point: 0.35 mm ≈ 1 pt, 0.25 mm ≈ 0.75 pt. */
export const THICK = 8;
export const THIN = 6;
/** The red of the mark and the line (a document's red, 6.2: Y80% M80% in print). */
export const RED = 'FF0000';

/**
 * 7.5: the page number's 一字线 7 mm below the 版心. The footer line is exactly one 4号 line
 * (280 twips) high with the dash at its middle, so its bottom sits 7 mm + 140 twips below the
 * 版心's bottom edge, i.e. this far above the paper's bottom.
 */
export const footerDistance = (bottomMargin: number): number => bottomMargin - mm(7) - CHAR_4 / 2;

/**
 * Fonts as the standard names them, by the names Word finds on government machines, each with
 * the name it falls back to (fontTable altName) on a machine without it: 仿宋_GB2312 → 仿宋,
 * 楷体_GB2312 → 楷体; the standard's 小标宋体 is 方正小标宋简体 there (→ 宋体 elsewhere).
 */
export const FONTS = {
  fangsong: { name: '仿宋_GB2312', alt: '仿宋' },
  xiaobiaosong: { name: '方正小标宋简体', alt: '宋体' },
  heiti: { name: '黑体', alt: 'SimHei' },
  kaiti: { name: '楷体_GB2312', alt: '楷体' },
  songti: { name: '宋体', alt: 'SimSun' },
} as const;
export type FontKey = keyof typeof FONTS;

/** 7.3.5.4: '2026-03-02' → '2026年3月2日'. */
export function documentDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`not a day (YYYY-MM-DD): ${day}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Width in characters: a Chinese character is one, a half-width letter or digit half. */
export function charWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return w;
}
