// The licensing items of the reference data (forestry-licensing-items.json, current items only),
// copied verbatim so the catalogue can be rebuilt without the shared folder. Do not edit by hand.
// `verification` says how sure the reference data is; the catalogue stores it as the data status.

export interface ReferenceItem {
  id: string;
  name: string;
  legalBasis: Array<{ instrument: string; article: string; confidence: string }>;
  issuingLevels: string[];
  statutoryTimeLimit: string | null;
  observedCommitment: string | null;
  verification: string;
  provincialRole: string | null;
  feeLink: string | null;
}

export const REFERENCE_ITEMS: ReferenceItem[] = [
  {
    id: 'LIC-01',
    name: '林木采伐许可证核发',
    legalBasis: [
      {
        instrument: '森林法 (2019修订)',
        article: '第五十六条、第五十七条',
        confidence: 'medium',
      },
      {
        instrument: '森林法 (1998) / 森林法实施条例',
        article: '森林法 第三十二条; 实施条例 第三十条、第三十一条',
        confidence: 'verified (兰考县林业局 2014 service guide)',
      },
    ],
    issuingLevels: ['county', 'prefecture', 'province'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: '兰考县 2014: 6 个工作日 (承诺时限)',
    verification:
      'item verified in Henan sources (兰考 2014 "林木采伐许可证"; 周口 2026 "林木采伐许可审批/林木采伐许可证"); the exact list wording "林木采伐许可证核发" is reconstructed; 1998-law articles verified, 2019-law articles medium confidence',
    provincialRole:
      'Province issues permits for province-level state units and special cases; the bulk is issued at county level. Henan (周口, 2026) delegates permit handling to sub-district service centres.',
    feeLink: null,
  },
  {
    id: 'LIC-02',
    name: '建设项目使用林地审核审批',
    legalBasis: [
      {
        instrument: '森林法 (2019修订)',
        article: '第三十七条',
        confidence: 'medium',
      },
      {
        instrument: '森林法实施条例',
        article: '第十六条',
        confidence: 'verified (兰考 2014; 河北 list)',
      },
      {
        instrument: '建设项目使用林地审核审批管理办法 (国家林业局令第35号)',
        article: '—',
        confidence: 'verified title (云南 2024 notice; 国家林草局 2021-09-13 审核审批管理规范)',
      },
      {
        instrument: '河南省林地保护管理条例',
        article: '第二十三条、第二十四条',
        confidence: 'verified (兰考 2014)',
      },
    ],
    issuingLevels: ['national', 'province', 'prefecture', 'county'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment:
      '兰考县 2014: 30 个工作日 (incl. forwarding to 市/省); 河北张家口 市级: 法定20个工作日, 承诺4个工作日',
    verification: 'verified (multiple sources)',
    provincialRole:
      'Province reviews or approves within thresholds set by 实施条例 第十六条 (area and forest-type bands); counties accept, inspect and forward.',
    feeLink: '森林植被恢复费 (see forestry-fee-items.json)',
  },
  {
    id: 'LIC-03',
    name: '临时使用林地审批',
    legalBasis: [
      {
        instrument: '森林法 (2019修订)',
        article: '第三十八条',
        confidence: 'verified (国家林草局公告 2023-04-25 cites 第三十八条 for restoration duty)',
      },
    ],
    issuingLevels: ['province', 'prefecture', 'county'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'verified (name, delegation, fee change)',
    provincialRole:
      '河南省林业局公告2023年第1号 delegated all 临时使用林地审批 to 省辖市、济源示范区、航空港区 and 县(市) forestry authorities, split by area and forest-type thresholds.',
    feeLink:
      'No longer charged 森林植被恢复费 after the 国家林草局 2023-04-25 notice amended 林草行业行政许可事项实施规范(2023年版)',
  },
  {
    id: 'LIC-04',
    name: '在林地上修筑直接为林业生产经营服务的工程设施审批',
    legalBasis: [
      {
        instrument: '森林法 (2019修订)',
        article: '第五十二条',
        confidence: 'medium (from memory)',
      },
      {
        instrument: '森林法实施条例',
        article: '第十八条 (old basis)',
        confidence: 'verified (福建自贸区 list cites 实施条例 第十六至十八条)',
      },
    ],
    issuingLevels: ['province', 'prefecture', 'county'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'name and delegation verified',
    provincialRole: 'Delegated in Henan to 省辖市/济源示范区/航空港区/县(市) by 河南省林业局公告2023年第1号',
    feeLink: null,
  },
  {
    id: 'LIC-05',
    name: '林草种子生产经营许可证核发',
    legalBasis: [
      {
        instrument: '种子法 (2021修正)',
        article: '第三十一条',
        confidence: 'verified (霍山县 2024 权责清单 quotes the article)',
      },
      {
        instrument: '种子法 (2000)',
        article: '第二十条、第二十六条',
        confidence: 'verified (福建/白山 lists)',
      },
      {
        instrument: '林木种子生产经营许可证管理办法 (2016)',
        article: '—',
        confidence: 'verified title',
      },
    ],
    issuingLevels: ['national', 'province', 'county'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified. (the 2016 管理办法 may set its own limit; unverified)',
    observedCommitment: null,
    verification: 'verified',
    provincialRole:
      'Province issues for 林木良种繁殖材料 production and trade; counties issue the rest; national level for import/export businesses.',
    feeLink: null,
  },
  {
    id: 'LIC-06',
    name: '林草植物检疫证书核发',
    legalBasis: [
      {
        instrument: '植物检疫条例 (国务院令第98号)',
        article: '第七条、第八条 (福建 list cites 第七条、第十条)',
        confidence: 'medium',
      },
      {
        instrument: '植物检疫条例实施细则(林业部分)',
        article: '第六、十四、十五、十六、十八条',
        confidence: 'verified as cited by a local service guide',
      },
    ],
    issuingLevels: ['province', 'county'],
    statutoryTimeLimit:
      'uncertain; local guides show same-day issuance when documents are complete, or 5 working days when re-inspection is needed',
    observedCommitment: null,
    verification: 'partially verified; the exact 2022-list name "林草植物检疫证书核发" is reconstructed',
    provincialRole:
      'Provincial 森检 station issues certificates for inter-provincial consignments; county stations for intra-provincial ones.',
    feeLink: null,
  },
  {
    id: 'LIC-07',
    name: '从国外引进林草种子、苗木检疫审批',
    legalBasis: [
      {
        instrument: '植物检疫条例',
        article: '第十二条',
        confidence: 'medium (from memory)',
      },
    ],
    issuingLevels: ['national', 'province'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'reconstructed',
    provincialRole: null,
    feeLink: null,
  },
  {
    id: 'LIC-08',
    name: '国家重点保护陆生野生动物人工繁育许可证核发',
    legalBasis: [
      {
        instrument: '野生动物保护法 (2016/2022)',
        article: '第二十五条',
        confidence: 'verified (cqspb.gov.cn 2024 answer quoting 2022 text; 国家林业局公告2017年第14号)',
      },
      {
        instrument: '国家重点保护野生动物驯养繁殖许可证管理办法 (林业部)',
        article: '第二条、第五条 (old regime)',
        confidence: 'verified (济源 权责清单)',
      },
      {
        instrument: '河南省实施《野生动物保护法》办法',
        article: '第二十条',
        confidence: 'verified (济源 权责清单)',
      },
    ],
    issuingLevels: ['national', 'province'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.; Heilongjiang wildlife items show "20日内, 经批准可延长10日"',
    observedCommitment: null,
    verification: 'verified',
    provincialRole:
      'Since the 2016 law (in force 2017-01-01) the province approves both protection classes, except 10 taxa reserved to the national level by 国家林业局公告2017年第14号 (大熊猫, 朱鹮, 虎, 豹类, 象类, 金丝猴类, 长臂猿类, 犀牛类, 猩猩类, 鸨类). Before 2017 the province approved class-II species. Class-I went to the national level, except species delegated by 国家林业局公告2013年第12号 (e.g. 梅花鹿, 鸵鸟, some crocodilians).',
    feeLink: null,
  },
  {
    id: 'LIC-09',
    name: '出售、购买、利用国家重点保护陆生野生动物及其制品审批',
    legalBasis: [
      {
        instrument: '野生动物保护法 (2016)',
        article: '第二十七条',
        confidence: 'verified (国家林业局公告2017年第14号 cites 第二十五条和第二十七条)',
      },
      {
        instrument: '野生动物保护法 (2022修订)',
        article: '第二十八条',
        confidence: 'uncertain renumbering',
      },
    ],
    issuingLevels: ['national', 'province'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'verified (2016 basis)',
    provincialRole: null,
    feeLink: null,
  },
  {
    id: 'LIC-10',
    name: '猎捕国家重点保护陆生野生动物审批 (特许猎捕证核发)',
    legalBasis: [
      {
        instrument: '野生动物保护法',
        article: '第二十一条 (2016/2022); 第十六条 (1988/2004 text)',
        confidence: '1988 article verified (林护字〔1992〕72号 cites 第十六条); 2016/2022 article medium',
      },
    ],
    issuingLevels: ['national', 'province'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'partially verified',
    provincialRole: 'Province issues for national class-II species',
    feeLink: null,
  },
  {
    id: 'LIC-11',
    name: '狩猎证核发 (猎捕非国家重点保护陆生野生动物)',
    legalBasis: [
      {
        instrument: '野生动物保护法 (2016/2022)',
        article: '第二十二条',
        confidence: 'medium',
      },
    ],
    issuingLevels: ['county'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'reconstructed',
    provincialRole: null,
    feeLink: null,
  },
  {
    id: 'LIC-12',
    name: '外国人对国家重点保护陆生野生动物进行野外考察或者在野外拍摄电影、录像审批',
    legalBasis: [
      {
        instrument: '陆生野生动物保护实施条例',
        article: '第二十二条',
        confidence: 'medium (from memory)',
      },
    ],
    issuingLevels: ['province'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'name verified (四川 2014 下放 list; 福建 2015 list); article reconstructed',
    provincialRole: null,
    feeLink: null,
  },
  {
    id: 'LIC-13',
    name: '采集国家二级保护野生植物审批',
    legalBasis: [
      {
        instrument: '野生植物保护条例 (国务院令第204号)',
        article: '第十六条第二款',
        confidence: 'verified (福建自贸区 list)',
      },
    ],
    issuingLevels: ['province'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'verified',
    provincialRole: 'Province approves national class-II species; class-I goes to 国家林草局.',
    feeLink: null,
  },
  {
    id: 'LIC-14',
    name: '出售、收购国家二级保护野生植物审批',
    legalBasis: [
      {
        instrument: '野生植物保护条例',
        article: '第十八条第二款',
        confidence: 'verified (福建自贸区 list)',
      },
    ],
    issuingLevels: ['province'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'verified',
    provincialRole: null,
    feeLink: null,
  },
  {
    id: 'LIC-15',
    name: '采集或者采伐国家重点保护的天然林草种质资源审批',
    legalBasis: [
      {
        instrument: '种子法 (2015/2021)',
        article: '第八条',
        confidence: 'medium (from memory)',
      },
    ],
    issuingLevels: ['national', 'province'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'reconstructed',
    provincialRole: null,
    feeLink: null,
  },
  {
    id: 'LIC-16',
    name: '向境外提供或者从境外引进林草种质资源审批',
    legalBasis: [
      {
        instrument: '种子法',
        article:
          '第十条 (2004 text, verified via 国家林业局 2015 审批事项目录); 第十一条 (2015/2021, reconstructed)',
        confidence: 'partial',
      },
      {
        instrument: '林木种质资源管理办法 (国家林业局令第22号)',
        article: '第二十一、二十二条',
        confidence: 'verified',
      },
    ],
    issuingLevels: ['national'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'verified (national item)',
    provincialRole: 'National approval; the province only accepts and forwards.',
    feeLink: null,
  },
  {
    id: 'LIC-17',
    name: '在自然保护区修筑设施审批',
    legalBasis: [
      {
        instrument: '自然保护区条例',
        article: 'uncertain (the 2026 国家林草局公告第2号 cites the 条例 without an article in the excerpt)',
        confidence: 'low',
      },
    ],
    issuingLevels: ['national', 'province'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'name verified (国家林业和草原局公告2026年第2号 on its 实施规范)',
    provincialRole: null,
    feeLink: null,
  },
  {
    id: 'LIC-18',
    name: '外国人进入地方级自然保护区审批',
    legalBasis: [
      {
        instrument: '自然保护区条例',
        article: '第三十一条',
        confidence: 'medium (from memory)',
      },
    ],
    issuingLevels: ['province'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'reconstructed',
    provincialRole: null,
    feeLink: null,
  },
  {
    id: 'LIC-19',
    name: '进入自然保护区从事科学研究、教学实习、参观考察等活动审批',
    legalBasis: [
      {
        instrument: '自然保护区条例',
        article: '第二十七条、第二十九条 (uncertain)',
        confidence: 'low',
      },
    ],
    issuingLevels: ['province', 'reserve administration'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification:
      'name verified as a 2011 Sichuan provincial item (四川 2014 下放); whether it is still a licensing item under the 2022 list is uncertain',
    provincialRole: null,
    feeLink: null,
  },
  {
    id: 'LIC-20',
    name: '森林草原防火期内在森林草原防火区野外用火审批',
    legalBasis: [
      {
        instrument: '森林防火条例 (2008)',
        article: '第二十五条',
        confidence: 'medium (from memory)',
      },
    ],
    issuingLevels: ['county'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'reconstructed',
    provincialRole: 'none; approved by the county government or its delegate',
    feeLink: null,
  },
  {
    id: 'LIC-21',
    name: '森林草原防火期内在森林草原防火区爆破、勘察和施工等活动审批',
    legalBasis: [
      {
        instrument: '森林防火条例',
        article: '第二十五条 (uncertain)',
        confidence: 'low',
      },
    ],
    issuingLevels: ['province', 'county'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'reconstructed',
    provincialRole: null,
    feeLink: null,
  },
  {
    id: 'LIC-22',
    name: '矿藏开采、工程建设征收、征用或者使用草原审核',
    legalBasis: [
      {
        instrument: '草原法',
        article: '第三十八条',
        confidence: 'verified (国家林业和草原局公告2023年第2号)',
      },
      {
        instrument: '草原征占用审核审批管理规范 (林草规〔2020〕2号)',
        article: '第六条',
        confidence: 'verified',
      },
    ],
    issuingLevels: ['national', 'province'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'verified',
    provincialRole:
      'Reviews of ≥70 公顷 were entrusted by 国家林草局 to provincial authorities from 2023-02-01 to 2026-01-31. Smaller areas are reviewed by the province or lower levels under provincial rules (reconstructed). Henan has little grassland, so this item is rarely used.',
    feeLink: null,
  },
  {
    id: 'LIC-23',
    name: '临时占用草原审批',
    legalBasis: [
      {
        instrument: '草原法',
        article: '第四十条',
        confidence: 'medium (from memory)',
      },
    ],
    issuingLevels: ['county', 'prefecture'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'reconstructed',
    provincialRole: null,
    feeLink: null,
  },
  {
    id: 'LIC-24',
    name: '在草原上修建直接为草原保护和畜牧业生产服务的工程设施审批',
    legalBasis: [
      {
        instrument: '草原法',
        article: '第三十九条',
        confidence: 'medium (from memory)',
      },
    ],
    issuingLevels: ['county', 'prefecture', 'province'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification: 'reconstructed',
    provincialRole: null,
    feeLink: null,
  },
  {
    id: 'LIC-25',
    name: '风景名胜区内建设活动审批 (post-2018 transferred to 林业/林草 authorities)',
    legalBasis: [
      {
        instrument: '风景名胜区条例',
        article: '第二十八条 (uncertain)',
        confidence: 'low',
      },
    ],
    issuingLevels: ['province', 'prefecture'],
    statutoryTimeLimit:
      '20 个工作日 (行政许可法 第四十二条 default; extendable by 10 工作日 with approval of the agency head). No item-specific statutory limit was verified.',
    observedCommitment: null,
    verification:
      'reconstructed; the transfer of 风景名胜区 duties to forestry is attested for other provinces (陕西, 黑龙江 2018 reform reports), not verified for Henan',
    provincialRole: null,
    feeLink: null,
  },
];
