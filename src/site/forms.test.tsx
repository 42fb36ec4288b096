// The public forms kit as a reader (and a screen reader) meets it: the error summary links to each
// field, hints and errors are tied to their controls, groups have a legend, what was typed comes
// back, uploads say their limits; and the POST side redirects on success and shows the form again
// with the messages when the use case refuses.
import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createSm4Cipher } from '../platform/crypto/sm.ts';
import { AppError, validationError } from '../platform/errors.ts';
import {
  Checkbox,
  Checkboxes,
  DateInput,
  ErrorSummary,
  enteredValues,
  FileInput,
  Form,
  handleFormPost,
  handOver,
  Radios,
  Select,
  TextArea,
  TextInput,
  takeHandedOver,
  titleWithErrors,
} from './forms.tsx';

const html = (node: React.ReactNode) => renderToStaticMarkup(node);
/** Each <input name=…> of the markup: its id, value and whether it is ticked. */
const inputsNamed = (out: string, name: string) =>
  [...out.matchAll(/<input [^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => tag.includes(` name="${name}"`))
    .map((tag) => ({
      id: /id="([^"]*)"/.exec(tag)?.[1],
      value: /value="([^"]*)"/.exec(tag)?.[1],
      checked: tag.includes('checked=""'),
      invalid: tag.includes('aria-invalid="true"'),
    }));

describe('the error summary', () => {
  it('lists each message once, as a link to its field', () => {
    const out = html(
      <ErrorSummary
        errors={[
          { field: 'name', message: '姓名：必填' },
          { field: 'phone', message: '联系电话：应为 11 位手机号' },
          { field: 'name', message: '姓名：必填' },
        ]}
      />,
    );
    expect(out).toContain('role="alert"');
    expect(out).toContain('<h2 id="error-summary-title">提交的内容有误，请修改以下内容</h2>');
    expect([...out.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['#f-name', '姓名：必填'],
      ['#f-phone', '联系电话：应为 11 位手机号'],
    ]);
  });

  it('is not there when nothing is wrong', () => {
    expect(html(<ErrorSummary errors={[]} />)).toBe('');
  });

  it('puts 错误： before the page title when there are errors', () => {
    expect(titleWithErrors('发布供求信息', [{ field: 'x', message: 'y' }])).toBe('错误：发布供求信息');
    expect(titleWithErrors('发布供求信息', [])).toBe('发布供求信息');
  });
});

describe('a text field in a form', () => {
  const form = (node: React.ReactNode, values = {}, errors: Array<{ field: string; message: string }> = []) =>
    html(
      <Form action="/x" csrf="tok-1" values={values} errors={errors}>
        {node}
      </Form>,
    );

  it('has a label for its id, the hint and the error tied to it, and shows what was typed', () => {
    const out = form(
      <TextInput name="product" label="产品名称" hint="如：侧柏苗" required maxLength={50} />,
      { product: '侧柏<苗>' },
      [{ field: 'product', message: '产品名称：最多 50 个字' }],
    );
    expect(out).toContain('<label for="f-product">产品名称<span class="required">（必填）</span></label>');
    expect(out).toContain('<p class="field-hint" id="f-product-hint">如：侧柏苗</p>');
    expect(out).toContain(
      '<p class="field-error" id="f-product-error"><span class="visually-hidden">错误：</span>产品名称：最多 50 个字</p>',
    );
    expect(out).toContain('aria-describedby="f-product-hint f-product-error" aria-invalid="true"');
    expect(out).toContain('value="侧柏&lt;苗&gt;"');
    expect(out).toContain('class="form-row has-error"');
  });

  it('carries the CSRF token on POST and none on GET; never validates in the browser', () => {
    const post = form(<TextInput name="a" label="甲" />);
    expect(post).toContain('<input type="hidden" name="_csrf" value="tok-1"/>');
    expect(post).toContain('noValidate=""');
    const get = html(
      <Form method="get" action="/search" csrf="tok-1">
        <TextInput name="q" label="搜索词" />
      </Form>,
    );
    expect(get).not.toContain('_csrf');
  });

  it('never sends a password back to the page', () => {
    const out = form(<TextInput name="password" label="密码" type="password" />, { password: 'secret' });
    expect(out).not.toContain('secret');
  });

  it('says a textarea’s limit when no hint is given', () => {
    expect(form(<TextArea name="detail" label="情况说明" maxLength={500} optional />)).toContain(
      '<p class="field-hint" id="f-detail-hint">最多 500 字</p>',
    );
  });

  it('shows a date field’s format for browsers without a date picker', () => {
    expect(form(<DateInput name="validUntil" label="有效期至" />, { validUntil: '2026-04-30' })).toMatch(
      /格式：年-月-日，如 2026-03-01<\/p><input id="f-validUntil" aria-describedby="f-validUntil-hint" type="date"[^>]*value="2026-04-30"/,
    );
  });

  it('selects the chosen option, in groups too', () => {
    const out = form(
      <Select
        name="county"
        label="县（市、区）"
        options={[
          { label: '郑州市', options: [{ value: '410122', label: '中牟县' }] },
          { value: '419001', label: '济源市' },
        ]}
      />,
      { county: '410122' },
    );
    expect(out).toContain(
      '<optgroup label="郑州市"><option value="410122" selected="">中牟县</option></optgroup>',
    );
    expect(out).toContain('<option value="">请选择</option>');
  });
});

describe('radios and checkboxes', () => {
  it('are a fieldset whose legend asks the question; the first choice carries the field’s id', () => {
    const out = html(
      <Form action="/x" values={{ kind: 'demand' }} errors={[{ field: 'kind', message: '信息类型：请选择' }]}>
        <Radios
          name="kind"
          legend="信息类型"
          options={[
            { value: 'supply', label: '供应' },
            { value: 'demand', label: '求购' },
          ]}
        />
      </Form>,
    );
    expect(out).toContain('<fieldset aria-describedby="f-kind-error"><legend>信息类型</legend>');
    expect(inputsNamed(out, 'kind')).toEqual([
      { id: 'f-kind', value: 'supply', checked: false, invalid: true },
      { id: 'f-kind-2', value: 'demand', checked: true, invalid: true },
    ]);
    expect(out).toContain('<label for="f-kind">供应</label>');
    expect(out).toContain('<label for="f-kind-2">求购</label>');
  });

  it('tick every value of a list, and a single box posts on', () => {
    const out = html(
      <Form action="/x" values={{ topics: ['a', 'c'], agree: 'on' }}>
        <Checkboxes
          name="topics"
          legend="关注的主题"
          options={['a', 'b', 'c'].map((v) => ({ value: v, label: v.toUpperCase() }))}
        />
        <Checkbox name="agree" label="我已阅读并同意" />
      </Form>,
    );
    expect(inputsNamed(out, 'topics').map((i) => [i.value, i.checked])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
    expect(inputsNamed(out, 'agree')).toEqual([
      { id: 'f-agree', value: 'on', checked: true, invalid: false },
    ]);
  });
});

describe('a file upload', () => {
  it('says the types and the size it takes before anyone tries, and lists kept files with 删除', () => {
    const out = html(
      <Form action="/x" upload>
        <FileInput
          name="scan"
          label="身份证明"
          formats={['pdf', 'jpg']}
          maxMb={10}
          kept={[{ id: 'f1', name: '身份证.pdf', sizeBytes: 2_500 }]}
        />
      </Form>,
    );
    expect(out).toContain('encType="multipart/form-data"');
    expect(out).toContain('<p class="field-hint" id="f-scan-hint">格式：PDF、JPG；单个文件不超过 10 MB</p>');
    expect(out).toContain('accept=".pdf,.jpg,.jpeg"');
    expect(out).toContain('已上传：身份证.pdf（3 KB）');
    expect(out).toContain('name="removeFile" value="f1"');
  });
});

describe('post-redirect-get', () => {
  async function app(submit: () => Promise<string>) {
    const f = Fastify();
    f.post('/form', async (_request, reply) =>
      handleFormPost(reply, {
        field: 'name',
        submit,
        again: (errors, status) => reply.status(status).send({ errors }),
      }),
    );
    await f.ready();
    return f;
  }

  it('redirects with 303 when the use case succeeds', async () => {
    const f = await app(async () => '/done?submitted=1');
    const res = await f.inject({ method: 'POST', url: '/form' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/done?submitted=1');
  });

  it('shows the form again with the field errors (400), or a message at the named field (409)', async () => {
    const bad = await (
      await app(async () => Promise.reject(validationError('phone', '联系电话：必填')))
    ).inject({
      method: 'POST',
      url: '/form',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['cache-control']).toBe('no-store');
    expect(bad.json()).toEqual({ errors: [{ field: 'phone', message: '联系电话：必填' }] });
    const conflict = await (
      await app(async () => Promise.reject(new AppError('CONFLICT', { message: '该信息已撤下' })))
    ).inject({ method: 'POST', url: '/form' });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toEqual({ errors: [{ field: 'name', message: '该信息已撤下' }] });
  });

  it('lets refusals that are not the reader’s to fix through (403 goes to the error page)', async () => {
    const res = await (await app(async () => Promise.reject(new AppError('FORBIDDEN')))).inject({
      method: 'POST',
      url: '/form',
    });
    expect(res.statusCode).toBe(403);
  });

  it('keeps what was entered, without the CSRF token', () => {
    expect(
      enteredValues({ _csrf: 't', name: '张三', topics: ['a', 'b'], action: 'save' }, ['action']),
    ).toEqual({
      name: '张三',
      topics: ['a', 'b'],
    });
  });
});

describe('handing a receipt to the page after the POST', () => {
  const cipher = createSm4Cipher('0123456789abcdeffedcba9876543210');
  let clock = new Date('2026-12-07T09:00:00+08:00');
  async function app() {
    const f = Fastify();
    await f.register(fastifyCookie);
    f.post('/apply', async (_request, reply) => {
      handOver(reply, {
        cipher,
        name: 'lz_r',
        path: '/apply/done',
        value: { code: 'ABCDEFGHJKMN', password: '246810' },
        now: clock,
      });
      return reply.redirect('/apply/done', 303);
    });
    f.get('/apply/done', async (request, reply) =>
      reply.send({
        shown: takeHandedOver(request, reply, { cipher, name: 'lz_r', path: '/apply/done', now: clock }),
      }),
    );
    await f.ready();
    return f;
  }
  const cookieOf = (res: { headers: Record<string, unknown> }) => String(res.headers['set-cookie']);

  it('travels encrypted, for that page only, and is shown once', async () => {
    const f = await app();
    const posted = await f.inject({ method: 'POST', url: '/apply' });
    const set = cookieOf(posted);
    expect(set).toContain('Path=/apply/done');
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Strict');
    expect(set).toContain('Max-Age=900');
    expect(set).not.toContain('246810');
    const value = /lz_r=([^;]+)/.exec(set)![1];
    const first = await f.inject({ method: 'GET', url: '/apply/done', cookies: { lz_r: value } });
    expect(first.json()).toEqual({ shown: { code: 'ABCDEFGHJKMN', password: '246810' } });
    // The page clears it: the browser sends nothing the second time.
    expect(cookieOf(first)).toMatch(/lz_r=;.*Path=\/apply\/done/);
    // A cookie replayed after 15 minutes, or changed, shows nothing.
    clock = new Date('2026-12-07T09:15:01+08:00');
    const late = await f.inject({ method: 'GET', url: '/apply/done', cookies: { lz_r: value } });
    expect(late.json()).toEqual({ shown: null });
    clock = new Date('2026-12-07T09:00:00+08:00');
    // One character in the middle changed, to one it is not (replacing the last two with "00" left
    // the cookie whole whenever it already ended so, or when only unused low bits differed).
    const mid = Math.floor(value.length / 2);
    const tampered = `${value.slice(0, mid)}${value[mid] === 'A' ? 'B' : 'A'}${value.slice(mid + 1)}`;
    const changed = await f.inject({ method: 'GET', url: '/apply/done', cookies: { lz_r: tampered } });
    expect(changed.json()).toEqual({ shown: null });
  });
});
