// validateForm: each bad value is named by its field's label, in Chinese; check digits counted by hand.
import { describe, expect, it } from 'vitest';
import { type FormDefinition, normalizeForm, validateForm } from './forms.ts';

const DEF: FormDefinition = {
  sections: [
    {
      title: '申请人',
      fields: [
        { name: 'idNumber', label: '身份证号码', type: 'idNumber', required: true },
        { name: 'creditCode', label: '统一社会信用代码', type: 'creditCode' },
        { name: 'county', label: '所在县', type: 'county', required: true },
        { name: 'phone', label: '联系电话', type: 'phone', required: true },
        { name: 'area', label: '面积', type: 'number', required: true, min: 0.01, max: 1000, unit: '亩' },
        {
          name: 'kind',
          label: '类型',
          type: 'select',
          required: true,
          options: [{ value: 'a', label: '甲' }],
        },
        {
          name: 'method',
          label: '方式',
          type: 'radio',
          options: [{ value: 'x', label: '某' }],
          showIf: { field: 'kind', in: ['a'] },
        },
        { name: 'from', label: '起始日期', type: 'date' },
      ],
    },
  ],
  materials: [],
};

// 41010519850612031: weighted sum 224, 224 mod 11 = 4 → '10X98765432'[4] = "8" (the demo citizen ends in 8).
const GOOD = {
  idNumber: '410105198506120318',
  creditCode: '91410122MA45L6W0RY',
  county: '410122',
  phone: '13800000000',
  area: 3,
  kind: 'a',
};

describe('validateForm', () => {
  it('accepts good values', () => {
    expect(validateForm(DEF, normalizeForm(DEF, { ...GOOD, area: '3' }))).toEqual([]);
  });

  it('names each bad field by its label', () => {
    const errors = validateForm(
      DEF,
      normalizeForm(DEF, {
        idNumber: '410105198506120317',
        creditCode: '91410122MA45L6W0R1',
        county: '419999',
        phone: '12345',
        area: '-1',
        kind: 'b',
        from: '2026-02-30',
      }),
    );
    expect(errors).toEqual([
      { field: 'idNumber', message: '身份证号码：居民身份证号码不正确（请核对校验位）' },
      { field: 'creditCode', message: '统一社会信用代码：统一社会信用代码不正确（请核对校验位）' },
      { field: 'county', message: '所在县：没有这个县（市、区）（419999）' },
      { field: 'phone', message: '联系电话：应为 11 位手机号码或带区号的固定电话' },
      { field: 'area', message: '面积：不得小于 0.01亩' },
      { field: 'kind', message: '类型：请从选项中选择' },
      { field: 'from', message: '起始日期：应为有效日期（如 2026-03-02）' },
    ]);
  });

  it('requires what is required, and skips fields hidden by showIf', () => {
    const errors = validateForm(DEF, normalizeForm(DEF, {}));
    expect(errors.map((e) => e.message)).toEqual([
      '身份证号码：必填',
      '所在县：必填',
      '联系电话：必填',
      '面积：必填',
      '类型：必填',
    ]);
  });

  it('refuses text in a number field and fields the form does not have', () => {
    expect(validateForm(DEF, { ...GOOD, area: 'abc', extra: 'x' })).toEqual([
      { field: 'area', message: '面积：应为数字' },
      { field: 'extra', message: 'extra：不是本表单的字段' },
    ]);
  });

  it('accepts 济源 (a 省辖市 without counties) as a county-level code', () => {
    expect(validateForm(DEF, { ...GOOD, county: '419001' })).toEqual([]);
  });
});
