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
  it('refuses to start in production without the public address, naming it', () => {
    try {
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h/db' });
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).problems).toEqual([
        'PUBLIC_URL（对外访问地址）：生产环境（NODE_ENV=production）必须配置，如 https://lyj.henan.gov.cn —— 受理通知书、二维码和邮件中的链接使用这个地址',
      ]);
    }
    const ok = loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://lyj.henan.gov.cn/' });
    expect(ok.PUBLIC_URL).toBe('https://lyj.henan.gov.cn');
  });
  it('takes only an http(s) address as the public address', () => {
    for (const bad of ['lyj.henan.gov.cn', 'ftp://lyj.henan.gov.cn', 'https://lyj.henan.gov.cn/?a=1'])
      expect(() => loadConfig({ PUBLIC_URL: bad })).toThrow(/PUBLIC_URL/);
    expect(loadConfig({ PUBLIC_URL: 'https://www.henan.gov.cn/lyj' }).PUBLIC_URL).toBe(
      'https://www.henan.gov.cn/lyj',
    );
  });
  it('says the department name once: sponsor, operator, sender and error-report link follow it', () => {
    const c = loadConfig({});
    expect(c.SITE_NAME).toBe('河南省林业局');
    expect(c.SITE_SPONSOR).toBe('河南省林业局');
    expect(c.SITE_OPERATOR).toBe('河南省林业局信息中心');
    expect(c.MAIL_FROM).toBe('河南省林业局 <noreply@lyj.henan.gov.cn>');
    expect(c.SITE_ERROR_REPORT_URL).toBe(
      'https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?siteCode=4100000049',
    );
    const other = loadConfig({ SITE_NAME: '某某市林业局', SITE_SPONSOR: '某某市人民政府' });
    expect(other.SITE_SPONSOR).toBe('某某市人民政府');
    expect(other.SITE_OPERATOR).toBe('某某市林业局信息中心');
    expect(other.MAIL_FROM).toBe('某某市林业局 <noreply@lyj.henan.gov.cn>');
  });
});
