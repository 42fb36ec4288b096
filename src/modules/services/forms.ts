// Application forms as data (办事表单): a new licensing item needs a definition, not code.
// The definition drives validation on the server, the no-JavaScript public form and the
// workbench's case view.
import { isValidCreditCode, isValidIdNumber } from '../../platform/access/identity.ts';
import type { FieldError } from '../../platform/errors.ts';
import { HENAN_PREFECTURES } from '../org/index.ts';

export type FieldType =
  | 'text'
  | 'textarea'
  | 'integer'
  | 'number'
  | 'date'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'county' // a Henan county-level division code (行政区划代码)
  | 'idNumber' // 居民身份证号码, check digit validated
  | 'creditCode' // 统一社会信用代码, check character validated
  | 'phone';

export interface FieldOption {
  value: string;
  label: string;
}

export interface FormField {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  /** Numbers: inclusive bounds. Text: length bounds. */
  min?: number;
  max?: number;
  pattern?: string;
  patternMessage?: string;
  options?: FieldOption[];
  /** Unit shown after the input: m³, 亩, %, 株 … */
  unit?: string;
  help?: string;
  /** Show only when another field has one of these values. */
  showIf?: { field: string; in: string[] };
}

export interface FormSection {
  title: string;
  fields: FormField[];
  /**
   * A section shown as a table (分树种明细): its fields are the cells, row by row, one per column;
   * `columns` heads them. Each field keeps its own full label (第 2 行 树种) for errors.
   */
  table?: { columns: string[]; note?: string };
}

export interface MaterialSpec {
  code: string;
  name: string;
  required: boolean;
  /** Allowed content types, checked by content (magic bytes), not by name. */
  formats: Array<'pdf' | 'jpg' | 'png'>;
  note?: string;
}

/** The level of the forestry authority competent for a case (管辖层级). */
export type CompetenceLevel = 'county' | 'city' | 'province';

export const COMPETENCE_LEVEL_LABELS: Record<CompetenceLevel, string> = {
  county: '采伐地所在县级林业主管部门',
  city: '采伐地所在省辖市林业主管部门',
  province: '省林业局',
};

/**
 * 管辖: which authority decides the item's cases. `level` is where a case goes by default (for
 * 林木采伐许可, 森林法 第五十七条: the county where the stand lies); each rule sends the cases whose
 * field has one of the values to another level (a provincially owned forest farm to the province).
 */
export interface CompetenceRule {
  level: CompetenceLevel;
  rules?: Array<{ field: string; in: string[]; level: CompetenceLevel; reason: string }>;
}

export interface FormDefinition {
  sections: FormSection[];
  materials: MaterialSpec[];
  /**
   * Where the item's cases are accepted and decided; absent: received by the acceptance centre and
   * decided by the item's handling unit.
   */
  competence?: CompetenceRule;
}

/** The level competent for these values, with the rule's reason when a rule moved it. */
export function competentLevel(
  def: FormDefinition,
  values: FormValues,
): { level: CompetenceLevel; reason: string | null } | null {
  const c = def.competence;
  if (!c) return null;
  for (const r of c.rules ?? []) {
    const v = values[r.field];
    if (typeof v === 'string' && r.in.includes(v)) return { level: r.level, reason: r.reason };
  }
  return { level: c.level, reason: null };
}

export type FormValues = Record<string, string | number | boolean | string[] | null | undefined>;

export type FormValidator = (values: FormValues) => FieldError[];

// ---- validation -------------------------------------------------------------------------------

/** Henan's county-level divisions (and 济源, a 省辖市 without counties) by 行政区划代码. */
export const HENAN_COUNTIES: ReadonlyMap<string, { name: string; cityCode: string; cityName: string }> =
  new Map(
    HENAN_PREFECTURES.flatMap((city) =>
      city.counties.length === 0
        ? [[city.code, { name: city.name, cityCode: city.code, cityName: city.name }] as const]
        : city.counties.map(
            ([code, name]) =>
              [code, { name: `${city.name}${name}`, cityCode: city.code, cityName: city.name }] as const,
          ),
    ),
  );

export interface ValidateOptions {
  /** Whether a county code exists; defaults to Henan's division codes. */
  isCounty?: (code: string) => boolean;
}

export function allFields(def: FormDefinition): FormField[] {
  return def.sections.flatMap((s) => s.fields);
}

/** A field is asked only when its showIf condition holds. */
export function isFieldShown(field: FormField, values: FormValues): boolean {
  if (!field.showIf) return true;
  const v = values[field.showIf.field];
  const list = Array.isArray(v) ? v.map(String) : v === null || v === undefined ? [] : [String(v)];
  return list.some((x) => field.showIf!.in.includes(x));
}

const isEmpty = (v: unknown) =>
  v === null ||
  v === undefined ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

const MOBILE = /^1\d{10}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

function checkField(f: FormField, v: unknown, options: ValidateOptions): string | null {
  const label = f.label;
  if (isEmpty(v)) return f.required ? `${label}：必填` : null;
  const optionValues = new Set((f.options ?? []).map((o) => o.value));
  switch (f.type) {
    case 'text':
    case 'textarea': {
      if (typeof v !== 'string') return `${label}：应为文本`;
      const s = v.trim();
      if (f.min !== undefined && s.length < f.min) return `${label}：至少 ${f.min} 个字`;
      if (f.max !== undefined && s.length > f.max) return `${label}：最多 ${f.max} 个字`;
      if (f.pattern && !new RegExp(f.pattern).test(s)) return `${label}：${f.patternMessage ?? '格式不正确'}`;
      return null;
    }
    case 'integer':
    case 'number': {
      const n = typeof v === 'number' ? v : Number.NaN;
      if (!Number.isFinite(n)) return `${label}：应为${f.type === 'integer' ? '整数' : '数字'}`;
      if (f.type === 'integer' && !Number.isInteger(n)) return `${label}：应为整数`;
      const unit = f.unit ?? '';
      if (f.min !== undefined && n < f.min) return `${label}：不得小于 ${f.min}${unit}`;
      if (f.max !== undefined && n > f.max) return `${label}：不得大于 ${f.max}${unit}`;
      return null;
    }
    case 'date':
      return typeof v === 'string' && isDay(v) ? null : `${label}：应为有效日期（如 2026-03-02）`;
    case 'select':
    case 'radio':
      return typeof v === 'string' && optionValues.has(v) ? null : `${label}：请从选项中选择`;
    case 'checkbox':
      if (f.options?.length) {
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !optionValues.has(x)))
          return `${label}：请从选项中选择`;
        return null;
      }
      return typeof v === 'boolean' ? null : `${label}：请勾选`;
    case 'county': {
      if (typeof v !== 'string' || !/^\d{6}$/.test(v)) return `${label}：应为 6 位行政区划代码`;
      const exists = options.isCounty ? options.isCounty(v) : HENAN_COUNTIES.has(v);
      return exists ? null : `${label}：没有这个县（市、区）（${v}）`;
    }
    case 'idNumber':
      return typeof v === 'string' && isValidIdNumber(v)
        ? null
        : `${label}：居民身份证号码不正确（请核对校验位）`;
    case 'creditCode':
      return typeof v === 'string' && isValidCreditCode(v)
        ? null
        : `${label}：统一社会信用代码不正确（请核对校验位）`;
    case 'phone':
      return typeof v === 'string' && (MOBILE.test(v) || LANDLINE.test(v))
        ? null
        : `${label}：应为 11 位手机号码或带区号的固定电话`;
  }
}

/**
 * Checks values against a definition: required fields, types, bounds, patterns, options, county
 * codes and the check digits of ID numbers and credit codes. Hidden fields (showIf) are skipped.
 * Each error names the field by its label, in Chinese; an empty list means the values are valid.
 */
export function validateForm(
  def: FormDefinition,
  values: FormValues,
  options: ValidateOptions = {},
): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set<string>();
  for (const f of allFields(def)) {
    known.add(f.name);
    if (!isFieldShown(f, values)) continue;
    const message = checkField(f, values[f.name], options);
    if (message) errors.push({ field: f.name, message });
  }
  for (const key of Object.keys(values))
    if (!known.has(key) && values[key] !== undefined)
      errors.push({ field: key, message: `${key}：不是本表单的字段` });
  return errors;
}

/**
 * Turns raw input (an HTML form's strings, or JSON) into typed values: trims text, parses numbers,
 * reads checkboxes, upper-cases identifiers, drops fields the definition does not know and fields
 * hidden by showIf. Values that cannot be parsed are kept as given, so validateForm names them.
 */
export function normalizeForm(def: FormDefinition, raw: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  const fields = allFields(def);
  for (const f of fields) {
    let v = raw[f.name];
    if (Array.isArray(v) && !(f.type === 'checkbox' && f.options?.length)) v = v[0];
    if (typeof v === 'string') v = v.trim();
    if (v === '' || v === undefined || v === null) {
      out[f.name] = f.type === 'checkbox' && !f.options?.length ? false : null;
      continue;
    }
    switch (f.type) {
      case 'integer':
      case 'number':
        out[f.name] =
          typeof v === 'number'
            ? v
            : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)
              ? Number(v)
              : String(v);
        break;
      case 'checkbox':
        if (f.options?.length) out[f.name] = (Array.isArray(v) ? v : [v]).map(String);
        else out[f.name] = v === true || v === 'on' || v === 'true' || v === '1';
        break;
      case 'idNumber':
      case 'creditCode':
        out[f.name] = String(v).toUpperCase();
        break;
      default:
        out[f.name] = typeof v === 'string' ? v : String(v);
    }
  }
  for (const f of fields) if (!isFieldShown(f, out)) out[f.name] = null;
  return out;
}

/** The fields holding personal data that is stored SM4-encrypted (ID numbers, phone numbers). */
export function sensitiveFields(def: FormDefinition): FormField[] {
  return allFields(def).filter((f) => f.type === 'idNumber' || f.type === 'phone');
}

/** The first field of a type (the case's county comes from the first 'county' field, etc.). */
export function firstFieldOfType(def: FormDefinition, type: FieldType): FormField | undefined {
  return allFields(def).find((f) => f.type === type);
}

/** Whether a definition is well formed (unique names, options where needed); problems in Chinese. */
export function definitionProblems(def: FormDefinition): string[] {
  return formProblems(def).map((p) => p.message);
}

const KIND_LABELS: Record<FieldType, string> = {
  text: '单行文本',
  textarea: '多行文本',
  integer: '整数',
  number: '数字',
  date: '日期',
  select: '下拉选择',
  radio: '单选',
  checkbox: '勾选',
  county: '县（市、区）',
  idNumber: '身份证号码',
  creditCode: '统一社会信用代码',
  phone: '电话号码',
};

export function fieldKindLabel(type: FieldType): string {
  return KIND_LABELS[type];
}

/**
 * The problems of a form definition, each with the path of the field it concerns
 * (`form.sections.0.fields.2.options`) and a Chinese message naming the field by its label:
 * empty labels, bad or duplicate keys, a select or radio without options, duplicate option values,
 * a showIf pointing at no field, bounds the wrong way round, duplicate material codes.
 */
export function formProblems(def: FormDefinition): FieldError[] {
  const out: FieldError[] = [];
  const add = (field: string, message: string) => out.push({ field, message });
  const names = new Map<string, string>();
  if (!def.sections.length) add('form.sections', '表单至少要有一个分组');
  def.sections.forEach((section, si) => {
    const sp = `form.sections.${si}`;
    if (!section.title.trim()) add(`${sp}.title`, `第 ${si + 1} 个分组：分组标题必填`);
    if (!section.fields.length) add(`${sp}.fields`, `分组“${section.title || si + 1}”：至少要有一个字段`);
    section.fields.forEach((f, fi) => {
      const fp = `${sp}.fields.${fi}`;
      const who = f.label.trim() ? `字段“${f.label.trim()}”` : `分组“${section.title}”第 ${fi + 1} 个字段`;
      if (!f.label.trim()) add(`${fp}.label`, `${who}：名称必填`);
      if (!/^[a-zA-Z][a-zA-Z0-9_]{0,49}$/.test(f.name))
        add(
          `${fp}.name`,
          `${who}：字段键“${f.name}”不合法（以字母开头，只用字母、数字和下划线，最多 50 个字符）`,
        );
      else if (names.has(f.name))
        add(`${fp}.name`, `${who}：字段键“${f.name}”与字段“${names.get(f.name)}”重复`);
      else names.set(f.name, f.label);
      if ((f.type === 'select' || f.type === 'radio') && !f.options?.length)
        add(`${fp}.options`, `${who}：${KIND_LABELS[f.type]}字段需要至少一个选项`);
      const seen = new Set<string>();
      for (const o of f.options ?? []) {
        if (!o.value.trim() || !o.label.trim()) add(`${fp}.options`, `${who}：选项的值和名称都必填`);
        else if (seen.has(o.value)) add(`${fp}.options`, `${who}：选项值“${o.value}”重复`);
        seen.add(o.value);
      }
      if (f.min !== undefined && f.max !== undefined && f.min > f.max)
        add(`${fp}.min`, `${who}：最小值 ${f.min} 大于最大值 ${f.max}`);
      if (f.pattern) {
        try {
          new RegExp(f.pattern);
        } catch {
          add(`${fp}.pattern`, `${who}：格式规则不是有效的正则表达式`);
        }
      }
    });
  });
  def.sections.forEach((section, si) => {
    section.fields.forEach((f, fi) => {
      if (f.showIf && !names.has(f.showIf.field))
        add(
          `form.sections.${si}.fields.${fi}.showIf`,
          `字段“${f.label}”：显示条件引用的字段键“${f.showIf.field}”不存在`,
        );
    });
  });
  const codes = new Set<string>();
  def.materials.forEach((m, mi) => {
    const mp = `form.materials.${mi}`;
    const who = m.name.trim() ? `材料“${m.name.trim()}”` : `第 ${mi + 1} 项材料`;
    if (!m.name.trim()) add(`${mp}.name`, `${who}：名称必填`);
    if (!/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/.test(m.code))
      add(`${mp}.code`, `${who}：编码“${m.code}”不合法（以字母开头，只用字母、数字和下划线）`);
    else if (codes.has(m.code)) add(`${mp}.code`, `${who}：编码“${m.code}”重复`);
    codes.add(m.code);
    if (!m.formats.length) add(`${mp}.formats`, `${who}：至少允许一种文件格式`);
  });
  return out;
}
