// Reading bulletins: the list (drafts first, then issues newest first), one issue with its items,
// distribution and instructions, and the issue as a Word document in the 信息专报 layout (red
// masthead with the publication's name, the issue number, the issuing office and date; each item's
// title, body and source; 报/送 at the foot) from the platform's documents.
import { requireAnyPermission } from '../../../platform/access/policy.ts';
import { chinaDay } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { type Block, renderDocx } from '../../../platform/documents/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { listenersOf } from '../../../platform/events/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { listEvents } from '../../../platform/timeline/index.ts';
import { htmlToText } from '../../portal/index.ts';
import { INSTRUCTION_RECORDED } from '../info.events.ts';
import { BULLETIN_OFFICE, PUBLICATION } from '../info.settings.ts';
import {
  type BulletinRow,
  bulletinItems,
  findBulletin,
  instructionsOf,
  listBulletinRows,
} from './bulletins.repository.ts';
import { BULLETIN_SUBJECT } from './compose-bulletin.ts';

/** What the list and the page both say of an issue. */
const headOf = (b: BulletinRow) => ({
  id: b.id,
  number: b.number,
  title: b.title,
  status: b.status,
  statusLabel: b.status === 'issued' ? '已印发' : '编辑中',
  issuedAt: b.issuedAt?.toISOString() ?? null,
});

const NUMERALS = '一二三四五六七八九十';
const numeral = (n: number) =>
  n <= 10
    ? NUMERALS[n - 1]
    : n < 20
      ? `十${NUMERALS[n - 11]}`
      : `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? NUMERALS[(n % 10) - 1] : ''}`;

export function requireBulletinReader(ctx: Ctx): void {
  requireAnyPermission(ctx.actor, 'info:review', 'info:read');
}

export async function listBulletins(ctx: Ctx, query: { year?: number; page?: number; pageSize?: number }) {
  requireBulletinReader(ctx);
  const pageSize = Math.min(query.pageSize ?? 20, 100);
  const { rows, total } = await listBulletinRows(ctx.db, {
    year: query.year,
    limit: pageSize,
    offset: ((query.page ?? 1) - 1) * pageSize,
  });
  return {
    items: rows.map(({ b, items, instructions }) => ({
      ...headOf(b),
      items,
      instructions,
    })),
    total,
  };
}

export async function getBulletin(ctx: Ctx, id: string) {
  requireBulletinReader(ctx);
  const b = await findBulletin(ctx.db, id);
  if (!b) throw new AppError('INFO_BULLETIN_NOT_FOUND');
  const [items, instructions, events] = await Promise.all([
    bulletinItems(ctx.db, id),
    instructionsOf(ctx.db, id),
    listEvents(ctx, { type: BULLETIN_SUBJECT, id }),
  ]);
  return {
    ...headOf(b),
    publication: await getSetting(ctx, PUBLICATION),
    office: await getSetting(ctx, BULLETIN_OFFICE),
    reportTo: b.reportTo,
    sendTo: b.sendTo,
    items: items.map((i) => ({
      itemId: i.itemId,
      position: i.position,
      title: i.title,
      body: i.body,
      originalTitle: i.originalTitle,
      unitName: i.unitName,
      classified: i.classified,
    })),
    instructions: instructions.map((x) => ({
      id: x.id,
      itemId: x.itemId,
      leaderName: x.leaderName,
      leaderTitle: x.leaderTitle,
      instructedAt: x.instructedAt.toISOString(),
      text: x.text,
      leaderLevel: x.leaderLevel,
      points: x.points,
      hasScan: Boolean(x.scan),
      supervisionItemId: x.supervisionItemId,
      supervisionNumber: x.supervisionNumber,
    })),
    // Whether an instruction opens a supervision item (the supervision module listens).
    supervisionListens: listenersOf(INSTRUCTION_RECORDED).length > 0,
    events: events.map((e) => ({ at: e.at.toISOString(), text: e.text, actorName: e.actorName })),
  };
}

/** Paragraphs of an item's body as the bulletin prints them. */
function blocksOf(html: string): string[] {
  return htmlToText(html)
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The issue as .docx, with its file name. */
export async function bulletinDocx(ctx: Ctx, id: string): Promise<{ fileName: string; data: Buffer }> {
  const b = await getBulletin(ctx, id);
  const issue = b.number ?? '（未编号）';
  const single = b.items.length === 1;
  const body: Block[] = [];
  b.items.forEach((it, i) => {
    if (!single) body.push({ level: 1, heading: `${numeral(i + 1)}、${it.title}` });
    body.push(...blocksOf(it.body));
    body.push(`（${it.unitName}供稿）`);
  });
  const data = await renderDocx({
    layout: 'bulletin',
    publication: b.publication,
    issue,
    office: b.office,
    date: chinaDay(b.issuedAt ? new Date(b.issuedAt) : ctx.now),
    title: single ? b.items[0].title : b.title,
    body,
    reportTo: b.reportTo,
    sendTo: b.sendTo,
  });
  return { fileName: `${b.publication}${issue}.docx`, data };
}
