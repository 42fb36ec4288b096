// The article editor: column, title and the article's particulars, the body with its preview,
// attachments and cover image, the origin (原创 / 网刊共享 / 转载), then the workflow beside it.
import { ArrowLeftOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  TreeSelect,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, apiUrl } from '../../api/client.ts';
import { useMe } from '../../auth/session.tsx';
import { errorText, useFormErrors } from '../../components/errors.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { columnOptions } from './ArticlesPage.tsx';
import { ArticleWorkflow, EditionsCard, EventsCard } from './ArticleWorkflow.tsx';
import {
  ARTICLES_KEY,
  type ArticleOrigin,
  buildColumnTree,
  ORIGIN_LABELS,
  uploadPortalFile,
  useArticle,
  useColumns,
} from './api.ts';

// The rich-text editor (tiptap and ProseMirror) is a chunk of its own, loaded with the editor page.
const RichTextEditor = lazy(() =>
  import('./RichTextEditor.tsx').then((m) => ({ default: m.RichTextEditor })),
);

interface FormValues {
  columnId: string;
  title: string;
  subtitle?: string;
  source?: string;
  author?: string;
  date?: Dayjs | null;
  summary?: string;
  tags?: string[];
  origin: ArticleOrigin;
  originName?: string;
  originUrl?: string;
  pinned?: boolean;
  note?: string;
}

const LABELS: Record<string, string> = {
  columnId: '栏目',
  title: '标题',
  subtitle: '副标题',
  source: '来源',
  author: '作者',
  date: '日期',
  summary: '摘要',
  tags: '标签',
  originName: '出处名称',
  originUrl: '原文地址',
  bodyHtml: '正文',
};

interface FileItem {
  fileId: string;
  title: string;
}

export default function ArticleEditor({ id }: { id?: string }) {
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const showFormErrors = useFormErrors();
  const article = useArticle(id);
  const columns = useColumns();
  const [form] = Form.useForm<FormValues>();
  const origin = Form.useWatch('origin', form);
  const [body, setBody] = useState('');
  const [attachments, setAttachments] = useState<FileItem[]>([]);
  const [coverFileId, setCoverFileId] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const options = useMemo(() => columnOptions(buildColumnTree(columns.data ?? []), true), [columns.data]);

  const loaded = article.data;
  useEffect(() => {
    if (!loaded) return;
    form.setFieldsValue({
      columnId: loaded.columnId,
      title: loaded.title,
      subtitle: loaded.subtitle ?? undefined,
      source: loaded.source ?? undefined,
      author: loaded.author ?? undefined,
      date: loaded.date ? dayjs(loaded.date) : null,
      summary: loaded.summary ?? undefined,
      tags: loaded.tags,
      origin: loaded.origin,
      originName: loaded.originName ?? undefined,
      originUrl: loaded.originUrl ?? undefined,
      pinned: loaded.pinned,
      note: undefined,
    });
    setBody(loaded.bodyHtml);
    setAttachments(loaded.attachments.map((a) => ({ fileId: a.fileId, title: a.title })));
    setCoverFileId(loaded.coverFileId);
  }, [loaded, form]);

  if (id && article.isError)
    return <Result status="error" title="稿件载入失败" subTitle={errorText(article.error)} />;
  if (id && !loaded) return <Skeleton active />;
  const editable = !loaded || loaded.actions.edit;

  const save = async (values: FormValues) => {
    setSaving(true);
    const payload = {
      ...values,
      date: values.date ? values.date.format('YYYY-MM-DD') : null,
      bodyHtml: body,
      attachments,
      coverFileId,
      note: values.note || null,
    };
    try {
      if (loaded) {
        const next = await api.patch(apiUrl('/api/portal/articles/{id}', { id: loaded.id }), payload);
        queryClient.setQueryData([...ARTICLES_KEY, 'one', loaded.id], next);
        form.setFieldValue('note', undefined);
        void message.success(next.edition > loaded.edition ? `已保存为第 ${next.edition} 版` : '已保存');
      } else {
        const created = await api.post('/api/portal/articles', payload);
        void message.success('稿件已保存为草稿');
        navigate(`/portal/articles/${created.id}`, { replace: true });
      }
      void queryClient.invalidateQueries({ queryKey: [...ARTICLES_KEY, 'list'] });
    } catch (e) {
      showFormErrors(form, e, LABELS);
    } finally {
      setSaving(false);
    }
  };

  const upload =
    (kind: 'attachment' | 'cover') =>
    async (options: { file: unknown; onSuccess?: (r: unknown) => void; onError?: (e: Error) => void }) => {
      try {
        const r = await uploadPortalFile(options.file as File, kind, me.csrfToken);
        if (kind === 'cover') setCoverFileId(r.fileId);
        else
          setAttachments((list) => [
            ...list,
            { fileId: r.fileId, title: r.fileName.replace(/\.(pdf|jpe?g|png)$/i, '') },
          ]);
        options.onSuccess?.(r);
      } catch (e) {
        void message.error((e as Error).message);
        options.onError?.(e as Error);
      }
    };

  return (
    <PageContainer
      title={loaded ? loaded.title : '写稿件'}
      extra={
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/portal/articles')}>
            返回列表
          </Button>
          {loaded && (
            <Button icon={<EyeOutlined />} href={`/api/portal/articles/${loaded.id}/preview`} target="_blank">
              按网站样式预览
            </Button>
          )}
          {loaded?.liveEdition != null && (
            <Button href={`/articles/${loaded.id}`} target="_blank">
              查看网上页面
            </Button>
          )}
        </Space>
      }
    >
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Form
            form={form}
            layout="vertical"
            disabled={!editable}
            initialValues={{ origin: 'original', tags: [] }}
            onFinish={save}
          >
            <Card size="small" style={{ marginBottom: 16 }}>
              <Row gutter={16}>
                <Col xs={24} md={10}>
                  <Form.Item
                    name="columnId"
                    label="栏目"
                    rules={[{ required: true, message: '请选择栏目' }]}
                    extra="只能选择本单位负责的栏目"
                  >
                    <TreeSelect
                      treeData={options}
                      showSearch={{ treeNodeFilterProp: 'title' }}
                      treeDefaultExpandAll={false}
                      placeholder="选择栏目"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={14}>
                  <Form.Item
                    name="title"
                    label="标题"
                    rules={[{ required: true, message: '请填写标题' }, { max: 200 }]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="subtitle" label="副标题" rules={[{ max: 200 }]}>
                <Input />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name="source" label="来源" rules={[{ max: 100 }]}>
                    <Input placeholder="如：省林业局办公室" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="author" label="作者" rules={[{ max: 100 }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="date" label="日期" extra="不填则为首次发布日期">
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="origin" label="稿件来源">
                <Radio.Group
                  optionType="button"
                  options={(Object.keys(ORIGIN_LABELS) as ArticleOrigin[]).map((k) => ({
                    value: k,
                    label: ORIGIN_LABELS[k],
                  }))}
                />
              </Form.Item>
              {origin === 'reposted' && (
                <Row gutter={16}>
                  <Col xs={24} md={10}>
                    <Form.Item
                      name="originName"
                      label="出处名称"
                      rules={[{ required: true, message: '转载须填写出处名称' }]}
                    >
                      <Input placeholder="如：国家林业和草原局政府网" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={14}>
                    <Form.Item
                      name="originUrl"
                      label="原文地址"
                      rules={[
                        { required: true, message: '转载须填写原文地址' },
                        { type: 'url', message: '请填写完整网址' },
                      ]}
                    >
                      <Input placeholder="https://" />
                    </Form.Item>
                  </Col>
                </Row>
              )}
              {origin === 'shared' && (
                <Form.Item
                  name="originName"
                  label="刊物名称与期号"
                  rules={[{ required: true, message: '网刊共享须填写刊物名称与期号' }]}
                >
                  <Input placeholder="如：《河南林业信息》2026年第5期" />
                </Form.Item>
              )}
            </Card>
            <Card size="small" title="正文" style={{ marginBottom: 16 }}>
              <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
                <RichTextEditor value={body} onChange={setBody} disabled={!editable} />
              </Suspense>
            </Card>
            <Card size="small" title="附件与题图" style={{ marginBottom: 16 }}>
              <Space direction="vertical" style={{ width: '100%' }}>
                {attachments.map((a, i) => (
                  <Space key={a.fileId} wrap>
                    <Input
                      value={a.title}
                      aria-label={`附件 ${i + 1} 名称`}
                      style={{ width: 320 }}
                      onChange={(e) =>
                        setAttachments((list) =>
                          list.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)),
                        )
                      }
                    />
                    <Button size="small" href={`/api/portal/files/${a.fileId}`} target="_blank">
                      查看
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => setAttachments((list) => list.filter((_, j) => j !== i))}
                    >
                      移除
                    </Button>
                  </Space>
                ))}
                <Space wrap>
                  <Upload
                    customRequest={upload('attachment')}
                    showUploadList={false}
                    accept=".pdf,.jpg,.jpeg,.png"
                    disabled={!editable}
                  >
                    <Button icon={<UploadOutlined />}>上传附件（PDF、JPG、PNG，20 MB 以内）</Button>
                  </Upload>
                  <Upload
                    customRequest={upload('cover')}
                    showUploadList={false}
                    accept=".jpg,.jpeg,.png"
                    disabled={!editable}
                  >
                    <Button icon={<UploadOutlined />}>{coverFileId ? '更换题图' : '上传题图'}</Button>
                  </Upload>
                  {coverFileId && (
                    <>
                      <Button type="link" href={`/api/portal/files/${coverFileId}`} target="_blank">
                        查看题图
                      </Button>
                      <Button type="link" danger onClick={() => setCoverFileId(null)}>
                        去掉题图
                      </Button>
                    </>
                  )}
                </Space>
              </Space>
            </Card>
            <Card size="small" style={{ marginBottom: 16 }}>
              <Form.Item name="summary" label="摘要（网页描述，可不填）" rules={[{ max: 300 }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={14}>
                  <Form.Item name="tags" label="标签">
                    <Select mode="tags" tokenSeparators={[',', '，', ' ']} placeholder="回车添加" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={10}>
                  <Form.Item name="pinned" valuePropName="checked" label=" ">
                    <Checkbox>在栏目中置顶</Checkbox>
                  </Form.Item>
                </Col>
              </Row>
              {loaded && (
                <Form.Item name="note" label="本次修改说明（记入版本）" rules={[{ max: 200 }]}>
                  <Input />
                </Form.Item>
              )}
              <Space>
                <Button type="primary" htmlType="submit" loading={saving} disabled={!editable}>
                  {loaded ? '保存' : '保存草稿'}
                </Button>
                {loaded?.liveEdition != null && loaded.status === 'published' && (
                  <Typography.Text type="secondary">
                    修改已发布的稿件会生成新版本，审核发布前网上仍显示原版本。
                  </Typography.Text>
                )}
              </Space>
            </Card>
          </Form>
        </Col>
        <Col xs={24} xl={8}>
          {loaded ? (
            <Space direction="vertical" style={{ width: '100%' }} size={16}>
              <ArticleWorkflow article={loaded} />
              <EditionsCard article={loaded} />
              <EventsCard article={loaded} />
            </Space>
          ) : (
            <Card size="small" title="流程">
              <Typography.Paragraph type="secondary">
                保存为草稿后即可送审。送审后按栏目要求审核（一级或初审加复审），审核通过后由有发布权限的人员发布，可定时发布、定时下线。
              </Typography.Paragraph>
            </Card>
          )}
        </Col>
      </Row>
    </PageContainer>
  );
}
