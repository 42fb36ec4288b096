import { describe, expect, it } from 'vitest';
import { isValidCreditCode, isValidIdNumber, maskIdNumber, maskPhone } from './identity.ts';

describe('居民身份证号码 check digit', () => {
  // GB 11643-1999's own example: 11010519491231002X.
  // Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2:
  // 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → '10X98765432'[2] = 'X'.
  it('accepts the standard example 11010519491231002X', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
  });
  it('refuses a wrong check digit, a bad date and a short number', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('110105194902300021')).toBe(false); // 30 February
    expect(isValidIdNumber('11010519491231002')).toBe(false);
  });
  it('masks the middle ten digits', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});

describe('统一社会信用代码 check character', () => {
  it('accepts a published code', () => {
    // 91350100M000100Y43 is the example in GB 32100-2015 annex (check character 3).
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });
  it('refuses a changed character and forbidden letters', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100YI3')).toBe(false); // I is not in the alphabet
    expect(isValidCreditCode('9135')).toBe(false);
  });
});
