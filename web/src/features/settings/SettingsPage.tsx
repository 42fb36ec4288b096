// 系统设置: the runtime settings modules declare (deadlines, thresholds, switches), each saved on
// its own and audited. Grouped by module (the key's first part).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Input,
  InputNumber,
  Popconfirm,
  Result,
  Skeleton,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { api, apiUrl } from '../../api/client.ts';
import type { Setting, SettingValue } from '../../api/types.ts';
import { errorText } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { moduleLabel } from '../roles/permissions.ts';

// A settings group is the key's first part; a few groups have no module of that name.
const GROUP_LABELS: Record<string, string> = {
  display: '大厅显示屏',
  portalOps: '网站运维（栏目更新监测、信息采集、链接检查、供求信息）',
  notify: '提醒与催办督办',
  org: '组织机构与通讯录',
};
const groupLabel = (group: string) => {
  const label = GROUP_LABELS[group] ?? moduleLabel(group);
  return /^[a-z]/i.test(label) ? '其他设置' : label;
};

const SETTINGS_KEY = ['settings'] as const;

function display(v: SettingValue): string {
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v);
}

function SettingRow({ setting }: { setting: Setting }) {
  const [value, setValue] = useState<SettingValue>(setting.value);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: SettingValue) =>
      api.put(apiUrl('/api/settings/{key}', { key: encodeURIComponent(setting.key) }), { value: v }),
    onSuccess: (s) => {
      setError(null);
      setValue(s.value);
      void message.success(`已保存：${s.label}`);
      void queryClient.invalidateQueries({ queryKey: SETTINGS_KEY });
    },
    onError: (e) => setError(errorText(e)),
  });
  const reset = useMutation({
    mutationFn: () => api.delete(apiUrl('/api/settings/{key}', { key: encodeURIComponent(setting.key) })),
    onSuccess: (s) => {
      setError(null);
      setValue(s.value);
      void message.success(`已恢复默认：${s.label}`);
      void queryClient.invalidateQueries({ queryKey: SETTINGS_KEY });
    },
    onError: (e) => setError(errorText(e)),
  });
  const dirty = value !== setting.value;
  const id = `setting-${setting.key.replace(/\./g, '-')}`;

  let control: ReactNode;
  if (setting.type === 'boolean')
    control = (
      <Switch
        id={id}
        checked={Boolean(value)}
        onChange={setValue}
        checkedChildren="是"
        unCheckedChildren="否"
      />
    );
  else if (setting.type === 'integer')
    control = (
      <InputNumber
        id={id}
        value={Number(value)}
        min={setting.min ?? undefined}
        max={setting.max ?? undefined}
        precision={0}
        onChange={(v) => setValue(v ?? setting.value)}
        style={{ width: 160 }}
      />
    );
  else
    control = (
      <Input
        id={id}
        value={String(value)}
        onChange={(e) => setValue(e.target.value)}
        minLength={setting.min ?? undefined}
        maxLength={setting.max ?? undefined}
        style={{ width: 320 }}
      />
    );

  return (
    <div className="lz-setting">
      <div style={{ flex: 1, minWidth: 260 }}>
        <label htmlFor={id} style={{ fontWeight: 500 }}>
          {setting.label}
        </label>
        {setting.changed && (
          <Tag color="blue" style={{ marginInlineStart: 8 }}>
            已修改
          </Tag>
        )}
        {setting.description && (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {setting.description}
          </Typography.Paragraph>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 2 }}>
          默认值：{display(setting.default)}
          {setting.type === 'integer' &&
            setting.min !== null &&
            setting.max !== null &&
            `　可填 ${setting.min}–${setting.max}`}
          {setting.updatedAt &&
            `　${formatTime(setting.updatedAt)} 由${setting.updatedByName ?? '（已删除的账号）'}修改`}
        </Typography.Text>
        {error && (
          <div role="alert" style={{ color: '#cf1322', marginTop: 4 }}>
            {error}
          </div>
        )}
      </div>
      <Space wrap>
        {control}
        <Button type="primary" disabled={!dirty} loading={save.isPending} onClick={() => save.mutate(value)}>
          保存
        </Button>
        {dirty && <Button onClick={() => setValue(setting.value)}>取消修改</Button>}
        {setting.changed && (
          <Popconfirm
            title="恢复默认值？"
            description={`“${setting.label}”将改回默认值 ${display(setting.default)}，立即生效。`}
            okText="恢复默认"
            cancelText="取消"
            onConfirm={() => reset.mutateAsync()}
          >
            <Button loading={reset.isPending}>恢复默认</Button>
          </Popconfirm>
        )}
      </Space>
    </div>
  );
}

export default function SettingsPage() {
  const settings = useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: async () => (await api.get('/api/settings')).items,
  });
  const groups = new Map<string, Setting[]>();
  for (const s of settings.data ?? []) {
    const module = s.key.split('.')[0];
    groups.set(module, [...(groups.get(module) ?? []), s]);
  }

  return (
    <PageContainer subTitle="修改即时生效，并记入审计日志">
      {settings.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : settings.isError ? (
        <Result status="warning" title="系统设置暂时无法载入" subTitle={errorText(settings.error)} />
      ) : groups.size === 0 ? (
        <Empty description="暂无可修改的设置" />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {[...groups].map(([module, items]) => (
            <Card key={module} title={groupLabel(module)}>
              {items.map((s) => (
                <SettingRow key={`${s.key}:${String(s.value)}`} setting={s} />
              ))}
            </Card>
          ))}
        </Space>
      )}
    </PageContainer>
  );
}
