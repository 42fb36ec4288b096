// 双人审批 (三员分立): who holds an administrator role, and an administrator's password, second factor
// and email, change only when one administrator proposes and another confirms; neither may be the
// account concerned. Every step reaches all three administrators and the audit log.
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  Segmented,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { api, apiUrl, type Query, type Reply, type RequestBody } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { errorText, useFormErrors } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { useAccounts, useRoles } from './api.ts';

type Approval = Reply<'/api/approvals'>['items'][number];
type Proposal = RequestBody<'/api/approvals', 'post'>;
type Kind = Proposal['kind'];
type Status = NonNullable<Query<'/api/approvals'>['status']>;

const KIND_OPTIONS: Array<{ value: Kind; label: string }> = [
  { value: 'grant-admin', label: '授予管理员角色' },
  { value: 'revoke-admin', label: '撤销管理员角色' },
  { value: 'reset-password', label: '重置管理员口令' },
  { value: 'reset-totp', label: '重置管理员动态口令' },
  { value: 'set-email', label: '变更管理员电子邮箱' },
];
const KINDS = new Set<string>(KIND_OPTIONS.map((k) => k.value));

const STATUS_COLORS: Record<Approval['status'], string> = {
  pending: 'gold',
  confirmed: 'green',
  rejected: 'red',
  cancelled: 'default',
  expired: 'default',
};

const APPROVALS_KEY = ['approvals'] as const;

export default function ApprovalsPage() {
  const me = useMe();
  const url = useUrlState();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const status = (url.get('status') ?? 'pending') as Status | 'all';
  const list = useQuery({
    queryKey: [...APPROVALS_KEY, status, url.page, url.pageSize],
    queryFn: () =>
      api.get('/api/approvals', {
        ...(status === 'all' ? {} : { status }),
        page: url.page,
        pageSize: url.pageSize,
      }),
    placeholderData: (prev) => prev,
  });
  const newKind = url.get('new');
  const [proposing, setProposing] = useState<{ kind?: Kind; accountId?: string } | null>(
    newKind && KINDS.has(newKind) ? { kind: newKind as Kind, accountId: url.get('accountId') } : null,
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: APPROVALS_KEY });
  const decide = useMutation({
    mutationFn: (v: { id: string; action: 'confirm' | 'reject' | 'cancel'; note?: string }) =>
      v.action === 'confirm'
        ? api.post(apiUrl('/api/approvals/{id}/confirm', { id: v.id }), { note: v.note })
        : v.action === 'reject'
          ? api.post(apiUrl('/api/approvals/{id}/reject', { id: v.id }), { note: v.note ?? '' })
          : api.post(apiUrl('/api/approvals/{id}/cancel', { id: v.id })),
    onSuccess: () => refresh(),
  });

  const withNote = (a: Approval, action: 'confirm' | 'reject') => {
    let note = '';
    modal.confirm({
      title: action === 'confirm' ? `确认并生效：${a.summary}？` : `驳回：${a.summary}？`,
      content: (
        <div>
          <Typography.Paragraph type="secondary">
            {action === 'confirm'
              ? '确认后立即生效，并通知三位管理员。请先核实事由（如调岗文件、本人当面或电话确认）。'
              : '驳回后该申请作废，提出人可重新提出。'}
          </Typography.Paragraph>
          <Input.TextArea
            rows={3}
            maxLength={200}
            aria-label={action === 'confirm' ? '核实情况（可不填）' : '驳回理由'}
            placeholder={action === 'confirm' ? '核实情况（可不填）' : '驳回理由（必填）'}
            onChange={(e) => {
              note = e.target.value;
            }}
          />
        </div>
      ),
      okText: action === 'confirm' ? '确认生效' : '驳回',
      okButtonProps: { danger: action === 'reject' },
      cancelText: '取消',
      onOk: () =>
        decide
          .mutateAsync({ id: a.id, action, note })
          .then(() => void message.success(action === 'confirm' ? '已确认，变更已生效' : '已驳回'))
          .catch((e) => {
            void message.error(errorText(e));
            throw e;
          }),
    });
  };

  const columns: TableColumnsType<Approval> = [
    {
      title: '事项',
      dataIndex: 'summary',
      render: (v: string, a) => (
        <div>
          <div>{v}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            事由：{a.reason}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '提出',
      key: 'proposed',
      width: 170,
      render: (_, a) => (
        <div>
          <div>{a.proposedBy.displayName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatTime(a.proposedAt)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 190,
      render: (_, a) => (
        <div>
          <Tag color={STATUS_COLORS[a.status]}>{a.statusLabel}</Tag>
          <div style={{ fontSize: 12, color: '#666' }}>
            {a.status === 'pending'
              ? `有效至 ${formatTime(a.expiresAt)}`
              : a.decidedBy
                ? `${a.decidedBy.displayName} ${formatTime(a.decidedAt)}`
                : ''}
          </div>
          {a.decisionNote && <div style={{ fontSize: 12, color: '#666' }}>{a.decisionNote}</div>}
        </div>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_, a) => (
        <Space size={0} wrap>
          {a.canConfirm && (
            <Button type="link" size="small" onClick={() => withNote(a, 'confirm')}>
              确认
            </Button>
          )}
          {a.canReject && (
            <Button type="link" size="small" danger onClick={() => withNote(a, 'reject')}>
              驳回
            </Button>
          )}
          {a.canCancel && (
            <Button
              type="link"
              size="small"
              onClick={() =>
                decide.mutate(
                  { id: a.id, action: 'cancel' },
                  {
                    onSuccess: () => void message.success('已撤回'),
                    onError: (e) => void message.error(errorText(e)),
                  },
                )
              }
            >
              撤回
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      subTitle="管理员角色的授予与撤销、管理员口令与动态口令的重置：一人提出，另一人确认"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing({})}>
          提出申请
        </Button>
      }
    >
      <Card>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="三员分立 · 双人审批"
          description="提出人与确认人须是两位不同的管理员，且都不能是申请涉及的账号本人。确认后立即生效；重置口令或动态口令时，一次性码只发往本人登记的邮箱或手机，办理的管理员看不到。每一步都通知三位管理员并记入审计日志；过期未确认的申请自动作废。"
        />
        <Segmented
          style={{ marginBottom: 16 }}
          value={status}
          onChange={(v) => url.set({ status: v === 'pending' ? null : String(v) })}
          options={[
            { value: 'pending', label: '待确认' },
            { value: 'confirmed', label: '已生效' },
            { value: 'rejected', label: '已驳回' },
            { value: 'cancelled', label: '已撤回' },
            { value: 'expired', label: '已过期' },
            { value: 'all', label: '全部' },
          ]}
        />
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          pagination={url.pagination(list.data?.total ?? 0, '项')}
          locale={{ emptyText: status === 'pending' ? '没有待确认的申请' : '没有申请' }}
          scroll={{ x: 720 }}
        />
      </Card>
      <ProposalDrawer
        open={proposing}
        canListAccounts={can(me, 'system:accounts') || can(me, 'security:grants')}
        onClose={() => {
          setProposing(null);
          if (newKind) url.set({ new: null, accountId: null });
        }}
        onDone={() => {
          void refresh();
          void message.success('申请已提出，已通知三位管理员，等待另一位管理员确认');
        }}
      />
    </PageContainer>
  );
}

function ProposalDrawer(props: {
  open: { kind?: Kind; accountId?: string } | null;
  canListAccounts: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Proposal>();
  const showFormErrors = useFormErrors();
  const [q, setQ] = useState('');
  const kind = Form.useWatch('kind', form);
  const staff = useAccounts({ kind: 'staff', q: q || undefined, page: 1, pageSize: 50 });
  const roles = useRoles(Boolean(props.open));
  const propose = useMutation({ mutationFn: (v: Proposal) => api.post('/api/approvals', v) });
  useEffect(() => {
    if (props.open) {
      form.resetFields();
      form.setFieldsValue({ kind: props.open.kind ?? 'reset-password', accountId: props.open.accountId });
    }
  }, [props.open, form]);
  const adminRoles = (roles.data ?? []).filter((r) => r.adminKind);
  const needsRole = kind === 'grant-admin' || kind === 'revoke-admin';

  return (
    <Drawer
      title="提出双人审批申请"
      open={Boolean(props.open)}
      onClose={props.onClose}
      size={520}
      forceRender
      extra={
        <Space>
          <Button onClick={props.onClose}>取消</Button>
          <Button type="primary" loading={propose.isPending} onClick={() => form.submit()}>
            提出
          </Button>
        </Space>
      }
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          propose.mutate(
            {
              ...v,
              roleId: needsRole ? v.roleId : undefined,
              email: kind === 'set-email' ? v.email : undefined,
            },
            {
              onSuccess: () => {
                props.onDone();
                props.onClose();
              },
              onError: (e) =>
                showFormErrors(form, e, {
                  kind: '事项',
                  accountId: '账号',
                  roleId: '管理员角色',
                  email: '新的电子邮箱',
                  reason: '事由',
                }),
            },
          )
        }
      >
        <Form.Item name="kind" label="事项" rules={[{ required: true, message: '请选择事项' }]}>
          <Select options={KIND_OPTIONS} />
        </Form.Item>
        <Form.Item
          name="accountId"
          label="账号"
          rules={[{ required: true, message: '请选择账号' }]}
          extra={
            props.canListAccounts
              ? '工作人员账号；不能为自己的账号提出'
              : '审计管理员请由系统管理员或安全管理员提出，您来确认'
          }
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setQ }}
            placeholder="输入用户名或姓名查找"
            disabled={!props.canListAccounts}
            loading={staff.isFetching}
            options={(staff.data?.items ?? []).map((a) => ({
              value: a.id,
              label: `${a.displayName}（${a.username}）${a.roles.length ? ` · ${a.roles.map((r) => r.name).join('、')}` : ''}`,
            }))}
          />
        </Form.Item>
        {needsRole && (
          <Form.Item
            name="roleId"
            label="管理员角色"
            rules={[{ required: true, message: '请选择管理员角色' }]}
          >
            <Select options={adminRoles.map((r) => ({ value: r.id, label: r.name }))} />
          </Form.Item>
        )}
        {kind === 'set-email' && (
          <Form.Item
            name="email"
            label="新的电子邮箱"
            rules={[{ type: 'email', message: '电子邮箱格式不正确' }]}
            extra="动态口令绑定码、口令重置码都发往这里，请与本人当面核对"
          >
            <Input maxLength={120} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label="事由"
          rules={[{ required: true, min: 4, message: '请写明原因（至少 4 个字）' }]}
          extra="将通知三位管理员并记入审计日志，例如“原系统管理员调岗，依据某某号文件由新同事接任”"
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
