// The organisation's error codes: code → HTTP status and the Chinese message people read.
import { type CodesOf, defineErrors } from '../../platform/errors.ts';

export const ORG_ERRORS = defineErrors({
  UNIT_NOT_FOUND: { status: 404, message: '单位不存在' },
  PERSON_NOT_FOUND: { status: 404, message: '人员不存在' },
});

declare module '../../platform/errors.ts' {
  interface ErrorCodes extends CodesOf<typeof ORG_ERRORS> {}
}
