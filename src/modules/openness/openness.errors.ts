// Government openness' error codes: code → HTTP status and the Chinese message people read
// (registered with the module); use cases throw opennessError('CODE') and never name a status.
import { AppError, type CodesOf, defineErrors } from '../../platform/errors.ts';

export const OPENNESS_ERRORS = defineErrors({
  OPENNESS_ENTRY_NOT_FOUND: { status: 404, message: '目录条目不存在' },
  OPENNESS_CATEGORY_NOT_FOUND: { status: 404, message: '目录类别不存在' },
  OPENNESS_CATEGORY_CODE_TAKEN: { status: 409, message: '类别代码已被使用' },
  OPENNESS_GUIDE_NOT_FOUND: { status: 404, message: '政府信息公开指南尚未编写' },
  OPENNESS_GUIDE_VERSION_NOT_FOUND: { status: 404, message: '指南的该版本不存在' },
  OPENNESS_GUIDE_STALE: { status: 409, message: '指南已被他人修订，请刷新后在最新版本上修改' },
  OPENNESS_ARTICLE_REGISTERED: { status: 409, message: '该稿件已登记到政府信息公开目录' },
  OPENNESS_APPLICATION_NOT_FOUND: { status: 404, message: '没有这件政府信息公开申请' },
  OPENNESS_TRACK_CREDENTIALS: { status: 400, message: '查询码或查询密码不正确，请核对后重新输入' },
  OPENNESS_TRACK_LOCKED: { status: 429, message: '查询码或查询密码连续输错次数过多，请稍后再试' },
  OPENNESS_SUPPLEMENT_LATE: {
    status: 409,
    message: '补正告知应当在收到申请之日起 7 个工作日内一次性作出，已超过该期限',
  },
  OPENNESS_SUPPLEMENT_WINDOW_OPEN: { status: 409, message: '申请人补正期限尚未届满，不能视为放弃' },
  OPENNESS_FEE_NOT_FOUND: { status: 404, message: '收费项目不存在' },
  OPENNESS_FEE_CODE_TAKEN: { status: 409, message: '项目编号已被其他收费项目使用' },
  OPENNESS_LAW_NOT_FOUND: { status: 404, message: '政策法规库中没有这一件' },
  OPENNESS_NOTICE_NOT_FOUND: { status: 404, message: '没有这条公示' },
  OPENNESS_NOTICE_ARCHIVED: { status: 409, message: '公示期已结束，公示已归档，不能再修改' },
  OPENNESS_NOTICE_CLOSED: { status: 409, message: '公示期已结束，不再在线受理异议' },
  OPENNESS_EXTENSION_EXHAUSTED: { status: 409, message: '延长答复期限最长不超过 20 个工作日' },
});

declare module '../../platform/errors.ts' {
  interface ErrorCodes extends CodesOf<typeof OPENNESS_ERRORS> {}
}

export type OpennessErrorCode = keyof typeof OPENNESS_ERRORS;

export function opennessError(
  code: OpennessErrorCode,
  options: { message?: string; extra?: Record<string, unknown> } = {},
): AppError {
  return new AppError(code, options);
}
