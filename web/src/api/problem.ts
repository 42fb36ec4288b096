// Errors from the API arrive as problem+json: { code, title, detail, errors?: [{ field, message }] }.
// This file turns them into an ApiError and maps field errors onto form fields. Pure, no React.

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly body: Record<string, unknown>;

  constructor(status: number, code: string, detail: string, errors: FieldError[] = [], body = {}) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = errors;
    this.body = body;
  }
}

const FALLBACK_BY_STATUS: Record<number, string> = {
  400: '提交的内容有误',
  401: '请先登录',
  403: '没有权限执行此操作',
  404: '未找到',
  409: '与现有数据冲突',
  413: '提交的内容过大',
  422: '无法处理该请求',
  423: '账号已锁定，请稍后再试',
  429: '请求过于频繁，请稍后再试',
  502: '服务器暂时无法访问，请稍后再试',
  503: '服务暂不可用，请稍后再试',
  504: '服务器响应超时，请稍后再试',
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Builds an ApiError from a response's status and (possibly missing or non-JSON) body. */
export function problemToError(status: number, body: unknown): ApiError {
  const b = isRecord(body) ? body : {};
  const code = typeof b.code === 'string' && b.code ? b.code : `HTTP_${status}`;
  const errors: FieldError[] = Array.isArray(b.errors)
    ? b.errors.filter(
        (e): e is FieldError => isRecord(e) && typeof e.field === 'string' && typeof e.message === 'string',
      )
    : [];
  const detail =
    (typeof b.detail === 'string' && b.detail) ||
    (typeof b.title === 'string' && b.title) ||
    FALLBACK_BY_STATUS[status] ||
    (status >= 500 ? '服务器内部错误，请稍后再试' : `请求失败（${status}）`);
  return new ApiError(status, code, detail, errors, b);
}

export const NETWORK_ERROR = 'NETWORK_ERROR';

export function networkError(): ApiError {
  return new ApiError(0, NETWORK_ERROR, '无法连接服务器，请检查网络后重试');
}

/** A form field path as antd's Form wants it: "items/0/name" → ['items', 0, 'name']. */
export function fieldPath(field: string): Array<string | number> {
  return field
    .split(/[/.]/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The server prefixes validator messages with the field ("username：必填"); under the input it is noise. */
export function stripFieldPrefix(field: string, message: string): string {
  for (const sep of ['：', ':']) {
    const prefix = `${field}${sep}`;
    if (message.startsWith(prefix)) return message.slice(prefix.length).trim();
  }
  return message;
}

export interface FormFieldError {
  name: Array<string | number>;
  errors: string[];
}

/**
 * Splits an error's field messages into those a form can show under its inputs (the fields it
 * has) and the rest, which the caller shows as a summary. Field names the form labels are put
 * into the leftovers in Chinese.
 */
export function formErrorsOf(
  error: ApiError,
  formFields: Record<string, string>,
): { fields: FormFieldError[]; rest: string[] } {
  const grouped = new Map<string, string[]>();
  const rest: string[] = [];
  for (const e of error.errors) {
    const top = String(fieldPath(e.field)[0] ?? '');
    if (top in formFields) {
      const list = grouped.get(e.field) ?? [];
      list.push(stripFieldPrefix(e.field, e.message));
      grouped.set(e.field, list);
    } else {
      rest.push(labelFields(e.message, formFields));
    }
  }
  const fields = [...grouped].map(([field, errors]) => ({ name: fieldPath(field), errors }));
  if (!fields.length && !rest.length) rest.push(labelFields(error.detail, formFields));
  return { fields, rest };
}

/** Replaces English field names in a server message with the form's Chinese labels. */
export function labelFields(message: string, labels: Record<string, string>): string {
  let out = message;
  for (const [field, label] of Object.entries(labels)) {
    out = out.replace(new RegExp(`(^|[^A-Za-z0-9_])${field}(?=[：:])`, 'g'), `$1${label}`);
  }
  return out;
}
