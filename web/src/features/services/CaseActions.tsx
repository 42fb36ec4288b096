// The actions a reader may take on a case, each a small form in a modal; the decision composer is
// one of them (approve or refuse, opinion, reasons shown to the applicant).
import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useFormErrors } from '../../components/errors.ts';
import { type CaseAction, type CaseDetail, type CaseStep, useCaseStep } from './api.ts';

type FieldKind =
  | 'text'
  | 'textarea'
  | 'days'
  | 'lines'
  | 'decision'
  | 'datetime'
  | 'money'
  | 'fee'
  | 'payment'
  | 'paper'
  | 'check'
  | 'procedure'
  | 'date';
interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
}
interface ActionSpec {
  label: string;
  step: CaseStep;
  fields: FieldSpec[];
  danger?: boolean;
  primary?: boolean;
}

const ACTIONS: Record<CaseAction, ActionSpec> = {
  accept: {
    label: '受理',
    step: 'accept',
    fields: [{ name: 'note', label: '受理意见（内部）', kind: 'textarea' }],
    primary: true,
  },
  notAccept: {
    label: '不予受理',
    step: 'not-accept',
    fields: [{ name: 'reason', label: '不予受理理由（告知申请人）', kind: 'textarea', required: true }],
    danger: true,
  },
  requestCompletion: {
    label: '一次性告知补正',
    step: 'completion-request',
    fields: [
      { name: 'items', label: '需补正的内容（每行一项）', kind: 'lines', required: true },
      { name: 'note', label: '说明', kind: 'textarea' },
    ],
  },
  supplementAtCounter: {
    label: '收取补正材料',
    step: 'supplement',
    fields: [
      { name: 'paper', label: '收到的材料', kind: 'paper' },
      { name: 'note', label: '说明', kind: 'textarea' },
    ],
  },
  startReview: { label: '开始审查', step: 'review', fields: [] },
  startInspection: {
    label: '现场核查',
    step: 'inspection',
    fields: [
      { name: 'inspectors', label: '核查人员', kind: 'text', required: true },
      { name: 'note', label: '说明', kind: 'textarea' },
    ],
  },
  finishInspection: {
    label: '结束现场核查',
    step: 'inspection/finish',
    fields: [
      { name: 'findings', label: '核查结论', kind: 'textarea', required: true },
      { name: 'at', label: '核查结束时间（不填为现在）', kind: 'datetime' },
    ],
  },
  startNotCounted: {
    label: '听证、专家评审等（暂停计时）',
    step: 'time-not-counted',
    fields: [
      { name: 'kind', label: '不计时程序', kind: 'procedure', required: true },
      { name: 'reason', label: '事由（书面告知申请人）', kind: 'textarea', required: true },
      { name: 'expectedEnd', label: '预计结束日期', kind: 'date' },
    ],
  },
  finishNotCounted: {
    label: '结束不计时程序（恢复计时）',
    step: 'time-not-counted/finish',
    fields: [
      { name: 'outcome', label: '结果（内部）', kind: 'textarea', required: true },
      { name: 'at', label: '结束时间（不填为现在）', kind: 'datetime' },
    ],
  },
  extend: {
    label: '延长期限',
    step: 'extension',
    fields: [
      { name: 'days', label: '延长工作日数', kind: 'days', required: true },
      { name: 'reason', label: '延长理由', kind: 'textarea', required: true },
    ],
  },
  startNotice: { label: '开始公示', step: 'notice', fields: [] },
  finishNotice: {
    label: '结束公示',
    step: 'notice/finish',
    fields: [{ name: 'outcome', label: '公示结果（公开）', kind: 'textarea', required: true }],
  },
  decide: {
    label: '作出决定',
    step: 'decision',
    primary: true,
    fields: [
      { name: 'decision', label: '决定', kind: 'decision', required: true },
      { name: 'opinion', label: '审查意见（内部）', kind: 'textarea', required: true },
      { name: 'reasons', label: '不予许可理由（告知申请人）', kind: 'textarea' },
      { name: 'issueNow', label: '准予时同时发证（或出具决定书）', kind: 'check' },
    ],
  },
  issue: { label: '发证', step: 'certificate', fields: [], primary: true },
  assessFee: {
    label: '核定收费',
    step: 'fees',
    fields: [
      { name: 'feeCode', label: '收费项目', kind: 'fee', required: true },
      { name: 'amountYuan', label: '金额（元）', kind: 'money', required: true },
      { name: 'basis', label: '计费依据说明', kind: 'textarea' },
    ],
  },
  recordPayment: {
    label: '登记缴费',
    step: 'payments/{paymentId}',
    fields: [
      { name: 'paymentId', label: '费用', kind: 'payment', required: true },
      { name: 'receiptNo', label: '缴款票据号', kind: 'text', required: true },
    ],
  },
  withdraw: {
    label: '代为撤回',
    step: 'withdrawal',
    fields: [{ name: 'reason', label: '撤回原因', kind: 'textarea', required: true }],
    danger: true,
  },
  revoke: {
    label: '撤销许可',
    step: 'revocation',
    fields: [{ name: 'reason', label: '撤销理由', kind: 'textarea', required: true }],
    danger: true,
  },
};

function Field({ spec, detail }: { spec: FieldSpec; detail: CaseDetail }) {
  const rules = spec.required ? [{ required: true, message: `请填写${spec.label}` }] : undefined;
  switch (spec.kind) {
    case 'textarea':
      return (
        <Form.Item name={spec.name} label={spec.label} rules={rules}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      );
    case 'lines':
      return (
        <Form.Item name={spec.name} label={spec.label} rules={rules}>
          <Input.TextArea rows={4} placeholder="如：申请书缺少申请人签字" />
        </Form.Item>
      );
    case 'days':
      return (
        <Form.Item
          name={spec.name}
          label={spec.label}
          rules={rules}
          extra={`法定最多延长 ${detail.maxExtensionDays} 个工作日，本件已延长 ${detail.extensionDays} 个`}
        >
          <InputNumber min={1} max={detail.maxExtensionDays - detail.extensionDays} />
        </Form.Item>
      );
    case 'decision':
      return (
        <Form.Item name={spec.name} label={spec.label} rules={rules}>
          <Radio.Group
            options={[
              { value: 'approve', label: '准予许可' },
              { value: 'refuse', label: '不予许可' },
            ]}
          />
        </Form.Item>
      );
    case 'procedure':
      // 第四十五条: the procedures this item lists (现场核查 and 公示 have their own buttons).
      return (
        <Form.Item
          name={spec.name}
          label={spec.label}
          rules={rules}
          extra="所需时间不计入办理时限，并生成书面告知书"
        >
          <Select
            options={detail.item.notCounted
              .filter((p) => p.kind !== 'site_check' && p.kind !== 'public_notice')
              .map((p) => ({ value: p.kind, label: `${p.name}（${p.basis}）` }))}
          />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item name={spec.name} label={spec.label}>
          <DatePicker />
        </Form.Item>
      );
    case 'datetime':
      return (
        <Form.Item name={spec.name} label={spec.label}>
          <DatePicker showTime />
        </Form.Item>
      );
    case 'money':
      return (
        <Form.Item name={spec.name} label={spec.label} rules={rules}>
          <InputNumber min={0.01} precision={2} style={{ width: 200 }} />
        </Form.Item>
      );
    case 'fee':
      return (
        <Form.Item name={spec.name} label={spec.label} rules={rules}>
          <Select options={detail.item.fees.lines.map((l) => ({ value: l.code, label: l.name }))} />
        </Form.Item>
      );
    case 'payment':
      return (
        <Form.Item name={spec.name} label={spec.label} rules={rules}>
          <Select
            options={detail.payments
              .filter((p) => p.status === 'due')
              .map((p) => ({ value: p.id, label: `${p.feeName} ${p.amountYuan.toFixed(2)} 元` }))}
          />
        </Form.Item>
      );
    case 'paper':
      return (
        <Form.Item name={spec.name} label={spec.label}>
          <Checkbox.Group options={detail.form.materials.map((m) => ({ value: m.code, label: m.name }))} />
        </Form.Item>
      );
    case 'check':
      return (
        <Form.Item name={spec.name} valuePropName="checked">
          <Checkbox>{spec.label}</Checkbox>
        </Form.Item>
      );
    default:
      return (
        <Form.Item name={spec.name} label={spec.label} rules={rules}>
          <Input maxLength={200} />
        </Form.Item>
      );
  }
}

function toBody(spec: ActionSpec, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of spec.fields) {
    const v = values[f.name];
    if (v === undefined || v === null || v === '') continue;
    if (f.kind === 'payment') continue;
    if (f.kind === 'lines')
      out[f.name] = String(v)
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (f.kind === 'datetime') out[f.name] = (v as Dayjs).toISOString();
    else if (f.kind === 'date') out[f.name] = (v as Dayjs).format('YYYY-MM-DD');
    else if (f.kind === 'paper') out[f.name] = (v as string[]).map((specCode) => ({ specCode, copies: 1 }));
    else out[f.name] = v;
  }
  if (spec.fields.some((f) => f.kind === 'paper') && !out.paper) out.paper = [];
  return out;
}

export function CaseActions({ detail }: { detail: CaseDetail }) {
  const [open, setOpen] = useState<CaseAction | null>(null);
  const [form] = Form.useForm();
  const step = useCaseStep(detail.id);
  const showErrors = useFormErrors();
  const { message } = App.useApp();
  const spec = open ? ACTIONS[open] : null;
  const run = async (action: CaseAction, values: Record<string, unknown>) => {
    const s = ACTIONS[action];
    try {
      await step.mutateAsync({
        step: s.step,
        paymentId: values.paymentId === undefined ? undefined : String(values.paymentId),
        body: toBody(s, values),
      });
      void message.success(`${s.label}：已完成`);
      setOpen(null);
      form.resetFields();
    } catch (e) {
      showErrors(form, e, Object.fromEntries(s.fields.map((f) => [f.name, f.label])));
    }
  };
  if (!detail.actions.length) return null;
  return (
    <>
      <Space wrap>
        {detail.actions.map((a) => (
          <Button
            key={a}
            type={ACTIONS[a].primary ? 'primary' : 'default'}
            danger={ACTIONS[a].danger}
            onClick={() => (ACTIONS[a].fields.length ? setOpen(a) : void run(a, {}))}
            loading={step.isPending && open === null}
          >
            {ACTIONS[a].label}
          </Button>
        ))}
      </Space>
      <Modal
        open={Boolean(spec)}
        title={spec?.label}
        okText="确定"
        cancelText="取消"
        confirmLoading={step.isPending}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        destroyOnHidden
        width={560}
      >
        {spec && open ? (
          <Form
            form={form}
            layout="vertical"
            initialValues={{ issueNow: true }}
            onFinish={(v) => void run(open, v)}
          >
            {open === 'decide' && detail.noticeNeeded && !detail.noticeDone ? (
              <p style={{ color: '#cf1322' }}>
                本件须先公示 {detail.noticeNeeded.days} 日，期满后才能准予许可。
              </p>
            ) : null}
            {spec.fields.map((f) => (
              <Field key={f.name} spec={f} detail={detail} />
            ))}
          </Form>
        ) : null}
      </Modal>
    </>
  );
}
