// The committed web/src/api/openapi.gen.ts must match the server's current OpenAPI document:
// a route schema changed without `npm run openapi:types` fails here instead of drifting silently.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_FILE, generateOpenApiTypes } from '../../../scripts/openapi-types.ts';
import { ROOT } from '../../../src/paths.ts';
import { ensureBuiltinRoles } from '../../../src/platform/access/bootstrap.ts';
import type { Database } from '../../../src/platform/db/client.ts';
import { createTestDatabase } from '../../../test/db.ts';

/** The first line where two texts differ, for a message a developer can act on. */
function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i])
      return `第 ${i + 1} 行：已提交「${(left[i] ?? '（无）').trim()}」，应为「${(right[i] ?? '（无）').trim()}」`;
  }
  return '';
}

describe('web/src/api/openapi.gen.ts（由接口文档生成的前端类型）', () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureBuiltinRoles(database.db, new Date('2026-01-01T00:00:00Z'));
  });
  afterAll(async () => {
    await database?.close();
  });

  it('与服务端当前的 OpenAPI 文档一致', async () => {
    const expected = await generateOpenApiTypes(database);
    const file = path.join(ROOT, GENERATED_FILE);
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (committed !== expected) {
      expect.fail(
        `${GENERATED_FILE} 与服务端接口文档不一致（接口的 schema 改了，但前端类型没有重新生成）。` +
          `请运行 \`npm run openapi:types\` 重新生成并一并提交，再修正 tsc 报出的前端类型错误。\n` +
          firstDifference(committed, expected),
      );
    }
    // The document covers the workbench's own routes (a sanity check that the app was built in full).
    expect(expected).toContain("'/api/me': {");
    expect(expected).toContain("'/api/units/{id}': {");
  });
});
