// The county-level divisions that hold a harvest quota (采伐限额编限单位): Henan's 156 counties,
// districts and county-level cities, and 济源 (a 省辖市 with no counties, which plans its own quota).
import { HENAN_PREFECTURES } from '../../org/index.ts';

export interface QuotaRegion {
  /** 行政区划代码 of the county-level division. */
  code: string;
  name: string;
  cityCode: string;
  cityName: string;
  kind: 'district' | 'county' | 'city';
}

const REGIONS: QuotaRegion[] = HENAN_PREFECTURES.flatMap((city) =>
  city.counties.length === 0
    ? [{ code: city.code, name: city.name, cityCode: city.code, cityName: city.name, kind: 'city' as const }]
    : city.counties.map(([code, name, kind]) => ({
        code,
        name,
        cityCode: city.code,
        cityName: city.name,
        kind,
      })),
);
const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

export function listQuotaRegions(): QuotaRegion[] {
  return REGIONS;
}

export function findQuotaRegion(code: string | null | undefined): QuotaRegion | undefined {
  return code ? BY_CODE.get(code) : undefined;
}

export interface City {
  code: string;
  name: string;
}

export function listCities(): City[] {
  return HENAN_PREFECTURES.map((c) => ({ code: c.code, name: c.name }));
}

/** '郑州市中牟县'; 济源 is named once. */
export function regionFullName(code: string | null | undefined): string {
  const r = findQuotaRegion(code);
  if (!r) return code ?? '';
  return r.cityCode === r.code ? r.name : `${r.cityName}${r.name}`;
}

/** Where a named place or office lies: its county (when named) and its city. */
export interface PlaceRegion {
  countyCode: string | null;
  cityCode: string;
}

/**
 * The Henan county (and city) a text names — '中牟县林业局', '郑州市中牟县', '巩义市', or only a
 * city: '洛阳市林业局' — or undefined. Henan's county-level and city names are unique in the
 * province and none contains another, so the first found is the one meant (the backfill migration
 * drizzle/0034 reads the old rows the same way).
 */
export function findRegionInText(text: string): PlaceRegion | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (!t) return undefined;
  const county = REGIONS.find((r) => t.includes(r.name));
  if (county) return { countyCode: county.code, cityCode: county.cityCode };
  const city = HENAN_PREFECTURES.find((c) => t.includes(c.name));
  return city ? { countyCode: null, cityCode: city.code } : undefined;
}

/** A 行政区划代码 of a Henan county-level division or city, as a PlaceRegion; undefined otherwise. */
export function regionOfCode(code: string): PlaceRegion | undefined {
  const county = BY_CODE.get(code);
  if (county) return { countyCode: county.code, cityCode: county.cityCode };
  const city = HENAN_PREFECTURES.find((c) => c.code === code);
  return city ? { countyCode: null, cityCode: city.code } : undefined;
}
