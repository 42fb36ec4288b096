// Writes web/src/api/openapi.gen.ts: the workbench's types for every route, generated from the
// OpenAPI document the server serves at /api/openapi.json (接口文档生成前端类型).
// Run `npm run openapi:types` after changing a route's schema; web/src/api/openapi.gen.test.ts
// fails while the committed file is out of date.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../src/app.ts';
import { testConfig } from '../src/config.ts';
import { ROOT } from '../src/paths.ts';
import { ensureBuiltinRoles } from '../src/platform/access/bootstrap.ts';
import { type Database, openDatabase } from '../src/platform/db/client.ts';
import { migrate } from '../src/platform/db/migrate.ts';

export const GENERATED_FILE = 'web/src/api/openapi.gen.ts';

const HEADER = [
  '// 此文件由 scripts/openapi-types.ts 根据 /api/openapi.json 生成，请勿手工修改。',
  '// Generated from the server’s OpenAPI document; regenerate with `npm run openapi:types`.',
  '',
].join('\n');

// A fixed key: the document does not depend on it, and no key file is written to DATA_DIR.
const DOC_SM4_KEY = '00000000000000000000000000000000';

/** Object keys sorted (arrays keep their order): the same document whatever the registration order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** In a request schema, a property with a default may be left out: the server fills it in (ajv useDefaults). */
function defaultsOptional(schema: unknown): void {
  if (Array.isArray(schema)) {
    for (const item of schema) defaultsOptional(item);
    return;
  }
  if (!isObject(schema)) return;
  const properties = isObject(schema.properties) ? schema.properties : null;
  if (properties && Array.isArray(schema.required)) {
    schema.required = schema.required.filter((name) => {
      const property = properties[name as string];
      return !(isObject(property) && 'default' in property);
    });
    if ((schema.required as unknown[]).length === 0) delete schema.required;
  }
  for (const value of Object.values(schema)) defaultsOptional(value);
}

/** What a client must send, as the server validates it: query parameters and bodies with defaults optional. */
function clientView(document: OpenAPI3): OpenAPI3 {
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item as Json)) {
      if (!isObject(operation)) continue;
      for (const parameter of Array.isArray(operation.parameters) ? operation.parameters : []) {
        if (isObject(parameter) && isObject(parameter.schema) && 'default' in parameter.schema)
          parameter.required = false;
      }
      if (isObject(operation.requestBody)) defaultsOptional(operation.requestBody);
    }
  }
  return document;
}

/** The OpenAPI document exactly as the server builds it (buildApp → ready → app.swagger()). */
export async function openApiDocument(database: Database): Promise<OpenAPI3> {
  const config = testConfig({ SM4_KEY: DOC_SM4_KEY, DEMO_DATA: false, LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, database, now: () => new Date('2026-01-01T00:00:00Z') });
  try {
    await app.ready();
    return sortKeys(app.swagger()) as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** Formats TypeScript source with the project's Biome settings. */
function formatWithBiome(source: string): string {
  const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'biome.cmd' : 'biome');
  return execFileSync(bin, ['format', `--stdin-file-path=${GENERATED_FILE}`], {
    cwd: ROOT,
    input: source,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The text of web/src/api/openapi.gen.ts for the given (migrated) database. */
export async function generateOpenApiTypes(database: Database): Promise<string> {
  const document = await openApiDocument(database);
  const nodes = await openapiTS(clientView(structuredClone(document)), {
    alphabetize: true,
    // A default is filled in by the server: the client may leave such a field out.
    defaultNonNullable: false,
    silent: true,
  });
  return formatWithBiome(HEADER + astToString(nodes));
}

/** A fresh in-memory PGlite, migrated, with the built-in roles the modules expect at start. */
export async function openDocumentDatabase(): Promise<Database> {
  const database = await openDatabase({});
  await migrate(database);
  await ensureBuiltinRoles(database.db, new Date('2026-01-01T00:00:00Z'));
  return database;
}

async function main(): Promise<void> {
  const database = await openDocumentDatabase();
  try {
    const text = await generateOpenApiTypes(database);
    const target = path.join(ROOT, GENERATED_FILE);
    const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
    if (before === text) {
      console.log(`${GENERATED_FILE} 已是最新。`);
    } else {
      fs.writeFileSync(target, text);
      console.log(`已写入 ${GENERATED_FILE}（${text.split('\n').length} 行）。`);
    }
  } finally {
    await database.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
