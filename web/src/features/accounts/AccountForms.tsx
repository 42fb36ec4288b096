// The account dialogs: create (system admin), edit (system admin), grant roles (security admin),
// reset password (security admin).
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, apiUrl } from '../../api/client.ts';
import type { Account } from '../../api/types.ts';
import { PasswordChecklist } from '../../auth/ChangePasswordForm.tsx';
import { generatePassword, passwordChecks } from '../../auth/password-rules.ts';
import { useFormErrors } from '../../components/errors.ts';
import { UnitSelect } from '../org/UnitSelect.tsx';
import { ACCOUNTS_KEY, useAccountMutation, useRoles } from './api.ts';

const CREATE_LABELS = {
  username: '用户名',
  displayName: '姓名',
  unitId: '所属单位',
  initialPassword: '初始口令',
  email: '电子邮箱',
  phone: '手机号码',
};

interface CreateValues {
  username: string;
  displayName: string;
  unitId: string;
  initialPassword: string;
  email?: string;
  phone?: string;
}

export function CreateAccountDrawer(props: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<CreateValues>();
  const showFormErrors = useFormErrors();
  const { message } = App.useApp();
  const password = Form.useWatch('initialPassword', form) ?? '';
  const username = Form.useWatch('username', form);
  const create = useAccountMutation((v: CreateValues) =>
    api.post('/api/accounts', { ...v, email: v.email || undefined, phone: v.phone || undefined }),
  );

  const submit = (v: CreateValues) =>
    create.mutate(v, {
      onSuccess: (account) => {
        void message.success(`账号 ${account.username} 已建立，首次登录须修改初始口令`);
        form.resetFields();
        props.onClose();
      },
      onError: (e) => showFormErrors(form, e, CREATE_LABELS),
    });

  return (
    <Drawer
      title="新建工作人员账号"
      open={props.open}
      onClose={props.onClose}
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={props.onClose}>取消</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            建立账号
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="username"
          label={CREATE_LABELS.username}
          rules={[
            { required: true, message: '请输入用户名' },
            {
              pattern: /^[A-Za-z][A-Za-z0-9_.-]{2,31}$/,
              message: '3–32 位，字母开头，可含字母、数字、_ . -',
            },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={CREATE_LABELS.displayName}
          rules={[
            { required: true, message: '请输入姓名' },
            { max: 50, message: '最多 50 个字' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={CREATE_LABELS.unitId}
          rules={[{ required: true, message: '请选择单位' }]}
        >
          <UnitSelect />
        </Form.Item>
        <Form.Item
          label={CREATE_LABELS.initialPassword}
          required
          extra={<PasswordChecklist password={password} username={username} />}
        >
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="initialPassword"
              noStyle
              rules={[
                { required: true, message: '请输入或生成初始口令' },
                {
                  validator: (_, value: string) =>
                    !value || passwordChecks(value, username).every((c) => c.ok)
                      ? Promise.resolve()
                      : Promise.reject(new Error('初始口令不符合口令要求')),
                },
              ]}
            >
              <Input aria-label={CREATE_LABELS.initialPassword} autoComplete="off" />
            </Form.Item>
            <Button onClick={() => form.setFieldValue('initialPassword', generatePassword())}>生成</Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item
          name="email"
          label={CREATE_LABELS.email}
          rules={[{ type: 'email', message: '电子邮箱格式不正确' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="phone"
          label={CREATE_LABELS.phone}
          rules={[{ pattern: /^1\d{10}$/, message: '手机号码应为 11 位数字' }]}
        >
          <Input inputMode="numeric" maxLength={11} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

const EDIT_LABELS = { displayName: '姓名', unitId: '所属单位' };

export function EditAccountModal(props: { account: Account | null; onClose: () => void }) {
  const [form] = Form.useForm<{ displayName: string; unitId?: string }>();
  const showFormErrors = useFormErrors();
  const { message } = App.useApp();
  // Public accounts (citizens, organisations) belong to no unit.
  const staff = props.account?.kind === 'staff';
  const update = useAccountMutation((v: { displayName: string; unitId?: string }) =>
    api.patch(apiUrl('/api/accounts/{id}', { id: props.account!.id }), v),
  );
  useEffect(() => {
    if (props.account)
      form.setFieldsValue({
        displayName: props.account.displayName,
        unitId: props.account.unitId ?? undefined,
      });
  }, [props.account, form]);

  return (
    <Modal
      title={`修改账号 ${props.account?.username ?? ''}`}
      open={Boolean(props.account)}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={update.isPending}
      destroyOnHidden
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          update.mutate(v, {
            onSuccess: () => {
              void message.success('已保存');
              props.onClose();
            },
            onError: (e) => showFormErrors(form, e, EDIT_LABELS),
          })
        }
      >
        <Form.Item
          name="displayName"
          label={EDIT_LABELS.displayName}
          rules={[{ required: true, message: '请输入姓名' }]}
        >
          <Input />
        </Form.Item>
        {staff && (
          <Form.Item
            name="unitId"
            label={EDIT_LABELS.unitId}
            rules={[{ required: true, message: '请选择单位' }]}
          >
            <UnitSelect />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export function GrantRolesModal(props: { account: Account | null; onClose: () => void }) {
  const roles = useRoles(Boolean(props.account));
  const [selected, setSelected] = useState<string[]>([]);
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const grant = useAccountMutation((roleIds: string[]) =>
    api.put(apiUrl('/api/accounts/{id}/roles', { id: props.account!.id }), { roleIds }),
  );
  useEffect(() => {
    setSelected(props.account?.roles.map((r) => r.id) ?? []);
    setError(null);
  }, [props.account]);

  const admin = (roles.data ?? []).filter((r) => r.adminKind);
  const business = (roles.data ?? []).filter((r) => !r.adminKind);
  // 三员分立: who holds an administrator role changes only through two-person approval, never here.
  const heldAdmin = admin.filter((r) => props.account?.roles.some((x) => x.id === r.id));

  const option = (r: (typeof admin)[number]) => ({
    value: r.id,
    label: (
      <span>
        {r.name} <Typography.Text type="secondary">{r.code}</Typography.Text>
      </span>
    ),
  });

  return (
    <Modal
      title={`授权：${props.account?.displayName ?? ''}（${props.account?.username ?? ''}）`}
      open={Boolean(props.account)}
      onCancel={props.onClose}
      okText="保存授权"
      okButtonProps={{ disabled: heldAdmin.length > 0 }}
      confirmLoading={grant.isPending}
      onOk={() =>
        grant.mutate(selected, {
          onSuccess: () => {
            void message.success('授权已保存；该账号已退出登录，重新登录后按新授权使用');
            props.onClose();
          },
          onError: (e) => setError(e instanceof Error ? e.message : '保存失败'),
        })
      }
      destroyOnHidden
      width={560}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {heldAdmin.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={`该账号是${heldAdmin.map((r) => r.name).join('、')}：管理员账号不兼任业务角色，撤销管理员角色须经双人审批`}
          style={{ marginBottom: 12 }}
        />
      )}
      <Typography.Title level={5}>业务角色</Typography.Title>
      {business.length === 0 ? (
        <Typography.Text type="secondary">尚无业务角色，请先在“角色与权限”中建立。</Typography.Text>
      ) : (
        <Checkbox.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          value={selected}
          disabled={heldAdmin.length > 0}
          onChange={(v) => setSelected(v as string[])}
          options={business.map(option)}
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        管理员角色 <Tag color="gold">三员分立</Tag>
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        系统管理员、安全管理员、审计管理员角色的授予与撤销须经双人审批：由一位管理员在
        <Link to={`/approvals?new=grant-admin&accountId=${props.account?.id ?? ''}`}>“双人审批”</Link>
        中提出，另一位管理员确认后生效，本人不得参与。
      </Typography.Paragraph>
      <Checkbox.Group
        style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
        value={selected}
        disabled
        options={admin.map(option)}
      />
    </Modal>
  );
}

export function ResetPasswordModal(props: { account: Account | null; onClose: () => void }) {
  const [form] = Form.useForm<{ temporaryPassword: string }>();
  const showFormErrors = useFormErrors();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const reset = useAccountMutation((temporaryPassword: string) =>
    api.post(apiUrl('/api/accounts/{id}/reset-password', { id: props.account!.id }), { temporaryPassword }),
  );
  useEffect(() => {
    if (props.account) {
      setDone(null);
      form.setFieldsValue({ temporaryPassword: generatePassword() });
    }
  }, [props.account, form]);
  const close = () => {
    setDone(null);
    props.onClose();
    void queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
  };

  return (
    <Modal
      title={`重置口令：${props.account?.displayName ?? ''}（${props.account?.username ?? ''}）`}
      open={Boolean(props.account)}
      onCancel={close}
      forceRender
      footer={
        done ? (
          <Button type="primary" onClick={close}>
            完成
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>取消</Button>
            <Button type="primary" danger loading={reset.isPending} onClick={() => form.submit()}>
              重置口令
            </Button>
          </Space>
        )
      }
    >
      {done ? (
        <Alert
          type="success"
          showIcon
          title="口令已重置，该账号的所有登录已退出"
          description={
            <div>
              临时口令：
              <Typography.Text code copyable>
                {done}
              </Typography.Text>
              <div>请通过安全渠道告知本人；对方下次登录时须修改口令。此口令不会再次显示。</div>
            </div>
          }
        />
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={({ temporaryPassword }) =>
            reset.mutate(temporaryPassword, {
              onSuccess: () => setDone(temporaryPassword),
              onError: (e) => showFormErrors(form, e, { temporaryPassword: '临时口令' }),
            })
          }
        >
          <Typography.Paragraph type="secondary">
            重置后该账号的所有登录立即失效，对方须用临时口令登录并设置新口令。
          </Typography.Paragraph>
          <Form.Item label="临时口令" required>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item
                name="temporaryPassword"
                noStyle
                rules={[
                  { required: true, message: '请输入临时口令' },
                  {
                    validator: (_, value: string) =>
                      !value || passwordChecks(value).every((c) => c.ok)
                        ? Promise.resolve()
                        : Promise.reject(
                            new Error('临时口令至少 8 位，含大写字母、小写字母、数字、符号中的三类'),
                          ),
                  },
                ]}
              >
                <Input aria-label="临时口令" autoComplete="off" />
              </Form.Item>
              <Button onClick={() => form.setFieldValue('temporaryPassword', generatePassword())}>
                重新生成
              </Button>
            </Space.Compact>
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
