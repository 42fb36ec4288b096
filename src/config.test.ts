import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATA_DIR.endsWith('/data')).toBe(true);
    expect(c.LOCKOUT_THRESHOLD).toBe(5);
    expect(c.SESSION_IDLE_MINUTES).toBe(30);
  });
  it('refuses to start with a list of every bad setting', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOCKOUT_THRESHOLD: '1' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('LOCKOUT_THRESHOLD');
    }
  });
  it('reads numbers and booleans from strings', () => {
    const c = loadConfig({ PORT: '8080', DEMO_DATA: 'false', DATABASE_URL: 'postgres://u@h/db' });
    expect(c.PORT).toBe(8080);
    expect(c.DEMO_DATA).toBe(false);
  });
  it('runs several server processes only on PostgreSQL', () => {
    expect(loadConfig({}).WORKERS).toBe(1);
    expect(loadConfig({ WORKERS: '0' }).WORKERS).toBe(0);
    expect(loadConfig({ WORKERS: '2', DATABASE_URL: 'postgres://u@h/db' }).WORKERS).toBe(2);
    try {
      loadConfig({ WORKERS: '2' });
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).problems).toEqual([
        'WORKERS（服务进程数）："2" 不合法 — 嵌入式数据库只能由一个进程打开；多个服务进程须配置 DATABASE_URL（PostgreSQL）',
      ]);
    }
  });
});
