// 账号管理: one list for the system admin (create, edit, disable) and the security admin
// (grant roles, unlock, reset password, force sign-out); each sees the actions they may take.
import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Dropdown,
  Input,
  type MenuProps,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Account } from '../../api/types.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { formatTime } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { useUnitNames } from '../org/api.ts';
import { UnitSelect } from '../org/UnitSelect.tsx';
import { AccountDrawer, StatusTags } from './AccountDrawer.tsx';
import {
  CreateAccountDrawer,
  EditAccountModal,
  GrantRolesModal,
  ResetPasswordModal,
} from './AccountForms.tsx';
import { type AccountAction, actionsFor } from './account-actions.ts';
import { useAccountActions } from './actions.ts';
import { type AccountFilters, KIND_LABELS, useAccounts } from './api.ts';

export default function AccountsPage() {
  const me = useMe();
  const navigate = useNavigate();
  const url = useUrlState();
  const unitName = useUnitNames();
  const filters = {
    // From the address bar: the server rejects an unknown kind.
    kind: url.get('kind') as AccountFilters['kind'],
    unitId: url.get('unitId'),
    q: url.get('q'),
    page: url.page,
    pageSize: url.pageSize,
  };
  const list = useAccounts(filters);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const [granting, setGranting] = useState<Account | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const detailId = url.get('id');
  const actions = useAccountActions({
    edit: setEditing,
    grant: setGranting,
    reset: setResetting,
    approval: (a) => navigate(`/approvals?new=reset-password&accountId=${a.id}`),
  });

  const runAction = (a: AccountAction, account: Account) => actions.run(a, account);

  const columns: TableColumnsType<Account> = [
    {
      title: '用户名',
      dataIndex: 'username',
      render: (v: string, a) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => url.set({ id: a.id, page: url.page })}>
          {v}
        </Button>
      ),
    },
    { title: '姓名', dataIndex: 'displayName' },
    { title: '类型', dataIndex: 'kind', width: 96, render: (k: Account['kind']) => KIND_LABELS[k] },
    { title: '单位', dataIndex: 'unitId', render: (id: string | null) => (id ? unitName(id) : '—') },
    {
      title: '角色',
      dataIndex: 'roles',
      render: (roles: Account['roles']) =>
        roles.length ? (
          roles.map((r) => <Tag key={r.id}>{r.name}</Tag>)
        ) : (
          <span style={{ color: '#666' }}>未授权</span>
        ),
    },
    { title: '状态', key: 'status', render: (_, a) => <StatusTags account={a} /> },
    {
      title: '动态口令',
      dataIndex: 'totpEnabled',
      width: 90,
      render: (v: boolean) => (v ? <Tag color="blue">已绑定</Tag> : '—'),
    },
    { title: '最近登录', dataIndex: 'lastLoginAt', width: 150, render: (v: string | null) => formatTime(v) },
    {
      title: '操作',
      key: 'actions',
      fixed: 'right',
      width: 150,
      render: (_, a) => {
        const available = actionsFor(me, a);
        const [first, ...rest] = available;
        const menu: MenuProps = {
          items: rest.map((x) => ({ key: x.key, label: x.label, danger: x.danger })),
          onClick: ({ key }) => runAction(key as AccountAction, a),
        };
        return (
          <Space size={0}>
            {first && (
              <Button type="link" size="small" danger={first.danger} onClick={() => runAction(first.key, a)}>
                {first.label}
              </Button>
            )}
            {rest.length > 0 && (
              <Dropdown menu={menu} trigger={['click']}>
                <Button type="link" size="small" aria-label={`${a.username} 的更多操作`}>
                  更多
                </Button>
              </Dropdown>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <PageContainer
      subTitle={
        me.adminKind === 'security'
          ? '授权、解锁、重置口令、强制下线'
          : me.adminKind === 'system'
            ? '新建、修改、停用账号'
            : undefined
      }
      extra={
        can(me, 'system:accounts') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建账号
          </Button>
        )
      }
    >
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            placeholder="用户名或姓名"
            aria-label="按用户名或姓名搜索"
            allowClear
            onSearch={(q) => url.set({ q })}
            style={{ width: 220 }}
          />
          <Select
            aria-label="账号类型"
            placeholder="账号类型"
            allowClear
            value={filters.kind}
            onChange={(kind) => url.set({ kind })}
            style={{ width: 130 }}
            options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <UnitSelect
            aria-label="所属单位"
            placeholder="所属单位"
            value={filters.unitId}
            onChange={(unitId: string | undefined) => url.set({ unitId })}
            style={{ width: 260 }}
          />
          <Button onClick={() => url.reset()}>重置</Button>
        </Space>
        <Table<Account>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: 1100 }}
          locale={{ emptyText: list.isError ? '账号列表暂时无法载入' : '没有符合条件的账号' }}
          pagination={{
            current: url.page,
            pageSize: url.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (t) => `共 ${t} 个账号`,
            onChange: (page, pageSize) => url.set({ page, pageSize }),
          }}
        />
      </Card>
      <AccountDrawer
        id={detailId}
        onClose={() => url.set({ id: undefined, page: url.page })}
        onAction={runAction}
      />
      <CreateAccountDrawer open={creating} onClose={() => setCreating(false)} />
      <EditAccountModal account={editing} onClose={() => setEditing(null)} />
      <GrantRolesModal account={granting} onClose={() => setGranting(null)} />
      <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />
    </PageContainer>
  );
}
