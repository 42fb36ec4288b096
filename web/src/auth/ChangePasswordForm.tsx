// Changing one's own password: the forced page after sign-in and the modal in the user menu.
import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { api } from '../api/client.ts';
import { useFormErrors } from '../components/errors.ts';
import { passwordChecks } from './password-rules.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const LABELS = { currentPassword: '当前口令', newPassword: '新口令', confirm: '确认新口令' };

export function PasswordChecklist({ password, username }: { password: string; username?: string }) {
  return (
    <ul className="lz-checklist" aria-label="口令要求">
      {passwordChecks(password ?? '', username).map((c) => (
        <li key={c.label} style={{ color: c.ok ? '#17704a' : '#5f5f5f' }}>
          {c.ok ? <CheckCircleFilled aria-hidden /> : <CloseCircleOutlined aria-hidden />} {c.label}
          <span className="lz-sr-only">{c.ok ? '（已满足）' : '（未满足）'}</span>
        </li>
      ))}
      <li style={{ color: '#5f5f5f' }}>不得与最近 5 次用过的口令相同</li>
    </ul>
  );
}

export function ChangePasswordForm(props: {
  username?: string;
  onDone: () => void;
  onCancel?: () => void;
  submitText?: string;
}) {
  const [form] = Form.useForm<Values>();
  const showFormErrors = useFormErrors();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const change = useMutation({
    mutationFn: (v: Values) =>
      api.post('/api/auth/password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      }),
    onSuccess: async () => {
      void message.success('口令已修改，您在其他设备上的登录已退出');
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      form.resetFields();
      props.onDone();
    },
    onError: (e) => showFormErrors(form, e, LABELS),
  });

  return (
    <Form form={form} layout="vertical" onFinish={(v) => change.mutate(v)} requiredMark={false}>
      <Form.Item
        name="currentPassword"
        label={LABELS.currentPassword}
        rules={[{ required: true, message: '请输入当前口令' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={LABELS.newPassword}
        rules={[
          { required: true, message: '请输入新口令' },
          {
            validator: (_, value: string) =>
              !value || passwordChecks(value, props.username).every((c) => c.ok)
                ? Promise.resolve()
                : Promise.reject(new Error('新口令不符合下列要求')),
          },
        ]}
        extra={<PasswordChecklist password={newPassword} username={props.username} />}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={LABELS.confirm}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新口令' },
          ({ getFieldValue }) => ({
            validator: (_, value: string) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error('两次输入的新口令不一致')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {props.submitText ?? '修改口令'}
        </Button>
        {props.onCancel && <Button onClick={props.onCancel}>取消</Button>}
      </Space>
    </Form>
  );
}

export function ChangePasswordModal(props: { username: string; open: boolean; onClose: () => void }) {
  return (
    <Modal title="修改口令" open={props.open} onCancel={props.onClose} footer={null} destroyOnHidden>
      <ChangePasswordForm username={props.username} onDone={props.onClose} onCancel={props.onClose} />
    </Modal>
  );
}
