// 报送信息 / 修改信息: the unit's form — title, body (rich text; paste from Word keeps paragraphs,
// cleaned by the server on save), type, depth class, keywords, author and contact, 涉密 — saved as a
// draft or submitted. A returned item shows the office's reason above the form.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, Input, Radio, Select, Skeleton, Space } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, apiUrl } from '../../api/client.ts';
import { useMe } from '../../auth/session.tsx';
import { useFormErrors } from '../../components/errors.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { HtmlEditor } from '../portal/HtmlEditor.tsx';
import { INFO_KEY, useInfoVocab } from './api.ts';

const LABELS = {
  title: '标题',
  body: '正文',
  type: '信息类型',
  depth: '信息层次',
  keywords: '关键词',
  authorName: '撰稿人',
  contact: '联系电话',
};

interface Values {
  title: string;
  body: string;
  type: string;
  depth: string;
  keywords: string[];
  authorName: string;
  contact: string;
  classified: boolean;
}

export default function ItemEditorPage() {
  const { id } = useParams();
  const [form] = Form.useForm<Values>();
  const vocab = useInfoVocab();
  const me = useMe();
  const qc = useQueryClient();
  const nav = useNavigate();
  const { message } = App.useApp();
  const showErrors = useFormErrors();
  const existing = useQuery({
    queryKey: [...INFO_KEY, 'item', id],
    queryFn: () => api.get(apiUrl('/api/info/items/{id}', { id: id ?? '' })),
    enabled: Boolean(id),
  });
  useEffect(() => {
    const i = existing.data;
    if (i)
      form.setFieldsValue({
        title: i.title,
        body: i.body,
        type: i.type,
        depth: i.depth,
        keywords: i.keywords,
        authorName: i.authorName,
        contact: i.contact,
        classified: i.classified,
      });
  }, [existing.data, form]);
  const save = useMutation({
    mutationFn: ({ values, submit }: { values: Values; submit: boolean }) => {
      const body = {
        ...values,
        keywords: values.keywords ?? [],
        classified: Boolean(values.classified),
        submit,
      };
      return id ? api.put(apiUrl('/api/info/items/{id}', { id }), body) : api.post('/api/info/items', body);
    },
    onSuccess: (r, { submit }) => {
      void qc.invalidateQueries({ queryKey: INFO_KEY });
      void message.success(submit ? '已报送，办公室审核后可在本页查看采用情况' : '草稿已保存');
      nav(`/info/items/${r.id}`);
    },
    onError: (e) => showErrors(form, e, LABELS),
  });
  if (id && existing.isPending) return <Skeleton active />;
  const run = (submit: boolean) =>
    form
      .validateFields()
      .then((values) => save.mutate({ values, submit }))
      .catch(() => undefined);
  const types = (vocab.data?.types ?? []).filter((t) => t.value !== 'emergency');
  return (
    <PageContainer
      title={id ? '修改信息' : '报送信息'}
      subTitle="每周至少报送 1 条；综合性、调研性信息更易被专报和上级采用"
    >
      {existing.data?.status === 'returned' && existing.data.reviewNote && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="办公室退回修改"
          description={existing.data.reviewNote}
        />
      )}
      <Card>
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            type: 'news',
            depth: 'general',
            keywords: [],
            authorName: me?.displayName ?? '',
          }}
          style={{ maxWidth: 960 }}
        >
          <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
            <Input maxLength={80} showCount placeholder="一句话说清何事、何效" />
          </Form.Item>
          <Form.Item name="type" label="信息类型" rules={[{ required: true }]}>
            <Radio.Group options={types} optionType="button" />
          </Form.Item>
          <Form.Item
            name="depth"
            label="信息层次"
            rules={[{ required: true, message: '请选择信息层次' }]}
            extra="综合性、调研性：有分析、有数据、有对策；一般性、零散性：单项活动、会议动态"
          >
            <Radio.Group options={vocab.data?.depths} />
          </Form.Item>
          <Form.Item name="body" label="正文" rules={[{ required: true, message: '请填写正文' }]}>
            <BodyField />
          </Form.Item>
          <Form.Item name="keywords" label="关键词" extra="最多 5 个，回车分隔">
            <Select mode="tags" tokenSeparators={[',', '，', '、']} maxCount={5} open={false} />
          </Form.Item>
          <Space wrap size={16}>
            <Form.Item name="authorName" label="撰稿人" rules={[{ required: true, message: '请填写撰稿人' }]}>
              <Input maxLength={40} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              name="contact"
              label="联系电话"
              rules={[{ required: true, message: '请填写联系电话' }]}
            >
              <Input maxLength={60} style={{ width: 240 }} />
            </Form.Item>
          </Space>
          <Form.Item name="classified" valuePropName="checked" extra="涉密信息不会被共享到门户网站">
            <Checkbox>本信息涉密或不宜公开</Checkbox>
          </Form.Item>
          <Space>
            <Button type="primary" loading={save.isPending} onClick={() => run(true)}>
              报送
            </Button>
            <Button loading={save.isPending} onClick={() => run(false)}>
              保存草稿
            </Button>
          </Space>
        </Form>
      </Card>
    </PageContainer>
  );
}

function BodyField(props: { value?: string; onChange?: (v: string) => void }) {
  return <HtmlEditor value={props.value ?? ''} onChange={(v) => props.onChange?.(v)} />;
}
