import { describe, expect, it } from 'vitest';
import { formErrorsOf, problemToError } from './problem.ts';

describe('problem+json → ApiError', () => {
  it('keeps the code, the Chinese detail and the field errors', () => {
    const e = problemToError(400, {
      code: 'VALIDATION_FAILED',
      title: '提交的内容有误',
      detail: '提交的内容有误：username：必填',
      errors: [{ field: 'username', message: 'username：必填' }],
    });
    expect(e.status).toBe(400);
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.detail).toBe('提交的内容有误：username：必填');
    expect(e.errors).toEqual([{ field: 'username', message: 'username：必填' }]);
  });

  it('says something in Chinese when the body is not problem+json (a proxy page, an empty 502)', () => {
    expect(problemToError(502, null).detail).toBe('服务器暂时无法访问，请稍后再试');
    expect(problemToError(502, null).code).toBe('HTTP_502');
    expect(problemToError(500, '<html>').detail).toBe('服务器内部错误，请稍后再试');
    expect(problemToError(418, {}).detail).toBe('请求失败（418）');
  });
});

describe('field errors onto a form', () => {
  const labels = { username: '用户名', initialPassword: '初始口令' };

  it('puts a message under the input it names, without the field-name prefix', () => {
    const e = problemToError(400, {
      code: 'VALIDATION_FAILED',
      detail: 'x',
      errors: [
        { field: 'username', message: 'username：至少 3 个字符' },
        { field: 'initialPassword', message: '口令须包含大写字母、小写字母、数字、符号中的至少三类' },
      ],
    });
    expect(formErrorsOf(e, labels)).toEqual({
      fields: [
        { name: ['username'], errors: ['至少 3 个字符'] },
        { name: ['initialPassword'], errors: ['口令须包含大写字母、小写字母、数字、符号中的至少三类'] },
      ],
      rest: [],
    });
  });

  it('turns list paths into antd name paths', () => {
    const e = problemToError(400, {
      code: 'VALIDATION_FAILED',
      detail: 'x',
      errors: [{ field: 'days/3/name', message: 'days/3/name：最多 20 个字符' }],
    });
    expect(formErrorsOf(e, { days: '日期' }).fields).toEqual([
      { name: ['days', 3, 'name'], errors: ['最多 20 个字符'] },
    ]);
  });

  it('leaves fields the form does not have for the summary, with Chinese labels for known ones', () => {
    const e = problemToError(400, {
      code: 'VALIDATION_FAILED',
      detail: 'x',
      errors: [{ field: 'personId', message: 'personId：格式不正确；username：已存在' }],
    });
    expect(formErrorsOf(e, labels)).toEqual({ fields: [], rest: ['personId：格式不正确；用户名：已存在'] });
  });

  it('falls back to the detail when the error names no field (a 409 from the service)', () => {
    const e = problemToError(409, { code: 'CONFLICT', detail: '该角色仍授予 2 个账号，请先撤销授权' });
    expect(formErrorsOf(e, labels)).toEqual({ fields: [], rest: ['该角色仍授予 2 个账号，请先撤销授权'] });
  });
});
