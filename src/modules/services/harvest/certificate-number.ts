// Certificate numbers: the province's scheme (a setting such as 豫林采〔{year}〕{serial:6}号) and a
// normalised key, so a number typed by hand with other brackets or spaces is still found.

export const DEFAULT_SCHEME = '豫林采〔{year}〕{serial:6}号';

/** 豫林采〔{year}〕{serial:6}号 with year 2026, serial 123 → 豫林采〔2026〕000123号. */
export function formatCertificateNumber(
  scheme: string,
  v: { year: number; serial: number; county?: string },
): string {
  // A scheme without the serial would print one number on every certificate.
  const s = /\{serial(:\d+)?\}/.test(scheme) ? scheme : DEFAULT_SCHEME;
  return s
    .replace(/\{year\}/g, String(v.year))
    .replace(/\{county\}/g, v.county ?? '')
    .replace(/\{serial(?::(\d+))?\}/g, (_m, width: string | undefined) =>
      String(v.serial).padStart(width ? Math.min(Number(width), 12) : 0, '0'),
    );
}

const OPEN = /[〔［[【（(｛{]/g;
const CLOSE = /[〕］\]】）)｝}]/g;

/** The comparable form of a number: brackets unified, full-width digits and letters folded, no spaces. */
export function numberKey(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').replace(OPEN, '〔').replace(CLOSE, '〕').toUpperCase();
}
