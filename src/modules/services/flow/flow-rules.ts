// Rules shared by the steps of the case flow: the statutory limits on extension and certificates,
// and the check of a required free-text field (reasons, findings, opinions).
import { validationError } from '../../../platform/errors.ts';

/** 行政许可法 第四十二条: the head of the agency may extend by 10 working days, once and at most. */
export const MAX_EXTENSION_WORKDAYS = 10;
/** 行政许可法 第四十四条: certificates within 10 working days of the decision. */
export const CERTIFICATE_WORKDAYS = 10;

/** The trimmed text, or a validation error naming the field: required, at most `max` characters. */
export function requireText(value: string | undefined, field: string, label: string, max = 2000): string {
  const s = (value ?? '').trim();
  if (!s) throw validationError(field, `${label}：必填`);
  if (s.length > max) throw validationError(field, `${label}：最多 ${max} 字`);
  return s;
}
