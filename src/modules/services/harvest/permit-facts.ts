// How a permit reads to people: its location, figures and validity in Chinese, for the
// certificate, the verification page, the register and the workbench.
import { chinaDay } from '../../../platform/calendar/index.ts';
import type { CertificateData } from './certificate.pdf.ts';
import {
  FOREST_CATEGORIES,
  FOREST_TYPES,
  type ForestType,
  harvestTypeLabel,
  ORIGINS,
  type Origin,
  REGEN_METHODS,
} from './harvest.form.ts';
import { fmt, MU_PER_HECTARE, readHarvest, type SpeciesRow } from './harvest.rules.ts';
import type { PermitRow } from './permit.repository.ts';
import { regionFullName } from './regions.ts';

/** 2026-03-10 → 2026年3月10日 */
export function cnDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 张三 → 张*, 欧阳修 → 欧**: a citizen's name on public pages. Organisations are named in full. */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

export function publicHolderName(p: Pick<PermitRow, 'holderKind' | 'holderName'>): string {
  return p.holderKind === 'org' ? p.holderName : maskPersonName(p.holderName);
}

/** County, township and village: how far the public register names the place. */
export function villageLocation(p: Pick<PermitRow, 'countyCode' | 'township' | 'village'>): string {
  return `${regionFullName(p.countyCode)}${p.township}${p.village}`;
}

export function fullLocation(
  p: Pick<PermitRow, 'countyCode' | 'township' | 'village' | 'compartment' | 'subCompartment' | 'placeName'>,
): string {
  return `${regionFullName(p.countyCode)} ${p.township} ${p.village} ${p.compartment}林班 ${p.subCompartment}小班（${p.placeName}）`;
}

export type Validity = 'pending' | 'valid' | 'expired' | 'revoked';

export const VALIDITY_LABELS: Record<Validity, string> = {
  pending: '已批准，待发证',
  valid: '有效',
  expired: '已过期',
  revoked: '已撤销',
};

/** Revoked beats expired; a certificate is valid until the end of its cutting period. */
export function validityOf(p: Pick<PermitRow, 'status' | 'periodTo'>, now: Date): Validity {
  if (p.status === 'revoked') return 'revoked';
  if (p.status === 'approved') return 'pending';
  return chinaDay(now) > p.periodTo ? 'expired' : 'valid';
}

export function periodText(p: Pick<PermitRow, 'periodFrom' | 'periodTo'>): string {
  return `${cnDate(p.periodFrom)}至${cnDate(p.periodTo)}`;
}

/** What the certificate prints, from the permit and the application it was copied from. */
export function certificateData(
  p: PermitRow,
  extra: { number: string; issuingAuthority: string; issuedAt: Date; verifyUrl: string },
): CertificateData {
  const a = readHarvest(p.form);
  const b = a.boundaries;
  const regen = a.regenSpecies
    ? `树种：${a.regenSpecies}；面积：${fmt(a.regenAreaMu ?? 0)} 亩；方式：${REGEN_METHODS[a.regenMethod as keyof typeof REGEN_METHODS] ?? a.regenMethod ?? ''}；完成期限：${a.regenDeadline ? cnDate(a.regenDeadline) : ''}`
    : '本次采伐不要求更新造林';
  const outputOf = (o: Pick<SpeciesRow, 'outputLogs' | 'outputNonStandard' | 'outputFuelwood'>) =>
    [
      o.outputLogs ? `原木 ${fmt(o.outputLogs)}` : null,
      o.outputNonStandard ? `非规格材 ${fmt(o.outputNonStandard)}` : null,
      o.outputFuelwood ? `薪材 ${fmt(o.outputFuelwood)}` : null,
    ].filter(Boolean);
  const output = outputOf(a);
  return {
    number: extra.number,
    holderName: p.holderName,
    forestRightCertNo: a.forestRightCertNo ?? '',
    location: fullLocation(p),
    boundaries: `东至：${b.east ?? ''}；南至：${b.south ?? ''}；西至：${b.west ?? ''}；北至：${b.north ?? ''}`,
    forestCategory: FOREST_CATEGORIES[p.forestCategory],
    forestType: FOREST_TYPES[a.forestType as ForestType] ?? '',
    origin: ORIGINS[a.origin as Origin] ?? '',
    species: p.species,
    speciesRows: a.rows.map((r) => ({
      species: r.species ?? '',
      area: r.areaMu !== null ? fmt(r.areaMu) : '',
      trees: r.treeCount !== null ? String(r.treeCount) : '',
      volume: r.stockVolume !== null ? fmt(r.stockVolume) : '',
      output: outputOf(r).join('、') || '—',
    })),
    standAge: a.standAge !== null ? `${a.standAge} 年` : '',
    canopyDensity: a.canopyDensity !== null ? a.canopyDensity.toFixed(2) : '',
    harvestType: harvestTypeLabel(p.harvestType, p.harvestMethod),
    intensity: a.intensity !== null ? `${fmt(a.intensity)}%` : '',
    area: `${fmt(p.areaMu)} 亩（${fmt(p.areaMu / MU_PER_HECTARE)} 公顷）`,
    treeCount: a.treeCount !== null ? `${a.treeCount} 株` : '',
    stockVolume: `${fmt(p.stockVolume)} 立方米`,
    output: output.length ? `${output.join('、')}（立方米）` : '—',
    period: periodText(p),
    regeneration: regen,
    note: `受理编号 ${p.receiptCode}${a.smallStandCommitment ? '；告知承诺制办理' : ''}`,
    issuingAuthority: extra.issuingAuthority,
    issuedOn: cnDate(chinaDay(extra.issuedAt)),
    verifyUrl: extra.verifyUrl,
  };
}
