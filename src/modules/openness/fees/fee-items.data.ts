// The seed's 15 forestry fee items (行政事业性收费), from the reference research in
// shared/data/forestry-fee-items.json. Only three are marked verified — their basis, standard or
// abolition was read in a source: 森林植被恢复费 (with its current standard, 财税〔2015〕122号, as the
// issue gives it), 育林基金 (rate set to zero by 财税〔2016〕11号) and 植物新品种保护权收费 (cancelled by
// 财税〔2017〕20号). Every other item carries, for staff only, what is still to be checked; the public
// page shows it only once the office has checked it and marked it verified.
import type { FeeStatus } from '../openness.table.ts';

export interface FeeItemSpec {
  code: string;
  name: string;
  kind: string;
  basis: string;
  standard: string;
  collector: string;
  status: FeeStatus;
  abolishedOn?: string | null;
  abolishedBy?: string;
  verified: boolean;
  verifyNote?: string;
}

export const DEMO_FEE_ITEMS: FeeItemSpec[] = [
  {
    code: 'FEE-01',
    name: '森林植被恢复费',
    kind: '政府性基金',
    basis: [
      '《中华人民共和国森林法》（2019年修订）第三十七条',
      '财政部、国家林业局《森林植被恢复费征收使用管理暂行办法》（财综〔2002〕73号）',
      '财政部、国家林业局《关于调整森林植被恢复费征收标准引导节约集约利用林地的通知》（财税〔2015〕122号）',
    ].join('\n'),
    standard: [
      '郁闭度0.2以上的乔木林地（含采伐迹地和火烧迹地）、竹林地、苗圃地，每平方米不低于10元；灌木林地、疏林地、未成林造林地，每平方米不低于6元；宜林地，每平方米不低于3元。',
      '国家和省级公益林林地，按上述标准的2倍征收；城市规划区的林地，按上述标准的2倍征收；城市规划区外的林地，公共基础设施、公共事业和国防建设项目按上述标准征收，经营性建设项目按上述标准的2倍征收。',
    ].join('\n'),
    collector: '县级以上人民政府林业主管部门（按使用林地审核权限）',
    status: 'in_force',
    verified: true,
    verifyNote:
      '现行标准按财税〔2015〕122号录入（议题给定的现行依据）；2002年标准（财综〔2002〕73号附件）已被其调整。河南省的具体执行标准尚未录入。',
  },
  {
    code: 'FEE-02',
    name: '育林基金',
    kind: '政府性基金',
    basis: '财政部、国家林业局《育林基金征收使用管理办法》（财综〔2009〕32号）',
    standard: '按不超过林木产品销售收入的10%征收，具体征收标准由省级人民政府确定。',
    collector: '县级以上人民政府林业主管部门',
    status: 'abolished',
    abolishedOn: '2016-02-01',
    abolishedBy:
      '财政部《关于取消、停征和整合部分政府性基金项目等有关问题的通知》（财税〔2016〕11号），征收标准降为零',
    verified: true,
  },
  {
    code: 'FEE-03',
    name: '维简费（林业）',
    kind: '林业基金',
    basis: '2009年以前的林业基金有关规定',
    standard: '',
    collector: '县级以上人民政府林业主管部门',
    status: 'abolished',
    abolishedOn: null,
    abolishedBy: '',
    verified: false,
    verifyNote: '依据、标准与取消文件均未查到；资料推测2009年育林基金改革（财综〔2009〕32号）时并入。',
  },
  {
    code: 'FEE-04',
    name: '林权证工本费',
    kind: '行政事业性收费',
    basis: '国家计委、财政部《关于林权证工本费和林权勘测费收费标准及有关问题的通知》（计价格〔2001〕1998号）',
    standard: '每本5元',
    collector: '县级以上人民政府林业主管部门',
    status: 'abolished',
    abolishedOn: null,
    abolishedBy: '',
    verified: false,
    verifyNote:
      '依据与标准已查到（三江县林业局2014年收费公示）；林权登记并入不动产统一登记后已不核发林权证，取消文件与日期未查到。',
  },
  {
    code: 'FEE-05',
    name: '林权勘测费',
    kind: '行政事业性收费',
    basis: '计价格〔2001〕1998号',
    standard: '',
    collector: '县级以上人民政府林业主管部门',
    status: 'abolished',
    abolishedOn: null,
    abolishedBy: '',
    verified: false,
    verifyNote: '收费标准未查到；取消日期与文件未查到（可能在2008—2017年清理收费中取消）。',
  },
  {
    code: 'FEE-06',
    name: '国内森林植物检疫费',
    kind: '行政事业性收费',
    basis: '《植物检疫条例》及国内植物检疫收费标准',
    standard: '',
    collector: '森林植物检疫机构',
    status: 'abolished',
    abolishedOn: '2016-05-01',
    abolishedBy: '',
    verified: false,
    verifyNote:
      '财政部、国家发展改革委2016年4月20日通知自2016年5月1日起扩大18项行政事业性收费免征范围，文号（疑为财税〔2016〕42号）及是否含林业部门的森林植物检疫费均待核实；收费标准未查到。',
  },
  {
    code: 'FEE-07',
    name: '陆生野生动物资源保护管理费',
    kind: '行政事业性收费',
    basis: [
      '《中华人民共和国野生动物保护法》（1988年）第二十七条',
      '林业部、财政部、国家物价局《陆生野生动物资源保护管理费收费办法》（林护字〔1992〕72号）',
      '林业部、国家计委、财政部补充通知（林护字〔1993〕74号）',
    ].join('\n'),
    standard:
      '按1992年收费办法附件所列物种分别计收；国家一级保护野生动物缴国务院林业主管部门，二级缴省级林业主管部门。',
    collector: '国务院林业主管部门、省级人民政府林业主管部门',
    status: 'abolished',
    abolishedOn: null,
    abolishedBy: '',
    verified: false,
    verifyNote:
      '依据已查到；2016年修订的野生动物保护法（2017年1月1日施行）删去收费条款，停征文件与日期未查到。',
  },
  {
    code: 'FEE-08',
    name: '林木种子生产许可证工本费',
    kind: '行政事业性收费',
    basis:
      '国家计委、财政部《关于调整林木种子生产许可证和林木种子经营许可证工本费收费标准的复函》（计价格〔2002〕2672号）',
    standard: '每套（正本、副本）10元',
    collector: '县级以上人民政府林业主管部门',
    status: 'abolished',
    abolishedOn: null,
    abolishedBy: '',
    verified: false,
    verifyNote: '依据与标准已查到；现行状态（是否及何时取消）与取消文件未查到。',
  },
  {
    code: 'FEE-09',
    name: '林木种子经营许可证工本费',
    kind: '行政事业性收费',
    basis: '计价格〔2002〕2672号',
    standard: '每套（正本、副本）10元',
    collector: '县级以上人民政府林业主管部门',
    status: 'abolished',
    abolishedOn: null,
    abolishedBy: '',
    verified: false,
    verifyNote: '依据与标准已查到；现行状态与取消文件未查到。',
  },
  {
    code: 'FEE-10',
    name: '林木种子质量检验费',
    kind: '行政事业性收费',
    basis: '《中华人民共和国种子法》（2000年）有关检验的规定',
    standard: '',
    collector: '林木种子质量检验机构',
    status: 'abolished',
    abolishedOn: null,
    abolishedBy: '',
    verified: false,
    verifyNote: '收费标准、现行状态均未查到；可能在2015—2017年免征或取消。',
  },
  {
    code: 'FEE-11',
    name: '野生动物证照工本费',
    kind: '行政事业性收费',
    basis: '省级有关规定（驯养繁殖许可证、特许猎捕证、狩猎证、经营利用许可证）',
    standard: '',
    collector: '省级人民政府林业主管部门',
    status: 'abolished',
    abolishedOn: null,
    abolishedBy: '',
    verified: false,
    verifyNote: '只查到山东省的标准（特许猎捕证5元、驯养繁殖许可证10元等），河南省标准与取消文件未查到。',
  },
  {
    code: 'FEE-12',
    name: '植物新品种保护权收费（林业植物新品种申请费、审查费、年费）',
    kind: '行政事业性收费',
    basis: '《中华人民共和国植物新品种保护条例》',
    standard: '',
    collector: '国家林业局植物新品种保护办公室',
    status: 'abolished',
    abolishedOn: '2017-04-01',
    abolishedBy: '财政部、国家发展改革委《关于清理规范一批行政事业性收费有关政策的通知》（财税〔2017〕20号）',
    verified: true,
  },
  {
    code: 'FEE-13',
    name: '木材运输证工本费',
    kind: '行政事业性收费',
    basis: '',
    standard: '',
    collector: '县级以上人民政府林业主管部门',
    status: 'abolished',
    abolishedOn: '2020-07-01',
    abolishedBy: '',
    verified: false,
    verifyNote: '收费依据未查到，是否收取存疑；2019年修订的森林法（2020年7月1日施行）取消木材运输证。',
  },
  {
    code: 'FEE-14',
    name: '义务植树绿化费（以资代劳）',
    kind: '行政事业性收费',
    basis: '全国人大《关于开展全民义务植树运动的决议》（1981年）及省级义务植树规定',
    standard: '',
    collector: '各级绿化委员会',
    status: 'abolished',
    abolishedOn: null,
    abolishedBy: '',
    verified: false,
    verifyNote: '收费性质（行政事业性收费或集资）与河南是否收取均存疑；多数省份已停止收取，文件未查到。',
  },
  {
    code: 'FEE-15',
    name: '野生植物资源保护费',
    kind: '行政事业性收费（外省）',
    basis: '江西省财政厅、发展改革委2008—2009年通知',
    standard: '',
    collector: '（非本省收费项目）',
    status: 'abolished',
    abolishedOn: null,
    abolishedBy: '',
    verified: false,
    verifyNote:
      '不是河南省的收费项目：据2009年报道仅江西省设立，列此作为对照，防止误列为本省收费。不得公布。',
  },
];
