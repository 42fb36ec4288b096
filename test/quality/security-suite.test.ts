// The security suite beyond test/security.test.ts (issue 5 item 5; DOMAIN.md §10), generated from
// the route table where it can be, so a module's new routes are covered without new tests:
//   session fixation, CSRF on every cookie-authenticated write, lockout, password policy, an XSS
//   corpus against every public page that may echo its input, SQL-injection-shaped filters, path
//   traversal in file names and paths, and upload type spoofing.
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/modules/org/index.ts';
import { LocalFileStore, sanitizeFileName } from '../../src/platform/files/index.ts';
import { buildTestApp, type Client, type TestApp } from '../app.ts';

let t: TestApp;
let sys: Client;
beforeAll(async () => {
  t = await buildTestApp({ seed: async (ctx) => void (await seedDemoData(ctx)) });
  sys = await t.signIn('sysadmin');
}, 120_000);
afterAll(() => t?.close());

const inject = (method: string, url: string, headers: Record<string, string> = {}, payload?: string) =>
  t.app.inject({ method: method as 'GET', url, headers, payload });
const sessionCookie = (res: { cookies: Array<{ name: string; value: string }> }) =>
  res.cookies.find((c) => c.name === 'lz_sid')?.value;
const ZERO_ID = '00000000-0000-4000-8000-000000000000';
const sample = (url: string) =>
  url.replace(/:(\w+)/g, (_m, name: string) => (name === 'year' ? '2026' : name === 'code' ? 'x' : ZERO_ID));

describe('session fixation', () => {
  it('a session id planted before sign-in is not the one after, and does not sign anyone in', async () => {
    const planted = 'attacker-chosen-session-token-0123456789';
    const res = await inject(
      'POST',
      '/api/auth/login',
      { cookie: `lz_sid=${planted}`, 'content-type': 'application/json' },
      JSON.stringify({ username: 'office', password: 'Linzheng@2026' }),
    );
    expect(res.statusCode).toBe(200);
    const issued = sessionCookie(res);
    expect(issued).toBeTruthy();
    expect(issued).not.toBe(planted);
    expect((await inject('GET', '/api/me', { cookie: `lz_sid=${planted}` })).statusCode).toBe(401);
    expect((await inject('GET', '/api/me', { cookie: `lz_sid=${issued}` })).json().username).toBe('office');
  });

  it('signing in again replaces the session: the previous cookie stops working', async () => {
    const first = await t.signIn('window');
    const again = await inject(
      'POST',
      '/api/auth/login',
      { cookie: first.cookie, 'content-type': 'application/json' },
      JSON.stringify({ username: 'window', password: 'Linzheng@2026' }),
    );
    expect(again.statusCode).toBe(200);
    expect(`lz_sid=${sessionCookie(again)}`).not.toBe(first.cookie);
    expect((await first.get('/api/me')).statusCode).toBe(401);
  });
});

describe('CSRF on every cookie-authenticated write of the route table', () => {
  const writes = () =>
    t.app.routeTable.filter(
      (r) =>
        ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) &&
        !r.url.startsWith('/api/auth/login') &&
        !r.url.includes('*'),
    );

  it('refuses every write without the token, with a wrong one, and with another session’s', async () => {
    const other = await t.signIn('office');
    expect(writes().length).toBeGreaterThan(30);
    const leaks: string[] = [];
    for (const r of writes()) {
      for (const [how, token] of [
        ['none', undefined],
        ['wrong', 'x'.repeat(32)],
        ['another session', other.csrfToken],
      ] as const) {
        const headers: Record<string, string> = { cookie: sys.cookie, 'content-type': 'application/json' };
        if (token) headers['x-csrf-token'] = token;
        const res = await inject(r.method, sample(r.url), headers, '{}');
        if (res.statusCode !== 403 || res.json().code !== 'CSRF_INVALID')
          leaks.push(`${r.method} ${r.url} (${how}) → ${res.statusCode} ${res.body.slice(0, 80)}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('refuses an HTML form post whose hidden _csrf field is missing or wrong', async () => {
    const forms = writes().filter((r) => !r.url.startsWith('/api/'));
    const leaks: string[] = [];
    for (const r of forms)
      for (const body of ['title=x', `title=x&_csrf=${'y'.repeat(32)}`]) {
        const res = await inject(
          r.method,
          sample(r.url),
          { cookie: sys.cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body,
        );
        if (res.statusCode !== 403) leaks.push(`${r.method} ${r.url} (${body}) → ${res.statusCode}`);
      }
    expect(leaks).toEqual([]);
  });
});

describe('lockout and password policy (DOMAIN §10)', () => {
  it('locks an account after 5 wrong passwords for 30 minutes', async () => {
    const login = (password: string) =>
      inject(
        'POST',
        '/api/auth/login',
        { 'content-type': 'application/json' },
        JSON.stringify({ username: 'deputy', password }),
      );
    for (let i = 0; i < 4; i++) expect((await login('Wrong@2026x')).statusCode).toBe(401);
    expect((await login('Wrong@2026x')).statusCode).toBe(423);
    const locked = await login('Linzheng@2026');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');
    t.clock.advance(29 * 60_000);
    expect((await login('Linzheng@2026')).statusCode).toBe(423);
    t.clock.advance(2 * 60_000);
    expect((await login('Linzheng@2026')).statusCode).toBe(200);
    // 31 minutes passed: the administrator's session went idle; sign in again for what follows.
    sys = await t.signIn('sysadmin');
  });

  it('refuses a weak initial password, naming the field', async () => {
    const units = (await sys.get('/api/units')).json().items as Array<{ id: string }>;
    for (const weak of ['short1A', 'alllowercase1', 'NoDigitsOrSymbols']) {
      const res = await sys.post('/api/accounts', {
        username: 'weak.pw',
        displayName: '弱口令',
        unitId: units[0]!.id,
        initialPassword: weak,
      });
      expect(res.statusCode, weak).toBe(400);
      expect(res.json().errors?.[0]?.field ?? res.json().code, weak).toMatch(/password|PASSWORD_POLICY/i);
    }
  });
});

// Payloads from the OWASP XSS filter evasion cheat sheet, shortened.
const XSS = [
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><img src=x onerror=alert(1)>",
  '</title><script>alert(1)</script>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<style>@import "//evil.example/x.css";</style>',
  '"autofocus onfocus=alert(1) x="',
];
// What the page's parsed HTML must never have more of than it has for a harmless input: the
// elements and attributes that run script or restyle the page, and javascript: URLs.
const DANGEROUS_TAGS = ['script', 'svg', 'img', 'iframe', 'style', 'object', 'embed', 'base', 'meta', 'link'];
function markerCounts(html: string): number[] {
  const counts = new Array(DANGEROUS_TAGS.length + 3).fill(0) as number[];
  const parser = new Parser({
    onopentag(name, attributes) {
      const at = DANGEROUS_TAGS.indexOf(name);
      if (at >= 0) counts[at]!++;
      for (const [attr, value] of Object.entries(attributes)) {
        if (attr.startsWith('on')) counts[DANGEROUS_TAGS.length]!++;
        if (attr === 'autofocus') counts[DANGEROUS_TAGS.length + 1]!++;
        if (/^\s*javascript:/i.test(value)) counts[DANGEROUS_TAGS.length + 2]!++;
      }
    },
  });
  parser.write(html);
  parser.end();
  return counts;
}

describe('XSS corpus against every public page that may echo its input', () => {
  const PARAMS = ['q', 'within', 'code', 'column', 'from', 'to', 'page', 'type', 'region', 'keyword'];
  const pages = () =>
    t.app.routeTable.filter(
      (r) => r.method === 'GET' && !r.url.startsWith('/api/') && !r.url.includes(':') && !r.url.includes('*'),
    );

  it('escapes query input on every public page (and its error page)', async () => {
    const leaks: string[] = [];
    for (const r of pages()) {
      const query = (v: string) => PARAMS.map((p) => `${p}=${encodeURIComponent(v)}`).join('&');
      const base = markerCounts(
        (await inject('GET', `${r.url}?${query('harmless')}`, { accept: 'text/html' })).body,
      );
      for (const payload of XSS) {
        const res = await inject('GET', `${r.url}?${query(payload)}`, { accept: 'text/html' });
        expect(res.statusCode, `${r.url}`).toBeLessThan(500);
        if (markerCounts(res.body).some((n, i) => n > base[i]!)) leaks.push(`${r.url} ← ${payload}`);
      }
    }
    expect(pages().length).toBeGreaterThan(3);
    expect(leaks).toEqual([]);
  });

  it('escapes the path on the 404 page', async () => {
    const base = markerCounts((await inject('GET', '/no-such-page-harmless', { accept: 'text/html' })).body);
    for (const payload of XSS) {
      const res = await inject('GET', `/no-such-page-${encodeURIComponent(payload)}`, {
        accept: 'text/html',
      });
      expect(res.statusCode).toBe(404);
      expect(markerCounts(res.body), payload).toEqual(base);
    }
  });

  it('escapes what a signed-in citizen posts to the public forms when they come back with errors', async () => {
    const citizen = await t.signIn('zhangsan');
    const forms = t.app.routeTable.filter(
      (r) =>
        r.method === 'POST' && !r.url.startsWith('/api/') && !r.url.includes(':') && !r.url.includes('*'),
    );
    const leaks: string[] = [];
    for (const r of forms) {
      const body = (v: string) =>
        `${['title', 'content', 'contact', 'phone', 'name', 'reason', 'code'].map((f) => `${f}=${encodeURIComponent(v)}`).join('&')}&_csrf=${encodeURIComponent(citizen.csrfToken)}`;
      const headers = {
        cookie: citizen.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      };
      const base = markerCounts((await inject('POST', r.url, headers, body('harmless'))).body);
      for (const payload of XSS) {
        const res = await inject('POST', r.url, headers, body(payload));
        expect(res.statusCode, r.url).toBeLessThan(500);
        if (markerCounts(res.body).some((n, i) => n > base[i]!)) leaks.push(`${r.url} ← ${payload}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('the reading-aid switch sends the reader back only to a path on this site', async () => {
    for (const back of [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example/',
      'javascript:alert(1)',
      '/%0d%0aSet-Cookie:x=1',
      '/ok?<script>alert(1)</script>',
    ]) {
      const res = await inject('GET', `/site/aid?mode=large&back=${encodeURIComponent(back)}`);
      expect(res.statusCode).toBe(303);
      const location = String(res.headers.location);
      expect(location, back).toMatch(/^\/(?![/\\])/);
      expect(location).not.toMatch(/[\r\n<>]/);
      expect(res.headers['set-cookie'] ?? '').not.toContain('x=1');
    }
  });
});

const SQLI = ["' OR 1=1--", "' OR ''='", '%', '_', "\\'; drop table accounts; --", "1' union select null--"];

describe('SQL-injection-shaped input to list filters', () => {
  it('matches the text literally: no account has such a name, so none is listed', async () => {
    for (const q of SQLI) {
      const res = await sys.get(`/api/accounts?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
      expect(res.json().total, q).toBe(0);
    }
    expect((await sys.get('/api/accounts?q=sysadmin')).json().total).toBe(1);
  });

  it('the audit log filters likewise', async () => {
    const audit = await t.signIn('auditadmin');
    for (const q of SQLI) {
      const res = await audit.get(
        `/api/audit?actor=${encodeURIComponent(q)}&action=${encodeURIComponent(q)}`,
      );
      expect(res.statusCode, q).toBe(200);
      expect(res.json().total, q).toBe(0);
    }
    expect((await audit.get('/api/audit?actor=sysadmin')).json().total).toBeGreaterThan(0);
  });

  it('every list of the API answers such input without a server error', async () => {
    const doc = (await inject('GET', '/api/openapi.json')).json() as {
      paths: Record<
        string,
        Record<string, { parameters?: Array<{ in: string; name: string; schema?: { type?: string } }> }>
      >;
    };
    const failures: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      const params = (ops.get?.parameters ?? []).filter(
        (p) => p.in === 'query' && p.schema?.type === 'string',
      );
      if (path.includes('{') || params.length === 0) continue;
      for (const q of SQLI) {
        const query = params.map((p) => `${p.name}=${encodeURIComponent(q)}`).join('&');
        const res = await sys.get(`${path}?${query}`);
        if (res.statusCode >= 500) failures.push(`${path}?${query} → ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('path traversal', () => {
  const SECRETS = [/"name":\s*"linzheng"/, /root:x:0:0/, /\[extensions\]/i];
  const TRAVERSALS = [
    '../../package.json',
    '..%2f..%2fpackage.json',
    '%2e%2e%2f%2e%2e%2fpackage.json',
    '....//....//package.json',
    '..\\..\\package.json',
    '../../../../../../etc/passwd',
  ];

  it('no route with a file-like parameter or wildcard serves a file outside its folder', async () => {
    const routes = t.app.routeTable.filter((r) => r.method === 'GET' && /:file|:name|:path|\*/.test(r.url));
    const leaks: string[] = [];
    for (const r of routes)
      for (const x of TRAVERSALS) {
        const url = r.url
          .replace(/:(file|name|path)\b/, x)
          .replace('*', x)
          .replace(/:(\w+)/g, ZERO_ID);
        const res = await inject('GET', url);
        expect(res.statusCode, url).toBeLessThan(500);
        if (SECRETS.some((s) => s.test(res.body))) leaks.push(`${url} → ${res.statusCode}`);
      }
    expect(leaks).toEqual([]);
  });

  it('an uploaded file keeps no folder in its name, and the store refuses keys that climb out', async () => {
    expect(sanitizeFileName('../../etc/passwd.pdf', 'pdf')).toBe('passwd.pdf');
    expect(sanitizeFileName('..\\..\\windows\\合同.pdf', 'pdf')).toBe('合同.pdf');
    const store = new LocalFileStore('/tmp/lz-never-written');
    await expect(store.put('../escape', Buffer.from('x'))).rejects.toThrow('bad storage key');
    await expect(store.get('a/../../etc/passwd')).rejects.toThrow('bad storage key');
  });
});

describe('upload type spoofing', () => {
  const upload = async (client: Client, fileName: string, type: string, data: Buffer) => {
    const boundary = '----lzsec';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
      ),
      data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return t.app.inject({
      method: 'POST',
      url: '/api/portal/files?kind=attachment',
      headers: {
        cookie: client.cookie,
        'x-csrf-token': client.csrfToken,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: body,
    });
  };

  it('judges a file by its content: an executable named .pdf is refused, naming the field', async () => {
    const editor = await t.signIn('xinxi');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const res = await upload(editor, 'report.pdf', 'application/pdf', exe);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors?.[0]?.field).toBe('file');
    const html = await upload(
      editor,
      'notice.pdf',
      'application/pdf',
      Buffer.from('<html><script>alert(1)</script>'),
    );
    expect(html.statusCode).toBe(400);
    const ok = await upload(
      editor,
      '../../会议纪要.pdf',
      'application/pdf',
      Buffer.from('%PDF-1.4\n%%EOF\n'),
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json().fileName).toBe('会议纪要.pdf');
  });
});
