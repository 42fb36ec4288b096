// Government information work's error codes: code → HTTP status and the Chinese message people
// read (registered with the module); use cases throw an AppError with the code and never name a status.
import { type CodesOf, defineErrors } from '../../platform/errors.ts';

export const INFO_ERRORS = defineErrors({
  INFO_ITEM_NOT_FOUND: { status: 404, message: '没有这条信息' },
  INFO_BULLETIN_NOT_FOUND: { status: 404, message: '没有这一期信息专报' },
  INFO_ALREADY_ADOPTED: { status: 409, message: '这条信息已在该级别采用过，同一级别不能重复采用' },
  INFO_BULLETIN_ISSUED: { status: 409, message: '这一期信息专报已印发，不能再修改' },
  INFO_NO_UNIT: { status: 403, message: '您的账号没有所属单位，不能报送信息' },
});

declare module '../../platform/errors.ts' {
  interface ErrorCodes extends CodesOf<typeof INFO_ERRORS> {}
}
