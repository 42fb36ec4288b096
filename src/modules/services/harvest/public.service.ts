// What anyone may read without signing in: a certificate's verification by its number and the
// public register of harvesting permits. A citizen holder's name is masked; places stop at the village.
import { chinaDay } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { numberKey } from '../../../platform/documents/index.ts';
import { FOREST_CATEGORIES, harvestTypeLabel } from './harvest.form.ts';
import { findPermitByNumberKey, listPermitRows, type PermitRow } from './permit.repository.ts';
import {
  cnDate,
  periodText,
  publicHolderName,
  VALIDITY_LABELS,
  type Validity,
  validityOf,
  villageLocation,
} from './permit-facts.ts';

export interface PublicPermit {
  number: string;
  holder: string;
  location: string;
  countyCode: string;
  forestCategory: string;
  harvestType: string;
  species: string;
  areaMu: number;
  stockVolume: number;
  period: string;
  issuedOn: string;
  issuingAuthority: string;
  validity: Exclude<Validity, 'pending'>;
  validityLabel: string;
  revokedOn: string | null;
  revokeReason: string | null;
}

function presentPublic(p: PermitRow, now: Date): PublicPermit {
  const validity = validityOf(p, now) as PublicPermit['validity'];
  return {
    number: p.number ?? '',
    holder: publicHolderName(p),
    location: villageLocation(p),
    countyCode: p.countyCode,
    forestCategory: FOREST_CATEGORIES[p.forestCategory],
    harvestType: harvestTypeLabel(p.harvestType, p.harvestMethod),
    species: p.species,
    areaMu: p.areaMu,
    stockVolume: p.stockVolume,
    period: periodText(p),
    issuedOn: p.issuedAt ? cnDate(chinaDay(p.issuedAt)) : '',
    issuingAuthority: p.issuingAuthority ?? '',
    validity,
    validityLabel: VALIDITY_LABELS[validity],
    revokedOn: p.revokedAt ? cnDate(chinaDay(p.revokedAt)) : null,
    revokeReason: p.revokedAt ? p.revokeReason : null,
  };
}

/** A certificate by its number, or null: a forged or mistyped number is simply not found. */
export async function verifyCertificate(ctx: Ctx, number: string): Promise<PublicPermit | null> {
  const key = numberKey(number);
  if (!key || key.length > 80) return null;
  const permit = await findPermitByNumberKey(ctx.db, key);
  // Only a certificate that was issued has a number; one revoked before issue never had one.
  if (!permit?.number) return null;
  return presentPublic(permit, ctx.now);
}

/** 许可公开: issued permits (valid, expired or revoked), newest first, optionally of one county. */
export async function listPublicRegister(
  ctx: Ctx,
  q: { countyCode?: string; page: number; pageSize: number },
): Promise<{ total: number; items: PublicPermit[] }> {
  const { total, items } = await listPermitRows(
    ctx.db,
    { statuses: ['issued', 'revoked'], countyCode: q.countyCode, issuedOnly: true },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { total, items: items.map((p) => presentPublic(p, ctx.now)) };
}
