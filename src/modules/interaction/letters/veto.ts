// The national single veto (DOMAIN §6, statutory: H): a public message left unanswered for 3 months
// fails a government website's inspection. The portal's freshness monitor shows this figure; it is
// computed here from the letters themselves, so it can never be reached silently.
import type { Ctx } from '../../../platform/context.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { VETO_WARN_DAYS } from '../interaction.settings.ts';
import { listUnansweredBefore, vetoCounts } from './letters.repository.ts';

export const VETO_MONTHS = 3;

/** The moment `months` calendar months before `now` (31 May − 3 months → 28 Feb, as people count). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export interface VetoFigures {
  /** Letters received in the last 12 months (the N of "0 of N"). */
  received: number;
  /** Open letters older than 3 months: must be 0. */
  unanswered: number;
  /** Open letters that cross the 3 months within the warning days. */
  soon: number;
  offenders: Array<{ id: string; number: string; unitName: string | null; submittedAt: Date }>;
}

export async function vetoFigures(ctx: Ctx): Promise<VetoFigures> {
  const cutoff = monthsBefore(ctx.now, VETO_MONTHS);
  const warnDays = await getSetting(ctx, VETO_WARN_DAYS);
  const warnCutoff = new Date(cutoff.getTime() + warnDays * 86_400_000);
  const windowFrom = monthsBefore(ctx.now, 12);
  const counts = await vetoCounts(ctx.db, { windowFrom, cutoff, warnCutoff });
  const offenders = counts.unanswered ? await listUnansweredBefore(ctx.db, cutoff, 20) : [];
  return { ...counts, offenders };
}
