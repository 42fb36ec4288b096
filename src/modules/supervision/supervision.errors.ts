// Supervision's error codes: code → HTTP status and the Chinese message people read (registered
// with the module); use cases throw supervisionError('CODE') and never name a status.
import { AppError, type CodesOf, defineErrors, type FieldError } from '../../platform/errors.ts';

export const SUPERVISION_ERRORS = defineErrors({
  SUPERVISION_ITEM_NOT_FOUND: { status: 404, message: '没有这件督办事项' },
  SUPERVISION_REPORT_NOT_FOUND: { status: 404, message: '没有这份报告' },
  SUPERVISION_NOT_ON_ITEM: {
    status: 403,
    message: '您所在单位不是该事项的牵头或协办单位，不能办理此事项',
  },
  SUPERVISION_NOT_LEADER: { status: 403, message: '只有该事项的分管厅领导或批示领导可以办理此步骤' },
  SUPERVISION_EXTENSION_LATE: {
    status: 409,
    message: '延期申请应当在办理期限届满前提出，期限已过，不能再申请延期',
  },
  SUPERVISION_EXTENSION_PENDING: { status: 409, message: '已有一项延期申请正在等待分管厅领导审批' },
  SUPERVISION_NO_PENDING_EXTENSION: { status: 409, message: '没有待审批的延期申请' },
  SUPERVISION_REPORT_REVIEWED: { status: 409, message: '该报告已审核，不能重复审核' },
});

declare module '../../platform/errors.ts' {
  interface ErrorCodes extends CodesOf<typeof SUPERVISION_ERRORS> {}
}

export type SupervisionErrorCode = keyof typeof SUPERVISION_ERRORS;

export function supervisionError(
  code: SupervisionErrorCode,
  options: { message?: string; errors?: FieldError[]; extra?: Record<string, unknown> } = {},
): AppError {
  return new AppError(code, options);
}
