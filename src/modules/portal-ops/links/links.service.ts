// Use cases of the broken-link checker (失效链接检查): run a check over every published article (on
// demand by the information centre, or nightly when the setting is on), and list the results with
// the articles that contain each link, so the responsible editor can fix them.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import type { Database } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { findFiles } from '../../../platform/files/index.ts';
import type { Log } from '../../../platform/jobs/jobs.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { LINK_TIMEOUT_SECONDS } from '../portal-ops.settings.ts';
import type { LinkKind, LinkStatus } from '../portal-ops.table.ts';
import { type CheckOptions, checkUrls } from './link-checker.ts';
import { extractLinks, normalizeLink } from './link-extract.ts';
import {
  countLinksByStatus,
  findLinksByUrl,
  findRun,
  insertRun,
  type LinkResultRow,
  latestRun,
  listLinkRows,
  liveContentPage,
  type RefRow,
  type RunRow,
  refsOf,
  replaceRefs,
  runningSince,
  updateRun,
  upsertLinks,
} from './links.repository.ts';

export const LINK_STATUS_LABELS: Record<LinkStatus, string> = {
  pending: '待检查',
  ok: '正常',
  broken: '失效',
  timeout: '超时',
  error: '无法访问',
  skipped: '未检查',
};

export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  body: '正文链接',
  image: '正文图片',
  attachment: '附件',
  origin: '转载原文',
};

const FAILING: LinkStatus[] = ['broken', 'timeout', 'error'];

export interface RunView {
  id: string;
  trigger: 'manual' | 'nightly';
  startedAt: string;
  finishedAt: string | null;
  running: boolean;
  articles: number;
  links: number;
  checked: number;
  broken: number;
  error: string | null;
}

function presentRun(r: RunRow): RunView {
  return {
    id: r.id,
    trigger: r.trigger,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    running: r.finishedAt === null,
    articles: r.articles,
    links: r.links,
    checked: r.checked,
    broken: r.broken,
    error: r.error,
  };
}

/** Test and tuning knobs; production uses the settings. */
export interface RunOptions {
  check?: Partial<CheckOptions>;
  log?: Log;
}

const ATTACHMENT = 'attachment:';

/**
 * Reads every live article, checks each distinct address once and stores the results. Runs as the
 * ctx's actor (the caller authorized it) in short transactions: results land at the end, together.
 */
async function performRun(ctx: Ctx, run: RunRow, options: RunOptions = {}): Promise<RunRow> {
  const base = ctx.deps.config.PUBLIC_URL.trim() || null;
  const refs = new Map<string, Array<Omit<RefRow, 'linkId'>>>();
  const attachments = new Map<string, string>(); // fileId → title
  const add = (url: string, ref: Omit<RefRow, 'linkId'>) => {
    const list = refs.get(url) ?? [];
    list.push(ref);
    refs.set(url, list);
  };
  let articles = 0;
  let after: string | null = null;
  for (;;) {
    const page = await liveContentPage(ctx.db, after, 500);
    if (!page.length) break;
    for (const a of page) {
      articles++;
      for (const l of extractLinks(a.bodyHtml, base))
        add(l.url, { articleId: a.id, kind: l.kind, label: l.label });
      if (a.origin === 'reposted' && a.originUrl) {
        const url = normalizeLink(a.originUrl, null);
        if (url) add(url, { articleId: a.id, kind: 'origin', label: null });
      }
      for (const f of a.attachments) {
        add(`${ATTACHMENT}${f.fileId}`, { articleId: a.id, kind: 'attachment', label: f.title });
        attachments.set(f.fileId, f.title);
      }
    }
    after = page[page.length - 1].id;
  }

  const now = () => ctx.deps.now();
  const urls = [...refs.keys()].filter((u) => !u.startsWith(ATTACHMENT));
  const timeoutMs = (await getSetting(ctx, LINK_TIMEOUT_SECONDS)) * 1000;
  await updateRun(ctx.db, run.id, { articles, links: refs.size });
  let checked = 0;
  const results = await checkUrls(
    urls,
    { timeoutMs, concurrency: 4, maxRedirects: 5, ...options.check },
    () => {
      checked++;
    },
  );
  const previous = new Map((await findLinksByUrl(ctx.db, [...refs.keys()])).map((l) => [l.url, l]));
  const rows: LinkResultRow[] = results.map((r) => {
    const failing = FAILING.includes(r.status);
    return {
      url: r.url,
      status: r.status,
      httpStatus: r.httpStatus,
      finalUrl: r.finalUrl,
      redirects: r.redirects,
      error: r.error,
      checkedAt: now(),
      failingSince: failing ? (previous.get(r.url)?.failingSince ?? now()) : null,
    };
  });
  // Attachments are files of our own store: present or missing.
  const present = new Set((await findFiles(ctx, [...attachments.keys()])).map((f) => f.id));
  for (const fileId of attachments.keys()) {
    const url = `${ATTACHMENT}${fileId}`;
    const ok = present.has(fileId);
    rows.push({
      url,
      status: ok ? 'ok' : 'broken',
      httpStatus: null,
      finalUrl: null,
      redirects: 0,
      error: ok ? null : '附件文件不存在',
      checkedAt: now(),
      failingSince: ok ? null : (previous.get(url)?.failingSince ?? now()),
    });
  }
  const broken = rows.filter((r) => FAILING.includes(r.status)).length;
  await inTransaction({ ...ctx, now: now() }, async (tx) => {
    const ids = await upsertLinks(tx.db, rows);
    const refRows: RefRow[] = [];
    for (const [url, list] of refs) {
      const linkId = ids.get(url);
      if (linkId) for (const r of list) refRows.push({ linkId, ...r });
    }
    await replaceRefs(tx.db, refRows);
    await updateRun(tx.db, run.id, { finishedAt: tx.now, checked: checked + attachments.size, broken });
    await recordAudit(tx, {
      action: 'portal.links.check',
      objectType: 'portal_link_run',
      objectId: run.id,
      detail: { trigger: run.trigger, articles, links: rows.length, broken },
    });
  });
  return (await findRun(ctx.db, run.id))!;
}

// Runs in flight in this process, per database (tests build several apps in one process).
const inFlight = new WeakMap<Database, Promise<RunRow>>();

async function beginRun(ctx: Ctx, trigger: 'manual' | 'nightly'): Promise<RunRow> {
  if (inFlight.has(ctx.database) || (await runningSince(ctx.db, new Date(ctx.now.getTime() - 3_600_000))))
    throw new AppError('CONFLICT', { message: '已有一次链接检查正在进行，请稍后查看结果' });
  return insertRun(ctx.db, { trigger, startedBy: ctx.actor.id, startedAt: ctx.now });
}

function track(ctx: Ctx, run: RunRow, options: RunOptions): Promise<RunRow> {
  const p = performRun(ctx, run, options)
    .catch(async (err: Error) => {
      options.log?.error({ err }, '链接检查失败');
      await updateRun(ctx.db, run.id, { finishedAt: ctx.deps.now(), error: err.message.slice(0, 500) });
      return (await findRun(ctx.db, run.id))!;
    })
    .finally(() => inFlight.delete(ctx.database));
  inFlight.set(ctx.database, p);
  return p;
}

/** 立即检查: starts a run in the background and returns it (poll getLinkCheckStatus). */
export async function startLinkCheck(ctx: Ctx, options: RunOptions = {}): Promise<RunView> {
  requirePermission(ctx.actor, 'portal:links');
  const run = await beginRun(ctx, 'manual');
  void track(ctx, run, options);
  return presentRun(run);
}

/** The nightly job's run, awaited (the job holds its lock meanwhile). */
export async function runNightlyLinkCheck(ctx: Ctx, options: RunOptions = {}): Promise<RunView> {
  const run = await beginRun(ctx, 'nightly');
  return presentRun(await track(ctx, run, options));
}

/** Waits for this process's run on the database, if any (tests, shutdown). */
export async function waitForLinkCheck(database: Database): Promise<void> {
  await inFlight.get(database);
}

export async function getLinkCheckStatus(
  ctx: Ctx,
): Promise<{ latest: RunView | null; counts: Record<string, number> }> {
  requirePermission(ctx.actor, 'portal:links');
  const run = await latestRun(ctx.db);
  return { latest: run ? presentRun(run) : null, counts: await countLinksByStatus(ctx.db) };
}

export interface LinkView {
  id: string;
  url: string;
  /** What a person reads: the address, or the attachment's title for uploaded files. */
  display: string;
  status: LinkStatus;
  statusLabel: string;
  httpStatus: number | null;
  finalUrl: string | null;
  redirects: number;
  error: string | null;
  checkedAt: string | null;
  failingSince: string | null;
  articles: Array<{
    id: string;
    title: string;
    columnName: string;
    kind: LinkKind;
    kindLabel: string;
    label: string | null;
  }>;
}

export async function listLinks(
  ctx: Ctx,
  input: { status?: LinkStatus[]; failing?: boolean; page: number; pageSize: number },
): Promise<{ total: number; items: LinkView[] }> {
  requirePermission(ctx.actor, 'portal:links');
  const statuses = input.failing ? FAILING : input.status;
  const { total, rows } = await listLinkRows(ctx.db, {
    statuses,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  const refs = await refsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    total,
    items: rows.map((r) => {
      const mine = refs.filter((x) => x.linkId === r.id);
      const attachment = r.url.startsWith(ATTACHMENT);
      return {
        id: r.id,
        url: r.url,
        display: attachment ? `附件：${mine[0]?.label ?? r.url.slice(ATTACHMENT.length)}` : r.url,
        status: r.status,
        statusLabel: LINK_STATUS_LABELS[r.status],
        httpStatus: r.httpStatus,
        finalUrl: r.finalUrl,
        redirects: r.redirects,
        error: r.error,
        checkedAt: r.checkedAt?.toISOString() ?? null,
        failingSince: r.failingSince?.toISOString() ?? null,
        articles: mine.map((x) => ({
          id: x.articleId,
          title: x.title,
          columnName: x.columnName,
          kind: x.kind,
          kindLabel: LINK_KIND_LABELS[x.kind],
          label: x.label,
        })),
      };
    }),
  };
}
