// The portal's error codes: code → HTTP status and the Chinese message people read.
import { type CodesOf, defineErrors } from '../../platform/errors.ts';

export const PORTAL_ERRORS = defineErrors({
  COLUMN_NOT_FOUND: { status: 404, message: '栏目不存在' },
  ARTICLE_NOT_FOUND: { status: 404, message: '稿件不存在' },
  EDITION_NOT_FOUND: { status: 404, message: '稿件没有该版本' },
  DUPLICATE_ARTICLE: { status: 409, message: '该信息已采集或共享过，不再重复建稿' },
});

declare module '../../platform/errors.ts' {
  interface ErrorCodes extends CodesOf<typeof PORTAL_ERRORS> {}
}
