// 不计入办理时限的程序 of each catalogue item (行政许可法 第四十五条), as data: the law's closed list —
// 听证, 招标, 拍卖, 检验, 检测, 检疫, 鉴定, 专家评审 — for every item, and 现场核查 or 许可前公示 only where
// the item's own rule makes their time not counted (DOMAIN §3). `confidence` is for staff: what of a
// citation the department still has to confirm.
import type { NotCountedKind, NotCountedProcedure } from '../services.table.ts';

const LAW = '《中华人民共和国行政许可法》';

/** The procedures of 第四十五条, each with the articles that govern it. */
const STATUTORY: NotCountedProcedure[] = [
  {
    kind: 'hearing',
    name: '听证',
    basis: `${LAW}第四十五条、第四十六条、第四十七条`,
    confidence: 'verified',
  },
  { kind: 'tender', name: '招标', basis: `${LAW}第四十五条、第五十三条`, confidence: 'verified' },
  { kind: 'auction', name: '拍卖', basis: `${LAW}第四十五条、第五十三条`, confidence: 'verified' },
  { kind: 'inspection_test', name: '检验', basis: `${LAW}第四十五条`, confidence: 'verified' },
  { kind: 'testing', name: '检测', basis: `${LAW}第四十五条`, confidence: 'verified' },
  { kind: 'quarantine', name: '检疫', basis: `${LAW}第四十五条`, confidence: 'verified' },
  { kind: 'appraisal', name: '鉴定', basis: `${LAW}第四十五条`, confidence: 'verified' },
  { kind: 'expert_review', name: '专家评审', basis: `${LAW}第四十五条`, confidence: 'verified' },
];

/**
 * 林木采伐许可证核发: the harvest item's own rules pause the clocks for the stand check and the
 * pre-approval notice. The department confirms the wording of its rule before go-live.
 */
const HARVEST: NotCountedProcedure[] = [
  {
    kind: 'site_check',
    name: '现场核查',
    basis:
      '《中华人民共和国行政许可法》第三十四条第三款，《中华人民共和国森林法实施条例》第三十条；本局林木采伐许可办理规程（伐区现场核查）',
    confidence:
      '法律条款引自本事项设定依据；核查时间不计入办理时限出自本局办理规程，规程名称与文号待本局确认',
  },
  {
    kind: 'public_notice',
    name: '许可前公示',
    basis:
      '国家林业局《关于改革和完善集体林采伐管理的意见》（林资发〔2009〕166号，采伐公示制度）；本局林木采伐许可办理规程（采伐前公示）',
    confidence: '文件名与文号为中等把握；公示期不计入办理时限出自本局办理规程，待本局确认',
  },
];

const EXTRA: Record<string, NotCountedProcedure[]> = { 'LIC-01': HARVEST };

/** The procedures not counted for an item: the law's eight, and any its own rules add. */
export function notCountedFor(code: string): NotCountedProcedure[] {
  return [...STATUTORY, ...(EXTRA[code] ?? [])];
}

/**
 * The basis as the applicant reads it (timeline, notices): a citation the department has not yet
 * confirmed is never printed to the public as official fact — they read 本事项的办理规定, and staff
 * see the citation with what is to be confirmed on the case page.
 */
export function publicBasis(p: Pick<NotCountedProcedure, 'basis' | 'confidence'>): string {
  return p.confidence === 'verified' ? p.basis : '本事项的办理规定';
}

/** The kinds that pause a case only where the item names a basis (DOMAIN §3). */
export const ITEM_RULE_KINDS: NotCountedKind[] = ['site_check', 'public_notice'];

/**
 * What an item does not count, in one sentence for its guide and notices: 补正 (第三十二条) where asked,
 * the §45 procedures it lists, and the item-rule ones it names.
 */
export function notCountedSentence(
  list: NotCountedProcedure[],
  options: { completion?: boolean } = {},
): string {
  const names = list.map((p) => p.name).join('、');
  if (!names) return options.completion ? '补正材料的时间不计入办理时限' : '';
  return `${options.completion ? '补正材料的时间，以及' : ''}依法进行${names}所需的时间，不计入办理时限`;
}
