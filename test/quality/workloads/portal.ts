// The portal's crash-safety workloads (issue 5 item 2): articles written by the information
// centre's editor — drafts (article, first edition and 'create' event in one transaction) and
// articles published without review (with a reason) that must be on the public site after every
// restart. Invariant on the database: every article's current and live editions exist.
import { expect } from 'vitest';
import type { HttpClient } from '../support/http.ts';
import { registerCrashWorkload, registerInvariant, type WorkloadApi } from '../support/workloads.ts';

const RUN = Date.now().toString(36).slice(-5);

// One editor session and column per server: the suite runs on PGlite and then on PostgreSQL.
const editors = new Map<string, HttpClient>();
let columnId = '';
let columnBase = '';
async function xinxi(api: WorkloadApi): Promise<HttpClient> {
  let editor = editors.get(api.base);
  if (!editor) {
    editor = await api.signIn('xinxi');
    editors.set(api.base, editor);
  }
  return editor;
}

async function setup(api: WorkloadApi) {
  if (columnBase === api.base) return;
  const res = await (await xinxi(api)).get('/api/portal/columns');
  expect(res.status, res.text).toBe(200);
  const columns = res.json().items as Array<{
    id: string;
    kind: string;
    editable: boolean;
    visible: boolean;
  }>;
  columnId = columns.find((c) => c.kind === 'list' && c.editable && c.visible)!.id;
  columnBase = api.base;
}

async function createDraft(api: WorkloadApi, title: string): Promise<string> {
  const res = await (await xinxi(api)).post('/api/portal/articles', {
    columnId,
    title,
    bodyHtml: `<p>${title}：全省林业工作稳步推进。</p>`,
  });
  if (res.status !== 201) throw new Error(`POST /api/portal/articles → ${res.status} ${res.text}`);
  return res.json().id as string;
}

registerCrashWorkload<{ title: string }, { id: string }>({
  name: 'article-drafts',
  setup,
  prepare: (n) => ({ title: `崩溃测试稿件 ${RUN}-${n}` }),
  async send(api, intent) {
    return { id: await createDraft(api, intent.title) };
  },
  async verify(api, log) {
    const client = await xinxi(api);
    for (const { intent, ack } of log.acked) {
      const res = await client.get(`/api/portal/articles/${ack.id}`);
      expect(res.status, `acknowledged draft ${intent.title}`).toBe(200);
      const a = res.json() as { title: string; edition: number; events: Array<{ action: string }> };
      expect(a.title).toBe(intent.title);
      expect(a.edition).toBe(1);
      expect(a.events.map((e) => e.action)).toEqual(['create']);
    }
  },
});

registerCrashWorkload<{ title: string }, { id: string }>({
  name: 'articles-published',
  setup,
  prepare: (n) => ({ title: `崩溃测试发布 ${RUN}-${n}` }),
  async send(api, intent) {
    const id = await createDraft(api, intent.title);
    const res = await (await xinxi(api)).post(`/api/portal/articles/${id}/publish-unreviewed`, {
      reason: '崩溃安全测试：紧急发布',
    });
    if (res.status !== 200) throw new Error(`publish-unreviewed → ${res.status} ${res.text}`);
    return { id };
  },
  async verify(api, log) {
    for (const { intent, ack } of log.acked) {
      // The public page, as a visitor sees it (through the page cache of the restarted server).
      const res = await fetch(`${api.base}/articles/${ack.id}`, { headers: { accept: 'text/html' } });
      expect(res.status, `published article ${intent.title}`).toBe(200);
      expect(await res.text()).toContain(intent.title);
    }
  },
});

registerInvariant({
  name: 'article editions whole',
  async check(database) {
    const rows = await database.query<{ id: string; title: string; problem: string }>(`
      select a.id, a.title, 'current edition ' || a.edition || ' missing' as problem from portal_articles a
        where not exists (select 1 from portal_article_editions e where e.article_id = a.id and e.edition = a.edition)
      union all
      select a.id, a.title, 'live edition ' || a.live_edition || ' missing' from portal_articles a
        where a.live_edition is not null and not exists
          (select 1 from portal_article_editions e where e.article_id = a.id and e.edition = a.live_edition)
      union all
      select a.id, a.title, 'published without its publish event' from portal_articles a
        where a.title like '崩溃测试发布%' and a.status = 'published' and not exists
          (select 1 from timeline_events e where e.subject_type = 'portal_article' and e.subject_id = a.id
            and e.kind like 'publish%')`);
    return rows.map((r) => `稿件「${r.title}」（${r.id}）：${r.problem}`);
  },
});
