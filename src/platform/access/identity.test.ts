import { describe, expect, it } from 'vitest';
import {
  creditCodeProblem,
  idNumberProblem,
  isValidCreditCode,
  isValidIdNumber,
  maskIdNumber,
  maskPhone,
  normalizeCreditCode,
} from './identity.ts';

// Today, for the birth-date checks: Monday 2 March 2026 in Beijing.
const TODAY = new Date('2026-03-02T09:00:00+08:00');

describe('居民身份证号码 check digit', () => {
  // GB 11643-1999's own example: 11010519491231002X.
  // Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2:
  // 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → '10X98765432'[2] = 'X'.
  it('accepts the standard example 11010519491231002X', () => {
    expect(isValidIdNumber('11010519491231002X', TODAY)).toBe(true);
    expect(isValidIdNumber('11010519491231002x', TODAY)).toBe(true);
  });
  it('refuses a wrong check digit, a bad date and a short number', () => {
    expect(idNumberProblem('110105194912310021', TODAY)).toBe('校验位（第 18 位）不符，请逐位核对');
    expect(idNumberProblem('110105194902300021', TODAY)).toBe(
      '第 7–14 位的出生日期（19490230）不是有效的日期',
    ); // 30 February
    expect(idNumberProblem('11010519491231002', TODAY)).toBe(
      '应为 18 位：前 17 位是数字，最后一位是数字或 X',
    );
  });
  it('masks the middle ten digits', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});

// Each number below has a correct check digit (sum of weights mod 11 worked out in the comment), so
// it fails for the one reason the test names and for no other.
describe('居民身份证号码 birth date', () => {
  it('refuses a birth date after today', () => {
    // 41010520270101001: 4·7+1·9+0+1·5+0+5·4+2·2+0+2·6+7·3+0+1·9+0+1·5+0+0+1·2 = 115; 115 mod 11 = 5 → 7
    expect(idNumberProblem('410105202701010017', TODAY)).toBe('第 7–14 位的出生日期（20270101）晚于今天');
  });
  it('refuses an age over 150 and accepts exactly 150', () => {
    // Born 1875-03-02: 151 on 2026-03-02 (sum 168, mod 11 = 3 → 9).
    expect(idNumberProblem('410105187503020019', TODAY)).toBe(
      '第 7–14 位的出生日期（18750302）表明年龄超过 150 岁',
    );
    // Born 1875-03-03: still 150 until tomorrow (sum 173, mod 11 = 8 → 4).
    expect(idNumberProblem('410105187503030014', TODAY)).toBeNull();
  });
  it('accepts someone born today', () => {
    // 41010520260302001: sum 4·7+9+5+5·4+2·2+0+2·6+6·3+0+3·9+0+2·5+0+0+2 = 135 → 135 mod 11 = 3 → 9
    expect(idNumberProblem('410105202603020019', TODAY)).toBeNull();
  });
});

describe('居民身份证号码 address code (first six digits)', () => {
  it('refuses 000000', () => {
    // sum 81, mod 11 = 4 → 8
    expect(idNumberProblem('000000199001010018', TODAY)).toBe('前 6 位（000000）不是有效的行政区划代码');
  });
  it('checks Henan at county level: 410199 is no county of 郑州', () => {
    // sum 231, mod 11 = 0 → 1
    expect(idNumberProblem('410199199001010011', TODAY)).toBe(
      '前 6 位（410199）不是河南省的县级行政区划代码',
    );
    // 410105 金水区 (sum 143, mod 11 = 0 → 1)
    expect(idNumberProblem('410105199001010011', TODAY)).toBeNull();
  });
  it('keeps the codes of places abolished since: 412701 (周口地区 周口市, 1980s) and 410224 (开封县)', () => {
    // 41270119700101001: sum 165, mod 11 = 0 → 1
    expect(idNumberProblem('412701197001010011', TODAY)).toBeNull();
    // 41022419800101001: 4·7+1·9+0+2·5+2·8+4·4+1·2+9·1+8·6+0+0+1·9+0+1·5+0+0+1·2 = 154; mod 11 = 0 → 1
    expect(idNumberProblem('410224198001010011', TODAY)).toBeNull();
  });
  it('checks other provinces at the provincial level only', () => {
    // 320102 南京市玄武区 (sum 133, mod 11 = 1 → 0); 329999 is no county but 32 is 江苏省.
    expect(idNumberProblem('320102199001010010', TODAY)).toBeNull();
    expect(idNumberProblem('990102199001010015', TODAY)).toBe('前 6 位（990102）不是有效的行政区划代码');
  });
});

describe('统一社会信用代码 check character', () => {
  it('accepts a published code', () => {
    // 91350100M000100Y43 is the example in GB 32100-2015 annex (check character 3).
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });
  it('refuses a changed character and forbidden letters', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('校验位（第 18 位）不符，请逐位核对');
    expect(isValidCreditCode('91350100M000100YI3')).toBe(false); // I is not in the alphabet
    expect(creditCodeProblem('9135')).toBe('应为 18 位');
  });
  it('normalises lower case (and full-width characters) to the stored form', () => {
    expect(normalizeCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('９１350100M000100Y43')).toBe('91350100M000100Y43');
    expect(isValidCreditCode('91350100m000100y43')).toBe(true);
  });
});
