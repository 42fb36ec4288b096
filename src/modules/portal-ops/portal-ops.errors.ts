// The portal operations' error codes: code → HTTP status and the Chinese message people read.
import { type CodesOf, defineErrors } from '../../platform/errors.ts';

export const PORTAL_OPS_ERRORS = defineErrors({
  FEED_NOT_FOUND: { status: 404, message: '订阅源不存在' },
  FEED_ITEM_NOT_FOUND: { status: 404, message: '采集条目不存在' },
  BOARD_POST_NOT_FOUND: { status: 404, message: '供求信息不存在' },
  BOARD_REPORT_NOT_FOUND: { status: 404, message: '举报不存在' },
});

declare module '../../platform/errors.ts' {
  interface ErrorCodes extends CodesOf<typeof PORTAL_OPS_ERRORS> {}
}
