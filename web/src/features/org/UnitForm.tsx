// Adding and changing a unit (system:units). Moving a unit (another parent) moves its subtree.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect } from 'react';
import { api, apiUrl, type RequestBody } from '../../api/client.ts';
import type { Unit, UnitType } from '../../api/types.ts';
import { useFormErrors } from '../../components/errors.ts';
import { UNITS_KEY } from './api.ts';
import { UnitSelect } from './UnitSelect.tsx';
import { UNIT_TYPE_LABELS } from './units.ts';

const LABELS = {
  parentId: '上级单位',
  code: '单位代码',
  name: '单位全称',
  shortName: '简称',
  type: '单位类型',
  regionCode: '行政区划代码',
  sort: '排序号',
  dataStatus: '名称核实状态',
};

export const DATA_STATUS_OPTIONS = [
  { value: 'verified', label: '已核实' },
  { value: 'partially_verified', label: '简称已核实' },
  { value: 'reconstructed', label: '推定（名称待核实）' },
];

interface Values {
  parentId?: string | null;
  code: string;
  name: string;
  shortName?: string;
  type: UnitType;
  regionCode?: string;
  sort?: number;
  dataStatus?: RequestBody<'/api/units', 'post'>['dataStatus'];
}

export type UnitFormTarget =
  | { mode: 'create'; parentId: string | null }
  | { mode: 'edit'; unit: Unit }
  | null;

export function UnitFormDrawer(props: { target: UnitFormTarget; onClose: (saved?: Unit) => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showFormErrors = useFormErrors();
  const queryClient = useQueryClient();
  const t = props.target;

  useEffect(() => {
    if (!t) return;
    form.resetFields();
    if (t.mode === 'edit')
      form.setFieldsValue({
        parentId: t.unit.parentId,
        code: t.unit.code,
        name: t.unit.name,
        shortName: t.unit.shortName ?? '',
        type: t.unit.type,
        regionCode: t.unit.regionCode ?? '',
        sort: t.unit.sort,
        // The unit's reply declares dataStatus as any string; the form offers the server's three values.
        dataStatus: t.unit.dataStatus as Values['dataStatus'],
      });
    else form.setFieldsValue({ parentId: t.parentId, sort: 0 });
  }, [t, form]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const common = {
        code: v.code.trim(),
        name: v.name.trim(),
        shortName: v.shortName?.trim() || null,
        regionCode: v.regionCode?.trim() || null,
        sort: v.sort ?? 0,
        dataStatus: v.dataStatus ?? null,
      };
      if (t?.mode === 'edit') {
        const patch: RequestBody<'/api/units/{id}', 'patch'> = { ...common };
        if (v.parentId && v.parentId !== t.unit.parentId) patch.parentId = v.parentId;
        return api.patch(apiUrl('/api/units/{id}', { id: t.unit.id }), patch);
      }
      return api.post('/api/units', { ...common, parentId: v.parentId ?? null, type: v.type });
    },
    onSuccess: (unit) => {
      void message.success(t?.mode === 'edit' ? '单位已保存' : `已新增 ${unit.name}`);
      void queryClient.invalidateQueries({ queryKey: UNITS_KEY });
      props.onClose(unit);
    },
    onError: (e) => showFormErrors(form, e, LABELS),
  });

  return (
    <Drawer
      title={t?.mode === 'edit' ? `修改单位：${t.unit.name}` : '新增单位'}
      open={Boolean(t)}
      onClose={() => props.onClose()}
      size={520}
      forceRender
      extra={
        <Space>
          <Button onClick={() => props.onClose()}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="parentId"
          label={LABELS.parentId}
          extra={t?.mode === 'edit' ? '改变上级单位将连同全部下级单位一并移动' : undefined}
        >
          <UnitSelect placeholder="无（顶级单位）" />
        </Form.Item>
        <Form.Item
          name="type"
          label={LABELS.type}
          rules={[{ required: true, message: '请选择单位类型' }]}
          extra={t?.mode === 'edit' ? '单位类型建立后不能修改' : undefined}
        >
          <Select
            disabled={t?.mode === 'edit'}
            options={Object.entries(UNIT_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={LABELS.name}
          rules={[
            { required: true, whitespace: true, message: '请输入单位全称' },
            { min: 2, max: 60, message: '2–60 个字' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="shortName" label={LABELS.shortName} rules={[{ max: 30, message: '最多 30 个字' }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="code"
          label={LABELS.code}
          rules={[
            { required: true, message: '请输入单位代码' },
            {
              pattern: /^[A-Z][A-Z0-9-]{1,39}$/,
              message: '大写字母开头，可含大写字母、数字和连字符，如 HNLY-BGS',
            },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={LABELS.regionCode}
          rules={[{ pattern: /^\d{6}$/, message: '行政区划代码为 6 位数字' }]}
          extra="省辖市、县级林业局填写，如 410100"
        >
          <Input inputMode="numeric" maxLength={6} />
        </Form.Item>
        <Form.Item name="sort" label={LABELS.sort} extra="小者在前">
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="dataStatus" label={LABELS.dataStatus}>
          <Select allowClear placeholder="未标注" options={DATA_STATUS_OPTIONS} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
