// What a public letter must be before anything is written: each field checked and trimmed, with a
// Chinese message naming the field (the form shows them all at once). Scripts in any text are
// refused, never stripped; sensitive words are found here and flagged, never dropped. Pure.
import type { FieldError } from '../../../platform/errors.ts';
import { AppError } from '../../../platform/errors.ts';
import type { ChannelBehaviour } from '../channels.ts';
import { containsScript, findSensitiveWords, hasForbiddenChars } from './screening.ts';

export interface LetterForm {
  name?: string;
  phone?: string;
  email?: string;
  subject?: string;
  body?: string;
  category?: string;
  consentPublish?: boolean | string;
}

export interface CheckedLetter {
  writer: { name: string; phone: string; email: string };
  subject: string;
  body: string;
  category: string;
  consentPublish: boolean;
  flaggedWords: string[];
}

export const LIMITS = { name: 20, phone: 20, email: 80, subject: 60, body: 3000 } as const;

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}$/;

export function checkLetter(
  channel: ChannelBehaviour,
  form: LetterForm,
  options: { categories: readonly string[]; sensitiveWords: readonly string[] },
): CheckedLetter {
  const errors: FieldError[] = [];
  const text = (field: keyof typeof LIMITS, label: string, required: boolean): string => {
    const raw = typeof form[field] === 'string' ? (form[field] as string) : '';
    const v = raw.replace(/\r\n/g, '\n').trim();
    if (required && !v) errors.push({ field, message: `请填写${label}` });
    else if (v.length > LIMITS[field])
      errors.push({ field, message: `${label}最多 ${LIMITS[field]} 个字，现有 ${v.length} 个字` });
    else if (hasForbiddenChars(v))
      errors.push({ field, message: `${label}含有不可见的控制字符，请删除后再提交` });
    else if (containsScript(v))
      errors.push({ field, message: `${label}不能包含网页脚本或代码，请改为文字描述` });
    return v;
  };
  const name = text('name', '姓名', channel.identityRequired);
  const phone = text('phone', '联系电话', channel.identityRequired).replace(/\s/g, '');
  const email = text('email', '电子邮箱', false);
  const subject = text('subject', '标题', true);
  const body = text('body', '来信内容', true);
  if (phone && !errors.some((e) => e.field === 'phone') && !MOBILE.test(phone) && !LANDLINE.test(phone))
    errors.push({
      field: 'phone',
      message: '联系电话应为 11 位手机号码或带区号的固定电话，如 0371-65000000',
    });
  if (email && !errors.some((e) => e.field === 'email') && !EMAIL.test(email))
    errors.push({ field: 'email', message: '电子邮箱格式不正确，如 name@example.com' });
  if (body && body.length < 10 && !errors.some((e) => e.field === 'body'))
    errors.push({ field: 'body', message: '来信内容至少 10 个字，请把事情说清楚' });
  const category = typeof form.category === 'string' ? form.category.trim() : '';
  if (!category) errors.push({ field: 'category', message: '请选择来信类别' });
  else if (!options.categories.includes(category))
    errors.push({ field: 'category', message: '来信类别不在可选范围内' });
  if (errors.length) throw new AppError('VALIDATION_FAILED', { message: errors[0].message, errors });
  const consent =
    form.consentPublish === true || form.consentPublish === 'true' || form.consentPublish === 'on';
  return {
    writer: { name, phone, email },
    subject,
    body,
    category,
    consentPublish: channel.publishable && consent,
    flaggedWords: findSensitiveWords(options.sensitiveWords, subject, body),
  };
}
