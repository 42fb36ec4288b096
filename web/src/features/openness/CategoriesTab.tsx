// 目录类别: the catalogue's categories, a setting of the department. Each is disclosed to the public
// (向社会公开) or inside the department only (机关内部公开: signed-in staff, never the public site's
// search or a crawler). Moving a category moves its entries' search audience at once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Space,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import { useEffect, useState } from 'react';
import { api, apiUrl } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { useFormErrors } from '../../components/errors.ts';
import { type Category, OPENNESS_KEY, useCategories } from './api.ts';

const LABELS = {
  code: '类别代码',
  name: '类别名称',
  audience: '公开范围',
  description: '说明',
  sort: '排序号',
};

interface Values {
  code: string;
  name: string;
  audience: 'public' | 'internal';
  description?: string;
  sort?: number;
}

function CategoryModal(props: { target: Category | 'new' | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showFormErrors = useFormErrors();
  const qc = useQueryClient();
  const t = props.target;
  useEffect(() => {
    if (!t) return;
    form.resetFields();
    if (t !== 'new')
      form.setFieldsValue({
        code: t.code,
        name: t.name,
        audience: t.audience,
        description: t.description,
        sort: t.sort,
      });
    else form.setFieldsValue({ audience: 'public', sort: 0 });
  }, [t, form]);
  const save = useMutation({
    mutationFn: (v: Values) =>
      t && t !== 'new'
        ? api.patch(apiUrl('/api/openness/categories/{id}', { id: t.id }), v)
        : api.post('/api/openness/categories', v),
    onSuccess: (c) => {
      void message.success(`类别“${c.name}”已保存`);
      void qc.invalidateQueries({ queryKey: OPENNESS_KEY });
      props.onClose();
    },
    onError: (e) => showFormErrors(form, e, LABELS),
  });
  return (
    <Modal
      title={t === 'new' ? '新增目录类别' : `修改目录类别${t ? `：${t.name}` : ''}`}
      open={Boolean(t)}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="name" label={LABELS.name} rules={[{ required: true, message: '请填写类别名称' }]}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="code"
          label={LABELS.code}
          extra="小写字母开头，只含小写字母、数字和连字符；用于公开页面的网址"
        >
          <Input maxLength={31} />
        </Form.Item>
        <Form.Item name="audience" label={LABELS.audience}>
          <Radio.Group
            options={[
              { value: 'public', label: '向社会公开' },
              { value: 'internal', label: '机关内部公开（仅登录的工作人员可见）' },
            ]}
          />
        </Form.Item>
        <Form.Item name="description" label={LABELS.description}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="sort" label={LABELS.sort}>
          <InputNumber min={0} max={100000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CategoriesTab() {
  const categories = useCategories();
  const me = useMe();
  const mayEdit = can(me, 'openness:catalogue');
  const [target, setTarget] = useState<Category | 'new' | null>(null);
  const columns: TableColumnsType<Category> = [
    { title: '类别', dataIndex: 'name', width: 180 },
    { title: '代码', dataIndex: 'code', width: 100 },
    {
      title: '公开范围',
      dataIndex: 'audienceLabel',
      width: 140,
      render: (l: string, c) => <Tag color={c.audience === 'public' ? 'green' : 'red'}>{l}</Tag>,
    },
    { title: '说明', dataIndex: 'description' },
    { title: '条目数', dataIndex: 'entries', width: 90, align: 'right' },
    {
      title: '操作',
      key: 'ops',
      width: 90,
      render: (_, c) =>
        mayEdit ? (
          <Button size="small" onClick={() => setTarget(c)}>
            修改
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      {mayEdit ? (
        <Space style={{ marginBottom: 16 }}>
          <Button type="primary" onClick={() => setTarget('new')}>
            新增类别
          </Button>
        </Space>
      ) : null}
      <Table
        rowKey="id"
        size="middle"
        loading={categories.isFetching}
        columns={columns}
        dataSource={categories.data ?? []}
        pagination={false}
        scroll={{ x: 640 }}
      />
      <CategoryModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
