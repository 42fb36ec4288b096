// Checks an item's fields as the unit typed them: every problem named by its field at once, the
// body sanitised as portal articles are (the office's editor and a paste from Word alike).
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { htmlToText, sanitizeBody } from '../../portal/index.ts';
import { DEPTH_CLASSES, type DepthClass, ITEM_TYPES, type ItemType } from '../info.table.ts';

export interface ItemForm {
  title?: string;
  body?: string;
  type?: string;
  depth?: string;
  keywords?: string[];
  authorName?: string;
  contact?: string;
  classified?: boolean;
  solicitationId?: string | null;
}

export interface CheckedItem {
  title: string;
  body: string;
  type: ItemType;
  depth: DepthClass;
  keywords: string[];
  authorName: string;
  contact: string;
  classified: boolean;
  solicitationId: string | null;
}

/** The fields checked; `draft` lets a short body and title wait until the item is submitted. */
export function checkItem(input: ItemForm, options: { draft: boolean; emergency?: boolean }): CheckedItem {
  const errors: FieldError[] = [];
  const title = (input.title ?? '').trim();
  const body = sanitizeBody(input.body ?? '');
  const text = htmlToText(body).replace(/\s+/g, '');
  if (!title) errors.push({ field: 'title', message: '请填写标题' });
  else if (title.length > 80) errors.push({ field: 'title', message: '标题不超过 80 个字' });
  else if (!options.draft && title.length < 6) errors.push({ field: 'title', message: '标题至少 6 个字' });
  if (!options.draft && text.length < 30) errors.push({ field: 'body', message: '正文至少 30 个字' });
  if (text.length > 20000) errors.push({ field: 'body', message: '正文不超过 20000 个字' });
  const type = (options.emergency ? 'emergency' : input.type) as ItemType;
  if (!ITEM_TYPES.includes(type)) errors.push({ field: 'type', message: '请选择信息类型' });
  else if (type === 'emergency' && !options.emergency)
    errors.push({ field: 'type', message: '突发事件信息请用“突发事件报告”表单报送，以便开始 4 小时计时' });
  const depth = input.depth as DepthClass;
  if (!DEPTH_CLASSES.includes(depth))
    errors.push({ field: 'depth', message: '请选择信息层次（综合性、调研性或一般性）' });
  const keywords = [...new Set((input.keywords ?? []).map((k) => k.trim()).filter(Boolean))];
  if (keywords.length > 5) errors.push({ field: 'keywords', message: '关键词最多 5 个' });
  if (keywords.some((k) => k.length > 12))
    errors.push({ field: 'keywords', message: '每个关键词不超过 12 个字' });
  const authorName = (input.authorName ?? '').trim();
  if (!authorName) errors.push({ field: 'authorName', message: '请填写撰稿人' });
  else if (authorName.length > 40) errors.push({ field: 'authorName', message: '撰稿人不超过 40 个字' });
  const contact = (input.contact ?? '').trim();
  if (!options.draft && !contact)
    errors.push({ field: 'contact', message: '请填写联系电话，便于办公室核实' });
  else if (contact.length > 60) errors.push({ field: 'contact', message: '联系方式不超过 60 个字' });
  if (errors.length) throw new AppError('VALIDATION_FAILED', { message: errors[0].message, errors });
  return {
    title,
    body,
    type,
    depth,
    keywords,
    authorName,
    contact,
    classified: Boolean(input.classified),
    solicitationId: input.solicitationId ?? null,
  };
}
