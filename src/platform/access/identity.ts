// The two national identifiers public accounts carry, checked the way the issuing standards define
// them, and masked for display.
import { chinaDay } from '../calendar/china-date.ts';
import { HENAN_CURRENT, HENAN_FORMER, PROVINCES } from './division-codes.data.ts';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** The oldest person a birth date may describe (GB 11643 sets no limit; nobody is older). */
export const MAX_AGE_YEARS = 150;

/** 11010519491231002x → 11010519491231002X; full-width digits and letters become ASCII. */
export function normalizeIdNumber(value: string): string {
  return toAscii(value).trim().toUpperCase();
}

/** 统一社会信用代码 as stored and compared: upper case, ASCII, no surrounding spaces. */
export function normalizeCreditCode(value: string): string {
  return toAscii(value).trim().toUpperCase();
}

function toAscii(value: string): string {
  return value.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * What is wrong with a 居民身份证号码 (GB 11643-1999), in Chinese for the person who typed it; null
 * when it holds. The address code (first six digits) is checked against the division codes: every
 * Henan code in use since 1981 at county level, the provincial code elsewhere. With `today`, a birth
 * date after it or more than 150 years before it is refused too.
 */
export function idNumberProblem(value: string, today?: Date): string | null {
  const id = normalizeIdNumber(value);
  if (!/^\d{17}[\dX]$/.test(id)) return '应为 18 位：前 17 位是数字，最后一位是数字或 X';
  const region = id.slice(0, 6);
  const province = PROVINCES.get(region.slice(0, 2));
  if (!province || region.endsWith('0000')) return `前 6 位（${region}）不是有效的行政区划代码`;
  if (region.startsWith('41') && !HENAN_CURRENT.has(region) && !HENAN_FORMER.has(region))
    return `前 6 位（${region}）不是河南省的县级行政区划代码`;
  const birth = id.slice(6, 14);
  const y = Number(birth.slice(0, 4));
  const m = Number(birth.slice(4, 6));
  const d = Number(birth.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1800 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return `第 7–14 位的出生日期（${birth}）不是有效的日期`;
  if (today) {
    const now = chinaDay(today).replaceAll('-', '');
    if (birth > now) return `第 7–14 位的出生日期（${birth}）晚于今天`;
    // Completed years from YYYYMMDD numbers: 20260302 − 18760302 = 1 500 000 → 150.
    if (Math.floor((Number(now) - Number(birth)) / 10_000) > MAX_AGE_YEARS)
      return `第 7–14 位的出生日期（${birth}）表明年龄超过 ${MAX_AGE_YEARS} 岁`;
  }
  if (idNumberCheck(id.slice(0, 17)) !== id[17]) return '校验位（第 18 位）不符，请逐位核对';
  return null;
}

/** Whether a 居民身份证号码 holds (see idNumberProblem). */
export function isValidIdNumber(value: string, today?: Date): boolean {
  return idNumberProblem(value, today) === null;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** What is wrong with a 统一社会信用代码 (GB 32100-2015), in Chinese; null when it holds. */
export function creditCodeProblem(value: string): string | null {
  const code = normalizeCreditCode(value);
  if (code.length !== 18) return '应为 18 位';
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code))
    return '含有不允许的字符（第 3–8 位为数字；不使用 I、O、Z、S、V）';
  if (creditCodeCheck(code.slice(0, 17)) !== code[17]) return '校验位（第 18 位）不符，请逐位核对';
  return null;
}

/** 统一社会信用代码 (GB 32100-2015): 18 characters, MOD 31 check character; lower case allowed. */
export function isValidCreditCode(value: string): boolean {
  return creditCodeProblem(value) === null;
}

/** Completes a 17-character body with its check character (used by demo data and tests' fixtures). */
export function creditCodeCheck(body17: string): string {
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * USCC_CHARS.indexOf(body17[i]), 0);
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

export function idNumberCheck(body17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body17[i]), 0);
  return ID_CHECK[sum % 11];
}

/** 410105199001011234 → 4101**********1234 (DOMAIN §10: masked in lists). */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(14)}`;
}

export function maskPhone(phone: string): string {
  return phone.length >= 11
    ? `${phone.slice(0, 3)}****${phone.slice(-4)}`
    : phone.replace(/\d(?=\d{2})/g, '*');
}
