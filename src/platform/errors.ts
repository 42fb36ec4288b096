// Domain errors know nothing of HTTP: AppError('CODE'). One table maps codes to statuses and to a
// Chinese message for people: the platform's codes below, merged at start with each module's own
// table (its <module>.errors.ts, listed in its Module). The HTTP layer turns them into problem+json.
//
// A code is known twice over: to the type checker, because each <module>.errors.ts adds its codes
// to the ErrorCodes interface (so an AppError with a misspelt code does not compile), and at run time, because
// registration merges the module's table (src/platform/errors.test.ts fails for a code used in the
// source that no registered table holds). A code that slipped past both answers 500, never a
// silent 400.

export interface ErrorEntry {
  status: number;
  /** The default Chinese message; a throw may say more (`该办件已于…撤回`). */
  message: string;
}

/** A module's table: code → status and message. Codes are UPPER_SNAKE and unique across modules. */
export type ErrorTable = Readonly<Record<string, ErrorEntry>>;

/** Checks a module's table at compile time and keeps its literal codes (for the ErrorCodes interface). */
export function defineErrors<const T extends ErrorTable>(table: T): T {
  return table;
}

/** The keys of a table, for a module's `interface ErrorCodes extends CodesOf<typeof X_ERRORS> {}`. */
export type CodesOf<T extends ErrorTable> = { readonly [K in keyof T]: ErrorEntry };

export const PLATFORM_ERRORS = defineErrors({
  VALIDATION_FAILED: { status: 400, message: '提交的内容有误' },
  BAD_REQUEST: { status: 400, message: '请求格式不正确' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '不支持的内容类型' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  INVALID_CREDENTIALS: { status: 401, message: '用户名或密码错误' },
  TOTP_REQUIRED: { status: 401, message: '请输入动态口令' },
  TOTP_INVALID: { status: 401, message: '动态口令错误或已过期' },
  SESSION_EXPIRED: { status: 401, message: '会话已过期，请重新登录' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: '请先修改口令' },
  FORBIDDEN: { status: 403, message: '没有权限执行此操作' },
  CSRF_INVALID: { status: 403, message: '请求校验失败，请刷新页面后重试' },
  NOT_FOUND: { status: 404, message: '未找到' },
  CONFLICT: { status: 409, message: '与现有数据冲突' },
  // An action asked of a subject in the wrong state (requireState): the message names the state.
  STATE_CONFLICT: { status: 409, message: '当前状态不能执行该操作' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  ACCOUNT_LOCKED: { status: 423, message: '账号已锁定，请稍后再试' },
  ACCOUNT_DISABLED: { status: 403, message: '账号已停用' },
  RATE_LIMITED: { status: 429, message: '请求过于频繁，请稍后再试' },
  HUMAN_CHECK_FAILED: { status: 400, message: '验证问题回答不正确' },
  PASSWORD_POLICY: { status: 400, message: '口令不符合要求' },
  PASSWORD_REUSED: { status: 400, message: '不得使用最近用过的口令' },
  UNPROCESSABLE: { status: 422, message: '无法处理该请求' },
  HUMAN_CHECK_REQUIRED: { status: 400, message: '请回答验证问题' },
  ONE_TIME_CODE_INVALID: { status: 400, message: '验证码不正确或已失效' },
  TOTP_ENROL_CODE_REQUIRED: { status: 401, message: '请输入发送到您登记的邮箱或手机的动态口令绑定码' },
  APPROVAL_NOT_FOUND: { status: 404, message: '未找到该审批申请' },
  APPROVAL_STATE: { status: 409, message: '该审批申请已处理，不能再次操作' },
  SERVICE_UNAVAILABLE: { status: 503, message: '服务暂不可用' },
  OVERLOADED: { status: 503, message: '服务器繁忙，请稍后再试' },
  INTERNAL: { status: 500, message: '服务器内部错误，请稍后再试' },
  // The platform's own pieces.
  ACCOUNT_NOT_FOUND: { status: 404, message: '账号不存在' },
  ROLE_NOT_FOUND: { status: 404, message: '角色不存在' },
  SETTING_NOT_FOUND: { status: 404, message: '没有这个设置项' },
  NOTIFICATION_NOT_FOUND: { status: 404, message: '消息不存在' },
  AUDIT_CHAIN_BROKEN: { status: 409, message: '审计链校验未通过' },
  CALENDAR_YEAR_MISSING: { status: 422, message: '工作日历缺少该年度的节假日安排' },
  CALENDAR_YEAR_NOT_FOUND: { status: 404, message: '工作日历中没有该年度' },
  CLOCK_NOT_FOUND: { status: 404, message: '计时不存在' },
  CLOCK_STOPPED: { status: 409, message: '该计时已停止，不能再变更' },
  CLOCK_ALREADY_PAUSED: { status: 409, message: '该计时已处于暂停状态' },
  CLOCK_NOT_PAUSED: { status: 409, message: '该计时未暂停，无需恢复' },
  FILE_NOT_FOUND: { status: 404, message: '文件不存在' },
  FILE_MISSING: { status: 410, message: '文件内容已不在存储中' },
});

/**
 * Every code the type checker knows: the platform's, and each module's, added by its
 * <module>.errors.ts:
 *
 *   declare module '../../platform/errors.ts' {
 *     interface ErrorCodes extends CodesOf<typeof SERVICES_ERRORS> {}
 *   }
 */
export interface ErrorCodes extends CodesOf<typeof PLATFORM_ERRORS> {}
export type ErrorCode = keyof ErrorCodes & string;

interface Registered extends ErrorEntry {
  owner: string;
}

const registry = new Map<string, Registered>(
  Object.entries(PLATFORM_ERRORS).map(([code, e]) => [code, { ...e, owner: 'platform' }]),
);
const CODE_PATTERN = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/**
 * Merges a module's table (called by module registration; again for a second app in the same
 * process is harmless). A code another module already owns is refused: codes are one namespace.
 */
export function registerErrors(owner: string, table: ErrorTable): void {
  for (const [code, entry] of Object.entries(table)) {
    if (!CODE_PATTERN.test(code)) throw new Error(`error code must be UPPER_SNAKE: ${code}`);
    if (!Number.isInteger(entry.status) || entry.status < 400 || entry.status > 599)
      throw new Error(`error ${code}: status ${entry.status} is not an HTTP error status`);
    if (!entry.message) throw new Error(`error ${code}: no message`);
    const had = registry.get(code);
    if (had && had.owner !== owner)
      throw new Error(`error code ${code} of ${owner} is already defined by ${had.owner}`);
    registry.set(code, { ...entry, owner });
  }
}

/** The entry of a code, or undefined when no registered table holds it. */
export function errorEntry(code: string): (ErrorEntry & { owner: string }) | undefined {
  return registry.get(code);
}

/** Every registered code with its owner (the tests compare it with the codes the source uses). */
export function listErrorCodes(): Array<{ code: string; owner: string } & ErrorEntry> {
  return [...registry.entries()].map(([code, e]) => ({ code, ...e }));
}

export interface FieldError {
  /** The field, as a JSON pointer-ish path ("username", "items/0/name"). */
  field: string;
  message: string;
}

export interface AppErrorOptions {
  /** Says more than the table's message (the case number, the state, the limit). */
  message?: string;
  errors?: FieldError[];
  extra?: Record<string, unknown>;
  /**
   * The platform's own use only (the HTTP layer mapping Fastify's errors); honoured only for a code
   * no table holds. A module's statuses live in its errors table: module.test.ts fails a module that
   * passes one here.
   */
  status?: number;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors?: FieldError[];
  readonly extra?: Record<string, unknown>;
  readonly #fallbackStatus: number | undefined;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.message ?? registry.get(code)?.message ?? code);
    this.code = code;
    this.errors = options.errors;
    this.extra = options.extra;
    this.#fallbackStatus = options.status;
  }

  /** From the merged table when the error is answered; an unregistered code is a 500. */
  get status(): number {
    return registry.get(this.code)?.status ?? this.#fallbackStatus ?? 500;
  }

  /** False for a code no registered table holds (a programming error the HTTP layer logs). */
  get registered(): boolean {
    return registry.has(this.code);
  }
}

/** A code registered with status 404, with the table's message or a more specific one. */
export function notFound(code: ErrorCode, message?: string): AppError {
  return new AppError(code, { message });
}

export function validationError(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: `${message}`,
    errors: [{ field, message }],
  });
}
