// Online services' error codes: code → HTTP status and the Chinese message people read. An action
// asked of a case in the wrong state is the platform's STATE_CONFLICT (requireState).
import { type CodesOf, defineErrors } from '../../platform/errors.ts';

export const SERVICES_ERRORS = defineErrors({
  SERVICE_ITEM_NOT_FOUND: { status: 404, message: '办事事项不存在' },
  SERVICE_CASE_NOT_FOUND: { status: 404, message: '办件不存在' },
  PAYMENT_NOT_FOUND: { status: 404, message: '收费记录不存在' },
  CASE_NOT_ACCEPTED: { status: 409, message: '该办件尚未受理，没有受理通知书' },
  CASE_DEEMED_ACCEPTED: {
    status: 409,
    message: '该办件受理审查期限届满未作决定，已依法视为受理（行政许可法第三十二条），不能再告知补正',
  },
  CASE_TIME_NOT_COUNTED: { status: 409, message: '该办件正在进行不计入办理时限的程序' },
  CASE_ALREADY_REVOKED: { status: 409, message: '该行政许可已经撤销，不能重复撤销' },
  ITEM_FORM_FIXED: {
    status: 409,
    message: '该事项的申请表由业务模块定义（含审批规则与限额），不能在表单编辑器中修改',
  },
  NOTICE_NOT_NEEDED: { status: 409, message: '该办件无需公示' },
  NOTICE_RUNNING: { status: 409, message: '公示期未满，期满后才能结束公示' },
  PUBLIC_NOTICE_REQUIRED: { status: 409, message: '该办件须先进行许可前公示，期满后才能准予许可' },
  FEES_DUE: { status: 409, message: '尚有应缴费用未缴纳（或未核定），缴费后才能发证' },
  PAYMENT_SETTLED: { status: 409, message: '该笔费用已缴纳' },
});

declare module '../../platform/errors.ts' {
  interface ErrorCodes extends CodesOf<typeof SERVICES_ERRORS> {}
}
