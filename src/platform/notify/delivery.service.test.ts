import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount } from '../access/access.factories.ts';
import { inTransaction } from '../context.ts';
import { type Log, runJobNow, startJobs } from '../jobs/jobs.ts';
import { useSmsDriver } from './channels.ts';
import { notify } from './notify.service.ts';
import { deliveries } from './notify.table.ts';

// ---- a real SMTP server on 127.0.0.1, and just enough MIME decoding to read what it got ----

interface Received {
  from: string;
  to: string[];
  raw: string;
}

function decodeWords(header: string): string {
  return header.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function parseMail(raw: string): { subject: string; to: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  const body = rest.join('\n\n');
  const encoding = field('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body
              .replace(/=\r?\n/g, '')
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8')
        : body;
  return {
    subject: decodeWords(field('Subject')),
    to: field('To'),
    text: text.replace(/\r\n/g, '\n').trim(),
  };
}

let smtp: SMTPServer;
let smtpPort = 0;
const inbox: Received[] = [];
let rejectNext = 0;

async function startSmtp() {
  smtp = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (rejectNext > 0) {
        rejectNext--;
        const err = new Error('Mailbox busy, try later') as Error & { responseCode: number };
        err.responseCode = 451;
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
}

function captureLog() {
  const lines: { level: string; obj: unknown; msg?: string }[] = [];
  const at =
    (level: string) =>
    (...args: unknown[]) => {
      lines.push({ level, obj: args[0], msg: args[1] as string | undefined });
    };
  const log: Log = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { log, lines };
}

const rowsWithSubject = (t: TestApp, subject: string) =>
  t.database.db.select().from(deliveries).where(eq(deliveries.subject, subject));

// ---- with SMTP configured ----

describe('email over SMTP', () => {
  let t: TestApp;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    await startSmtp();
    t = await buildTestApp({
      config: {
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: '河南省林业厅 <noreply@lyj.henan.gov.cn>',
        PUBLIC_URL: 'https://lyj.example.gov.cn',
      },
      seed: async (ctx) => {
        for (const [username, email] of [
          ['alice', 'alice@lyj.example.cn'],
          ['bob', 'bob@lyj.example.cn'],
          ['nomail', undefined],
        ] as const)
          id[username] = (await createAccount(ctx.db, ctx.deps.cipher, { username, email }, ctx.now)).id;
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends nothing until the dispatcher runs after commit, then delivers the Chinese message', async () => {
    const r = await notify(t.ctx(), {
      accountIds: [id.alice, id.nomail],
      title: '督办事项即将到期',
      body: '「林长制年度考核」将于 2026年3月4日 17:00 到期，请及时报送办理情况。',
      link: '/admin/supervision/items/7',
      category: 'supervision',
      email: true,
    });
    expect(r.emails).toBe(1); // nomail has no address: in-app only
    const [queued] = await rowsWithSubject(t, '督办事项即将到期');
    expect(queued.status).toBe('pending');
    expect(queued.recipient).toBe('alice@lyj.example.cn');
    expect(inbox).toHaveLength(0);

    t.clock.advance(2_000);
    expect(await runJobNow(t.database, t.deps, 'delivery-dispatcher')).toBe(true);
    expect(inbox).toHaveLength(1);
    expect(inbox[0].to).toEqual(['alice@lyj.example.cn']);
    expect(inbox[0].from).toBe('noreply@lyj.henan.gov.cn');
    const mail = parseMail(inbox[0].raw);
    expect(mail.subject).toBe('督办事项即将到期');
    expect(mail.text).toBe(
      [
        '「林长制年度考核」将于 2026年3月4日 17:00 到期，请及时报送办理情况。',
        '查看详情：https://lyj.example.gov.cn/admin/supervision/items/7',
        '——河南省林业局（系统邮件，请勿直接回复）',
      ].join('\n\n'),
    );
    const [done] = await rowsWithSubject(t, '督办事项即将到期');
    expect(done).toMatchObject({ status: 'sent', attempts: 1, error: null });
    expect(done.sentAt?.toISOString()).toBe('2026-03-02T01:00:02.000Z');

    // A second run finds nothing to send.
    await runJobNow(t.database, t.deps, 'delivery-dispatcher');
    expect(inbox).toHaveLength(1);
  });

  it('records a failure, waits, retries, and delivers once the server accepts', async () => {
    inbox.length = 0;
    rejectNext = 2;
    await notify(t.ctx(), {
      accountIds: [id.bob],
      title: '重试测试',
      body: '第三次才成功',
      category: 's',
      email: true,
    });
    await runJobNow(t.database, t.deps, 'delivery-dispatcher');
    let [row] = await rowsWithSubject(t, '重试测试');
    expect(row.status).toBe('pending');
    expect(row.attempts).toBe(1);
    expect(row.error).toContain('Mailbox busy');

    // The first retry waits a minute: running again at once sends nothing.
    await runJobNow(t.database, t.deps, 'delivery-dispatcher');
    [row] = await rowsWithSubject(t, '重试测试');
    expect(row.attempts).toBe(1);

    t.clock.advance(60_000);
    await runJobNow(t.database, t.deps, 'delivery-dispatcher');
    [row] = await rowsWithSubject(t, '重试测试');
    expect(row).toMatchObject({ status: 'pending', attempts: 2 });

    t.clock.advance(2 * 60_000); // the second retry waits two minutes
    await runJobNow(t.database, t.deps, 'delivery-dispatcher');
    [row] = await rowsWithSubject(t, '重试测试');
    expect(row).toMatchObject({ status: 'sent', attempts: 3, error: null });
    expect(inbox.map((m) => m.to)).toEqual([['bob@lyj.example.cn']]);
    expect(parseMail(inbox[0].raw).text.startsWith('第三次才成功')).toBe(true);
  });

  it('gives up after five attempts and marks the message failed', async () => {
    inbox.length = 0;
    rejectNext = 100;
    await notify(t.ctx(), { accountIds: [id.bob], title: '一直失败', body: '', category: 's', email: true });
    const tries: number[] = [];
    for (let i = 0; i < 8; i++) {
      await runJobNow(t.database, t.deps, 'delivery-dispatcher');
      const [row] = await rowsWithSubject(t, '一直失败');
      tries.push(row.attempts);
      t.clock.advance(60 * 60_000);
    }
    rejectNext = 0;
    expect(tries).toEqual([1, 2, 3, 4, 5, 5, 5, 5]);
    const [row] = await rowsWithSubject(t, '一直失败');
    expect(row.status).toBe('failed');
    expect(row.error).toContain('Mailbox busy');
    expect(inbox).toHaveLength(0);
  });
});

// ---- without SMTP: the log; and SMS ----

describe('without SMTP_URL, and SMS', () => {
  let t: TestApp;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp({
      seed: async (ctx) => {
        id.alice = (
          await createAccount(
            ctx.db,
            ctx.deps.cipher,
            { username: 'alice', email: 'alice@lyj.example.cn', phone: '13812345678' },
            ctx.now,
          )
        ).id;
        id.bob = (await createAccount(ctx.db, ctx.deps.cipher, { username: 'bob' }, ctx.now)).id;
      },
    });
  });
  afterAll(() => t.close());

  it("writes the mail to the log and records it as 'logged'", async () => {
    const { log, lines } = captureLog();
    await notify(t.ctx(), {
      accountIds: [id.alice],
      title: '答复期限提醒',
      body: '请于 3 月 9 日前答复。',
      category: 'deadline',
      email: true,
    });
    await runJobNow(t.database, t.deps, 'delivery-dispatcher', { log });
    const [row] = await rowsWithSubject(t, '答复期限提醒');
    expect(row.status).toBe('logged');
    expect(row.sentAt?.toISOString()).toBe('2026-03-02T01:00:00.000Z');
    const mailLine = lines.find((l) => (l.obj as { channel?: string }).channel === 'email');
    expect(mailLine?.obj).toMatchObject({
      to: 'alice@lyj.example.cn',
      subject: '答复期限提醒',
      text: '请于 3 月 9 日前答复。\n\n——河南省林业局（系统邮件，请勿直接回复）',
    });
  });

  it('keeps the phone number encrypted in the outbox and decrypts it only to send', async () => {
    const sentTo: { to: string; text: string }[] = [];
    useSmsDriver({
      async send(to, text) {
        sentTo.push({ to, text });
        return 'sent';
      },
    });
    try {
      const r = await notify(t.ctx(), {
        accountIds: [id.alice, id.bob],
        title: '采伐许可证已核发',
        body: '请持回执领取。',
        category: 'services',
        sms: true,
      });
      expect(r.sms).toBe(1); // bob has no phone number
      const [queued] = await t.database.db.select().from(deliveries).where(eq(deliveries.channel, 'sms'));
      expect(queued.recipient).toBe('138****5678');
      const plain = await t.database.query(
        "select id from deliveries where recipient like '%13812345678%' or body like '%13812345678%'",
      );
      expect(plain).toEqual([]);
      await runJobNow(t.database, t.deps, 'delivery-dispatcher');
      expect(sentTo).toEqual([
        { to: '13812345678', text: '【河南省林业局】采伐许可证已核发：请持回执领取。' },
      ]);
      const [done] = await t.database.db.select().from(deliveries).where(eq(deliveries.id, queued.id));
      expect(done.status).toBe('sent');
    } finally {
      useSmsDriver(null);
    }
  });

  it('logs an SMS with the number masked when no gateway is plugged in', async () => {
    const { log, lines } = captureLog();
    await notify(t.ctx(), { accountIds: [id.alice], title: '短信日志', body: '', category: 's', sms: true });
    await runJobNow(t.database, t.deps, 'delivery-dispatcher', { log });
    const line = lines.find((l) => (l.obj as { channel?: string }).channel === 'sms');
    expect(line?.obj).toEqual({ channel: 'sms', to: '138****5678', text: '【河南省林业局】短信日志' });
    const rows = await t.database.db
      .select()
      .from(deliveries)
      .where(eq(deliveries.body, '【河南省林业局】短信日志'));
    expect(rows.map((r) => r.status)).toEqual(['logged']);
  });

  it('wakes the running dispatcher on commit, without waiting for its timer', async () => {
    const { log, lines } = captureLog();
    const jobs = startJobs({ log }, t.database, t.config, t.clock.now);
    await jobs.ready;
    try {
      await inTransaction(t.ctx(), (tx) =>
        notify(tx, { accountIds: [id.alice], title: '立即发送', body: '', category: 's', email: true }),
      );
      // The timers first fire after 5 s; the wake-up on commit must get there well before.
      const started = Date.now();
      let status = 'pending';
      while (Date.now() - started < 3_000 && status === 'pending') {
        await new Promise((r) => setTimeout(r, 50));
        status = (await rowsWithSubject(t, '立即发送'))[0].status;
      }
      expect(status).toBe('logged');
      expect(lines.some((l) => (l.obj as { to?: string }).to === 'alice@lyj.example.cn')).toBe(true);
    } finally {
      await jobs.stop();
    }
  });
});
