// The module contract holds for the modules we ship: every error code the source throws is in a
// registered table, every audit action it records has a Chinese name, every setting a module
// defines is on the settings page, and registration refuses a code two modules both claim.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../app.ts';
import { ROOT } from '../paths.ts';
import { isKnownPermission } from './access/permissions.ts';
import { auditActionName, listAuditActions } from './audit/actions.ts';
import { auditObjectTypeName, listAuditObjectTypes } from './audit/objects.ts';
import { AppError, type ErrorCode, errorEntry } from './errors.ts';
import { installModules, type Module } from './module.ts';
import { listSettingDefs } from './settings/settings.service.ts';

/** The source files of the product (tests and test support left out: they may make things up). */
function sourceFiles(dir = path.join(ROOT, 'src')): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'test-support') out.push(...sourceFiles(full));
    } else if (
      /\.tsx?$/.test(entry.name) &&
      !/\.test\.tsx?$/.test(entry.name) &&
      !/test-app\.ts$/.test(entry.name)
    )
      out.push(full);
  }
  return out;
}

const files = sourceFiles().map((file) => ({
  file: path.relative(ROOT, file),
  text: fs.readFileSync(file, 'utf8'),
}));

/** Every literal matched by `re` (its first group), with the files it appears in. */
function literals(re: RegExp): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const { file, text } of files)
    for (const m of text.matchAll(re)) found.set(m[1], [...(found.get(m[1]) ?? []), file]);
  return found;
}

beforeAll(() => installModules(MODULES));

describe('error codes', () => {
  it('finds every code the source throws in a registered table', () => {
    const codes = literals(/(?:new AppError|notFound)\(\s*'([A-Z0-9_]+)'/g);
    // The scan itself works: codes of the platform, org, portal, portal-ops, services and harvest.
    for (const known of ['VALIDATION_FAILED', 'UNIT_NOT_FOUND', 'ARTICLE_NOT_FOUND', 'FEED_NOT_FOUND'])
      expect(codes.has(known)).toBe(true);
    const unknown = [...codes]
      .filter(([code]) => !errorEntry(code))
      .map(([code, where]) => `${code} (${where})`);
    expect(unknown).toEqual([]);
  });

  it('finds no status in a throw outside the platform: it belongs in the module’s table', () => {
    const withStatus = files
      .filter(({ file }) => !file.startsWith(path.join('src', 'platform')))
      .filter(({ text }) => /new AppError\(\s*'[A-Z0-9_]+',\s*\{[^}]*\bstatus\s*:/s.test(text))
      .map(({ file }) => file);
    expect(withStatus).toEqual([]);
  });

  it('takes the status from the table, not from the throw', () => {
    expect(new AppError('SERVICE_CASE_NOT_FOUND').status).toBe(404);
    expect(new AppError('SERVICE_CASE_NOT_FOUND').message).toBe('办件不存在');
    expect(new AppError('STATE_CONFLICT').status).toBe(409);
  });

  it('answers 500 for a code no table holds, never a silent 400', () => {
    const e = new AppError('NO_SUCH_CODE' as ErrorCode);
    expect(e.registered).toBe(false);
    expect(e.status).toBe(500);
  });

  it('refuses a code a second module claims', () => {
    const thief: Module = {
      name: 'thief',
      errors: { SERVICE_CASE_NOT_FOUND: { status: 400, message: '别的' } },
    };
    expect(() => installModules([thief])).toThrow(
      /SERVICE_CASE_NOT_FOUND of thief is already defined by services/,
    );
    expect(errorEntry('SERVICE_CASE_NOT_FOUND')?.status).toBe(404);
  });
});

describe('audit actions', () => {
  it('names every action the source records', () => {
    const actions = literals(/\baction:\s*'([a-z][a-z0-9-]*(?:\.[a-z0-9_-]+)+)'/g);
    expect(actions.has('services.case.submit')).toBe(true);
    const unnamed = [...actions]
      .filter(([action]) => auditActionName(action) === action)
      .map(([action, where]) => `${action} (${where})`);
    expect(unnamed).toEqual([]);
  });

  it('gives the names the audit log viewer shows', () => {
    expect(auditActionName('services.case.submit')).toBe('提交申请');
    expect(auditActionName('portal.article.publish')).toBe('发布稿件');
    expect(auditActionName('auth.login')).toBe('登录');
    // An action of an old record that nothing names any more is shown as it is.
    expect(auditActionName('legacy.thing')).toBe('legacy.thing');
    const owners = new Set(listAuditActions().map((a) => a.owner));
    expect([...owners].sort()).toEqual([
      'harvest',
      'info',
      'interaction',
      'openness',
      'org',
      'platform',
      'portal',
      'portal-ops',
      'services',
      'supervision',
    ]);
  });
});

describe('audit objects', () => {
  it('names every object type the source records', () => {
    const types = literals(/\bobjectType:\s*'([a-z][a-z0-9_]*)'/g);
    expect(types.has('service_case')).toBe(true);
    const unnamed = [...types]
      .filter(([type]) => auditObjectTypeName(type) === type)
      .map(([type, where]) => `${type} (${where})`);
    expect(unnamed).toEqual([]);
  });

  it('resolves the objects a reader looks for by title or number', () => {
    const resolving = new Set(
      listAuditObjectTypes()
        .filter((t) => t.resolves)
        .map((t) => t.type),
    );
    for (const type of [
      'account',
      'unit',
      'person',
      'service_case',
      'portal_article',
      'supervision_item',
      'info_item',
      'interaction_letter',
      'openness_application',
      'harvest_permit',
    ])
      expect(resolving.has(type), type).toBe(true);
    expect(auditObjectTypeName('service_case')).toBe('办件');
  });
});

describe('settings and permissions', () => {
  it('puts every setting a module defines on the settings page', () => {
    const defined = literals(/defineSetting(?:<[^>]*>)?\(\{\s*key:\s*'([a-zA-Z0-9.]+)'/g);
    expect(defined.size).toBeGreaterThan(20);
    const registered = new Set(listSettingDefs().map((d) => d.key));
    expect([...defined.keys()].filter((key) => !registered.has(key))).toEqual([]);
  });

  it('shows the system admin settings in Chinese, with no notes from the specification', () => {
    const unreadable = listSettingDefs().flatMap((d) =>
      [d.label, d.description ?? '']
        .filter(
          (text) =>
            /DOMAIN|DESIGN\.md|STYLE\.md|TODO|FIXME|置信度|\bM\/L\b/.test(text) ||
            // A sentence with no Chinese in it (a key, an English note).
            (text !== '' && !/[\u4e00-\u9fff]/.test(text)),
        )
        .map((text) => `${d.key}: ${text}`),
    );
    expect(unreadable).toEqual([]);
  });

  it('registers each module’s permissions under the module', () => {
    for (const code of ['org:read', 'portal:edit', 'portal:moderate', 'services:accept', 'harvest:quota'])
      expect(isKnownPermission(code)).toBe(true);
  });
});
