// 答复公开: the letters whose writers consented and whose replies the department chose to publish,
// as redacted question and answer, listed by category; and the public monthly statistics —
// received, answered, on time, average working days — of the channels whose figures are public.
import { chinaDay } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { CHANNELS } from '../channels.ts';
import { interactionError } from '../interaction.errors.ts';
import type { ChannelCode } from '../interaction.table.ts';
import {
  findPublished,
  listPublished,
  type MonthStats,
  monthlyStats,
  type PublishedRow,
  publishedCategories,
} from '../letters/letters.repository.ts';

export interface PublicReply {
  id: string;
  channelName: string;
  number: string;
  subject: string;
  category: string;
  question: string;
  answer: string;
  replier: string | null;
  submittedDay: string;
  answeredDay: string | null;
}

function present(r: PublishedRow): PublicReply {
  return {
    id: r.id,
    channelName: CHANNELS[r.channel].defaultName,
    number: r.number,
    subject: r.subject,
    category: r.category,
    question: r.publicQuestion ?? '',
    answer: r.publicAnswer ?? '',
    replier: r.replierName,
    submittedDay: chinaDay(r.submittedAt),
    answeredDay: r.answeredAt ? chinaDay(r.answeredAt) : null,
  };
}

export async function listPublicReplies(
  ctx: Ctx,
  f: { channel?: ChannelCode; category?: string; page: number; pageSize: number },
): Promise<{ total: number; items: PublicReply[] }> {
  const channel = f.channel && CHANNELS[f.channel].publishable ? f.channel : undefined;
  const { total, rows } = await listPublished(ctx.db, { ...f, channel });
  return { total, items: rows.map(present) };
}

export async function getPublicReply(ctx: Ctx, id: string): Promise<PublicReply> {
  const row = await findPublished(ctx.db, id);
  if (!row) throw interactionError('LETTER_NOT_FOUND');
  return present(row);
}

export async function listPublicCategories(ctx: Ctx) {
  return publishedCategories(ctx.db);
}

/** Channels whose figures are public: every channel but the confidential one. */
export const PUBLIC_STAT_CHANNELS: ChannelCode[] = (Object.keys(CHANNELS) as ChannelCode[]).filter(
  (c) => !CHANNELS[c].confidential,
);

/** The last 12 China months up to `now`'s, oldest first ('2025-05' … '2026-04'), and when the first began. */
export function lastTwelveMonths(now: Date): { months: string[]; since: Date } {
  const [y, m] = chinaDay(now).split('-').map(Number);
  const months: string[] = [];
  for (let i = 11; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return { months, since: new Date(`${months[0]}-01T00:00:00+08:00`) };
}

/** 按期答复率 = on time ÷ answered × 100, one decimal; null when nothing was answered. */
export const onTimeRate = (onTime: number, answered: number): number | null =>
  answered ? Math.round((onTime / answered) * 1000) / 10 : null;

/** The last 12 China months, oldest first, each with its figures (zeros for a quiet month). */
export async function publicMonthlyStats(
  ctx: Ctx,
): Promise<Array<MonthStats & { onTimeRate: number | null }>> {
  const { months, since } = lastTwelveMonths(ctx.now);
  const rows = await monthlyStats(ctx.db, { since, channels: PUBLIC_STAT_CHANNELS });
  const by = new Map(rows.map((r) => [r.month, r]));
  return months.map((month) => {
    const r = by.get(month) ?? {
      month,
      received: 0,
      answered: 0,
      onTime: 0,
      avgWorkdays: null,
      sumWorkdays: 0,
    };
    return { ...r, onTimeRate: onTimeRate(r.onTime, r.answered) };
  });
}
