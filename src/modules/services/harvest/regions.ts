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
