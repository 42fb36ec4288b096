// 事项表单: the acceptance centre edits an item's application form (fields and materials) as data —
// label, kind, required, options, help text and order — with a preview built from the same
// definition as the public apply form, and the saved versions. Saving makes a new version: new
// applications use it at once, cases already filed keep theirs.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, apiUrl } from '../../api/client.ts';
import { useFormErrors } from '../../components/errors.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { type FormDefinition, type FormVersion, SERVICES_KEY, type ServiceItem, useItems } from './api.ts';
import { DynamicFields } from './DynamicForm.tsx';

const KINDS = [
  { value: 'text', label: '单行文本' },
  { value: 'textarea', label: '多行文本' },
  { value: 'integer', label: '整数' },
  { value: 'number', label: '数字' },
  { value: 'date', label: '日期' },
  { value: 'select', label: '下拉选择' },
  { value: 'radio', label: '单选' },
  { value: 'checkbox', label: '勾选' },
  { value: 'county', label: '县（市、区）' },
  { value: 'idNumber', label: '身份证号码' },
  { value: 'creditCode', label: '统一社会信用代码' },
  { value: 'phone', label: '电话号码' },
];
const WITH_OPTIONS = new Set(['select', 'radio', 'checkbox']);
const FORMATS = [
  { value: 'pdf', label: 'PDF' },
  { value: 'jpg', label: 'JPG' },
  { value: 'png', label: 'PNG' },
];

interface EditorValues {
  form: FormDefinition;
  note?: string;
}

/** Drops empty optional values so the definition saved is what the editor shows. */
function clean(def: FormDefinition): FormDefinition {
  return {
    sections: (def.sections ?? []).map((s) => ({
      title: s.title ?? '',
      fields: (s.fields ?? []).map((f) => {
        const out: Record<string, unknown> = {
          name: f.name ?? '',
          label: f.label ?? '',
          type: f.type ?? 'text',
          required: Boolean(f.required),
        };
        if (f.help?.trim()) out.help = f.help.trim();
        if (f.unit?.trim()) out.unit = f.unit.trim();
        if (typeof f.min === 'number') out.min = f.min;
        if (typeof f.max === 'number') out.max = f.max;
        if (f.showIf) out.showIf = f.showIf;
        for (const k of ['pattern', 'patternMessage'] as const) {
          const v = (f as unknown as Record<string, unknown>)[k];
          if (typeof v === 'string' && v) out[k] = v;
        }
        if (WITH_OPTIONS.has(String(f.type)) && (f.options?.length || f.type !== 'checkbox'))
          out.options = (f.options ?? []).map((o) => ({ value: o?.value ?? '', label: o?.label ?? '' }));
        return out as unknown as FormDefinition['sections'][number]['fields'][number];
      }),
    })),
    materials: (def.materials ?? []).map((m) => ({
      code: m.code ?? '',
      name: m.name ?? '',
      required: Boolean(m.required),
      formats: m.formats ?? [],
      ...(m.note?.trim() ? { note: m.note.trim() } : {}),
    })),
  };
}

function MoveButtons({
  index,
  count,
  move,
}: {
  index: number;
  count: number;
  move: (a: number, b: number) => void;
}) {
  return (
    <>
      <Button
        size="small"
        icon={<ArrowUpOutlined />}
        aria-label="上移"
        disabled={index === 0}
        onClick={() => move(index, index - 1)}
      />
      <Button
        size="small"
        icon={<ArrowDownOutlined />}
        aria-label="下移"
        disabled={index === count - 1}
        onClick={() => move(index, index + 1)}
      />
    </>
  );
}

function FieldEditor({ section }: { section: number }) {
  return (
    // Inside the sections list: the path is relative to the section.
    <Form.List name={[section, 'fields']}>
      {(fields, { add, remove, move }) => (
        <>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 8 }}
              title={`字段 ${index + 1}`}
              extra={
                <Space>
                  <MoveButtons index={index} count={fields.length} move={move} />
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="删除字段"
                    onClick={() => remove(index)}
                  />
                </Space>
              }
            >
              <Row gutter={8}>
                <Col span={8}>
                  <Form.Item
                    name={[field.name, 'label']}
                    label="名称"
                    rules={[{ required: true, message: '请填写字段名称' }]}
                  >
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item
                    name={[field.name, 'name']}
                    label="字段键"
                    tooltip="英文字母开头，只用字母、数字和下划线；同一表单内不得重复"
                    rules={[{ required: true, message: '请填写字段键' }]}
                  >
                    <Input maxLength={50} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item
                    name={[field.name, 'type']}
                    label="类型"
                    rules={[{ required: true, message: '请选择类型' }]}
                  >
                    <Select options={KINDS} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[field.name, 'required']} label="必填" valuePropName="checked">
                    <Switch />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={8}>
                <Col span={12}>
                  <Form.Item name={[field.name, 'help']} label="填写说明">
                    <Input maxLength={300} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[field.name, 'unit']} label="单位">
                    <Input maxLength={20} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[field.name, 'min']} label="最小">
                    <InputNumber style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[field.name, 'max']} label="最大">
                    <InputNumber style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item noStyle shouldUpdate>
                {(form) =>
                  WITH_OPTIONS.has(
                    String(form.getFieldValue(['form', 'sections', section, 'fields', field.name, 'type'])),
                  ) ? (
                    <Form.Item label="选项" name={[field.name, 'options']} style={{ marginBottom: 0 }}>
                      <OptionsEditor />
                    </Form.Item>
                  ) : null
                }
              </Form.Item>
            </Card>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ name: '', label: '', type: 'text', required: false })}
            block
            type="dashed"
          >
            添加字段
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** Options as "值=名称" lines — quick to type, and the order is the lines' order. */
function OptionsEditor({
  value,
  onChange,
  id,
}: {
  value?: Array<{ value: string; label: string }>;
  onChange?: (v: Array<{ value: string; label: string }>) => void;
  id?: string;
}) {
  const text = (value ?? []).map((o) => (o.value === o.label ? o.label : `${o.value}=${o.label}`)).join('\n');
  return (
    <Input.TextArea
      key={text}
      id={id}
      rows={3}
      defaultValue={text}
      placeholder={'每行一个选项，如：\nfire=森林防火\n林区道路'}
      onBlur={(e) =>
        onChange?.(
          e.target.value
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .map((l) => {
              const [v, ...rest] = l.split('=');
              const label = rest.join('=').trim();
              return { value: v.trim(), label: label || v.trim() };
            }),
        )
      }
    />
  );
}

function MaterialsEditor() {
  return (
    <Form.List name={['form', 'materials']}>
      {(items, { add, remove, move }) => (
        <>
          {items.map((item, index) => (
            <Row key={item.key} gutter={8} align="middle" style={{ marginBottom: 4 }}>
              <Col span={6}>
                <Form.Item
                  name={[item.name, 'name']}
                  label={index === 0 ? '材料名称' : undefined}
                  rules={[{ required: true, message: '请填写材料名称' }]}
                >
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item
                  name={[item.name, 'code']}
                  label={index === 0 ? '编码' : undefined}
                  rules={[{ required: true, message: '请填写编码' }]}
                >
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
              <Col span={2}>
                <Form.Item
                  name={[item.name, 'required']}
                  label={index === 0 ? '必交' : undefined}
                  valuePropName="checked"
                >
                  <Switch size="small" />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name={[item.name, 'formats']} label={index === 0 ? '格式' : undefined}>
                  <Checkbox.Group options={FORMATS} />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item name={[item.name, 'note']} label={index === 0 ? '说明' : undefined}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Space>
                  <MoveButtons index={index} count={items.length} move={move} />
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="删除材料"
                    onClick={() => remove(index)}
                  />
                </Space>
              </Col>
            </Row>
          ))}
          <Button
            icon={<PlusOutlined />}
            type="dashed"
            block
            onClick={() => add({ code: '', name: '', required: true, formats: ['pdf'] })}
          >
            添加材料
          </Button>
        </>
      )}
    </Form.List>
  );
}

function Preview({ def }: { def: FormDefinition | undefined }) {
  const [preview] = Form.useForm();
  if (!def?.sections?.length) return <Empty description="尚无字段" />;
  const safe = clean(def);
  return (
    <Form form={preview} layout="vertical" disabled={false}>
      <DynamicFields
        def={{
          ...safe,
          sections: safe.sections.map((s, i) => ({ ...s, title: s.title || `分组 ${i + 1}` })),
        }}
      />
      <Typography.Title level={5}>办理材料</Typography.Title>
      <ul>
        {safe.materials.map((m) => (
          <li key={m.code || m.name}>
            {m.name}
            {m.required ? '（必交）' : '（选交）'} {m.formats.join('/').toUpperCase()}
            {m.note ? `，${m.note}` : ''}
          </li>
        ))}
      </ul>
    </Form>
  );
}

function Editor({ item, onDone }: { item: ServiceItem; onDone: () => void }) {
  const [form] = Form.useForm<EditorValues>();
  const qc = useQueryClient();
  const formErrors = useFormErrors();
  const { message } = App.useApp();
  const versionsKey = [...SERVICES_KEY, 'items', item.code, 'versions'];
  const versions = useQuery({
    queryKey: versionsKey,
    queryFn: () => api.get(apiUrl('/api/services/items/{code}/form/versions', { code: item.code })),
  });
  const watched = Form.useWatch(['form'], form) as FormDefinition | undefined;
  useEffect(() => {
    form.setFieldsValue({ form: item.form, note: '' });
  }, [form, item]);
  const save = useMutation({
    mutationFn: (v: EditorValues) =>
      api.post(apiUrl('/api/services/items/{code}/form/versions', { code: item.code }), {
        form: clean(v.form),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      }),
    onSuccess: async (r) => {
      void message.success(`已保存为第 ${r.version} 版，新的申请即按此表单填写`);
      await qc.invalidateQueries({ queryKey: [...SERVICES_KEY, 'items'] });
    },
    onError: (e) => {
      formErrors(form, e, { form: '表单', note: '修改说明' });
      // The server names the field (form.sections.1.fields.2.name): show the first one.
      const first = form.getFieldsError().find((f) => f.errors.length);
      if (first) form.scrollToField(first.name, { block: 'center' });
    },
  });
  return (
    <PageContainer
      title={`${item.name}（${item.code}）· 申请表`}
      extra={
        <Space>
          <Button onClick={onDone}>返回事项列表</Button>
          <a href={`/services/${encodeURIComponent(item.code)}/apply`} target="_blank" rel="noreferrer">
            打开公开申请页
          </a>
        </Space>
      }
    >
      {item.formEditable === false ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="该事项的申请表由业务模块定义（含审批规则与限额），只能查看，不能在此修改。"
        />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} xxl={14}>
          <Form
            form={form}
            layout="vertical"
            onFinish={() => save.mutate(form.getFieldsValue(true) as EditorValues)}
            disabled={item.formEditable === false}
          >
            <Tabs
              items={[
                {
                  key: 'fields',
                  label: '字段',
                  children: (
                    <Form.List name={['form', 'sections']}>
                      {(sections, { add, remove, move }) => (
                        <>
                          {sections.map((section, index) => (
                            <Card
                              key={section.key}
                              style={{ marginBottom: 12 }}
                              title={
                                <Form.Item
                                  name={[section.name, 'title']}
                                  style={{ margin: 0 }}
                                  rules={[{ required: true, message: '请填写分组标题' }]}
                                >
                                  <Input
                                    placeholder="分组标题"
                                    maxLength={100}
                                    aria-label={`第 ${index + 1} 个分组标题`}
                                  />
                                </Form.Item>
                              }
                              extra={
                                <Space>
                                  <MoveButtons index={index} count={sections.length} move={move} />
                                  <Button size="small" danger onClick={() => remove(index)}>
                                    删除分组
                                  </Button>
                                </Space>
                              }
                            >
                              <FieldEditor section={section.name} />
                            </Card>
                          ))}
                          <Button type="dashed" onClick={() => add({ title: '', fields: [] })}>
                            添加分组
                          </Button>
                        </>
                      )}
                    </Form.List>
                  ),
                },
                { key: 'materials', label: '办理材料', forceRender: true, children: <MaterialsEditor /> },
              ]}
            />
            <Form.Item name="note" label="修改说明（记入版本记录）">
              <Input maxLength={200} />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                保存为新版本
              </Button>
              <Button onClick={() => form.setFieldsValue({ form: item.form })}>撤销未保存的修改</Button>
            </Space>
          </Form>
        </Col>
        <Col xs={24} xxl={10}>
          <Card title="预览（与公开申请表同一定义生成）" size="small" style={{ marginBottom: 16 }}>
            <Preview def={watched} />
          </Card>
          <Card title="版本记录" size="small">
            <Table<FormVersion>
              size="small"
              rowKey="version"
              loading={versions.isPending}
              dataSource={versions.data?.items ?? []}
              pagination={false}
              locale={{ emptyText: '尚未修改过（使用初始表单）' }}
              columns={[
                { title: '版本', dataIndex: 'version', width: 60 },
                {
                  title: '保存时间',
                  dataIndex: 'savedAt',
                  render: (v: string) => new Date(v).toLocaleString('zh-CN'),
                },
                { title: '保存人', dataIndex: 'savedByName' },
                { title: '字段/材料', render: (_: unknown, v) => `${v.fields} / ${v.materials}` },
                { title: '说明', dataIndex: 'note' },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}

export default function ItemFormsPage() {
  const items = useItems();
  const [params, setParams] = useSearchParams();
  const code = params.get('item');
  const current = items.data?.items.find((i) => i.code === code);
  if (code && current) return <Editor item={current} onDone={() => setParams({})} />;
  return (
    <PageContainer subTitle="维护各许可事项的申请表字段与办理材料；保存后新申请即按新表单填写，已提交的办件保留原表单">
      <Table<ServiceItem>
        rowKey="code"
        loading={items.isPending}
        dataSource={items.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '编码', dataIndex: 'code', width: 90 },
          { title: '事项', dataIndex: 'name' },
          {
            title: '字段',
            width: 80,
            render: (_: unknown, i) => i.form.sections.reduce((n, s) => n + s.fields.length, 0),
          },
          { title: '材料', width: 80, render: (_: unknown, i) => i.form.materials.length },
          {
            title: '状态',
            width: 120,
            render: (_: unknown, i) =>
              i.formEditable === false ? (
                <Tag>业务模块定义</Tag>
              ) : i.active ? (
                <Tag color="green">可编辑</Tag>
              ) : (
                <Tag>已停用</Tag>
              ),
          },
          {
            title: '操作',
            width: 120,
            render: (_: unknown, i) => (
              <Link to={`?item=${encodeURIComponent(i.code)}`}>
                {i.formEditable === false ? '查看表单' : '编辑表单'}
              </Link>
            ),
          },
        ]}
      />
    </PageContainer>
  );
}
