// The portal's demo data: the seed's 13 / 71 / 95 columns with their responsible units, a few
// hundred generated articles (fresh, stale and empty columns on purpose) and a handful of
// articles in each workflow state so the review queue and scheduled list have something to show.
// Loaded once after the organisation's demo data, with the same factories the tests use.
import { inArray, sql } from 'drizzle-orm';
import { accounts } from '../../../platform/access/access.table.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { chinaDay } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { loadDemoOnce } from '../../../platform/demo.ts';
import { findUnitByCode, findUnitsByIds } from '../../org/index.ts';
import { hasAnyColumn } from '../columns.repository.ts';
import { type ArticleSpec, type ColumnTree, makeArticles, makeColumns } from '../portal.factories.ts';
import { demoArticleCount, demoArticleText, demoPageBody, prng, STALE_COLUMNS } from './articles.data.ts';
import { DEMO_COLUMNS } from './columns.data.ts';

const DAY = 86_400_000;

/** A working-hours instant `daysAgo` days before now (09:00–17:00 China time). */
function instantDaysAgo(now: Date, daysAgo: number, rnd: () => number): Date {
  const day = chinaDay(new Date(now.getTime() - daysAgo * DAY));
  const minutes = 9 * 60 + Math.floor(rnd() * 8 * 60);
  const at = new Date(
    `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`,
  );
  // Never in the future: today's articles are at most "an hour ago".
  return at > now ? new Date(now.getTime() - 3_600_000) : at;
}

export interface PortalDemo {
  tree: ColumnTree;
  /** Articles written, all states. */
  articles: number;
}

/** Writes the demo columns and articles. Needs the org demo data (units and demo accounts). */
export async function seedPortalDemo(ctx: Ctx): Promise<PortalDemo> {
  return inTransaction(ctx, async (tx) => {
    const tree = await makeColumns(tx, DEMO_COLUMNS);
    const units = new Map(
      (await findUnitsByIds(tx.db, [...new Set(tree.all.map((c) => c.responsibleUnitId))])).map((u) => [
        u.id,
        u,
      ]),
    );
    const unitName = (id: string) => {
      const u = units.get(id);
      return u
        ? u.type === 'affiliated'
          ? `河南省林业局${u.shortName ?? u.name}`.replace('河南省林业局河南省', '河南省')
          : u.type === 'division'
            ? `省林业局${u.name}`
            : u.name
        : '河南省林业局';
    };
    const people = await tx.db
      .select({ id: accounts.id, username: accounts.username, displayName: accounts.displayName })
      .from(accounts)
      .where(inArray(accounts.username, ['xinxi', 'zhengzhou', 'office']));
    const person = (u: string) => people.find((p) => p.username === u) ?? null;
    const parents = new Set(tree.all.map((c) => c.parentId).filter(Boolean));
    const specs: ArticleSpec[] = [];
    const address = tx.deps.config.SITE_ADDRESS;
    const phone = tx.deps.config.SITE_PHONE;

    for (const c of tree.all) {
      const rnd = prng(c.code);
      if (c.kind === 'page') {
        specs.push({
          column: c,
          title: c.name,
          bodyHtml: demoPageBody(
            { code: c.code, name: c.name, unitName: unitName(c.responsibleUnitId) },
            { address, phone },
          ),
          source: unitName(c.responsibleUnitId),
          status: 'published',
          publishedAt: instantDaysAgo(tx.now, 200 + Math.floor(rnd() * 100), rnd),
        });
        continue;
      }
      if (c.kind !== 'list' || parents.has(c.id)) continue;
      const n = demoArticleCount(c.code, c.category, rnd);
      const rule = c.updateDays ?? 30;
      let daysAgo = STALE_COLUMNS[c.code] ?? Math.floor(rnd() * Math.min(rule, 14) * 0.6);
      for (let i = 0; i < n; i++) {
        const at = instantDaysAgo(tx.now, daysAgo, rnd);
        const text = demoArticleText(
          { code: c.code, name: c.name, category: c.category, unitName: unitName(c.responsibleUnitId) },
          i,
          chinaDay(at),
        );
        specs.push({
          column: c,
          title: text.title,
          bodyHtml: text.bodyHtml,
          source: text.source,
          origin: text.origin,
          originName: text.originName ?? null,
          originUrl: text.originUrl ?? null,
          status: 'published',
          publishedAt: at,
          createdBy: c.code === 'sxdt-zhengzhou' ? person('zhengzhou') : person('xinxi'),
        });
        daysAgo += c.category === 'news' ? 3 + Math.floor(rnd() * 8) : 12 + Math.floor(rnd() * 40);
      }
    }

    // A few articles in each workflow state (the workbench's review queue and scheduled list).
    const tnyw = tree.column('tnyw');
    const zz = tree.column('sxdt-zhengzhou');
    const body = (t: string) => `<p>${t}</p><p>（本文为演示数据，人物、数字与事件均为虚构。）</p>`;
    const tomorrow9 = new Date(`${chinaDay(new Date(tx.now.getTime() + DAY))}T09:00:00+08:00`);
    specs.push(
      {
        column: tnyw,
        title: '省林业局部署秋冬季森林防火工作',
        bodyHtml: body('会议要求各地严格落实森林防火责任制，加强火源管控。'),
        status: 'submitted',
        createdBy: person('xinxi'),
      },
      {
        column: tnyw,
        title: '全省林业有害生物防控形势分析会召开',
        bodyHtml: body('会议分析了松材线虫病、美国白蛾等重大林业有害生物发生趋势。'),
        status: 'submitted',
        createdBy: person('xinxi'),
      },
      {
        column: tnyw,
        title: '省林业局召开信息化建设推进会（草稿）',
        bodyHtml: body('会议听取了门户网站群建设进展情况汇报。'),
        status: 'draft',
        createdBy: person('xinxi'),
      },
      {
        column: tnyw,
        title: '全省国有林场改革工作座谈会将于明日召开',
        bodyHtml: body('座谈会将交流各地国有林场改革经验。'),
        status: 'scheduled',
        publishAt: tomorrow9,
        createdBy: person('xinxi'),
      },
      {
        column: zz,
        title: '郑州市开展林业安全生产大检查',
        bodyHtml: body('检查组深入林场、苗圃和木材加工企业开展安全检查。'),
        status: 'submitted',
        createdBy: person('zhengzhou'),
      },
      {
        column: zz,
        title: '中牟县推进森林乡村建设（草稿）',
        bodyHtml: body('中牟县今年计划创建森林乡村 10 个。'),
        status: 'draft',
        createdBy: person('zhengzhou'),
      },
      {
        column: tree.column('tzgg'),
        title: '关于举办全省林业统计培训班的通知（已撤回）',
        bodyHtml: body('培训时间、地点另行通知。'),
        status: 'withdrawn',
        withdrawnReason: '培训时间调整，原通知作废，以新发通知为准',
        publishedAt: new Date(tx.now.getTime() - 20 * DAY),
        createdBy: person('office'),
      },
      {
        column: tnyw,
        title: '紧急通知：近期森林火险等级较高，请注意防火',
        bodyHtml: body('近期全省大部分地区森林火险等级为四级以上，请广大群众严格管控野外用火。'),
        status: 'published',
        unreviewed: true,
        publishedAt: new Date(tx.now.getTime() - 2 * DAY),
        createdBy: person('xinxi'),
      },
    );
    await makeArticles(tx, specs);
    await recordAudit(tx, {
      action: 'demo.load',
      objectType: 'portal',
      detail: { columns: tree.all.length, articles: specs.length },
    });
    return { tree, articles: specs.length };
  });
}

/**
 * Loads the portal demo when the database has the organisation's demo units but no columns yet.
 * Returns true when it loaded.
 */
export async function loadPortalDemoIfEmpty(ctx: Ctx): Promise<boolean> {
  const loaded = await loadDemoOnce(ctx, {
    lock: 7_203_002,
    wanted: async (c) => !(await hasAnyColumn(c.db)) && !!(await findUnitByCode(c.db, 'HNLY-XXZX')),
    load: async (tx) => {
      await seedPortalDemo(tx);
    },
  });
  // Fresh statistics after a bulk load, so the planner uses the search index (PGlite has no autovacuum).
  if (loaded)
    await ctx.database.query(
      'vacuum analyze portal_columns, portal_articles, portal_article_editions, search_documents',
    );
  return loaded;
}
