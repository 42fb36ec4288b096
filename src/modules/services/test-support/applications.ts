// One filled-in application for LIC-03 (临时使用林地), as the tests and the benchmark post it: the
// form's fields and its four materials (a PDF and PNG that pass the content checks).
import { type FilePart, PDF, PNG } from './multipart.ts';

export const TEMPORARY_USE_FIELDS = {
  contactName: '张三',
  contactPhone: '13812345678',
  address: '郑州市金水区农业路 1 号',
  county: '410122',
  areaHa: '1.5',
  periodFrom: '2026-04-01',
  periodTo: '2027-03-31',
  summary: '因乡村道路施工临时堆放材料，需临时使用林地 1.5 公顷，期满后恢复植被。',
};

export const TEMPORARY_USE_FILES: FilePart[] = [
  { field: 'material_application', fileName: '申请书.pdf', data: PDF },
  { field: 'material_identity', fileName: '身份证.png', data: PNG },
  { field: 'material_restoration', fileName: '植被恢复方案.pdf', data: PDF },
  { field: 'material_landOwner', fileName: '权属证明.pdf', data: PDF },
];
