// The laws library's demo entries (政策法规库): real titles, numbers and dates of the laws,
// administrative regulations, rules and documents a provincial forestry department works under.
// An entry is marked verified only where the title, number and dates are known for certain; the
// rest (the 河南省 regulations among them) carry, for staff only, what is to be checked, and
// without a date where the date is not known — none is published until the office checks it.
// The full texts are not reproduced here: the public page points to the national database.
import type { LawKind, Validity } from '../openness.table.ts';

export interface LawSpec {
  kind: LawKind;
  title: string;
  issuer: string;
  docNumber?: string;
  adoptedOn?: string | null;
  effectiveOn?: string | null;
  validity?: Validity;
  note?: string;
  body?: string;
  verified: boolean;
  verifyNote?: string;
}

const NPC = '全国人民代表大会常务委员会';
const SC = '国务院';
const HN = '河南省人民代表大会常务委员会';

const law = (
  title: string,
  adoptedOn: string,
  effectiveOn: string,
  note: string,
  docNumber = '',
): LawSpec => ({
  kind: 'law',
  title,
  issuer: NPC,
  docNumber,
  adoptedOn,
  effectiveOn,
  note,
  verified: true,
});

const regulation = (
  title: string,
  docNumber: string,
  adoptedOn: string,
  effectiveOn: string,
  note = '',
): LawSpec => ({
  kind: 'administrative_regulation',
  title,
  issuer: SC,
  docNumber,
  adoptedOn,
  effectiveOn,
  note,
  verified: true,
});

export const DEMO_LAWS: LawSpec[] = [
  // ---- 法律 ----
  law(
    '中华人民共和国森林法',
    '2019-12-28',
    '2020-07-01',
    '1984年9月20日第六届全国人民代表大会常务委员会第七次会议通过；2019年12月28日第十三届全国人民代表大会常务委员会第十五次会议修订。',
    '中华人民共和国主席令第三十九号',
  ),
  {
    ...law(
      '中华人民共和国森林法（1998年修正）',
      '1998-04-29',
      '1998-07-01',
      '1998年4月29日第九届全国人民代表大会常务委员会第二次会议修正；已被2019年修订的森林法取代。',
    ),
    validity: 'amended',
  },
  law(
    '中华人民共和国野生动物保护法',
    '2022-12-30',
    '2023-05-01',
    '1988年11月8日第七届全国人民代表大会常务委员会第四次会议通过；2022年12月30日第十三届全国人民代表大会常务委员会第三十八次会议修订。',
  ),
  law(
    '中华人民共和国湿地保护法',
    '2021-12-24',
    '2022-06-01',
    '2021年12月24日第十三届全国人民代表大会常务委员会第三十二次会议通过。',
  ),
  law(
    '中华人民共和国种子法',
    '2021-12-24',
    '2022-03-01',
    '2000年7月8日第九届全国人民代表大会常务委员会第十六次会议通过；2021年12月24日第十三届全国人民代表大会常务委员会第三十二次会议第三次修正。',
  ),
  law(
    '中华人民共和国防沙治沙法',
    '2001-08-31',
    '2002-01-01',
    '2001年8月31日第九届全国人民代表大会常务委员会第二十三次会议通过；2018年10月26日修正。',
  ),
  law(
    '中华人民共和国黄河保护法',
    '2022-10-30',
    '2023-04-01',
    '2022年10月30日第十三届全国人民代表大会常务委员会第三十七次会议通过。',
  ),
  law(
    '中华人民共和国长江保护法',
    '2020-12-26',
    '2021-03-01',
    '2020年12月26日第十三届全国人民代表大会常务委员会第二十四次会议通过。',
  ),
  law(
    '中华人民共和国生物安全法',
    '2020-10-17',
    '2021-04-15',
    '2020年10月17日第十三届全国人民代表大会常务委员会第二十二次会议通过。',
  ),
  law(
    '中华人民共和国环境保护法',
    '2014-04-24',
    '2015-01-01',
    '1989年12月26日第七届全国人民代表大会常务委员会第十一次会议通过；2014年4月24日第十二届全国人民代表大会常务委员会第八次会议修订。',
  ),
  law(
    '中华人民共和国水土保持法',
    '2010-12-25',
    '2011-03-01',
    '1991年6月29日第七届全国人民代表大会常务委员会第二十次会议通过；2010年12月25日第十一届全国人民代表大会常务委员会第十八次会议修订。',
  ),
  law(
    '中华人民共和国土地管理法',
    '2019-08-26',
    '2020-01-01',
    '2019年8月26日第十三届全国人民代表大会常务委员会第十二次会议第三次修正。',
  ),
  law(
    '中华人民共和国行政许可法',
    '2003-08-27',
    '2004-07-01',
    '2003年8月27日第十届全国人民代表大会常务委员会第四次会议通过；2019年4月23日修正。',
  ),
  law(
    '中华人民共和国行政处罚法',
    '2021-01-22',
    '2021-07-15',
    '1996年3月17日第八届全国人民代表大会第四次会议通过；2021年1月22日第十三届全国人民代表大会常务委员会第二十五次会议修订。',
  ),
  law(
    '中华人民共和国行政复议法',
    '2023-09-01',
    '2024-01-01',
    '1999年4月29日第九届全国人民代表大会常务委员会第九次会议通过；2023年9月1日第十四届全国人民代表大会常务委员会第五次会议修订。',
  ),
  // ---- 行政法规 ----
  regulation(
    '中华人民共和国政府信息公开条例',
    '国务院令第711号',
    '2019-04-03',
    '2019-05-15',
    '2007年4月5日国务院令第492号公布；2019年4月3日修订。',
  ),
  regulation(
    '森林防火条例',
    '国务院令第541号',
    '2008-12-01',
    '2009-01-01',
    '1988年1月16日国务院发布；2008年11月19日国务院第36次常务会议修订通过。',
  ),
  regulation(
    '植物检疫条例',
    '国务院令第98号',
    '1992-05-13',
    '1992-05-13',
    '1983年1月3日国务院发布；1992年5月13日国务院令第98号修订发布。',
  ),
  regulation(
    '退耕还林条例',
    '国务院令第367号',
    '2002-12-14',
    '2003-01-20',
    '2002年12月14日国务院令第367号公布；2016年2月6日修订。',
  ),
  regulation('中华人民共和国森林法实施条例', '国务院令第278号', '2000-01-29', '2000-01-29'),
  regulation('中华人民共和国野生植物保护条例', '国务院令第204号', '1996-09-30', '1997-01-01'),
  regulation('中华人民共和国植物新品种保护条例', '国务院令第213号', '1997-03-20', '1997-10-01'),
  regulation('中华人民共和国自然保护区条例', '国务院令第167号', '1994-10-09', '1994-12-01'),
  regulation('风景名胜区条例', '国务院令第474号', '2006-09-19', '2006-12-01'),
  regulation('森林病虫害防治条例', '国务院令第46号', '1989-12-18', '1989-12-18'),
  regulation('中华人民共和国濒危野生动植物进出口管理条例', '国务院令第465号', '2006-04-29', '2006-09-01'),
  regulation('城市绿化条例', '国务院令第100号', '1992-06-22', '1992-08-01'),
  // ---- 部门规章 ----
  {
    kind: 'departmental_rule',
    title: '建设项目使用林地审核审批管理办法',
    issuer: '国家林业局',
    docNumber: '国家林业局令第35号',
    adoptedOn: '2015-03-30',
    effectiveOn: '2015-05-01',
    verified: false,
    verifyNote: '令号与日期凭记忆录入，须对照国家林业和草原局公布的规章文本核实，并核实此后的修改情况。',
  },
  {
    kind: 'departmental_rule',
    title: '占用征用林地审核审批管理办法',
    issuer: '国家林业局',
    docNumber: '国家林业局令第2号',
    adoptedOn: '2001-01-04',
    effectiveOn: '2001-01-04',
    validity: 'repealed',
    note: '已被《建设项目使用林地审核审批管理办法》废止。',
    verified: false,
    verifyNote: '令号、日期与废止情况待核实。',
  },
  {
    kind: 'departmental_rule',
    title: '森林公园管理办法',
    issuer: '林业部',
    verified: false,
    verifyNote: '1994年林业部发布，令号与日期待核实；现行有效性待核实。',
  },
  // ---- 地方性法规（河南省） ----
  {
    kind: 'local_regulation',
    title: '河南省林地保护管理条例',
    issuer: HN,
    verified: false,
    verifyNote: '标题、通过日期、施行日期与修正情况均待对照河南省人大常委会公告核实。',
  },
  {
    kind: 'local_regulation',
    title: '河南省湿地保护条例',
    issuer: HN,
    verified: false,
    verifyNote: '标题、通过日期与施行日期待对照河南省人大常委会公告核实。',
  },
  {
    kind: 'local_regulation',
    title: '河南省实施《中华人民共和国野生动物保护法》办法',
    issuer: HN,
    verified: false,
    verifyNote: '是否现行有效及通过、修正日期待核实（上位法已于2022年修订）。',
  },
  {
    kind: 'local_regulation',
    title: '河南省义务植树条例',
    issuer: HN,
    verified: false,
    verifyNote: '标题与日期待核实。',
  },
  // ---- 规范性文件 ----
  {
    kind: 'normative_document',
    title: '国务院办公厅关于印发《政府信息公开信息处理费管理办法》的通知',
    issuer: '国务院办公厅',
    docNumber: '国办函〔2020〕109号',
    adoptedOn: '2020-11-06',
    effectiveOn: '2021-01-01',
    verified: true,
  },
  {
    kind: 'normative_document',
    title: '财政部 国家林业局关于调整森林植被恢复费征收标准引导节约集约利用林地的通知',
    issuer: '财政部、国家林业局',
    docNumber: '财税〔2015〕122号',
    verified: false,
    verifyNote: '印发日期与施行日期待对照原文核实。',
  },
  {
    kind: 'normative_document',
    title: '森林植被恢复费征收使用管理暂行办法',
    issuer: '财政部、国家林业局',
    docNumber: '财综〔2002〕73号',
    verified: false,
    verifyNote: '印发日期待核实；征收标准已被财税〔2015〕122号调整。',
  },
];
