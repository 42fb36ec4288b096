// /api/settings: the system admin reads and changes the runtime settings modules declare.
import { Type } from '@sinclair/typebox';
import { errorResponses, noStore } from '../http/route.ts';
import type { Module } from '../module.ts';
import { listSettings, resetSetting, updateSetting } from './settings.service.ts';

const tags = ['系统设置'];
const Value = Type.Union([Type.Boolean(), Type.Integer(), Type.String()]);
const SettingView = Type.Object({
  key: Type.String(),
  label: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  type: Type.Union([Type.Literal('integer'), Type.Literal('string'), Type.Literal('boolean')]),
  default: Value,
  min: Type.Union([Type.Integer(), Type.Null()]),
  max: Type.Union([Type.Integer(), Type.Null()]),
  value: Value,
  changed: Type.Boolean(),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedBy: Type.Union([Type.String(), Type.Null()]),
  updatedByName: Type.Union([Type.String(), Type.Null()]),
});
const KeyParams = Type.Object(
  { key: Type.String({ minLength: 3, maxLength: 100, pattern: '^[A-Za-z0-9.]+$' }) },
  { additionalProperties: false },
);

export const settingsModule: Module = {
  name: 'settings',
  register(app) {
    app.get(
      '/api/settings',
      {
        schema: {
          tags,
          summary: '系统设置列表（系统管理员）',
          response: { 200: Type.Object({ items: Type.Array(SettingView) }), ...errorResponses(401, 403) },
        },
      },
      async (request, reply) => {
        noStore(reply);
        return { items: await listSettings(request.ctx()) };
      },
    );

    app.put(
      '/api/settings/:key',
      {
        schema: {
          tags,
          summary: '修改一项系统设置（按定义校验，记入审计）',
          params: KeyParams,
          // The value's type depends on the setting; the service checks it against the definition
          // (no schema coercion, so "5" never silently becomes 5).
          body: Type.Object({ value: Type.Unknown() }, { additionalProperties: false }),
          response: { 200: SettingView, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => updateSetting(request.ctx(), request.params.key, request.body.value),
    );

    app.delete(
      '/api/settings/:key',
      {
        schema: {
          tags,
          summary: '恢复一项系统设置的默认值（记入审计）',
          params: KeyParams,
          response: { 200: SettingView, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => resetSetting(request.ctx(), request.params.key),
    );
  },
};
