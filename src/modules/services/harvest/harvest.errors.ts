// Timber harvesting's error codes: code → HTTP status and the Chinese message people read.
import { type CodesOf, defineErrors } from '../../../platform/errors.ts';

export const HARVEST_ERRORS = defineErrors({
  QUOTA_NOT_FOUND: { status: 404, message: '没有这条采伐限额' },
  QUOTA_EXCEEDED: { status: 409, message: '采伐限额余额不足' },
  PERMIT_NOT_FOUND: { status: 404, message: '没有这份林木采伐许可证' },
  PERMIT_NOT_APPROVED: { status: 409, message: '该办件尚未准予采伐，不能发证' },
  PERMIT_REVOKED: { status: 409, message: '该林木采伐许可已撤销' },
  PERMIT_ALREADY_REVOKED: { status: 409, message: '该许可证已经撤销，不能重复撤销' },
  CERTIFICATE_NOT_ISSUED: { status: 404, message: '该许可尚未发证' },
  CERTIFICATE_NUMBER_TAKEN: { status: 409, message: '证号已被使用，请检查编号规则是否含 {year} 与 {serial}' },
  NOTICE_NOT_FOUND: { status: 404, message: '没有这条公示' },
  NOTICE_CLOSED: { status: 409, message: '现已不在公示期内，不能提出异议' },
});

declare module '../../../platform/errors.ts' {
  interface ErrorCodes extends CodesOf<typeof HARVEST_ERRORS> {}
}
