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
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {setting.key} · 默认值 {display(setting.default)}
          {setting.type === 'integer' &&
            setting.min !== null &&
            setting.max !== null &&
            ` · 范围 ${setting.min}–${setting.max}`}
          {setting.updatedAt && ` · ${formatTime(setting.updatedAt)} 由 ${setting.updatedBy ?? '—'} 修改`}
        </Typography.Text>
        {error && (
          <div role="alert" style={{ color: '#cf1322', marginTop: 4 }}>
            {error}
          </div>
        )}
      </div>
      <Space>
        {control}
        <Button type="primary" disabled={!dirty} loading={save.isPending} onClick={() => save.mutate(value)}>
          保存
        </Button>
        {setting.value !== setting.default && (
          <Button onClick={() => setValue(setting.default)} disabled={value === setting.default}>
            恢复默认
          </Button>
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
            <Card key={module} title={moduleLabel(module)}>
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
