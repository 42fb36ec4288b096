// Every setting of the platform, validated once at start. Nothing else reads process.env.
// Figures that DOMAIN.md marks M or L are settings with defaults, never constants in code.
import path from 'node:path';
import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

const Int = (def: number, min: number, max: number, description: string) =>
  Type.Integer({ default: def, minimum: min, maximum: max, description });

export const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
    default: 'development',
    description: '运行环境',
  }),
  PORT: Int(3000, 0, 65535, '监听端口'),
  HOST: Type.String({ default: '0.0.0.0', minLength: 1, description: '监听地址' }),
  DATA_DIR: Type.String({
    default: './data',
    minLength: 1,
    description: '数据目录（嵌入式数据库与上传文件）',
  }),
  DATABASE_URL: Type.String({
    default: '',
    pattern: '^$|^postgres(ql)?://',
    description: 'PostgreSQL 连接串；留空则使用嵌入式 PGlite',
  }),
  WORKERS: Int(1, 0, 64, '服务进程数（仅 PostgreSQL；0 表示按处理器核数，最多 8 个；嵌入式数据库只能为 1）'),
  DEMO_DATA: Type.Boolean({ default: true, description: '首次启动时载入演示数据' }),
  PUBLIC_URL: Type.String({ default: '', description: '对外访问地址（如 https://lyj.example.gov.cn）' }),
  TRUST_PROXY: Type.Boolean({ default: false, description: '信任前置代理的 X-Forwarded-* 头' }),
  COOKIE_SECURE: Type.Union([Type.Literal('auto'), Type.Boolean()], {
    default: 'auto',
    description: '会话 Cookie 的 Secure 标志；auto 表示 HTTPS 时启用',
  }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info', description: '日志级别' },
  ),
  SM4_KEY: Type.String({
    default: '',
    pattern: '^$|^[0-9a-fA-F]{32}$',
    description: 'SM4 密钥（32 位十六进制），加密存储个人信息；留空则在数据目录生成',
  }),
  SMTP_URL: Type.String({
    default: '',
    description: 'SMTP 服务地址（smtp://user:pass@host:port）；留空则邮件写入日志',
  }),
  MAIL_FROM: Type.String({ default: '河南省林业厅 <noreply@lyj.henan.gov.cn>', description: '发件人' }),
  REMINDER_LEAD_HOURS: Int(48, 1, 720, '期限到期前多少小时发出提醒'),
  // DOMAIN §10 (等保 2.0 三级)
  PASSWORD_MIN_LENGTH: Int(8, 8, 64, '口令最小长度'),
  PASSWORD_MAX_AGE_DAYS: Int(90, 1, 3650, '口令有效期（天）'),
  PASSWORD_HISTORY: Int(5, 1, 24, '不得重复使用的历史口令数'),
  LOCKOUT_THRESHOLD: Int(5, 3, 20, '连续失败锁定次数'),
  LOCKOUT_MINUTES: Int(30, 1, 1440, '锁定时长（分钟）'),
  SESSION_IDLE_MINUTES: Int(30, 5, 480, '会话空闲超时（分钟）'),
  SESSION_ABSOLUTE_HOURS: Int(12, 1, 72, '会话绝对时长（小时）'),
  LOGIN_RATE_PER_MINUTE: Int(20, 1, 1000, '每个地址每分钟登录尝试上限'),
  // Public site footer (settings, filled per deployment)
  SITE_NAME: Type.String({ default: '河南省林业厅', minLength: 1, description: '网站名称 / 部门名称' }),
  SITE_CODE: Type.String({ default: '4100000049', description: '政府网站标识码（演示值）' }),
  SITE_ICP: Type.String({ default: '豫ICP备05012345号', description: 'ICP 备案号（演示值）' }),
  SITE_PSB: Type.String({ default: '豫公网安备 41010502000123号', description: '公安机关备案号（演示值）' }),
  SITE_SPONSOR: Type.String({ default: '河南省林业厅', description: '主办单位' }),
  SITE_ADDRESS: Type.String({ default: '郑州市农业路东段', description: '联系地址（演示值）' }),
  SITE_PHONE: Type.String({ default: '0371-65000000', description: '联系电话（演示值）' }),
  CALENDAR_WARN_FROM_MONTH: Int(11, 1, 12, '自该月起提醒维护下一年节假日'),
  // Memory and load (docs/operations.md "内存与负载"; defaults measured in bench/README.md)
  PAGE_CACHE_MAX_MB: Int(32, 1, 4096, '公开页面缓存的内存上限（MB，含压缩副本）'),
  PAGE_CACHE_MAX_PAGES: Int(20_000, 10, 1_000_000, '公开页面缓存最多保存的页面数'),
  OVERLOAD_MAX_REQUESTS: Int(64, 1, 100_000, '同时处理的请求数上限；超出时回答 503 并提示稍后重试'),
  OVERLOAD_MAX_LAG_MS: Int(1_000, 10, 60_000, '事件循环延迟超过该毫秒数时暂停接收新请求（回答 503）'),
  OVERLOAD_RETRY_AFTER_SECONDS: Int(5, 1, 3_600, '过载时告知客户端的重试等待秒数（Retry-After）'),
});

export type Config = Static<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误，无法启动：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates every setting; throws ConfigError listing every bad one. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(ConfigSchema.properties)) {
    const value = env[key];
    if (value === undefined || value === '') continue;
    const kind = (schema as { type?: string }).type;
    if (kind === 'integer') {
      raw[key] = /^-?\d+$/.test(value) ? Number(value) : value;
    } else if (kind === 'boolean' || key === 'COOKIE_SECURE') {
      raw[key] =
        value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
    } else {
      raw[key] = value;
    }
  }
  const withDefaults = Value.Default(ConfigSchema, raw) as Record<string, unknown>;
  for (const error of Value.Errors(ConfigSchema, withDefaults)) {
    const key = error.path.replace(/^\//, '');
    const desc =
      (ConfigSchema.properties as Record<string, { description?: string }>)[key]?.description ?? '';
    problems.push(`${key}（${desc}）：${JSON.stringify(env[key] ?? '')} 不合法 — ${error.message}`);
  }
  if (problems.length === 0 && !withDefaults.DATABASE_URL && (withDefaults.WORKERS as number) > 1)
    problems.push(
      `WORKERS（服务进程数）：${JSON.stringify(env.WORKERS ?? '')} 不合法 — 嵌入式数据库只能由一个进程打开；多个服务进程须配置 DATABASE_URL（PostgreSQL）`,
    );
  if (problems.length > 0) throw new ConfigError([...new Set(problems)]);
  const config = withDefaults as Config;
  return { ...config, DATA_DIR: path.resolve(config.DATA_DIR) };
}

/** A configuration for tests: defaults plus overrides, never reading the environment. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false' }), ...overrides };
}
