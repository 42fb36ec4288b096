// Henan's county-level divisions as the choices of a drop-down: one group per city, 济源 (a 省辖市
// without counties) as a choice of its own. For every public form that asks for a county.
import { HENAN_PREFECTURES } from './henan-regions.data.ts';

interface Choice {
  value: string;
  label: string;
}
export type CountyChoice = Choice | { label: string; options: Choice[] };

const CHOICES: CountyChoice[] = HENAN_PREFECTURES.map((city) =>
  city.counties.length
    ? { label: city.name, options: city.counties.map(([code, name]) => ({ value: code, label: name })) }
    : { value: city.code, label: city.name },
);

/** 郑州市 (中原区, 二七区 …), …, 济源市: for the kit's <Select options>. */
export function countyChoices(): CountyChoice[] {
  return CHOICES;
}
