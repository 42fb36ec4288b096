// Word documents (.docx) from a description: 公文 after GB/T 9704-2012 (版头, 主体, 版记; page,
// margins and line grid as gbt9704.ts sets them), the 信息专报 head, and a plain table report.
// Fonts are named, not embedded: the reader's machine supplies 仿宋 and 小标宋, as for any 公文.
//
//   const bytes = await renderDocx({
//     layout: 'official',
//     issuer: '河南省林业局文件', number: '豫林办〔2026〕12号',
//     title: '河南省林业局关于开展2026年春季造林检查的通知',
//     addressee: '各省辖市林业局', body: ['为……，现就有关事项通知如下。', { level: 1, heading: '一、检查范围' }],
//     signature: '河南省林业局', date: '2026-03-02',
//     copyTo: ['国家林业和草原局'], printer: '河南省林业局办公室', printedOn: '2026-03-03',
//   });
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  FrameAnchorType,
  FrameWrap,
  HorizontalPositionAlign,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  VerticalPositionAlign,
  WidthType,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import {
  CHAR,
  CHAR_4,
  CHAR_SPACE,
  charWidth,
  documentDate,
  FONTS,
  type FontKey,
  footerDistance,
  LINE_PITCH,
  MARGIN,
  mm,
  PAGE,
  RED,
  RED_LINE_SPACE_PT,
  SIZE,
  TEXT,
  THICK,
  THIN,
} from './gbt9704.ts';

/** A piece of body text. */
export type Block =
  /** A paragraph, indented two characters. */
  | string
  /** A heading (一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋), optionally followed on its line by text. */
  | { level: 1 | 2 | 3 | 4; heading: string; text?: string }
  /** A ruled table (4号仿宋), its header row repeated on each page. */
  | { table: TableSpec };

export interface TableSpec {
  columns: Array<{
    header: string /** relative width, default 1 */;
    weight?: number;
    align?: 'left' | 'center' | 'right';
  }>;
  rows: string[][];
}

/** 公文 (GB/T 9704-2012 §7). Dates are China days, 'YYYY-MM-DD'. */
export interface OfficialDocument {
  layout: 'official';
  /** 发文机关标志: 河南省林业局文件, or the body's name alone. */
  issuer: string;
  /** 发文字号: 豫林办〔2026〕12号 (from numbering). */
  number?: string;
  /** 签发人 (上行文): the 发文字号 moves left and the signer's name goes right. */
  signer?: string;
  title: string;
  /** 主送机关: 各省辖市、济源示范区林业主管部门 (the colon is added). */
  addressee?: string;
  body: Block[];
  /** 附件说明: the attachments' names. */
  attachments?: string[];
  /** 发文机关署名. */
  signature: string;
  /** 成文日期. */
  date: string;
  /** Whether the document is sealed (加盖印章, the default): the seal's place is left and marked. */
  sealed?: boolean;
  /** 附注: 此件公开发布 (the parentheses are added). */
  note?: string;
  /** 抄送机关. */
  copyTo?: string[];
  /** 印发机关 and 印发日期. */
  printer: string;
  printedOn: string;
}

/** 信息专报: a red masthead with 期号, then title and body; 报/送 at the foot. */
export interface BulletinDocument {
  layout: 'bulletin';
  /** 林业信息专报. */
  publication: string;
  /** 2026年第3期 (from numbering). */
  issue: string;
  /** The office that compiles it: 河南省林业局办公室. */
  office: string;
  date: string;
  title: string;
  body: Block[];
  /** 报：the leaders or bodies it is reported to. */
  reportTo?: string[];
  /** 送：those it is sent to. */
  sendTo?: string[];
}

/** A table report: title, a line of context (period, filter), unit and date, the table, notes. */
export interface TableReport {
  layout: 'table';
  title: string;
  subtitle?: string;
  /** 制表单位. */
  unit?: string;
  /** 制表日期. */
  date?: string;
  table: TableSpec;
  notes?: string[];
  orientation?: 'portrait' | 'landscape';
}

export type WordDocument = OfficialDocument | BulletinDocument | TableReport;

/** The .docx of a document description. */
export async function renderDocx(doc: WordDocument): Promise<Buffer> {
  const landscape = doc.layout === 'table' && doc.orientation === 'landscape';
  const children =
    doc.layout === 'official'
      ? officialBody(doc)
      : doc.layout === 'bulletin'
        ? bulletinBody(doc)
        : tableBody(doc);
  const title = doc.layout === 'bulletin' ? `${doc.publication} ${doc.issue}` : doc.title;
  const document = new Document({
    title,
    creator: '林政平台',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fontOf('fangsong'), size: SIZE.三号 },
          paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // A landscape table keeps the 版心's margins, turned with the page (天头 on the left).
            size: landscape
              ? { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE } // docx turns it
              : { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: landscape
              ? {
                  top: MARGIN.left,
                  bottom: MARGIN.right,
                  left: MARGIN.top,
                  right: MARGIN.bottom,
                  header: mm(15),
                  footer: footerDistance(MARGIN.right),
                }
              : {
                  top: MARGIN.top,
                  bottom: MARGIN.bottom,
                  left: MARGIN.left,
                  right: MARGIN.right,
                  header: mm(15),
                  footer: footerDistance(MARGIN.bottom),
                },
          },
          // 5.2.3: 22 lines of 28 characters.
          grid: { type: 'linesAndChars', linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
  return withFontTable(await Packer.toBuffer(document));
}

// ---- runs and paragraphs ----

const fontOf = (key: FontKey) => {
  const name = FONTS[key].name;
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
};

interface RunStyle {
  font?: FontKey;
  size?: number;
  color?: string;
  bold?: boolean;
}

const run = (text: string, s: RunStyle = {}) =>
  new TextRun({
    text,
    font: fontOf(s.font ?? 'fangsong'),
    size: s.size ?? SIZE.三号,
    color: s.color,
    bold: s.bold,
  });

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function para(
  children: ParagraphChild[],
  o: {
    align?: Align;
    firstLine?: number;
    left?: number;
    right?: number;
    hanging?: number;
    exactLine?: number;
    before?: number;
    keepNext?: boolean;
    tabs?: Array<{ type: 'left' | 'right'; position: number }>;
    redLineBelow?: boolean;
  } = {},
): Paragraph {
  return new Paragraph({
    children,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    indent: { firstLine: o.firstLine, left: o.left, right: o.right, hanging: o.hanging },
    spacing: {
      before: o.before ?? 0,
      after: 0,
      ...(o.exactLine ? { line: o.exactLine, lineRule: LineRuleType.EXACT } : {}),
    },
    keepNext: o.keepNext,
    tabStops: o.tabs?.map((t) => ({
      type: t.type === 'right' ? TabStopType.RIGHT : TabStopType.LEFT,
      position: t.position,
    })),
    border: o.redLineBelow
      ? { bottom: { style: BorderStyle.SINGLE, size: THICK, color: RED, space: RED_LINE_SPACE_PT } }
      : undefined,
  });
}

/** An empty line of the grid (空一行). */
const blank = (n = 1) => Array.from({ length: n }, () => para([run('')]));

const HEADING_FONT: Record<1 | 2 | 3 | 4, FontKey> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };

function bodyBlocks(blocks: Block[]): Array<Paragraph | Table> {
  return blocks.flatMap((b): Array<Paragraph | Table> => {
    if (typeof b === 'string') return [para([run(b)], { firstLine: 2 * CHAR })];
    if ('table' in b) return [ruledTable(b.table), para([run('')])];
    const children = [run(b.heading, { font: HEADING_FONT[b.level] })];
    if (b.text) children.push(run(b.text));
    return [para(children, { firstLine: 2 * CHAR, keepNext: !b.text })];
  });
}

const CELL_ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** A table across the 版心 in 4号仿宋, header row in 黑体 and repeated on every page. */
function ruledTable(spec: TableSpec, width = TEXT.width): Table {
  const weights = spec.columns.map((c) => c.weight ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((width * w) / total));
  const line = { style: BorderStyle.SINGLE, size: THIN, color: '000000' };
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: text.split('\n').map((t) =>
        para([run(t, { size: SIZE.四号, font: header ? 'heiti' : 'fangsong' })], {
          align: header ? AlignmentType.CENTER : CELL_ALIGN[spec.columns[i].align ?? 'left'],
        }),
      ),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: spec.columns.map((c, i) => cell(c.header, i, true)),
      }),
      ...spec.rows.map(
        (r) =>
          new TableRow({ cantSplit: true, children: spec.columns.map((_, i) => cell(r[i] ?? '', i, false)) }),
      ),
    ],
  });
}

/** A line of the foot block: its runs, indents and tab stops. */
interface FootLine {
  children: ParagraphChild[];
  left?: number;
  right?: number;
  hanging?: number;
  tabs?: Array<{ type: 'left' | 'right'; position: number }>;
}

/**
 * The foot block (版记, or 报/送 of a 信息专报) in a frame on the bottom edge of the 版心 of the
 * page the body ends on (7.4.1): a thick line above the first line and below the last, thin
 * lines between. A frame (w:framePr at the bottom of the margin) is placed the same way by Word,
 * WPS and LibreOffice.
 */
function footBlock(lines: FootLine[]): Paragraph[] {
  const thick = { style: BorderStyle.SINGLE, size: THICK, color: '000000', space: 4 };
  const thin = { style: BorderStyle.SINGLE, size: THIN, color: '000000', space: 4 };
  return lines.map(
    (l, i) =>
      new Paragraph({
        children: l.children,
        alignment: AlignmentType.LEFT,
        indent: { left: l.left, right: l.right, hanging: l.hanging },
        spacing: { before: 0, after: 0 },
        tabStops: l.tabs?.map((t) => ({
          type: t.type === 'right' ? TabStopType.RIGHT : TabStopType.LEFT,
          position: t.position,
        })),
        keepNext: i < lines.length - 1,
        border: { top: i === 0 ? thick : undefined, bottom: i === lines.length - 1 ? thick : thin },
        frame: {
          type: 'alignment',
          alignment: { x: HorizontalPositionAlign.CENTER, y: VerticalPositionAlign.BOTTOM },
          anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
          width: TEXT.width,
          wrap: FrameWrap.NOT_BESIDE,
        },
      }),
  );
}

/** 抄送：A，B。 (7.4.2): one character in from each side, wrapped lines aligned after the colon. */
function listLine(label: string, names: string[]): FootLine {
  const labelW = (charWidth(label) + 1) * CHAR_4;
  return {
    children: [run(`${label}：${names.join('，')}。`, { size: SIZE.四号 })],
    left: CHAR_4 + labelW,
    hanging: labelW,
    right: CHAR_4,
  };
}

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  // 7.5: 4号半角宋体, — 1 —; odd pages right, even pages left, one character in.
  const style = { font: fontOf('songti'), size: SIZE.四号 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: CHAR_4 } : { left: CHAR_4 },
        spacing: { line: CHAR_4, lineRule: LineRuleType.EXACT },
        children: [
          new TextRun({ ...style, text: '— ' }),
          new TextRun({ ...style, children: [PageNumber.CURRENT] }),
          new TextRun({ ...style, text: ' —' }),
        ],
      }),
    ],
  });
}

// ---- 公文 ----

function officialBody(d: OfficialDocument): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  // 7.2.4: the mark's top 35 mm below the 版心's top; as large as fits the 版心's width, at most 小初.
  const markSize = Math.min(SIZE.小初, Math.floor((TEXT.width / 10 / charWidth(d.issuer)) * 0.95));
  out.push(
    para([run(d.issuer, { font: 'xiaobiaosong', size: markSize, color: RED })], {
      align: AlignmentType.CENTER,
      before: mm(35),
      exactLine: markSize * 10,
    }),
  );
  out.push(...blank(2));
  // 7.2.5 and 7.2.6: centred, or with 签发人 the number one character from the left and the
  // signer one from the right; the red line 4 mm below (7.2.7).
  if (d.signer)
    out.push(
      para(
        [
          run(d.number ?? ''),
          new TextRun({ children: [new Tab()] }),
          run('签发人：'),
          run(d.signer, { font: 'kaiti' }),
        ],
        {
          align: AlignmentType.LEFT,
          left: CHAR,
          right: CHAR,
          tabs: [{ type: 'right', position: TEXT.width - CHAR }],
          redLineBelow: true,
        },
      ),
    );
  else out.push(para([run(d.number ?? '')], { align: AlignmentType.CENTER, redLineBelow: true }));
  out.push(...blank(2));
  // 7.3.1 title; 7.3.2 主送机关.
  out.push(para([run(d.title, { font: 'xiaobiaosong', size: SIZE.二号 })], { align: AlignmentType.CENTER }));
  out.push(...blank(1));
  if (d.addressee)
    out.push(para([run(`${d.addressee.replace(/[：:]$/, '')}：`)], { align: AlignmentType.LEFT }));
  out.push(...bodyBlocks(d.body));
  // 7.3.4 附件说明.
  if (d.attachments?.length) {
    out.push(...blank(1));
    const many = d.attachments.length > 1;
    const lead = 3 * CHAR; // 附件：
    d.attachments.forEach((name, i) => {
      const label = many ? `${i + 1}. ` : '';
      const text = `${label}${name.replace(/[。.，,；;]$/, '')}`;
      out.push(
        para([run(i === 0 ? `附件：${text}` : text)], {
          align: AlignmentType.LEFT,
          left: 2 * CHAR + lead + (many ? CHAR : 0),
          hanging: i === 0 ? lead + (many ? CHAR : 0) : many ? CHAR : 0,
        }),
      );
    });
  }
  out.push(...signatureBlock(d));
  if (d.note)
    out.push(
      para([run(`（${d.note.replace(/^[（(]|[）)]$/g, '')}）`)], {
        align: AlignmentType.LEFT,
        firstLine: 2 * CHAR,
      }),
    );
  // 7.4 版记.
  const lines: FootLine[] = [];
  if (d.copyTo?.length) lines.push(listLine('抄送', d.copyTo));
  lines.push({
    children: [
      run(d.printer, { size: SIZE.四号 }),
      new TextRun({ children: [new Tab()] }),
      run(`${documentDate(d.printedOn)}印发`, { size: SIZE.四号 }),
    ],
    left: CHAR_4,
    tabs: [{ type: 'right', position: TEXT.width - CHAR_4 }],
  });
  out.push(...footBlock(lines));
  return out;
}

/** 7.3.5: 署名 and 成文日期, sealed (the seal's place bookmarked as SealPosition) or not. */
function signatureBlock(d: OfficialDocument): Paragraph[] {
  const date = documentDate(d.date);
  const sigW = charWidth(d.signature);
  const dateW = charWidth(date);
  if (d.sealed ?? true) {
    // Date four characters from the right; the 署名 centred over it; two empty lines above, so the
    // seal (about four lines tall, pressing both) starts within one line of the body.
    const dateRight = 4;
    const sigRight = Math.max(0, dateRight + (dateW - sigW) / 2);
    return [
      ...blank(2),
      para([new Bookmark({ id: 'SealPosition', children: [run(d.signature)] })], {
        align: AlignmentType.RIGHT,
        right: Math.round(sigRight * CHAR),
        keepNext: true,
      }),
      para([run(date)], { align: AlignmentType.RIGHT, right: dateRight * CHAR }),
    ];
  }
  // Unsealed: 署名 two characters from the right, the date's first character two to the right
  // of the 署名's; a date longer than that goes two from the right and the 署名 moves left.
  let sigRight = 2;
  let dateRight = sigRight + sigW - 2 - dateW;
  if (dateRight < 2) {
    dateRight = 2;
    sigRight = dateRight + dateW + 2 - sigW;
  }
  return [
    ...blank(1),
    para([run(d.signature)], {
      align: AlignmentType.RIGHT,
      right: Math.round(sigRight * CHAR),
      keepNext: true,
    }),
    para([run(date)], { align: AlignmentType.RIGHT, right: Math.round(dateRight * CHAR) }),
  ];
}

// ---- 信息专报 ----

function bulletinBody(d: BulletinDocument): Array<Paragraph | Table> {
  const nameSize = Math.min(SIZE.小初, Math.floor((TEXT.width / 10 / charWidth(d.publication)) * 0.95));
  const out: Array<Paragraph | Table> = [
    para([run(d.publication, { font: 'xiaobiaosong', size: nameSize, color: RED })], {
      align: AlignmentType.CENTER,
      before: mm(20),
      exactLine: nameSize * 10,
    }),
    ...blank(1),
    para([run(d.issue, { font: 'kaiti' })], { align: AlignmentType.CENTER }),
    ...blank(1),
    para([run(d.office), new TextRun({ children: [new Tab()] }), run(documentDate(d.date))], {
      align: AlignmentType.LEFT,
      left: CHAR,
      tabs: [{ type: 'right', position: TEXT.width - CHAR }],
      redLineBelow: true,
    }),
    ...blank(1),
    para([run(d.title, { font: 'xiaobiaosong', size: SIZE.二号 })], { align: AlignmentType.CENTER }),
    ...blank(1),
    ...bodyBlocks(d.body),
  ];
  const lines: FootLine[] = [];
  if (d.reportTo?.length) lines.push(listLine('报', d.reportTo));
  if (d.sendTo?.length) lines.push(listLine('送', d.sendTo));
  if (lines.length) out.push(...footBlock(lines));
  return out;
}

// ---- table report ----

function tableBody(d: TableReport): Array<Paragraph | Table> {
  const width = d.orientation === 'landscape' ? PAGE.height - MARGIN.top - MARGIN.bottom : TEXT.width;
  const out: Array<Paragraph | Table> = [
    para([run(d.title, { font: 'xiaobiaosong', size: SIZE.二号 })], { align: AlignmentType.CENTER }),
  ];
  if (d.subtitle) out.push(para([run(d.subtitle, { font: 'kaiti' })], { align: AlignmentType.CENTER }));
  if (d.unit || d.date)
    out.push(
      para(
        [
          run(d.unit ? `制表单位：${d.unit}` : '', { size: SIZE.四号 }),
          new TextRun({ children: [new Tab()] }),
          run(d.date ? `制表日期：${documentDate(d.date)}` : '', { size: SIZE.四号 }),
        ],
        { align: AlignmentType.LEFT, tabs: [{ type: 'right', position: width }] },
      ),
    );
  out.push(ruledTable(d.table, width));
  for (const note of d.notes ?? [])
    out.push(para([run(note, { size: SIZE.四号 })], { align: AlignmentType.LEFT }));
  return out;
}

// ---- font table ----

/**
 * docx writes an empty font table; Word then substitutes a missing 仿宋_GB2312 with its default
 * font. Each font is listed with its fallback (altName) and the GB2312 character set instead.
 */
function withFontTable(docx: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(docx));
  const fonts = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${f.name}"><w:altName w:val="${f.alt}"/><w:charset w:val="86"/><w:family w:val="${f.name.includes('黑') ? 'swiss' : 'modern'}"/><w:pitch w:val="fixed"/></w:font>`,
    )
    .join('');
  files['word/fontTable.xml'] = new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`,
  );
  // [Content_Types].xml first, as Office writes it.
  const ordered: Record<string, Uint8Array> = { '[Content_Types].xml': files['[Content_Types].xml'] };
  for (const [name, bytes] of Object.entries(files))
    if (name !== '[Content_Types].xml') ordered[name] = bytes;
  return Buffer.from(zipSync(ordered, { level: 6 }));
}
