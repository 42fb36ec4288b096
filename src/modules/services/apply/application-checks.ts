// The checks an application passes before anything is written: the values against the item's form
// (and its handler's rules), each upload's type and size against its material, who may apply for the
// item, and where the case will be handled (the county's forestry authority, the handling division and
// the acceptance centre). Errors name the field; a refused application leaves nothing behind.
import type { Ctx } from '../../../platform/context.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { type CheckedUpload, checkUpload } from '../../../platform/files/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { type UnitRow, unitByCode } from '../../org/index.ts';
import { effectiveForm, type ItemRow } from '../catalogue.service.ts';
import {
  competentLevel,
  type FormDefinition,
  type FormValues,
  firstFieldOfType,
  HENAN_COUNTIES,
  normalizeForm,
  validateForm,
} from '../forms.ts';
import { itemHandler } from '../item-handlers.ts';
import { UPLOAD_MAX_MB } from '../services.settings.ts';

/** The acceptance centre (政务受理中心) receives every application. */
export const ACCEPTANCE_UNIT_CODE = 'HNLY-SLZX';

export interface UploadInput {
  /** The material's code in the form definition. */
  specCode: string;
  fileName: string;
  data: Buffer;
  truncated?: boolean;
}

export interface PaperMaterial {
  specCode: string;
  copies: number;
  note?: string;
}

/** The form field an error about a material names. */
export const materialField = (code: string) => `material_${code}`;

/** The one error of a refused application, listing every problem. */
export function failWith(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: `申请未提交，请修改以下内容：${errors.map((e) => e.message).join('；')}`,
    errors,
  });
}

/** Type and size of each upload against its material's rules; errors name the material. */
export async function checkUploads(
  ctx: Ctx,
  def: FormDefinition,
  uploads: UploadInput[],
): Promise<{ checked: Array<{ specCode: string; upload: CheckedUpload }>; errors: FieldError[] }> {
  const maxBytes = (await getSetting(ctx, UPLOAD_MAX_MB)) * 1_048_576;
  const checked: Array<{ specCode: string; upload: CheckedUpload }> = [];
  const errors: FieldError[] = [];
  for (const u of uploads) {
    const spec = def.materials.find((m) => m.code === u.specCode);
    const field = materialField(u.specCode);
    if (!spec) {
      errors.push({ field, message: `${field}：不是本事项的办理材料` });
      continue;
    }
    const r = checkUpload({
      field,
      label: `办理材料「${spec.name}」`,
      data: u.data,
      fileName: u.fileName,
      allowed: spec.formats,
      maxBytes,
      truncated: u.truncated,
    });
    if ('error' in r) errors.push(r.error);
    else checked.push({ specCode: u.specCode, upload: r.ok });
  }
  return { checked, errors };
}

export interface Placement {
  countyCode: string | null;
  county: UnitRow | null;
  unit: UnitRow | null;
  acceptUnit: UnitRow | null;
}

/**
 * Where the case goes: its county's forestry authority (an error if there is none), and the units
 * that decide and receive it: the competent authority when the form names a level (both), else the
 * item's handling division and the acceptance centre.
 */
export async function place(
  ctx: Ctx,
  item: ItemRow,
  def: FormDefinition,
  values: FormValues,
  errors: FieldError[],
): Promise<Placement> {
  const countyField = firstFieldOfType(def, 'county');
  const countyCode =
    countyField && typeof values[countyField.name] === 'string' ? (values[countyField.name] as string) : null;
  let county: UnitRow | null = null;
  if (countyCode && !errors.some((e) => e.field === countyField?.name)) {
    county = (await unitByCode(ctx, `X${countyCode}`)) ?? (await unitByCode(ctx, `C${countyCode}`)) ?? null;
    if (!county?.active)
      errors.push({
        field: countyField!.name,
        message: `${countyField!.label}：没有这个县（市、区）的林业主管部门（${countyCode}）`,
      });
  }
  // 管辖: an item whose form names its competent level (林木采伐许可: the county where the stand
  // lies, a provincial forest farm the province) is accepted and decided by that authority.
  const competent = competentLevel(def, values);
  if (competent?.level === 'county' && county?.active)
    return { countyCode, county, unit: county, acceptUnit: county };
  if (competent?.level === 'city' && county?.active) {
    const cityCode = HENAN_COUNTIES.get(countyCode ?? '')?.cityCode;
    const city = cityCode ? await unitByCode(ctx, `C${cityCode}`) : undefined;
    if (city?.active) return { countyCode, county, unit: city, acceptUnit: city };
  }
  return {
    countyCode,
    county,
    unit: (await unitByCode(ctx, item.handlingUnitCode)) ?? null,
    acceptUnit: (await unitByCode(ctx, ACCEPTANCE_UNIT_CODE)) ?? null,
  };
}

/** Normalizes and validates the values: the definition's rules, then the handler's. */
export async function checkValues(ctx: Ctx, item: ItemRow, raw: Record<string, unknown>) {
  const def = effectiveForm(item);
  const values = normalizeForm(def, raw);
  const errors = validateForm(def, values);
  const handler = itemHandler(item.code);
  if (handler?.validate && errors.length === 0) errors.push(...(await handler.validate(ctx, values)));
  return { def, values, errors };
}

/** The item's audiences (个人, 法人和其他组织) must include the applicant's kind. */
export function audienceError(item: ItemRow, kind: 'citizen' | 'org'): FieldError | null {
  if (item.audiences.includes(kind)) return null;
  const message = `“${item.name}”仅受理${item.audiences.includes('org') ? '法人和其他组织' : '个人'}的申请`;
  return { field: 'applicant', message };
}
