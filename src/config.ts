// Every setting of the platform, validated once at start. Nothing else reads process.env.
// Figures that DOMAIN.md marks M or L are settings with defaults, never constants in code.
import os from 'node:os';
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
  DATA_DIR_LOCK_WAIT_SECONDS: Int(
    15,
    0,
    300,
    '启动时等待正在退出的上一个服务进程释放数据目录的最长秒数（嵌入式数据库；紧接着停止后再次启动时使用）',
  ),
  DATABASE_URL: Type.String({
    default: '',
    pattern: '^$|^postgres(ql)?://',
    description: 'PostgreSQL 连接串；留空则使用嵌入式 PGlite',
  }),
  WORKERS: Int(1, 0, 64, '服务进程数（仅 PostgreSQL；0 表示按处理器核数，最多 8 个；嵌入式数据库只能为 1）'),
  DEMO_DATA: Type.Boolean({ default: true, description: '首次启动时载入演示数据' }),
  PUBLIC_URL: Type.String({
    default: '',
    pattern: '^$|^https?://[^/?#\\s]+(/[^?#\\s]*)?$',
    description:
      '对外访问地址（如 https://lyj.henan.gov.cn），印在受理通知书、二维码、邮件等正式文书上；生产环境必填，留空时文书使用请求的访问地址',
  }),
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
  AUDIT_KEY: Type.String({
    default: '',
    pattern: '^$|^[0-9a-fA-F]{64}$',
    description: '审计链 HMAC-SM3 密钥（64 位十六进制），不存于数据库；留空则在数据目录生成 audit.key',
  }),
  AUDIT_CHECKPOINT_FILE: Type.String({
    default: '',
    description:
      '审计链尾检查点文件（每日追加一行，应在数据库之外）；留空则为数据目录中的 audit-checkpoints.jsonl',
  }),
  AUDIT_CHECKPOINT_HOURS: Int(24, 1, 168, '审计链尾检查点的间隔（小时）'),
  SMTP_URL: Type.String({
    default: '',
    description: 'SMTP 服务地址（smtp://user:pass@host:port）；留空则邮件写入日志',
  }),
  MAIL_FROM: Type.String({
    default: '',
    description: '发件人；留空则为“网站名称 <noreply@lyj.henan.gov.cn>”',
  }),
  REMINDER_LEAD_HOURS: Int(48, 1, 720, '期限到期前多少小时发出提醒'),
  // DOMAIN §10 (等保 2.0 三级)
  PASSWORD_MIN_LENGTH: Int(8, 8, 64, '口令最小长度'),
  PASSWORD_MAX_AGE_DAYS: Int(90, 1, 3650, '口令有效期（天）'),
  PASSWORD_HISTORY: Int(5, 1, 24, '不得重复使用的历史口令数'),
  LOCKOUT_THRESHOLD: Int(5, 3, 20, '同一地址连续登录失败多少次即暂停该账号从该地址登录'),
  LOCKOUT_ACCOUNT_THRESHOLD: Int(20, 5, 1000, '各地址合计连续登录失败多少次即锁定账号（不论地址）'),
  LOCKOUT_MINUTES: Int(30, 1, 1440, '锁定时长（分钟）'),
  SESSION_IDLE_MINUTES: Int(30, 5, 480, '工作人员会话空闲超时（分钟）'),
  PUBLIC_SESSION_IDLE_MINUTES: Int(
    15,
    2,
    480,
    '公众（个人、法人）会话空闲超时（分钟），大厅公用电脑上不留给下一个人',
  ),
  SESSION_ABSOLUTE_HOURS: Int(12, 1, 72, '会话绝对时长（小时）'),
  LOGIN_RATE_PER_MINUTE: Int(20, 1, 1000, '每个地址每分钟登录尝试上限'),
  HUMAN_CHECK_AFTER: Int(3, 0, 100, '同一地址一小时内注册或找回密码几次后须回答验证问题（0 表示每次都要）'),
  RESET_CODE_MINUTES: Int(15, 5, 120, '找回密码验证码的有效期（分钟）'),
  RESET_CODES_PER_HOUR: Int(5, 1, 50, '一个账号每小时最多发送几次找回密码验证码'),
  COUNTER_RESET_HOURS: Int(24, 1, 168, '窗口核验身份后发给本人的重置码的有效期（小时）'),
  ENROL_CODE_HOURS: Int(24, 1, 168, '动态口令绑定码的有效期（小时）'),
  APPROVAL_HOURS: Int(72, 1, 720, '双人审批申请的有效期（小时），过期未确认即作废'),
  // Public site footer (settings, filled per deployment). The department's name is SITE_NAME alone:
  // the sponsor, the mail sender and the pages derive from it unless set (DOMAIN §6: 河南省林业局
  // since the 2018 institutional reform; the seed, written before it, says 林业厅).
  SITE_NAME: Type.String({ default: '河南省林业局', minLength: 1, description: '网站名称 / 部门名称' }),
  SITE_CODE: Type.String({
    default: '4100000049',
    pattern: '^$|^[0-9A-Za-z]{10}$',
    description: '政府网站标识码（10 位，演示值）',
  }),
  SITE_ICP: Type.String({ default: '豫ICP备05012345号', description: 'ICP 备案号（演示值）' }),
  SITE_PSB: Type.String({ default: '豫公网安备 41010502000123号', description: '公安机关备案号（演示值）' }),
  SITE_CONAC_URL: Type.String({
    default: 'https://bszs.conac.cn/',
    pattern: '^$|^https?://',
    description: '党政机关网站标识的链接（本站在中央编办网站标识系统中的登记信息地址；演示值为系统首页）',
  }),
  SITE_ERROR_REPORT_URL: Type.String({
    default: '',
    pattern: '^$|^https?://',
    description: '“我为政府网站找错”的链接；留空则按网站标识码链接到国务院办公厅的找错平台',
  }),
  SITE_SPONSOR: Type.String({ default: '', description: '主办单位；留空则为网站名称' }),
  SITE_OPERATOR: Type.String({ default: '', description: '承办单位；留空则为“网站名称信息中心”' }),
  SITE_ADDRESS: Type.String({ default: '郑州市农业路东段', description: '联系地址（演示值）' }),
  SITE_POSTCODE: Type.String({ default: '450000', description: '邮政编码（演示值）' }),
  SITE_PHONE: Type.String({ default: '0371-65000000', description: '联系电话（演示值）' }),
  SITE_EMAIL: Type.String({ default: '', description: '网站联系邮箱（演示留空：不公布）' }),
  CALENDAR_WARN_FROM_MONTH: Int(11, 1, 12, '自该月起提醒维护下一年节假日'),
  // Memory and load (docs/operations.md "内存与负载")
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
  // Official documents (受理通知书, QR codes, emails) must carry the address the public uses: a
  // production server does not guess it from whichever host a request happened to name.
  if (problems.length === 0 && withDefaults.NODE_ENV === 'production' && !withDefaults.PUBLIC_URL)
    problems.push(
      'PUBLIC_URL（对外访问地址）：生产环境（NODE_ENV=production）必须配置，如 https://lyj.henan.gov.cn —— 受理通知书、二维码和邮件中的链接使用这个地址',
    );
  if (problems.length > 0) throw new ConfigError([...new Set(problems)]);
  const config = withDefaults as Config;
  const dataDir = path.resolve(config.DATA_DIR);
  return derive({
    ...config,
    DATA_DIR: dataDir,
    AUDIT_CHECKPOINT_FILE: path.resolve(
      config.AUDIT_CHECKPOINT_FILE || path.join(dataDir, 'audit-checkpoints.jsonl'),
    ),
  });
}

/** Fills the settings that default to another one (the department's name, said once). */
function derive(config: Config): Config {
  return {
    ...config,
    PUBLIC_URL: config.PUBLIC_URL.replace(/\/+$/, ''),
    SITE_SPONSOR: config.SITE_SPONSOR || config.SITE_NAME,
    SITE_OPERATOR: config.SITE_OPERATOR || `${config.SITE_NAME}信息中心`,
    MAIL_FROM: config.MAIL_FROM || `${config.SITE_NAME} <noreply@lyj.henan.gov.cn>`,
    SITE_ERROR_REPORT_URL:
      config.SITE_ERROR_REPORT_URL ||
      (config.SITE_CODE
        ? `https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?siteCode=${config.SITE_CODE}`
        : ''),
  };
}

let testCheckpoints = 0;
/** The audit key every test database shares (a test never reads the data directory's key). */
export const TEST_AUDIT_KEY = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeaf00112233445566778899aabbccddeeff';

/** A configuration for tests: defaults plus overrides, never reading the environment. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false' });
  // Settings derived from an overridden one follow it, as they would from the environment.
  const raw: Config = {
    ...base,
    SITE_SPONSOR: '',
    SITE_OPERATOR: '',
    MAIL_FROM: '',
    SITE_ERROR_REPORT_URL: '',
    AUDIT_KEY: TEST_AUDIT_KEY,
    // Its own checkpoint file: another test's database is not this one's history.
    AUDIT_CHECKPOINT_FILE: path.join(
      os.tmpdir(),
      `lz-audit-checkpoints-${process.pid}-${Date.now().toString(36)}-${testCheckpoints++}.jsonl`,
    ),
  };
  return derive({ ...raw, ...overrides });
}
