// Henan's county-level divisions for the board's region field (行政区划代码), from the org module's
// reference data; 济源 (a 省辖市 without counties) stands for itself.
import { HENAN_PREFECTURES } from '../../org/index.ts';

export interface Region {
  code: string;
  name: string;
  cityCode: string;
  cityName: string;
}

const REGIONS: Region[] = HENAN_PREFECTURES.flatMap((city) =>
  city.counties.length === 0
    ? [{ code: city.code, name: city.name, cityCode: city.code, cityName: city.name }]
    : city.counties.map(([code, name]) => ({ code, name, cityCode: city.code, cityName: city.name })),
);
const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

export function listRegions(): Region[] {
  return REGIONS;
}

export function listCities(): Array<{ code: string; name: string }> {
  return HENAN_PREFECTURES.map((c) => ({ code: c.code, name: c.name }));
}

export function findRegion(code: string): Region | undefined {
  return BY_CODE.get(code);
}

/** '郑州市中牟县'; 济源 once. */
export function regionName(code: string): string {
  const r = BY_CODE.get(code);
  if (!r) return code;
  return r.code === r.cityCode ? r.name : `${r.cityName}${r.name}`;
}
