// /services/{code}/apply: the application form for a signed-in applicant, with drafts and uploads.
import type { ReactNode } from 'react';
import type { FieldError } from '../../../platform/errors.ts';
import { Actions, Button, ErrorSummary, Form, Notice } from '../../../site/index.ts';
import type { ItemRow } from '../catalogue.service.ts';
import type { FormDefinition, FormValues } from '../forms.ts';
import type { DraftFile } from '../services.table.ts';
import { FormFields, MaterialInputs } from './form-render.tsx';
import { ServicesCss } from './guide-pages.tsx';

export function SignInNeeded({ item, next }: { item: ItemRow; next: string }): ReactNode {
  const q = `?next=${encodeURIComponent(next)}`;
  return (
    <article>
      <ServicesCss />
      <h1>申请：{item.name}</h1>
      <p>在线申请需要先登录。个人请使用居民身份证号码注册，法人和其他组织请使用统一社会信用代码注册。</p>
      <div className="actions">
        <a className="button" href={`/account/login${q}`}>
          登录后申请
        </a>
        <a className="button secondary" href={`/account/register${q}`}>
          注册账号
        </a>
      </div>
      <p>
        也可以携带材料到政务受理中心窗口办理，详见<a href={`/services/${item.code}`}>办事指南</a>。
      </p>
    </article>
  );
}

export function StaffCannotApply({ item }: { item: ItemRow }): ReactNode {
  return (
    <article>
      <h1>申请：{item.name}</h1>
      <p>您当前以工作人员账号登录。网上申请仅面向公众账号；为来访群众办理请使用工作台“窗口收件”。</p>
    </article>
  );
}

export interface ApplyPageProps {
  item: ItemRow;
  form: FormDefinition;
  values: FormValues;
  errors: FieldError[];
  files: DraftFile[];
  csrf: string | null;
  maxMb: number;
  saved?: Date | null;
  applicantName: string;
}

export function ApplyPage(p: ApplyPageProps): ReactNode {
  return (
    <article>
      <ServicesCss />
      <h1>申请：{p.item.name}</h1>
      <ErrorSummary errors={p.errors} title="申请未提交，请修改以下内容" />
      {p.saved ? <Notice>草稿已保存。您可以稍后回到本页继续填写。</Notice> : null}
      <p>
        申请人：<strong>{p.applicantName}</strong>（以登录账号的身份申请）。带“必填”的项目必须填写。
        <a href={`/services/${p.item.code}`}>查看办事指南</a>
      </p>
      <Form
        action={`/services/${p.item.code}/apply`}
        upload
        csrf={p.csrf}
        values={p.values}
        errors={p.errors}
      >
        <FormFields def={p.form} />
        <MaterialInputs materials={p.form.materials} files={p.files} maxMb={p.maxMb} />
        <Actions>
          <Button name="action" value="submit">
            提交申请
          </Button>
          <Button name="action" value="save" secondary>
            保存草稿
          </Button>
        </Actions>
      </Form>
    </article>
  );
}
