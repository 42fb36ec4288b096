// The article body beyond text, as the editor's author and the site's reader meet it: a real .docx
// (made with the docx library, as Word would save it) imported with its headings, list, table and
// picture; body images uploaded through the files service and public only while a live article
// shows them; and 审核 not offered to whoever sent the article in.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../test/app.ts';
import { type PortalFixture, seedPortalFixture } from './portal.fixtures.ts';

let t: TestApp;
let fx: PortalFixture;
let xinxi: Client;

// A 1×1 PNG (a red pixel).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx) => {
      fx = await seedPortalFixture(ctx);
    },
  });
  xinxi = await t.signIn('xinxi');
});
afterAll(() => t.close());

function multipart(name: string, type: string, data: Buffer) {
  const boundary = '----lzbody';
  return {
    boundary,
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
      ),
      data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

const post = (client: Client, url: string, name: string, type: string, data: Buffer) => {
  const { boundary, payload } = multipart(name, type, data);
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: client.cookie,
      'x-csrf-token': client.csrfToken,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload,
  });
};

const anonymous = (url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function notice(): Promise<Buffer> {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '关于做好春季森林防火工作的通知', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '一、总体要求', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            children: [
              new TextRun({ text: '各地要', font: '仿宋_GB2312', size: 32, color: 'FF0000' }),
              new TextRun({ text: '压实责任', bold: true, font: '黑体' }),
              new TextRun({ text: '，确保不发生重大森林火灾。' }),
            ],
          }),
          new Paragraph({ text: '严格野外用火管理', bullet: { level: 0 } }),
          new Paragraph({ text: '加强重点时段巡查', bullet: { level: 0 } }),
          new Paragraph({ text: '二、值班安排', heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              new TableRow({ children: [cell('日期', true), cell('值班人', true)] }),
              new TableRow({ children: [cell('3月5日'), cell('张明')] }),
            ],
          }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: PNG,
                transformation: { width: 40, height: 40 },
                altText: { name: '火险等级图', title: '火险等级图', description: '全省森林火险等级分布' },
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('导入 Word 文档', () => {
  it('keeps the headings, list, table and picture, and drops Word’s fonts and colours', async () => {
    const res = await post(xinxi, '/api/portal/import-docx', '防火通知.docx', DOCX, await notice());
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as { bodyHtml: string; images: number; notes: string[] };
    expect(r.images).toBe(1);
    const html = r.bodyHtml;
    // Title and 标题 1 become the body's first heading level (the page's <h1> is the article title).
    expect(html).toContain('<h2>关于做好春季森林防火工作的通知</h2>');
    expect(html).toContain('<h2>一、总体要求</h2>');
    expect(html).toContain('<h3>二、值班安排</h3>');
    expect(html).toContain('<p>各地要<strong>压实责任</strong>，确保不发生重大森林火灾。</p>');
    expect(html).toContain('<ul><li>严格野外用火管理</li><li>加强重点时段巡查</li></ul>');
    expect(html).toContain(
      '<table><tr><td><p><strong>日期</strong></p></td><td><p><strong>值班人</strong></p></td></tr>',
    );
    expect(html).toContain('<tr><td><p>3月5日</p></td><td><p>张明</p></td></tr></table>');
    expect(html).toMatch(
      new RegExp(`<p><img alt="全省森林火险等级分布" src="/article-images/${UUID}" /></p>`),
    );
    expect(html).not.toMatch(/style=|仿宋|FF0000|font/i);

    // The picture is stored: staff see it, the public does not until an article shows it live.
    const fileId = new RegExp(`/article-images/(${UUID})`).exec(html)![1];
    const staff = await xinxi.get(`/article-images/${fileId}`);
    expect(staff.statusCode).toBe(200);
    expect(staff.headers['content-type']).toBe('image/png');
    expect(staff.rawPayload.equals(PNG)).toBe(true);
    expect((await anonymous(`/article-images/${fileId}`)).statusCode).toBe(404);

    // The import is in the audit log under its name.
    const audit = await t.database.query<{ action: string; detail: { images: number } }>(
      "select action, detail from audit_log where action = 'portal.docx.import'",
    );
    expect(audit.map((a) => [a.action, a.detail.images])).toEqual([['portal.docx.import', 1]]);
  });

  it('refuses an old .doc or a renamed file with a message naming the field, storing nothing', async () => {
    const before = await t.database.query<{ n: number }>('select count(*)::int as n from stored_files');
    const doc = Buffer.from('D0CF11E0A1B11AE1000000000000000000000000', 'hex'); // an OLE (.doc) header
    const res = await post(xinxi, '/api/portal/import-docx', '旧文档.doc', 'application/msword', doc);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        field: 'file',
        message: 'Word 文档：文件不是 .docx 格式（旧的 .doc 请先在 Word 或 WPS 中另存为 .docx）',
      },
    ]);
    const after = await t.database.query<{ n: number }>('select count(*)::int as n from stored_files');
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers a form without a file, or a request that is not multipart, naming what is missing', async () => {
    const boundary = '----lzempty';
    const empty = await t.app.inject({
      method: 'POST',
      url: '/api/portal/import-docx',
      headers: {
        cookie: xinxi.cookie,
        'x-csrf-token': xinxi.csrfToken,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\n无\r\n--${boundary}--\r\n`,
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([{ field: 'file', message: '请选择要导入的 Word 文档' }]);
    const json = await xinxi.post('/api/portal/files?kind=image', { file: 'x' });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ code: 'BAD_REQUEST', detail: '请以 multipart/form-data 上传文件' });
  });

  it('is for editors only', async () => {
    const citizen = await t.signIn('zhangsan');
    const res = await post(citizen, '/api/portal/import-docx', '防火通知.docx', DOCX, await notice());
    expect(res.statusCode).toBe(403);
  });
});

describe('正文图片', () => {
  it('is uploaded through the files service and public only while a live article shows it', async () => {
    const up = await post(xinxi, '/api/portal/files?kind=image', '巡护.png', 'image/png', PNG);
    expect(up.statusCode, up.body).toBe(201);
    const fileId = up.json().fileId as string;
    const other = (await post(xinxi, '/api/portal/files?kind=image', '另一张.png', 'image/png', PNG)).json()
      .fileId as string;
    const body = `<p>护林员在巡护。</p><img src="/article-images/${fileId}" alt="护林员巡山" />`;
    const created = await xinxi.post('/api/portal/articles', {
      columnId: fx.columns.column('hq').id,
      title: '护林员巡山',
      bodyHtml: body,
    });
    expect(created.statusCode, created.body).toBe(201);
    const article = created.json() as { id: string; bodyHtml: string };
    // Stored as sent: the server's allow-list keeps a site-relative image.
    expect(article.bodyHtml).toBe(body);
    expect((await anonymous(`/article-images/${fileId}`)).statusCode).toBe(404);

    await xinxi.post(`/api/portal/articles/${article.id}/publish-unreviewed`, { reason: '测试正文图片' });
    const page = await anonymous(`/articles/${article.id}`);
    expect(page.body).toContain(`<img src="/article-images/${fileId}" alt="护林员巡山" />`);
    const img = await anonymous(`/article-images/${fileId}`);
    expect(img.statusCode).toBe(200);
    expect(img.headers['cache-control']).toBe('public, max-age=86400');
    expect(img.rawPayload.equals(PNG)).toBe(true);
    // An image no live article shows stays private, whoever knows its id.
    expect((await anonymous(`/article-images/${other}`)).statusCode).toBe(404);

    // Taken offline: the picture goes with it.
    await xinxi.post(`/api/portal/articles/${article.id}/unpublish`, {});
    expect((await anonymous(`/article-images/${fileId}`)).statusCode).toBe(404);
  });

  it('refuses a PDF as a body image', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const res = await post(xinxi, '/api/portal/files?kind=image', '图.png', 'image/png', pdf);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toBe(
      '正文图片：文件内容不是允许的格式（JPG、PNG），请勿只修改扩展名',
    );
  });
});

describe('审核 offered to the right people', () => {
  it('is not offered to whoever sent the article in, and is to another reviewer', async () => {
    const created = await xinxi.post('/api/portal/articles', {
      columnId: fx.columns.column('hq').id,
      title: '送审人不审核自己的稿件',
      bodyHtml: '<p>正文。</p>',
    });
    const id = created.json().id as string;
    const sent = await xinxi.post(`/api/portal/articles/${id}/submit`, {});
    expect(sent.json().status).toBe('submitted');
    expect(sent.json().actions.review).toBe(false);
    const office = await t.signIn('office');
    expect((await office.get(`/api/portal/articles/${id}`)).json().actions.review).toBe(true);
  });
});
