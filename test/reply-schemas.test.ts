// Generated from the route table: every /api route declares its success reply in the OpenAPI
// document (a 2xx response with a schema, or 204 No Content). A reply schema is what keeps internal
// fields out (a field it does not list never leaves the server) and what the workbench's types are
// generated from, so a new route without one fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

// The document itself and its viewer.
const isDocumentRoute = (url: string) => url === '/api/openapi.json' || url.startsWith('/api/docs');

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };

/** What is wrong with an operation's success replies, or null when one is declared. */
function problemOf(op: Operation | undefined): string | null {
  if (!op) return '不在接口文档中（schema.hide？）';
  const success = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
  if (success.some(([status]) => status === '204')) return null;
  const declared = success.some(([, r]) =>
    Object.values(r.content ?? {}).some((c) => {
      const s = c.schema as Record<string, unknown> | undefined;
      return Boolean(s && ('type' in s || 'anyOf' in s || 'oneOf' in s || '$ref' in s));
    }),
  );
  return declared ? null : '没有声明成功响应（2xx）的 schema';
}

describe('reply schemas', () => {
  it('every /api route declares its 2xx reply in the OpenAPI document', async () => {
    await t.app.ready();
    const doc = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    const routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/') && !isDocumentRoute(r.url));
    expect(routes.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const r of routes) {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      const problem = problemOf(doc.paths[path]?.[r.method.toLowerCase()]);
      if (problem) missing.push(`${r.method} ${r.url}：${problem}`);
    }
    expect(missing).toEqual([]);
  });

  it('the check itself: an operation without a reply schema is reported', () => {
    expect(problemOf(undefined)).toContain('不在接口文档中');
    expect(problemOf({ responses: { 200: { description: 'Default Response' } as never } })).toContain(
      '没有声明成功响应',
    );
    expect(
      problemOf({ responses: { 404: { content: { 'application/json': { schema: { $ref: 'x' } } } } } }),
    ).toContain('没有声明成功响应');
    expect(problemOf({ responses: { 204: {} } })).toBeNull();
    expect(
      problemOf({ responses: { 201: { content: { 'application/json': { schema: { type: 'object' } } } } } }),
    ).toBeNull();
  });
});
