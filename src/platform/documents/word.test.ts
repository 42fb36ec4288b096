// The Word helper's files opened and read back: the package unzipped, document.xml, the footers,
// settings and font table read as XML. Expected values computed by hand from GB/T 9704-2012
// (twips = mm × 1440 / 25.4; sizes in half-points: 2号 22 pt = 44, 3号 16 pt = 32, 4号 14 pt = 28).
import { describe, expect, it } from 'vitest';
import { docxParagraphs, ooxmlParts } from './test-support/read-back.ts';
import { type OfficialDocument, renderDocx } from './word.ts';

const NOTICE: OfficialDocument = {
  layout: 'official',
  issuer: '河南省林业局文件',
  number: '豫林办〔2026〕12号',
  title: '河南省林业局关于开展2026年春季造林质量检查的通知',
  addressee: '各省辖市、济源示范区林业主管部门',
  body: [
    '为全面掌握全省春季造林进度和质量，现将有关事项通知如下。',
    { level: 1, heading: '一、检查范围' },
    '2025年冬至2026年春完成的人工造林任务。',
    { level: 2, heading: '（一）检查内容。', text: '造林面积、成活率和档案管理。' },
    {
      table: {
        columns: [{ header: '阶段' }, { header: '时间', weight: 2 }],
        rows: [['自查', '3月10日至3月31日']],
      },
    },
  ],
  attachments: ['春季造林质量检查表', '检查组名单'],
  signature: '河南省林业局',
  date: '2026-03-02',
  note: '此件公开发布',
  copyTo: ['国家林业和草原局', '省委办公厅', '省政府办公厅'],
  printer: '河南省林业局办公室',
  printedOn: '2026-03-03',
};

/** The XML of each body paragraph with its text. */
async function open(doc: Parameters<typeof renderDocx>[0]) {
  const parts = ooxmlParts(await renderDocx(doc));
  const xml = parts['word/document.xml'];
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
  const texts = docxParagraphs(xml);
  const para = (text: string) => {
    const i = texts.indexOf(text);
    if (i < 0) throw new Error(`no paragraph "${text}" in ${JSON.stringify(texts.filter(Boolean))}`);
    return paragraphs[i];
  };
  return { parts, xml, texts: texts.filter(Boolean), para };
}

describe('公文 (GB/T 9704-2012)', () => {
  it('lays out A4 with the standard margins and a grid of 22 lines × 28 characters', async () => {
    const { xml } = await open(NOTICE);
    // 210 × 297 mm; 天头 37 mm = 2098, 订口 28 mm = 1587, right 26 mm = 1474, bottom 35 mm = 1984.
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toMatch(
      /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" [^>]*w:footer="1447"/,
    );
    // 225 mm / 22 = 579.8 → 579; (156 mm / 28 − 16 pt) × 4096 = (15.795 − 16) × 4096 ≈ −841.
    expect(xml).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-841"/>');
  });

  it('prints the 版头: the mark in red 小标宋, the 发文字号 and a red line 4 mm below it', async () => {
    const { para } = await open(NOTICE);
    const mark = para('河南省林业局文件');
    expect(mark).toContain('<w:color w:val="FF0000"/>');
    expect(mark).toContain('w:eastAsia="方正小标宋简体"');
    expect(mark).toContain('<w:jc w:val="center"/>');
    // Its top 35 mm below the 版心's top: 35 × 1440 / 25.4 = 1984.
    expect(mark).toMatch(/<w:spacing [^>]*w:before="1984"/);
    const number = para('豫林办〔2026〕12号');
    expect(number).toContain('<w:jc w:val="center"/>');
    // 4 mm = 11.3 pt → space 11; 1 pt line (sz in eighths) in red.
    expect(number).toMatch(/<w:bottom w:val="single" w:color="FF0000" w:sz="8" w:space="11"\/>/);
  });

  it('sets the title in 2号小标宋, the addressee flush left with a colon, the body in 3号仿宋 indented two characters', async () => {
    const { para, parts } = await open(NOTICE);
    const title = para('河南省林业局关于开展2026年春季造林质量检查的通知');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(para('各省辖市、济源示范区林业主管部门：')).toContain('<w:jc w:val="left"/>');
    const body = para('为全面掌握全省春季造林进度和质量，现将有关事项通知如下。');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('w:firstLine="632"'); // 2 × 316 (156 mm / 28)
    expect(para('一、检查范围')).toContain('w:eastAsia="黑体"');
    const second = para('（一）检查内容。造林面积、成活率和档案管理。');
    expect(second).toContain('w:eastAsia="楷体_GB2312"');
    expect(second).toContain('w:eastAsia="仿宋_GB2312"');
    // The reader's machine supplies the fonts: each named with its fallback.
    expect(parts['word/fontTable.xml']).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(parts['word/fontTable.xml']).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
  });

  it('lists the attachments, and places 署名 and 成文日期 four characters from the right with the seal’s place marked', async () => {
    const { texts, para } = await open(NOTICE);
    expect(texts).toContain('附件：1. 春季造林质量检查表');
    expect(texts).toContain('2. 检查组名单');
    // 2026年3月2日 is 6 characters wide (6 digits at half width + 年月日), as is 河南省林业局:
    // both 4 characters (4 × 316 = 1264) from the right.
    const date = para('2026年3月2日');
    expect(date).toContain('w:right="1264"');
    const signature = para('河南省林业局');
    expect(signature).toContain('w:right="1264"');
    expect(signature).toMatch(/<w:bookmarkStart w:name="SealPosition" w:id="\d+"\/>/);
    expect(texts.indexOf('河南省林业局')).toBe(texts.indexOf('2026年3月2日') - 1);
    expect(texts[texts.indexOf('2026年3月2日') + 1]).toBe('（此件公开发布）');
  });

  it('unsealed: 署名 and date shifted so the date starts two characters right of the 署名 (7.3.5.2)', async () => {
    const { para } = await open({ ...NOTICE, sealed: false });
    // Date as wide as the 署名: the date two from the right (632), the 署名 2 + 6 + 2 − 6 = 4 (1264).
    expect(para('2026年3月2日')).toContain('w:right="632"');
    expect(para('河南省林业局')).toContain('w:right="1264"');
    expect(para('河南省林业局')).not.toContain('SealPosition');
  });

  it('ends with the 版记 at the foot of the 版心: 抄送 and 印发 between thick lines', async () => {
    const { texts, para } = await open(NOTICE);
    const copy = para('抄送：国家林业和草原局，省委办公厅，省政府办公厅。');
    const printed = para('河南省林业局办公室\t2026年3月3日印发');
    expect(texts.slice(-2)).toEqual([
      '抄送：国家林业和草原局，省委办公厅，省政府办公厅。',
      '河南省林业局办公室\t2026年3月3日印发',
    ]);
    for (const p of [copy, printed]) {
      expect(p).toMatch(
        /<w:framePr w:w="8845" w:hAnchor="margin" w:vAnchor="margin" w:xAlign="center" w:yAlign="bottom"/,
      );
      expect(p).toContain('<w:sz w:val="28"/>'); // 4号
    }
    // Thick (sz 8 ≈ 0.35 mm) above 抄送 and below 印发, thin (sz 6 ≈ 0.25 mm) between.
    expect(copy).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"/);
    expect(copy).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="6"/);
    expect(printed).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"/);
    // 抄送 one character (280) in from each side, wrapped lines after 抄送： (3 × 280 = 840).
    expect(copy).toContain('<w:ind w:left="1120" w:right="280" w:hanging="840"/>');
    // 印发机关 one character from the left, the date one from the right: a right tab at 8845 − 280.
    expect(printed).toContain('<w:tab w:val="right" w:pos="8565"/>');
  });

  it('numbers pages — 1 — in 4号宋体, odd pages at the right and even at the left', async () => {
    const { parts } = await open(NOTICE);
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers).toHaveLength(2);
    const [odd, even] = footers.map(([, xml]) => xml);
    for (const xml of [odd, even]) {
      expect(docxParagraphs(xml)).toEqual(['— ' + ' —']);
      expect(xml).toContain('PAGE');
      expect(xml).toContain('w:eastAsia="宋体"');
      expect(xml).toContain('<w:sz w:val="28"/>');
    }
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(odd).toContain('w:right="280"');
    expect(even).toContain('<w:jc w:val="left"/>');
    expect(even).toContain('w:left="280"');
  });

  it('puts the 发文字号 left and the 签发人 right on one line for a report upward', async () => {
    const { para } = await open({ ...NOTICE, signer: '张三' });
    const line = para('豫林办〔2026〕12号\t签发人：张三');
    expect(line).toContain('<w:tab w:val="right" w:pos="8529"/>'); // 8845 − 316
    expect(line).toContain('w:eastAsia="楷体_GB2312"'); // the name in 楷体
    expect(line).toContain('w:color="FF0000"'); // the red line under it
  });
});

describe('信息专报 and table report', () => {
  it('heads a bulletin with its name in red, the 期号, office and date over a red line, and 报/送 at the foot', async () => {
    const { texts, para } = await open({
      layout: 'bulletin',
      publication: '林业信息专报',
      issue: '2026年第3期',
      office: '河南省林业局办公室',
      date: '2026-03-02',
      title: '我省春季造林进度过半',
      body: ['截至3月1日，全省完成造林126.5万亩。'],
      reportTo: ['省委常委', '副省长'],
      sendTo: ['省委办公厅', '省政府办公厅'],
    });
    expect(para('林业信息专报')).toContain('<w:color w:val="FF0000"/>');
    expect(texts.slice(0, 5)).toEqual([
      '林业信息专报',
      '2026年第3期',
      '河南省林业局办公室\t2026年3月2日',
      '我省春季造林进度过半',
      '截至3月1日，全省完成造林126.5万亩。',
    ]);
    expect(para('河南省林业局办公室\t2026年3月2日')).toMatch(/<w:bottom w:val="single" w:color="FF0000"/);
    expect(texts.slice(-2)).toEqual(['报：省委常委，副省长。', '送：省委办公厅，省政府办公厅。']);
    expect(para('送：省委办公厅，省政府办公厅。')).toContain('w:yAlign="bottom"');
  });

  it('prints a table report in landscape with its header repeated on every page', async () => {
    const { xml, texts } = await open({
      layout: 'table',
      title: '2026年3月行政许可办件统计表',
      subtitle: '（2026年3月1日至3月31日）',
      unit: '河南省林业局政务服务中心',
      date: '2026-04-01',
      orientation: 'landscape',
      table: {
        columns: [
          { header: '事项', weight: 3 },
          { header: '受理', align: 'right' },
          { header: '办结', align: 'right' },
        ],
        rows: [['林木采伐许可证核发', '120', '118']],
      },
      notes: ['注：办结含不予许可。'],
    });
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(texts).toEqual([
      '2026年3月行政许可办件统计表',
      '（2026年3月1日至3月31日）',
      '制表单位：河南省林业局政务服务中心\t制表日期：2026年4月1日',
      '事项',
      '受理',
      '办结',
      '林木采伐许可证核发',
      '120',
      '118',
      '注：办结含不予许可。',
    ]);
    expect(xml).toContain('<w:tblHeader/>');
    // 225 mm across (the 版心 turned): 12756 twips, split 3 : 1 : 1.
    expect(xml).toContain('<w:gridCol w:w="7653"/><w:gridCol w:w="2551"/><w:gridCol w:w="2551"/>');
  });
});
