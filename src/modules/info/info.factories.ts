// Fixtures of information work shared by the tests and the demo data: items in any state with
// their adoptions, points and timeline, written in bulk (one statement per table and chunk), so a
// year of a whole province's items loads in seconds. They write directly — no permission checks,
// no audit — and keep the rows consistent as the use cases would (an adopted item has its
// adoptions and points; a submitted one its submission time).
import crypto from 'node:crypto';
import type { Ctx } from '../../platform/context.ts';
import { appendEventRows, eventRow } from '../../platform/timeline/index.ts';
import { sanitizeBody } from '../portal/index.ts';
import { LEVEL_LABELS } from './info.settings.ts';
import {
  type AdoptionLevel,
  type DepthClass,
  type ItemStatus,
  type ItemType,
  infoAdoptions,
  infoItems,
  infoPoints,
} from './info.table.ts';

export interface ItemSpec {
  unit: { id: string; path: string };
  title: string;
  body?: string;
  type?: ItemType;
  depth?: DepthClass;
  authorName?: string;
  authorId?: string | null;
  status?: ItemStatus;
  submittedAt?: Date | null;
  reviewNote?: string | null;
  adoptions?: Array<{ level: AdoptionLevel; points: number; at: Date }>;
  solicitationId?: string | null;
}

const CHUNK = 500;

const paragraphs = (title: string) =>
  `<p>${title}。近期，我单位认真贯彻落实省委、省政府和局党组的部署要求，结合工作实际，细化任务分工，明确责任人和完成时限，各项工作有序推进。</p><p>下一步，将继续加强统筹调度，及时总结经验做法，发现问题及时整改，确保各项任务按期完成。</p>`;

/** Writes the items with their adoptions, points and timeline; returns their ids in order. */
export async function makeItems(ctx: Ctx, specs: ItemSpec[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < specs.length; i += CHUNK) {
    const chunk = specs.slice(i, i + CHUNK);
    const items: Array<typeof infoItems.$inferInsert> = [];
    const adoptions: Array<typeof infoAdoptions.$inferInsert> = [];
    const points: Array<typeof infoPoints.$inferInsert> = [];
    const events: ReturnType<typeof eventRow>[] = [];
    for (const s of chunk) {
      const id = crypto.randomUUID();
      ids.push(id);
      const status = s.status ?? (s.adoptions?.length ? 'adopted' : 'submitted');
      const submittedAt = s.submittedAt === undefined ? (status === 'draft' ? null : ctx.now) : s.submittedAt;
      const created = submittedAt ?? ctx.now;
      const lastAdoption = s.adoptions?.at(-1)?.at;
      const updatedAt = lastAdoption ?? created;
      const authorName = s.authorName ?? '信息员';
      items.push({
        id,
        unitId: s.unit.id,
        unitPath: s.unit.path,
        authorId: s.authorId ?? null,
        authorName,
        contact: '0371-65500000',
        title: s.title,
        body: sanitizeBody(s.body ?? paragraphs(s.title)),
        type: s.type ?? 'news',
        depth: s.depth ?? 'general',
        status,
        reviewNote: s.reviewNote ?? null,
        solicitationId: s.solicitationId ?? null,
        submittedAt,
        reviewedAt: status === 'adopted' || status === 'not_adopted' ? updatedAt : null,
        createdAt: created,
        updatedAt,
      });
      const subject = { type: 'info_item', id };
      if (submittedAt)
        events.push(eventRow(ctx, subject, { kind: 'submitted', text: '报送信息', at: submittedAt }));
      for (const a of s.adoptions ?? []) {
        const adoptionId = crypto.randomUUID();
        adoptions.push({
          id: adoptionId,
          itemId: id,
          unitId: s.unit.id,
          level: a.level,
          points: a.points,
          adoptedAt: a.at,
        });
        points.push({
          id: crypto.randomUUID(),
          itemId: id,
          unitId: s.unit.id,
          authorId: s.authorId ?? null,
          authorName,
          source: 'adoption',
          sourceId: adoptionId,
          points: a.points,
          label: LEVEL_LABELS[a.level],
          at: a.at,
        });
        events.push(
          eventRow(ctx, subject, {
            kind: 'adopted',
            text: `${LEVEL_LABELS[a.level]}，积 ${a.points} 分`,
            at: a.at,
            data: { level: a.level, points: a.points },
          }),
        );
      }
      if (status === 'not_adopted' || status === 'returned')
        events.push(
          eventRow(ctx, subject, {
            kind: status,
            text: status === 'returned' ? '退回修改' : '未采用',
            note: s.reviewNote ?? null,
            at: new Date(created.getTime() + 86_400_000),
          }),
        );
    }
    await ctx.db.insert(infoItems).values(items);
    if (adoptions.length) await ctx.db.insert(infoAdoptions).values(adoptions);
    if (points.length) await ctx.db.insert(infoPoints).values(points);
    if (events.length) await appendEventRows(ctx, events);
  }
  return ids;
}
