// Domain errors know nothing of HTTP: AppError('CODE'). One table maps codes to statuses and to
// a Chinese message for people; the HTTP layer turns them into problem+json.

export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, message: '提交的内容有误' },
  BAD_REQUEST: { status: 400, message: '请求格式不正确' },
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
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  ACCOUNT_LOCKED: { status: 423, message: '账号已锁定，请稍后再试' },
  ACCOUNT_DISABLED: { status: 403, message: '账号已停用' },
  RATE_LIMITED: { status: 429, message: '请求过于频繁，请稍后再试' },
  CALENDAR_YEAR_MISSING: { status: 422, message: '工作日历缺少该年度的节假日安排' },
  PASSWORD_POLICY: { status: 400, message: '口令不符合要求' },
  PASSWORD_REUSED: { status: 400, message: '不得使用最近用过的口令' },
  UNPROCESSABLE: { status: 422, message: '无法处理该请求' },
  AUDIT_CHAIN_BROKEN: { status: 409, message: '审计链校验未通过' },
  SERVICE_UNAVAILABLE: { status: 503, message: '服务暂不可用' },
  OVERLOADED: { status: 503, message: '服务器繁忙，请稍后再试' },
  INTERNAL: { status: 500, message: '服务器内部错误，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  /** The field, as a JSON pointer-ish path ("username", "items/0/name"). */
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode | string;
  readonly status: number;
  readonly errors?: FieldError[];
  readonly extra?: Record<string, unknown>;

  constructor(
    code: ErrorCode | string,
    options: {
      message?: string;
      errors?: FieldError[];
      status?: number;
      extra?: Record<string, unknown>;
    } = {},
  ) {
    const known = (ERROR_CODES as Record<string, { status: number; message: string }>)[code];
    super(options.message ?? known?.message ?? code);
    this.code = code;
    this.status = options.status ?? known?.status ?? 400;
    this.errors = options.errors;
    this.extra = options.extra;
  }
}

/** A module's "X not found": 404 with a code naming what was missing. */
export function notFound(code: string, message: string): AppError {
  return new AppError(code, { status: 404, message });
}

export function validationError(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: `${message}`,
    errors: [{ field, message }],
  });
}
