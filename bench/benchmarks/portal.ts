// The portal's figures (issue 3, Performance): a cached article page against the same bytes as a
// static file, uncached article pages at low load, and the site search against its own SQL run raw.
// Data: at 'full' 100,000 published articles in 179 columns (the size), at 'small' 2,000,
// written in a few bulk INSERT … SELECT statements (the workflow one by one would take hours), with
// their editions and search index rows, then VACUUM ANALYZE so the planner knows the tables' size.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { queryTerms, searchDocumentsPage, segmentForIndex } from '../../src/platform/search/index.ts';
import { type Figure, type LoadResult, type RunSide, ratioOf, registerBenchmark } from '../registry.ts';

const COLUMNS = 179;
const ROOTS = 9;
const ARTICLES = { small: 2_000, full: 100_000 } as const;
// The article every benchmark client knows: the server writes the ids here in setup.
const IDS_PATH = '/bench/portal/article-ids';
const RAW_SEARCH = '/bench/raw/portal-search';
const STATIC_ARTICLE = 'portal-article.html';
const SNAPSHOT = '/bench/portal/snapshot';

const TITLES = [
  '关于做好林木采伐许可证核发工作的通知',
  '全省松材线虫病防治工作推进会在郑州召开',
  '河南省退耕还林工程建设情况通报',
  '关于加强古树名木保护管理的意见',
  '省林业厅部署冬春季森林防火工作',
  '野生动物保护宣传月活动启动',
  '国有林场改革取得阶段性成效',
  '林业有害生物防治检疫工作要点',
  '关于开展森林督查暨森林资源管理“一张图”年度更新工作的通知',
  '天然林保护修复制度实施方案解读',
  '湿地保护条例宣传贯彻工作安排',
  '造林绿化空间适宜性评估工作部署',
  '林下经济发展典型案例交流',
  '林业科技推广示范项目申报指南',
];

const PARAGRAPHS = [
  '为进一步规范林木采伐管理，根据《中华人民共和国森林法》及其实施条例，现就林木采伐许可证核发有关事项通知如下。各级林业主管部门要严格执行采伐限额制度，依法审核申请材料，按时办结。',
  '松材线虫病是危害松属植物的毁灭性病害。各地要落实属地管理责任，开展秋季普查，及时清理病死松木，严防疫情扩散蔓延，确保防治成效。',
  '退耕还林工程实施以来，全省累计完成造林任务数百万亩，生态效益、经济效益和社会效益显著。各地要巩固退耕还林成果，做好政策兑现和检查验收工作。',
  '古树名木是不可再生的自然和文化遗产。要建立古树名木档案，设立保护标志，落实日常养护责任，严禁擅自砍伐、移植古树名木。',
  '当前已进入森林防火紧要期，各地要加强野外火源管控，强化巡山护林，完善应急预案，确保一旦发生火情能够打早、打小、打了。',
  '各级林业部门要加强野生动物保护执法，严厉打击非法猎捕、交易野生动物行为，做好野生动物疫源疫病监测防控工作。',
  '国有林场改革以来，林场功能定位更加明确，森林资源持续增长，职工生产生活条件明显改善，为生态保护修复提供了有力支撑。',
  '林业有害生物防治要坚持预防为主、科学治理、依法监管、强化责任的方针，加强监测预报和检疫执法，提高防治减灾能力。',
  '森林督查工作要以卫星遥感判读为基础，逐图斑核实林地变化情况，依法查处破坏森林资源违法行为，确保督查成果真实准确。',
  '天然林保护修复要坚持全面保护、系统恢复、用养结合、权责统一的原则，加强天然林管护，提高森林质量和生态功能。',
];

// Paragraphs any notice or report has, and none of the searched terms.
const FILLER = [
  '会议要求，各单位要提高思想认识，加强组织领导，明确责任分工，细化工作措施，确保各项任务按期完成。',
  '会上，各市县代表结合本地实际作了交流发言，并就下一步工作提出了意见和建议。',
  '各地要加强宣传引导，充分利用广播、电视、网络等媒体，营造全社会共同参与的良好氛围。',
  '本通知自印发之日起施行。执行中遇到的问题，请及时向省厅有关处室报告。',
  '各单位要于每月底前报送工作进展情况，年底前报送全年工作总结，省厅将适时组织督导检查。',
  '要严格落实中央八项规定精神，改进工作作风，提高办事效率，切实为基层和群众办实事、解难题。',
];
const VARIANTS = 3;

/**
 * The body of article i: the paragraph of its title's topic (if any) among filler, about 1 KB —
 * so a query matches the articles of its topic (a few per cent), as on the real site.
 */
function bodyOf(k: number, v: number): string[] {
  const topic = PARAGRAPHS[k];
  const filler = [0, 1, 2].map((j) => FILLER[(v * 2 + j) % FILLER.length]);
  return topic ? [filler[0], topic, filler[1], filler[2]] : filler;
}
// Index (0-based) k * VARIANTS + v.
const BODIES = TITLES.flatMap((_, k) => Array.from({ length: VARIANTS }, (_, v) => bodyOf(k, v)));
const bodyIndex = (i: string) =>
  `1 + (${i} % ${TITLES.length}) * ${VARIANTS} + (${i} / ${TITLES.length}) % ${VARIANTS}`;

const SEARCH_QUERIES = [
  '林木采伐许可证',
  '松材线虫病防治',
  '退耕还林',
  '古树名木保护',
  '森林防火',
  '野生动物保护',
  '国有林场改革',
  '林业有害生物',
  '森林督查',
  '天然林保护',
  '湿地保护条例',
  '造林绿化',
  '采伐限额',
  '林下经济',
];

const p = (f: Figure, key: 'p95' | 'p99') =>
  (f.details?.latency as Record<string, number> | undefined)?.[key] ?? Number.POSITIVE_INFINITY;

const details = (r: LoadResult) => ({
  latency: r.latency,
  connections: r.connections,
  workers: r.workers,
  duration: r.duration,
  requests: r.requests,
  non2xx: r.non2xx,
  errors: r.errors,
  bytesPerRequest: r.bytesPerRequest,
});

function mustBeClean(r: LoadResult, what: string): void {
  if (r.non2xx || r.errors) throw new Error(`${what}: ${r.non2xx} non-2xx responses and ${r.errors} errors`);
}

/**
 * A load over many paths, one after the other (b.load knows one path): a setupRequest module
 * written for this load sets each request's path in turn.
 */
async function loadPaths(
  b: RunSide,
  paths: string[],
  options: { connections: number; duration: number },
): Promise<LoadResult> {
  const file = path.join(os.tmpdir(), `lz-bench-paths-${crypto.randomUUID()}.cjs`);
  fs.writeFileSync(
    file,
    `const paths = ${JSON.stringify(paths)};\nlet i = 0;\nmodule.exports = (r) => { r.path = paths[i++ % paths.length]; return r; };\n`,
  );
  try {
    const result = await autocannon({
      url: `${b.base}${paths[0]}`,
      connections: options.connections,
      duration: options.duration,
      requests: [{ setupRequest: file }],
      timeout: 10,
    });
    const lat = result.latency as unknown as Record<string, number>;
    return {
      requestsPerSec: result.requests.average,
      latency: { p50: lat.p50!, p95: lat.p95 ?? lat.p97_5!, p99: lat.p99!, mean: lat.mean! },
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      requests: result.requests.total,
      bytesPerRequest: result.requests.total
        ? Math.round(result.throughput.total / result.requests.total)
        : 0,
      connections: options.connections,
      workers: 1,
      duration: options.duration,
    };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

async function articleIds(b: RunSide): Promise<string[]> {
  const snap = await fetch(`${b.base}${SNAPSHOT}`, { method: 'POST' });
  if (!snap.ok) throw new Error(`${SNAPSHOT}: ${snap.status} ${await snap.text()}`);
  const res = await fetch(`${b.base}${IDS_PATH}`);
  if (!res.ok) throw new Error(`${IDS_PATH}: ${res.status}`);
  return (await res.json()) as string[];
}

let prepared = false;

registerBenchmark({
  name: 'article-page-cached',
  title: 'Cached article page vs the same bytes as a static file (50 connections)',
  source: 'issue 3',
  target: {
    text: '≥ 5,000 req/s, p99 ≤ 20 ms at 50 connections, ≥ 70% of static',
    met: (f) => f.value >= 5_000 && p(f, 'p99') <= 20 && (f.ratio ?? 0) >= 0.7,
  },
  // The data of all three portal benchmarks.
  async setup(server) {
    if (prepared) return;
    prepared = true;
    const db = server.database;
    const n = ARTICLES[server.scale];
    const [unit] = await db.query<{ id: string }>('select id from units order by created_at limit 1');
    if (!unit) throw new Error('no unit: the org demo data is missing');

    // 179 columns: 9 roots (level 1) and 170 columns below them (level 2).
    const columns: Array<[string, string | null, string, string, number, string, number]> = [];
    for (let i = 0; i < COLUMNS; i++) {
      const id = crypto.randomUUID();
      const parent = i < ROOTS ? null : columns[(i - ROOTS) % ROOTS];
      const colPath = parent ? `${parent[5]}${id}/` : `/${id}/`;
      const code = parent ? `bench-c${i}` : `bench-r${i}`;
      const name = parent ? `基准栏目${i}` : `基准频道${i}`;
      columns.push([id, parent ? parent[0] : null, code, name, parent ? 2 : 1, colPath, 1000 + i]);
    }
    await db.query(
      `insert into portal_columns (id, parent_id, code, name, level, path, sort, responsible_unit_id)
       select c.id, c.parent_id, c.code, c.name, c.level, c.path, c.sort, $8::uuid
       from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::text[], $7::int[])
         as c(id, parent_id, code, name, level, path, sort)`,
      [...[0, 1, 2, 3, 4, 5, 6].map((k) => columns.map((c) => c[k])), unit.id],
    );

    // Articles k-th title, m-th body, in column i % 179, one a day back from 2026-11-01.
    const bodiesHtml = BODIES.map((ps) => ps.map((x) => `<p>${x}</p>`).join(''));
    const bodiesText = BODIES.map((ps) => ps.join('\n'));
    await db.query(
      `insert into portal_articles (id, column_id, title, source, date, body_html, body_text, status, edition,
         live_edition, first_published_at, published_at, created_at, updated_at)
       select gen_random_uuid(), ($1::uuid[])[1 + i % $2::int],
         ($3::text[])[1 + i % cardinality($3::text[])] || '（' || i || '）', '省林业厅办公室',
         (date '2026-11-01' - (i / 20)), ($4::text[])[${bodyIndex('i')}],
         ($5::text[])[${bodyIndex('i')}], 'published', 1, 1,
         timestamptz '2026-11-01 02:00:00+00' - make_interval(mins => i * 72),
         timestamptz '2026-11-01 02:00:00+00' - make_interval(mins => i * 72), now(), now()
       from generate_series(0, $6::int - 1) as i`,
      [columns.map((c) => c[0]), COLUMNS, TITLES, bodiesHtml, bodiesText, n],
    );
    const bench =
      'select a.id from portal_articles a join portal_columns c on c.id = a.column_id where c.code like $1';
    await db.query(
      `insert into portal_article_editions (article_id, edition, title, source, date, body_html, body_text, created_at)
       select a.id, 1, a.title, a.source, a.date, a.body_html, a.body_text, a.first_published_at
       from portal_articles a where a.id in (${bench})`,
      ['bench-%'],
    );

    // The search index: the same segmentation as publication (title A, body D), per template once,
    // and the month token of src/platform/search/search.repository.ts.
    const segTitles = TITLES.map((t) => segmentForIndex(t).join(' '));
    const segBodies = bodiesText.map((t) => segmentForIndex(t).join(' '));
    await db.query(
      `with t as (select k, setweight(to_tsvector('simple', s), 'A') as tsv
                  from unnest($1::text[]) with ordinality as x(s, k)),
            b as (select k, setweight(to_tsvector('simple', s), 'D') as tsv
                  from unnest($2::text[]) with ordinality as x(s, k)),
            a as (select a.id, a.title, a.body_text, a.column_id, c.path, a.date,
                    row_number() over (order by a.first_published_at desc) - 1 as i
                  from portal_articles a join portal_columns c on c.id = a.column_id
                  where c.code like 'bench-%')
       insert into search_documents (source, ref_id, title, url, body, extra, column_id, column_path, day, tsv)
       select 'article', a.id::text, a.title, '/articles/' || a.id, a.body_text, '', a.column_id, a.path, a.date,
         t.tsv || b.tsv || to_tsvector('simple', 'ym' || to_char(a.date, 'YYYYMM'))
       from a join t on t.k = 1 + a.i % cardinality($1::text[])
              join b on b.k = ${bodyIndex('a.i')}`,
      [segTitles, segBodies],
    );
    await db.query('update portal_site_version set version = version + 1, changed_at = now() where id = 1');
    for (const table of ['portal_columns', 'portal_articles', 'portal_article_editions', 'search_documents'])
      await db.query(`vacuum analyze ${table}`);

    const ids = (
      await db.query<{ id: string }>(
        `select a.id from portal_articles a join portal_columns c on c.id = a.column_id
         where c.code like 'bench-%' order by a.first_published_at desc`,
      )
    ).map((r) => r.id);
    server.app.get(IDS_PATH, { config: { public: true }, schema: { hide: true } }, async () => ids);

    // The site search's SQL (a capped count and the ranked page of candidates, one statement for a
    // common query), raw: no service, no route hooks. Without ?q= it takes SEARCH_QUERIES in turn (so a plain b.load varies the query too).
    let turn = 0;
    server.app.get(RAW_SEARCH, { config: { public: true }, schema: { hide: true } }, async (request) => {
      const q = (request.query as { q?: string }).q ?? SEARCH_QUERIES[turn++ % SEARCH_QUERIES.length];
      return searchDocumentsPage(db, {
        terms: queryTerms(q).join(' '),
        limit: 10,
        offset: 0,
        today: new Date().toISOString().slice(0, 10),
      });
    });
    // The cached page's bytes as a static file, rendered through the real route (which also puts
    // it in the page cache). Asked for by the runner: inject() readies the app, and other
    // benchmarks' setups may still add routes after this one.
    server.app.post(SNAPSHOT, { config: { public: true }, schema: { hide: true } }, async () => {
      const page = await server.app.inject({ method: 'GET', url: `/articles/${ids[0]}` });
      if (page.statusCode !== 200) throw new Error(`article page: ${page.statusCode}`);
      const staticDir = path.join(server.config.DATA_DIR, 'bench-static');
      fs.mkdirSync(staticDir, { recursive: true });
      fs.writeFileSync(path.join(staticDir, STATIC_ARTICLE), page.rawPayload);
      return { bytes: page.rawPayload.length };
    });
  },
  async run(b) {
    const [id] = await articleIds(b);
    const opts = { connections: 50, workers: 2 };
    // Warm: the page and the site version are in memory before the clock starts.
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${b.base}/articles/${id}`);
      await res.arrayBuffer();
    }
    const file = await b.load({ ...opts, path: `/bench/static/${STATIC_ARTICLE}` });
    const page = await b.load({ ...opts, path: `/articles/${id}` });
    mustBeClean(file, 'static file');
    mustBeClean(page, 'cached article page');
    return {
      value: page.requestsPerSec,
      unit: 'req/s',
      better: 'higher',
      baseline: { name: 'same bytes as a static file', value: file.requestsPerSec, unit: 'req/s' },
      ratio: ratioOf(page.requestsPerSec, file.requestsPerSec, 'higher'),
      details: { ...details(page), baseline: details(file), articles: ARTICLES[b.scale] },
    };
  },
});

registerBenchmark({
  name: 'article-page-uncached',
  title: 'Uncached article pages, a different article each request (4 connections)',
  source: 'issue 3',
  target: {
    text: '≥ 350 req/s, p95 ≤ 30 ms at low load',
    met: (f) => f.value >= 350 && p(f, 'p95') <= 30,
  },
  async run(b) {
    const ids = await articleIds(b);
    const connections = 4;
    const file = await b.load({ connections, path: `/bench/static/${STATIC_ARTICLE}` });
    // A query parameter the page does not know makes it uncacheable: rendered on every request
    // (and never stored), so no request is a cache hit even after the ids wrap round.
    const paths = ids.map((id, i) => `/articles/${id}?bench=${i}`);
    const page = await loadPaths(b, paths, { connections, duration: file.duration });
    mustBeClean(file, 'static file');
    mustBeClean(page, 'uncached article pages');
    return {
      value: page.requestsPerSec,
      unit: 'req/s',
      better: 'higher',
      baseline: { name: 'same bytes as a static file', value: file.requestsPerSec, unit: 'req/s' },
      ratio: ratioOf(page.requestsPerSec, file.requestsPerSec, 'higher'),
      details: { ...details(page), baseline: details(file), distinctArticles: ids.length },
      note: 'Each request reads the article with its live edition and column, its views, and renders the page.',
    };
  },
});

registerBenchmark({
  name: 'search',
  title: 'Site search (/api/portal/public/search), varied Chinese queries, p95 at 4 connections',
  source: 'issue 3',
  target: { text: 'p95 ≤ 50 ms', met: (f) => f.value <= 50 },
  async run(b) {
    const connections = 4;
    const q = (s: string) => encodeURIComponent(s);
    const apiPaths = SEARCH_QUERIES.flatMap((s) => [
      `/api/portal/public/search?q=${q(s)}`,
      `/api/portal/public/search?q=${q(s)}&page=2`,
    ]);
    const check = await fetch(`${b.base}${apiPaths[0]}`);
    const first = (await check.json()) as { total: number };
    if (!check.ok || !first.total) throw new Error(`search found nothing for ${SEARCH_QUERIES[0]}`);
    const raw = await b.load({ connections, path: RAW_SEARCH });
    const api = await loadPaths(b, apiPaths, { connections, duration: raw.duration });
    mustBeClean(raw, 'raw SQL search');
    mustBeClean(api, 'site search');
    return {
      value: api.latency.p95,
      unit: 'ms (p95)',
      better: 'lower',
      baseline: { name: 'the same SQL raw, p95', value: raw.latency.p95, unit: 'ms' },
      ratio: ratioOf(api.latency.p95, raw.latency.p95, 'lower'),
      details: {
        ...details(api),
        baseline: details(raw),
        throughput: api.requestsPerSec,
        firstQueryTotal: first.total,
      },
      note: `${SEARCH_QUERIES.length} queries (${SEARCH_QUERIES.slice(0, 3).join('、')} …), pages 1 and 2.`,
    };
  },
});
