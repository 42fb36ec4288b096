// 来信统计 for the workbench (letters:stats): per month of the last 12 — received, answered, on time,
// average working days (the public figures' rules) and the writers' ratings — and per handling unit
// its answered letters and the open and overdue ones now. Reports (网上举报) are counted only for
// a reader who may see them.
import { requirePermission } from '../../../platform/access/policy.ts';
import type { Ctx } from '../../../platform/context.ts';
import { CHANNELS } from '../channels.ts';
import { visibleChannels } from '../interaction.policy.ts';
import type { ChannelCode } from '../interaction.table.ts';
import { lastTwelveMonths, onTimeRate } from '../replies/public-replies.ts';
import { monthlyStats, ratingsByMonth, unitStats } from './letters.repository.ts';

export interface LetterStatsMonth {
  month: string;
  received: number;
  answered: number;
  onTime: number;
  onTimeRate: number | null;
  avgWorkdays: number | null;
  sumWorkdays: number;
  satisfied: number;
  fair: number;
  unsatisfied: number;
}

export interface LetterStats {
  channels: Array<{ code: ChannelCode; name: string }>;
  months: LetterStatsMonth[];
  totals: {
    received: number;
    answered: number;
    onTimeRate: number | null;
    avgWorkdays: number | null;
    rated: number;
    /** 满意率 = (满意 + 基本满意) ÷ 评价数 × 100, one decimal. */
    satisfactionRate: number | null;
  };
  units: Array<{
    unitId: string;
    unitName: string;
    answered: number;
    onTimeRate: number | null;
    avgWorkdays: number | null;
    open: number;
    overdue: number;
  }>;
}

export async function letterStats(ctx: Ctx, input: { channel?: ChannelCode } = {}): Promise<LetterStats> {
  requirePermission(ctx.actor, 'letters:stats');
  const visible = visibleChannels(ctx.actor);
  const channels = input.channel ? visible.filter((c) => c === input.channel) : visible;
  const { months, since } = lastTwelveMonths(ctx.now);
  const [monthly, ratings, units] = await Promise.all([
    monthlyStats(ctx.db, { since, channels }),
    ratingsByMonth(ctx.db, { since, channels }),
    unitStats(ctx.db, { since, now: ctx.now, channels }),
  ]);
  const figures = new Map(monthly.map((r) => [r.month, r]));
  const rated = new Map(ratings.map((r) => [r.month, r]));
  const rows = months.map((month) => {
    const f = figures.get(month) ?? {
      received: 0,
      answered: 0,
      onTime: 0,
      avgWorkdays: null,
      sumWorkdays: 0,
    };
    const r = rated.get(month) ?? { satisfied: 0, fair: 0, unsatisfied: 0 };
    return {
      month,
      received: f.received,
      answered: f.answered,
      onTime: f.onTime,
      onTimeRate: onTimeRate(f.onTime, f.answered),
      avgWorkdays: f.avgWorkdays,
      sumWorkdays: f.sumWorkdays,
      satisfied: r.satisfied,
      fair: r.fair,
      unsatisfied: r.unsatisfied,
    };
  });
  const sum = (k: keyof LetterStatsMonth) => rows.reduce((n, r) => n + (Number(r[k]) || 0), 0);
  const answered = sum('answered');
  const days = sum('sumWorkdays');
  const ratedCount = sum('satisfied') + sum('fair') + sum('unsatisfied');
  return {
    channels: channels.map((code) => ({ code, name: CHANNELS[code].defaultName })),
    months: rows,
    totals: {
      received: sum('received'),
      answered,
      onTimeRate: onTimeRate(sum('onTime'), answered),
      avgWorkdays: answered ? Math.round((days / answered) * 10) / 10 : null,
      rated: ratedCount,
      satisfactionRate: onTimeRate(sum('satisfied') + sum('fair'), ratedCount),
    },
    units: units.map((u) => ({
      unitId: u.unitId,
      unitName: u.unitName,
      answered: u.answered,
      onTimeRate: onTimeRate(u.onTime, u.answered),
      avgWorkdays: u.avgWorkdays,
      open: u.open,
      overdue: u.overdue,
    })),
  };
}
