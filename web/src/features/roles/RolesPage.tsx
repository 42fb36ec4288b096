// 角色与权限: business roles are built from the permission catalogue (grouped by module) and a
// data scope; the three administrator roles are built in and shown read-only (三员分立).
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { api, apiUrl } from '../../api/client.ts';
import type { Role } from '../../api/types.ts';
import { ADMIN_KIND_LABELS, can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { errorText } from '../../components/errors.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { useRoles } from '../accounts/api.ts';
import { RoleDrawer, type RoleTarget } from './RoleDrawer.tsx';

export const DEFAULT_SCOPE_LABELS: Record<string, string> = {
  self: '本人',
  unit: '本单位',
  subtree: '本单位及下级',
  all: '全部',
};

export function usePermissionCatalogue() {
  return useQuery({
    queryKey: ['permissions'],
    queryFn: () => api.get('/api/permissions'),
    staleTime: 10 * 60_000,
  });
}

export default function RolesPage() {
  const me = useMe();
  const roles = useRoles();
  const catalogue = usePermissionCatalogue();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<RoleTarget>(null);
  const editable = can(me, 'security:roles');
  const scopes = catalogue.data?.scopes ?? DEFAULT_SCOPE_LABELS;
  const names = new Map((catalogue.data?.permissions ?? []).map((p) => [p.code, p.name]));
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(apiUrl('/api/roles/{id}', { id })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['roles'] }),
  });

  const columns: TableColumnsType<Role> = [
    {
      title: '角色名称',
      dataIndex: 'name',
      render: (v: string, r) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setTarget({ mode: 'view', role: r })}>
          {v}
        </Button>
      ),
    },
    {
      title: '代码',
      dataIndex: 'code',
      width: 170,
      render: (v: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {v}
        </Typography.Text>
      ),
    },
    {
      title: '类型',
      key: 'type',
      render: (_, r) =>
        r.adminKind ? (
          <Tag color="gold">{ADMIN_KIND_LABELS[r.adminKind]}（内置）</Tag>
        ) : (
          <Tag color="green">业务角色</Tag>
        ),
    },
    {
      title: '数据范围',
      dataIndex: 'dataScope',
      render: (s: string) => scopes[s as keyof typeof scopes] ?? s,
    },
    {
      title: '权限',
      dataIndex: 'permissions',
      render: (ps: string[]) => (
        <Tooltip title={ps.map((p) => names.get(p) ?? p).join('、') || '无'}>
          <span>{ps.length} 项</span>
        </Tooltip>
      ),
    },
    { title: '账号数', dataIndex: 'accounts', width: 80, align: 'right' },
    {
      title: '说明',
      dataIndex: 'description',
      ellipsis: true,
      render: (v: string | null) => v || '—',
    },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, r) =>
        editable && !r.adminKind && !r.builtin ? (
          <>
            <Button type="link" size="small" onClick={() => setTarget({ mode: 'edit', role: r })}>
              修改
            </Button>
            <Button
              type="link"
              size="small"
              danger
              onClick={() =>
                modal.confirm({
                  title: `删除角色“${r.name}”？`,
                  content:
                    r.accounts > 0 ? `该角色仍授予 ${r.accounts} 个账号，须先撤销授权。` : '删除后不可恢复。',
                  okText: '删除',
                  okButtonProps: { danger: true },
                  cancelText: '取消',
                  onOk: () =>
                    remove
                      .mutateAsync(r.id)
                      .then(() => void message.success('角色已删除'))
                      .catch((e) => void message.error(errorText(e))),
                })
              }
            >
              删除
            </Button>
          </>
        ) : (
          <Button type="link" size="small" onClick={() => setTarget({ mode: 'view', role: r })}>
            查看
          </Button>
        ),
    },
  ];

  return (
    <PageContainer
      extra={
        editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })}>
            新建角色
          </Button>
        )
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="三员分立"
        description="系统管理员、安全管理员、审计管理员为内置角色，权限固定且互不兼任，也不能与业务角色同时授予同一账号。业务角色不能包含管理员权限。"
      />
      <Card>
        <Table<Role>
          rowKey="id"
          columns={columns}
          dataSource={roles.data}
          loading={roles.isPending}
          pagination={false}
          scroll={{ x: 1100 }}
          locale={{ emptyText: roles.isError ? errorText(roles.error) : '尚无角色' }}
        />
      </Card>
      <RoleDrawer
        target={target}
        catalogue={catalogue.data}
        onClose={() => setTarget(null)}
        onEdit={editable ? (role) => setTarget({ mode: 'edit', role }) : undefined}
      />
    </PageContainer>
  );
}
