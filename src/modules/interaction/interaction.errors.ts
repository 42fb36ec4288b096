// Error codes of public interaction: code → HTTP status and the Chinese message people read
// (registered with the module); use cases throw interactionError('CODE') and never name a status.
import { AppError, type CodesOf, defineErrors, type FieldError } from '../../platform/errors.ts';

export const INTERACTION_ERRORS = defineErrors({
  LETTER_NOT_FOUND: { status: 404, message: '未找到该来信' },
  LETTER_LOCKED: { status: 429, message: '查询码或查询密码连续输错次数过多，请 30 分钟后再试' },
  LETTER_CREDENTIALS: { status: 400, message: '查询码或查询密码不正确' },
  LETTER_STATE: { status: 409, message: '来信当前状态不能进行此操作' },
  LETTER_RATED: { status: 409, message: '您已评价过这次答复' },
  LETTER_REOPENED: { status: 409, message: '这封来信已重新办理过一次，不能再次重新办理' },
  CHANNEL_CLOSED: { status: 409, message: '该栏目暂停受理来信' },
  LETTER_FLOOD: { status: 429, message: '同一网络地址写信过于频繁，请一小时后再写' },
  LETTER_UNIT_NOT_FOUND: { status: 422, message: '未找到该承办单位' },
  OPEN311_CLIENT_NOT_FOUND: { status: 404, message: '没有这个接口客户端' },
  OPEN311_CLIENT_REVOKED: { status: 409, message: '该客户端的密钥已吊销' },
});

declare module '../../platform/errors.ts' {
  interface ErrorCodes extends CodesOf<typeof INTERACTION_ERRORS> {}
}

export type InteractionErrorCode = keyof typeof INTERACTION_ERRORS;

/** The module's error, its status and message from the table (a more precise message may be given). */
export function interactionError(
  code: InteractionErrorCode,
  options: { message?: string; errors?: FieldError[] } = {},
): AppError {
  return new AppError(code, options);
}
