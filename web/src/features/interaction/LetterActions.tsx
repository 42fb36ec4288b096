// The steps a reader may take on a letter now (the server lists them in `actions`), each a small
// form in a modal: route to a unit, reject with a reason, forward to another authority, merge a
// duplicate, transfer (the deadline stays), grant the complex-letter limit, approve, return, reopen.
import { App, Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useFormErrors } from '../../components/errors.ts';
import { UnitSelect } from '../org/UnitSelect.tsx';
import { type LetterAction, type LetterDetail, type LetterStep, useLetterStep } from './api.ts';

type Field = {
  name: string;
  label: string;
  kind: 'unit' | 'text' | 'textarea';
  required?: boolean;
  max: number;
};
interface ModalSpec {
  step: LetterStep;
  label: string;
  title: string;
  danger?: boolean;
  primary?: boolean;
  fields: Field[];
  done: string;
}

const MODALS: Partial<Record<LetterAction, ModalSpec>> = {
  accept: {
    step: 'accept',
    label: '受理交办',
    title: '受理并交承办单位办理',
    primary: true,
    fields: [
      { name: 'unitId', label: '承办单位', kind: 'unit', required: true, max: 0 },
      { name: 'note', label: '交办意见', kind: 'textarea', max: 200 },
    ],
    done: '已交办',
  },
  transfer: {
    step: 'transfer',
    label: '转办',
    title: '转另一承办单位办理（答复期限不变）',
    fields: [
      { name: 'unitId', label: '新的承办单位', kind: 'unit', required: true, max: 0 },
      { name: 'reason', label: '转办理由', kind: 'textarea', required: true, max: 200 },
    ],
    done: '已转办',
  },
  reject: {
    step: 'reject',
    label: '不予受理',
    title: '不予受理（理由将告知来信人）',
    danger: true,
    fields: [{ name: 'reason', label: '不予受理的理由', kind: 'textarea', required: true, max: 300 }],
    done: '已不予受理',
  },
  forward: {
    step: 'forward',
    label: '转其他机关',
    title: '不属本厅职责，转其他机关办理',
    fields: [{ name: 'authority', label: '转往的机关', kind: 'text', required: true, max: 60 }],
    done: '已转其他机关',
  },
  merge: {
    step: 'merge',
    label: '合并重复件',
    title: '与此前来信反映同一问题，并入办理',
    fields: [{ name: 'intoNumber', label: '原来信编号', kind: 'text', required: true, max: 40 }],
    done: '已合并',
  },
  complex: {
    step: 'complex',
    label: '按复杂来信办理',
    title: '批准按复杂来信办理（延长答复期限）',
    fields: [{ name: 'reason', label: '理由', kind: 'textarea', required: true, max: 200 }],
    done: '已延长答复期限',
  },
  return: {
    step: 'return',
    label: '退回修改',
    title: '退回起草人修改',
    danger: true,
    fields: [{ name: 'note', label: '退回意见', kind: 'textarea', required: true, max: 300 }],
    done: '已退回',
  },
  reopen: {
    step: 'reopen',
    label: '重新办理',
    title: '来信人不满意，重新办理（限一次，重新计时）',
    fields: [{ name: 'reason', label: '重新办理的理由', kind: 'textarea', required: true, max: 200 }],
    done: '已重新交办',
  },
};

const CONFIRMS: Partial<
  Record<LetterAction, { step: LetterStep; label: string; confirm: string; done: string }>
> = {
  approve: { step: 'approve', label: '审核通过', confirm: '审核通过这份答复？', done: '已审核通过' },
  officeApprove: {
    step: 'office-approve',
    label: '办公室审核通过并答复',
    confirm: '审核通过并答复来信人？答复将发送，同意公开的将在网站公开。',
    done: '已答复',
  },
};

function StepModal({
  letter,
  spec,
  onClose,
}: {
  letter: LetterDetail;
  spec: ModalSpec;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const step = useLetterStep(letter.id);
  const showErrors = useFormErrors();
  const { message } = App.useApp();
  const labels = Object.fromEntries(spec.fields.map((f) => [f.name, f.label]));
  return (
    <Modal
      open
      title={spec.title}
      okText="确定"
      confirmLoading={step.isPending}
      onCancel={onClose}
      onOk={() =>
        form.validateFields().then((values) =>
          step.mutate(
            { step: spec.step, body: values },
            {
              onSuccess: () => {
                void message.success(spec.done);
                onClose();
              },
              onError: (e) => showErrors(form, e, labels),
            },
          ),
        )
      }
    >
      <Form form={form} layout="vertical">
        {spec.fields.map((f) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={f.label}
            rules={f.required ? [{ required: true, whitespace: true, message: `请填写${f.label}` }] : []}
          >
            {f.kind === 'unit' ? (
              <UnitSelect aria-label={f.label} />
            ) : f.kind === 'text' ? (
              <Input maxLength={f.max} aria-label={f.label} />
            ) : (
              <Input.TextArea rows={3} maxLength={f.max} showCount aria-label={f.label} />
            )}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

export function LetterActions({ letter }: { letter: LetterDetail }) {
  const [open, setOpen] = useState<ModalSpec | null>(null);
  const step = useLetterStep(letter.id);
  const { message } = App.useApp();
  const showErrors = useFormErrors();
  const [dummy] = Form.useForm();
  const buttons = letter.actions.flatMap((a) => {
    const confirm = CONFIRMS[a];
    if (confirm)
      return [
        <Popconfirm
          key={a}
          title={confirm.confirm}
          onConfirm={() =>
            step.mutate(
              { step: confirm.step, body: {} },
              {
                onSuccess: () => void message.success(confirm.done),
                onError: (e) => showErrors(dummy, e, {}),
              },
            )
          }
        >
          <Button type="primary" loading={step.isPending}>
            {confirm.label}
          </Button>
        </Popconfirm>,
      ];
    const spec = MODALS[a];
    if (!spec) return [];
    return [
      <Button
        key={a}
        type={spec.primary ? 'primary' : 'default'}
        danger={spec.danger}
        onClick={() => setOpen(spec)}
      >
        {spec.label}
      </Button>,
    ];
  });
  if (!buttons.length) return null;
  return (
    <>
      <Space wrap>{buttons}</Space>
      {open ? <StepModal letter={letter} spec={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
