// Registering a catalogue entry (登记) or changing one (修改; the index number never changes). An
// entry that amends or replaces an older one says so, and the older one is marked and linked.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, apiUrl } from '../../api/client.ts';
import { useFormErrors } from '../../components/errors.ts';
import { type Category, type Entry, OPENNESS_KEY, type Vocab } from './api.ts';

const LABELS = {
  categoryId: '信息类别',
  title: '标题',
  summary: '内容概述',
  madeOn: '成文日期',
  docNumber: '文号',
  issuer: '发布机构',
  publishedOn: '发布日期',
  subject: '主题分类',
  genre: '体裁',
  body: '正文',
  validity: '有效性',
  successorId: '修订或替代它的文件',
  replaces: '本文件修订或替代的文件',
};

interface Values {
  categoryId: string;
  title: string;
  summary?: string;
  madeOn: Dayjs;
  docNumber?: string;
  issuer: string;
  publishedOn: Dayjs;
  subject: string;
  genre: string;
  body?: string;
  validity?: Entry['validity'];
  successorId?: string | null;
  replacesId?: string | null;
  replacesHow?: 'amended' | 'repealed';
}

export type EntryTarget = { mode: 'create' } | { mode: 'edit'; id: string } | null;

/** A select of catalogue entries found by title or document number. */
function EntryPicker(props: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  exclude?: string;
}) {
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: [...OPENNESS_KEY, 'pick', q],
    queryFn: () => api.get('/api/openness/entries', { q: q || undefined, pageSize: 20, page: 1 }),
    placeholderData: (prev) => prev,
  });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
      placeholder="输入标题或文号查找"
      options={(found.data?.items ?? [])
        .filter((e) => e.id !== props.exclude)
        .map((e) => ({ value: e.id, label: `${e.title}（${e.indexNo}）` }))}
    />
  );
}

export function EntryDrawer(props: {
  target: EntryTarget;
  categories: Category[];
  vocab: Vocab | undefined;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showFormErrors = useFormErrors();
  const qc = useQueryClient();
  const t = props.target;
  const editing = t?.mode === 'edit' ? t.id : null;
  const entry = useQuery({
    queryKey: [...OPENNESS_KEY, 'entry', editing],
    queryFn: () => api.get(apiUrl('/api/openness/entries/{id}', { id: editing! })),
    enabled: Boolean(editing),
  });

  useEffect(() => {
    if (!t) return;
    form.resetFields();
    if (t.mode === 'create')
      form.setFieldsValue({
        issuer: '河南省林业局',
        publishedOn: dayjs(),
        madeOn: dayjs(),
        replacesHow: 'amended',
      });
    else if (entry.data) {
      const e = entry.data;
      form.setFieldsValue({
        categoryId: e.category.id,
        title: e.title,
        summary: e.summary,
        madeOn: dayjs(e.madeOn),
        docNumber: e.docNumber,
        issuer: e.issuer,
        publishedOn: dayjs(e.publishedOn),
        subject: e.subject,
        genre: e.genre,
        body: e.body,
        validity: e.validity,
        successorId: e.successor?.id ?? null,
      });
    }
  }, [t, entry.data, form]);

  const validity = Form.useWatch('validity', form);
  const replacesId = Form.useWatch('replacesId', form);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const common = {
        categoryId: v.categoryId,
        title: v.title,
        summary: v.summary ?? '',
        madeOn: v.madeOn.format('YYYY-MM-DD'),
        docNumber: v.docNumber ?? '',
        issuer: v.issuer,
        publishedOn: v.publishedOn.format('YYYY-MM-DD'),
        subject: v.subject,
        genre: v.genre,
        body: v.body ?? '',
      };
      if (editing)
        return api.patch(apiUrl('/api/openness/entries/{id}', { id: editing }), {
          ...common,
          validity: v.validity,
          successorId: v.validity === 'in_force' ? null : (v.successorId ?? null),
        });
      return api.post('/api/openness/entries', {
        ...common,
        replaces: v.replacesId ? { id: v.replacesId, how: v.replacesHow ?? 'amended' } : null,
      });
    },
    onSuccess: (e) => {
      void message.success(editing ? '已保存' : `已登记，索引号 ${e.indexNo}`);
      void qc.invalidateQueries({ queryKey: OPENNESS_KEY });
      props.onClose();
    },
    onError: (e) => showFormErrors(form, e, LABELS),
  });

  const options = (list: readonly string[] | undefined) => (list ?? []).map((s) => ({ value: s, label: s }));

  return (
    <Drawer
      title={editing ? `修改目录条目${entry.data ? `：${entry.data.indexNo}` : ''}` : '登记公开目录条目'}
      open={Boolean(t)}
      onClose={props.onClose}
      size={640}
      forceRender
      extra={
        <Space>
          <Button onClick={props.onClose}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {editing ? '保存' : '登记'}
          </Button>
        </Space>
      }
    >
      {!editing ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`登记后自动编制索引号（格式：${props.vocab?.indexFormat ?? ''}），年度内连续、不跳号；索引号登记后不再改变。`}
        />
      ) : null}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="categoryId"
          label={LABELS.categoryId}
          rules={[{ required: true, message: '请选择信息类别' }]}
        >
          <Select
            options={props.categories.map((c) => ({
              value: c.id,
              label: c.audience === 'internal' ? `${c.name}（机关内部公开）` : c.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={LABELS.title} rules={[{ required: true, message: '请填写标题' }]}>
          <Input maxLength={200} showCount />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="docNumber" label={LABELS.docNumber} style={{ flex: 1 }}>
            <Input maxLength={60} placeholder="如 豫林规〔2026〕3号；没有文号可不填" />
          </Form.Item>
        </Space.Compact>
        <Space wrap size={16}>
          <Form.Item
            name="madeOn"
            label={LABELS.madeOn}
            rules={[{ required: true, message: '请选择成文日期' }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="publishedOn"
            label={LABELS.publishedOn}
            rules={[{ required: true, message: '请选择发布日期' }]}
          >
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item
          name="issuer"
          label={LABELS.issuer}
          rules={[{ required: true, message: '请填写发布机构' }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Space wrap size={16} style={{ display: 'flex' }}>
          <Form.Item
            name="subject"
            label={LABELS.subject}
            rules={[{ required: true, message: '请选择主题分类' }]}
          >
            <Select style={{ width: 220 }} options={options(props.vocab?.subjects)} />
          </Form.Item>
          <Form.Item name="genre" label={LABELS.genre} rules={[{ required: true, message: '请选择体裁' }]}>
            <Select style={{ width: 160 }} options={options(props.vocab?.genres)} />
          </Form.Item>
        </Space>
        <Form.Item name="summary" label={LABELS.summary}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="body" label={LABELS.body}>
          <Input.TextArea rows={6} maxLength={50000} />
        </Form.Item>
        {editing ? (
          <>
            <Form.Item name="validity" label={LABELS.validity}>
              <Radio.Group
                options={(props.vocab?.validities ?? []).map((v) => ({ value: v.value, label: v.label }))}
              />
            </Form.Item>
            {validity && validity !== 'in_force' ? (
              <Form.Item
                name="successorId"
                label={LABELS.successorId}
                extra={
                  validity === 'amended' ? '已修订的文件须指明修订后的文件' : '废止后有替代文件的，请指明'
                }
              >
                <EntryPicker exclude={editing} />
              </Form.Item>
            ) : null}
            {entry.data?.predecessors.length ? (
              <Typography.Paragraph type="secondary">
                本文件修订或替代了：{entry.data.predecessors.map((p) => p.title).join('、')}
              </Typography.Paragraph>
            ) : null}
          </>
        ) : (
          <>
            <Form.Item
              name="replacesId"
              label={LABELS.replaces}
              extra="登记修订后的文件或替代文件时选择原文件，原文件将标注为已修订或已废止"
            >
              <EntryPicker />
            </Form.Item>
            {replacesId ? (
              <Form.Item name="replacesHow" label="原文件">
                <Radio.Group
                  options={[
                    { value: 'amended', label: '被本文件修订' },
                    { value: 'repealed', label: '被本文件替代（废止）' },
                  ]}
                />
              </Form.Item>
            ) : null}
          </>
        )}
      </Form>
    </Drawer>
  );
}
