// A role's editor: name, description, data scope and permissions grouped by module. The
// administrator roles open read-only.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Divider, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { api, apiUrl } from '../../api/client.ts';
import type { DataScope, PermissionCatalogue, PermissionDef, Role } from '../../api/types.ts';
import { useFormErrors } from '../../components/errors.ts';
import { groupPermissions, isAdminPermission, isImplicitPermission, moduleLabel } from './permissions.ts';

export type RoleTarget =
  | { mode: 'create' }
  | { mode: 'edit'; role: Role }
  | { mode: 'view'; role: Role }
  | null;

interface Values {
  code: string;
  name: string;
  description?: string;
  dataScope: DataScope;
  permissions: string[];
}

const LABELS = {
  code: '角色代码',
  name: '角色名称',
  description: '说明',
  dataScope: '数据范围',
  permissions: '权限',
};

function ModuleGroup(props: {
  module: string;
  defs: PermissionDef[];
  value?: string[];
  onChange?: (v: string[]) => void;
  disabled: boolean;
}) {
  const value = props.value ?? [];
  const codes = props.defs.map((d) => d.code);
  const chosen = codes.filter((c) => value.includes(c));
  const all = chosen.length === codes.length;
  const set = (next: string[]) => props.onChange?.([...value.filter((v) => !codes.includes(v)), ...next]);
  return (
    <fieldset className="lz-perm-group">
      <legend>
        <Checkbox
          checked={all}
          indeterminate={chosen.length > 0 && !all}
          disabled={props.disabled}
          onChange={(e) => set(e.target.checked ? codes : [])}
        >
          <strong>{moduleLabel(props.module)}</strong>
        </Checkbox>
      </legend>
      <Checkbox.Group
        value={chosen}
        disabled={props.disabled}
        onChange={(v) => set(v as string[])}
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 6 }}
        options={props.defs.map((d) => ({
          value: d.code,
          label: (
            <span>
              {d.name}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {d.code}
              </Typography.Text>
            </span>
          ),
        }))}
      />
    </fieldset>
  );
}

/** antd Form control wrapping the grouped checkboxes. */
function PermissionPicker(props: {
  groups: Array<[string, PermissionDef[]]>;
  value?: string[];
  onChange?: (v: string[]) => void;
  disabled: boolean;
}) {
  return (
    <div>
      {props.groups.map(([module, defs]) => (
        <ModuleGroup
          key={module}
          module={module}
          defs={defs}
          value={props.value}
          onChange={props.onChange}
          disabled={props.disabled}
        />
      ))}
    </div>
  );
}

export function RoleDrawer(props: {
  target: RoleTarget;
  catalogue: PermissionCatalogue | undefined;
  onClose: () => void;
  /** Offered in view mode for a business role when the viewer may edit roles. */
  onEdit?: (role: Role) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showFormErrors = useFormErrors();
  const queryClient = useQueryClient();
  const t = props.target;
  const role = t && t.mode !== 'create' ? t.role : null;
  const readOnly = t?.mode === 'view';
  const adminRole = Boolean(role?.adminKind);
  const all = props.catalogue?.permissions ?? [];
  // A business role offers only business permissions; an admin role shows its own fixed ones.
  const offered = adminRole
    ? all.filter((p) => role?.permissions.includes(p.code))
    : all.filter((p) => !isAdminPermission(p.code) && !isImplicitPermission(p.code));
  const groups = groupPermissions(offered);
  const scopes = props.catalogue?.scopes;

  useEffect(() => {
    if (!t) return;
    form.resetFields();
    if (role)
      form.setFieldsValue({
        code: role.code,
        name: role.name,
        description: role.description ?? '',
        dataScope: role.dataScope,
        permissions: role.permissions,
      });
    else form.setFieldsValue({ dataScope: 'unit', permissions: [] });
  }, [t, role, form]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        name: v.name.trim(),
        description: v.description?.trim() || undefined,
        dataScope: v.dataScope,
        permissions: v.permissions,
      };
      return t?.mode === 'edit'
        ? api.patch(apiUrl('/api/roles/{id}', { id: t.role.id }), body)
        : api.post('/api/roles', { ...body, code: v.code.trim() });
    },
    onSuccess: () => {
      void message.success('角色已保存；已授予该角色的账号重新登录后按新权限使用');
      void queryClient.invalidateQueries({ queryKey: ['roles'] });
      props.onClose();
    },
    onError: (e) => showFormErrors(form, e, LABELS),
  });

  const title =
    t?.mode === 'create'
      ? '新建角色'
      : t?.mode === 'edit'
        ? `修改角色：${role?.name}`
        : `角色：${role?.name ?? ''}`;

  return (
    <Drawer
      title={title}
      open={Boolean(t)}
      onClose={props.onClose}
      size={720}
      forceRender
      extra={
        readOnly ? (
          <Space>
            {props.onEdit && role && !adminRole && !role.builtin && (
              <Button type="primary" onClick={() => props.onEdit?.(role)}>
                修改
              </Button>
            )}
            <Button onClick={props.onClose}>关闭</Button>
          </Space>
        ) : (
          <Space>
            <Button onClick={props.onClose}>取消</Button>
            <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
              保存
            </Button>
          </Space>
        )
      }
    >
      {adminRole && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="内置管理员角色，权限固定，不可修改（三员分立）"
          description={role?.description}
        />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} disabled={readOnly}>
        <Form.Item
          name="code"
          label={LABELS.code}
          rules={[
            { required: true, message: '请输入角色代码' },
            { pattern: /^[a-z][a-z0-9_-]{1,39}$/, message: '小写字母开头，可含小写字母、数字、_ -，2–40 位' },
          ]}
          extra={t?.mode === 'create' ? '建立后不能修改，如 info-editor' : undefined}
        >
          <Input disabled={t?.mode !== 'create'} />
        </Form.Item>
        <Form.Item
          name="name"
          label={LABELS.name}
          rules={[
            { required: true, whitespace: true, message: '请输入角色名称' },
            { max: 50, message: '最多 50 个字' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="description"
          label={LABELS.description}
          rules={[{ max: 500, message: '最多 500 个字' }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="dataScope"
          label={LABELS.dataScope}
          rules={[{ required: true, message: '请选择数据范围' }]}
          extra="该角色的权限作用于哪些单位的数据"
        >
          <Select
            options={(['self', 'unit', 'subtree', 'all'] as const).map((s) => ({
              value: s,
              label: scopes?.[s] ?? s,
            }))}
          />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          权限
        </Divider>
        {!props.catalogue ? (
          <Typography.Text type="secondary">正在载入权限目录…</Typography.Text>
        ) : (
          <Form.Item name="permissions" noStyle>
            <PermissionPicker groups={groups} disabled={readOnly} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
