// The department's own units: internal divisions (处室) and directly affiliated units (直属单位) of
// 河南省林业局 (its name since the 2018 institutional reform; the seed, written before it, says
// 河南省林业厅 and 厅直单位). No official 三定 text was found, so
// each name carries how sure the reference data is (units.data_status):
//   verified            the name appears in a cited source as a Henan forestry unit;
//   partially_verified  a short form is attested, the full formal name is reconstructed;
//   reconstructed       inferred from how provincial forestry departments are usually organised —
//                       a plausible placeholder that the workbench tags "名称待核实", never official fact.
// Where a name exists both before and after 2018 that form is used.
import type { UnitType } from './org.table.ts';

export type DataStatus = 'verified' | 'partially_verified' | 'reconstructed';

export interface DepartmentUnitDef {
  code: string;
  name: string;
  shortName?: string;
  type: Extract<UnitType, 'division' | 'affiliated'>;
  dataStatus: DataStatus;
}

export const DEPARTMENT = {
  code: 'HNLY',
  name: '河南省林业局',
  shortName: '省林业局',
  // The seed is the department's own report.
  dataStatus: 'verified' as DataStatus,
};

export const DEPARTMENT_UNITS: DepartmentUnitDef[] = [
  // 处室 (internal divisions)
  { code: 'HNLY-BGS', name: '办公室', shortName: '局办公室', type: 'division', dataStatus: 'verified' },
  {
    code: 'HNLY-ZCFG',
    name: '政策法规处',
    shortName: '法规处',
    type: 'division',
    dataStatus: 'reconstructed',
  },
  // Attested before 2018 as 资源林政(管理)处 / 资源处; the platform's issue names it 森林资源管理处 (the
  // post-2018 successor's name), which is reconstructed.
  {
    code: 'HNLY-ZYC',
    name: '森林资源管理处',
    shortName: '资源处',
    type: 'division',
    dataStatus: 'reconstructed',
  },
  {
    code: 'HNLY-ZLC',
    name: '造林绿化管理处',
    shortName: '造林处',
    type: 'division',
    dataStatus: 'reconstructed',
  },
  {
    code: 'HNLY-YBC',
    name: '野生动植物保护处',
    shortName: '野保处',
    type: 'division',
    dataStatus: 'reconstructed',
  },
  {
    code: 'HNLY-GHC',
    name: '发展规划与资金管理处',
    shortName: '计财处',
    type: 'division',
    dataStatus: 'reconstructed',
  },
  { code: 'HNLY-KJC', name: '科技处', type: 'division', dataStatus: 'reconstructed' },
  { code: 'HNLY-RSC', name: '人事处', type: 'division', dataStatus: 'reconstructed' },
  {
    code: 'HNLY-CYC',
    name: '林业产业发展处',
    shortName: '产业处',
    type: 'division',
    dataStatus: 'reconstructed',
  },
  { code: 'HNLY-GJC', name: '国际合作处', type: 'division', dataStatus: 'reconstructed' },
  {
    code: 'HNLY-FHB',
    name: '森林防火办公室',
    shortName: '防火办',
    type: 'division',
    dataStatus: 'reconstructed',
  },
  {
    code: 'HNLY-SDC',
    name: '湿地保护管理处',
    shortName: '湿地处',
    type: 'division',
    dataStatus: 'reconstructed',
  },
  {
    code: 'HNLY-LCC',
    name: '国有林场和林木种苗工作处',
    shortName: '林场处',
    type: 'division',
    dataStatus: 'reconstructed',
  },
  { code: 'HNLY-JGDW', name: '机关党委', type: 'division', dataStatus: 'reconstructed' },
  { code: 'HNLY-LTG', name: '离退休干部处', type: 'division', dataStatus: 'reconstructed' },
  // 直属单位 (directly affiliated units). The information centre and the acceptance centre are
  // attested by the seed as 厅信息中心 and 厅政务受理中心 (before the reform); their full names are
  // reconstructed.
  {
    code: 'HNLY-XXZX',
    name: '河南省林业局信息中心',
    shortName: '信息中心',
    type: 'affiliated',
    dataStatus: 'partially_verified',
  },
  {
    code: 'HNLY-SLZX',
    name: '河南省林业局政务受理中心',
    shortName: '政务受理中心',
    type: 'affiliated',
    dataStatus: 'partially_verified',
  },
  {
    code: 'HNLY-GHY',
    name: '河南省林业调查规划院',
    shortName: '省规划院',
    type: 'affiliated',
    dataStatus: 'verified',
  },
  {
    code: 'HNLY-LKY',
    name: '河南省林业科学研究院',
    shortName: '林科院',
    type: 'affiliated',
    dataStatus: 'verified',
  },
  {
    code: 'HNLY-SFZ',
    name: '河南省森林病虫害防治检疫站',
    shortName: '省森防站',
    type: 'affiliated',
    dataStatus: 'partially_verified',
  },
  {
    code: 'HNLY-ZMZ',
    name: '河南省林木种苗和经济林管理站',
    shortName: '种苗站',
    type: 'affiliated',
    dataStatus: 'verified',
  },
  {
    code: 'HNLY-LGZ',
    name: '河南省林业技术工作总站',
    shortName: '林业工作总站',
    type: 'affiliated',
    dataStatus: 'reconstructed',
  },
  {
    code: 'HNLY-YBZX',
    name: '河南省野生动植物保护中心',
    shortName: '野保中心',
    type: 'affiliated',
    dataStatus: 'reconstructed',
  },
  {
    code: 'HNLY-JJZ',
    name: '河南省林业基金管理站',
    shortName: '基金站',
    type: 'affiliated',
    dataStatus: 'reconstructed',
  },
  {
    code: 'HNLY-FWZX',
    name: '河南省林业局机关服务中心',
    shortName: '机关服务中心',
    type: 'affiliated',
    dataStatus: 'reconstructed',
  },
];

/** Unit codes of the 省辖市 and county bureaus: C + prefecture code, X + county code. */
export const cityBureauCode = (regionCode: string) => `C${regionCode}`;
export const countyBureauCode = (regionCode: string) => `X${regionCode}`;
