// An application's fields as the form and the counter send them, checked all at once so the form
// shows every message together, each naming its field (第二十九条: name, ID, contact; the
// information's description or document number; the form and channel wanted).
import {
  creditCodeProblem,
  idNumberProblem,
  normalizeCreditCode,
  normalizeIdNumber,
} from '../../../platform/access/identity.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { APPLICANT_TYPES, type ApplicantType } from '../openness.table.ts';
import { CHANNEL_LABELS, FORM_LABELS } from './application-vocab.ts';

export interface ApplicationForm {
  applicantType?: string;
  name?: string;
  idNumber?: string;
  contactPerson?: string;
  phone?: string;
  email?: string;
  address?: string;
  description?: string;
  docNumber?: string;
  formWanted?: string;
  channelWanted?: string;
}

export interface CheckedApplication {
  applicantType: ApplicantType;
  name: string;
  idKind: 'resident_id' | 'credit_code';
  idNumber: string;
  contactPerson: string;
  phone: string;
  email: string | null;
  address: string | null;
  description: string;
  docNumber: string;
  formWanted: string;
  channelWanted: string;
}

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const trim = (v: string | undefined) => (v ?? '').trim();

/** The fields checked; throws VALIDATION_FAILED listing every field at fault (in the form's order). */
export function checkApplication(
  input: ApplicationForm,
  today: Date,
  extra: FieldError[] = [],
): CheckedApplication {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  const type = trim(input.applicantType) as ApplicantType;
  if (!APPLICANT_TYPES.includes(type)) fail('applicantType', '请选择申请人类型（自然人或法人、其他组织）');
  const isOrg = APPLICANT_TYPES.includes(type) && type !== 'person';
  const person = !isOrg;

  const name = trim(input.name);
  if (!name) fail('name', person ? '请填写申请人姓名' : '请填写法人或其他组织的名称');
  else if (name.length > 100) fail('name', '申请人名称最多 100 个字');

  const rawId = trim(input.idNumber);
  let idNumber = '';
  if (!rawId) fail('idNumber', person ? '请填写居民身份证号码' : '请填写统一社会信用代码');
  else if (person) {
    idNumber = normalizeIdNumber(rawId);
    const problem = idNumberProblem(idNumber, today);
    if (problem) fail('idNumber', `居民身份证号码有误：${problem}`);
  } else {
    idNumber = normalizeCreditCode(rawId);
    const problem = creditCodeProblem(idNumber);
    if (problem) fail('idNumber', `统一社会信用代码有误：${problem}`);
  }

  const contactPerson = trim(input.contactPerson);
  if (isOrg && !contactPerson) fail('contactPerson', '请填写联系人姓名');
  if (contactPerson.length > 50) fail('contactPerson', '联系人姓名最多 50 个字');

  const phone = trim(input.phone).replace(/\s/g, '');
  if (!phone) fail('phone', '请填写联系电话');
  else if (!MOBILE.test(phone) && !LANDLINE.test(phone))
    fail('phone', '联系电话应为 11 位手机号码，或带区号的固定电话（如 0371-65500000）');

  const channelWanted = trim(input.channelWanted);
  const email = trim(input.email);
  if (email && (!EMAIL.test(email) || email.length > 200)) fail('email', '电子邮箱格式不正确');
  else if (!email && channelWanted === 'email') fail('email', '选择以电子邮件获取时，请填写电子邮箱');

  const address = trim(input.address);
  if (address.length > 200) fail('address', '通信地址最多 200 个字');
  else if (!address && channelWanted === 'mail') fail('address', '选择邮寄获取时，请填写通信地址和邮政编码');

  const description = trim(input.description);
  const docNumber = trim(input.docNumber);
  if (!description && !docNumber)
    fail('description', '请填写所需政府信息的名称、文号，或者便于查询的其他特征性描述');
  else if (description && description.length < 4 && !docNumber)
    fail('description', '所需信息的描述过短，请写明信息的名称或特征，便于我们查找');
  if (description.length > 2000)
    fail('description', `所需信息的描述最多 2000 个字，现有 ${description.length} 个字`);
  if (docNumber.length > 100) fail('docNumber', '文号最多 100 个字');

  const formWanted = trim(input.formWanted);
  if (!(formWanted in FORM_LABELS)) fail('formWanted', '请选择获取信息的方式（纸质或电子文档）');
  if (!(channelWanted in CHANNEL_LABELS)) fail('channelWanted', '请选择获取信息的途径');

  errors.push(...extra);
  if (errors.length)
    throw new AppError('VALIDATION_FAILED', {
      message: errors.length === 1 ? errors[0].message : `有 ${errors.length} 处需要修改`,
      errors,
    });
  return {
    applicantType: type,
    name,
    idKind: person ? 'resident_id' : 'credit_code',
    idNumber,
    contactPerson,
    phone,
    email: email || null,
    address: address || null,
    description,
    docNumber,
    formWanted,
    channelWanted,
  };
}
