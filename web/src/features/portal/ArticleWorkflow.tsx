// The article's workflow panel: its state, the actions the account may take now (each with the
// reason or times it needs), the history of events, and the editions with their differences.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, apiUrl, type RequestBody } from '../../api/client.ts';
import { useShowError } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { StatusTag } from './ArticlesPage.tsx';
import { ARTICLES_KEY, type ArticleDetail, type DiffPart } from './api.ts';

// The workflow's steps (流程操作), each a POST /api/portal/articles/{id}/<step> with its own body.
type Step = 'submit' | 'review' | 'publish' | 'publish-unreviewed' | 'unschedule' | 'unpublish' | 'withdraw';
type StepInput = {
  [S in Step]: { path: S; body?: RequestBody<`/api/portal/articles/{id}/${S}`, 'post'> };
}[Step];

type ActionKind = 'review' | 'publish' | 'unreviewed' | 'withdraw';

interface ActionValues {
  comment?: string;
  reason?: string;
  publishAt?: Dayjs | null;
  unpublishAt?: Dayjs | null;
  understood?: boolean;
}

const TITLES: Record<ActionKind, string> = {
  review: '审核稿件',
  publish: '发布稿件',
  unreviewed: '未经审核发布',
  withdraw: '撤回稿件',
};

export function ArticleWorkflow({ article }: { article: ArticleDetail }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const [open, setOpen] = useState<ActionKind | null>(null);
  const [form] = Form.useForm<ActionValues>();
  const a = article.actions;

  const run = useMutation({
    mutationFn: (input: StepInput) =>
      api.post(
        apiUrl(`/api/portal/articles/{id}/${input.path}` as const, { id: article.id }),
        // The body was checked against the step's schema where StepInput was built.
        (input.body ?? {}) as never,
      ),
    onSuccess: (next, input) => {
      queryClient.setQueryData([...ARTICLES_KEY, 'one', article.id], next);
      void queryClient.invalidateQueries({ queryKey: ARTICLES_KEY });
      setOpen(null);
      form.resetFields();
      void message.success(
        {
          submit: '已送审',
          review: '审核意见已提交',
          publish: next.status === 'scheduled' ? '已设定时发布' : '已发布',
          'publish-unreviewed':
            next.status === 'scheduled' ? '已设定时发布（未经审核）' : '已发布（未经审核）',
          unschedule: '已取消定时发布',
          unpublish: '已下线',
          withdraw: '已撤回',
        }[input.path] ?? '已完成',
      );
    },
    onError: showError,
  });
  const remove = useMutation({
    mutationFn: () => api.delete(apiUrl('/api/portal/articles/{id}', { id: article.id })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ARTICLES_KEY });
      void message.success('稿件已删除');
      navigate('/portal/articles');
    },
    onError: showError,
  });

  const times = (v: ActionValues) => ({
    publishAt: v.publishAt ? v.publishAt.toISOString() : null,
    unpublishAt: v.unpublishAt ? v.unpublishAt.toISOString() : null,
  });

  const submitModal = async (approve?: boolean) => {
    const v = await form.validateFields();
    if (open === 'review' && approve !== undefined)
      run.mutate({ path: 'review', body: { approve, comment: v.comment || null } });
    if (open === 'publish') run.mutate({ path: 'publish', body: times(v) });
    if (open === 'unreviewed')
      run.mutate({ path: 'publish-unreviewed', body: { ...times(v), reason: v.reason ?? '' } });
    if (open === 'withdraw') run.mutate({ path: 'withdraw', body: { reason: v.reason ?? '' } });
  };

  const none = !Object.values(a).some(Boolean);

  return (
    <>
      <Card title="流程" size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label="状态">
            <StatusTag a={article} />
          </Descriptions.Item>
          <Descriptions.Item label="版本">
            第 {article.edition} 版
            {article.liveEdition !== null ? `（网上为第 ${article.liveEdition} 版）` : ''}
          </Descriptions.Item>
          {article.publishAt && (
            <Descriptions.Item label="定时发布">{formatTime(article.publishAt)}</Descriptions.Item>
          )}
          {article.unpublishAt && (
            <Descriptions.Item label="定时下线">{formatTime(article.unpublishAt)}</Descriptions.Item>
          )}
          {article.publishedAt && (
            <Descriptions.Item label="发布时间">{formatTime(article.publishedAt)}</Descriptions.Item>
          )}
        </Descriptions>
        {article.unreviewed && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title="未经审核发布"
            description={`理由：${article.unreviewedReason ?? '—'}`}
          />
        )}
        {article.status === 'withdrawn' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={`已于 ${formatTime(article.withdrawnAt)} 撤回`}
            description={`理由：${article.withdrawnReason ?? '—'}`}
          />
        )}
        <Space wrap>
          {a.submit && (
            <Button type="primary" loading={run.isPending} onClick={() => run.mutate({ path: 'submit' })}>
              送审
            </Button>
          )}
          {a.review && (
            <Button type="primary" onClick={() => setOpen('review')}>
              审核
            </Button>
          )}
          {a.publish && (
            <Button type="primary" onClick={() => setOpen('publish')}>
              发布
            </Button>
          )}
          {a.unschedule && <Button onClick={() => run.mutate({ path: 'unschedule' })}>取消定时</Button>}
          {a.unpublish && (
            <Button
              onClick={() =>
                modal.confirm({
                  title: '下线这篇稿件？',
                  content: '下线后网站上不再显示，可修改后重新发布。',
                  okText: '下线',
                  cancelText: '取消',
                  onOk: () => run.mutateAsync({ path: 'unpublish' }),
                })
              }
            >
              下线
            </Button>
          )}
          {a.withdraw && (
            <Button danger onClick={() => setOpen('withdraw')}>
              撤回
            </Button>
          )}
          {a.delete && (
            <Button
              danger
              type="text"
              onClick={() =>
                modal.confirm({
                  title: '删除这篇稿件？',
                  okText: '删除',
                  okButtonProps: { danger: true },
                  cancelText: '取消',
                  onOk: () => remove.mutateAsync(),
                })
              }
            >
              删除
            </Button>
          )}
          {none && <Typography.Text type="secondary">当前没有您可以进行的操作</Typography.Text>}
        </Space>
        {article.status === 'submitted' && !a.review && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            等待审核：送审人不能审核自己送审的稿件，复审须由初审以外的人员进行。
          </Typography.Paragraph>
        )}
        {a.publishUnreviewed && (
          // Kept apart from 审核 and 发布: an exception with its own confirmation, not a shortcut.
          <div
            className="lz-unreviewed-zone"
            style={{ marginTop: 16, paddingTop: 12, borderTop: '1px dashed #f0c0c0' }}
          >
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6, fontSize: 12 }}>
              特殊情况（如突发事件须即时发布）
            </Typography.Text>
            <Button danger size="small" onClick={() => setOpen('unreviewed')}>
              未经审核发布…
            </Button>
          </div>
        )}
      </Card>

      <Modal
        open={open !== null}
        title={open ? TITLES[open] : ''}
        onCancel={() => setOpen(null)}
        destroyOnHidden
        footer={
          open === 'review'
            ? [
                <Button key="reject" danger loading={run.isPending} onClick={() => submitModal(false)}>
                  退回修改
                </Button>,
                <Button
                  key="approve"
                  type="primary"
                  loading={run.isPending}
                  onClick={() => submitModal(true)}
                >
                  审核通过
                </Button>,
              ]
            : [
                <Button key="cancel" onClick={() => setOpen(null)}>
                  取消
                </Button>,
                <Button
                  key="ok"
                  type="primary"
                  danger={open === 'withdraw' || open === 'unreviewed'}
                  loading={run.isPending}
                  onClick={() => submitModal()}
                >
                  确定
                </Button>,
              ]
        }
      >
        <Form form={form} layout="vertical" preserve={false}>
          {open === 'review' && (
            <>
              <Typography.Paragraph>
                本栏目需 {article.reviewSteps} 级审核，这是第 {article.reviewsDone + 1}{' '}
                级。退回修改须写明意见。
              </Typography.Paragraph>
              <Form.Item name="comment" label="审核意见" rules={[{ max: 500 }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
            </>
          )}
          {(open === 'publish' || open === 'unreviewed') && (
            <>
              {open === 'unreviewed' && (
                <>
                  <Alert
                    type="error"
                    showIcon
                    style={{ marginBottom: 16 }}
                    title="这将绕过“先审后发”的规定"
                    description={`本栏目规定稿件须经 ${article.reviewSteps} 级审核后才能发布（《政府网站发展指引》（国办发〔2017〕47号）要求建立信息发布审核制度，先审后发）。未经审核发布须说明理由，记录在案并通知信息中心，稿件带“未经审核”标记，直到补审。`}
                  />
                  <Form.Item
                    name="understood"
                    valuePropName="checked"
                    rules={[
                      {
                        validator: (_, v) =>
                          v ? Promise.resolve() : Promise.reject(new Error('请确认您了解绕过审核的后果')),
                      },
                    ]}
                  >
                    <Checkbox>我了解这篇稿件将不经审核直接发布，并对发布内容负责</Checkbox>
                  </Form.Item>
                </>
              )}
              {open === 'unreviewed' && (
                <Form.Item
                  name="reason"
                  label="未经审核发布的理由"
                  extra="理由会记录在案，并通知信息中心；稿件将带有“未经审核”标记。"
                  rules={[
                    { required: true, message: '请说明理由' },
                    { min: 4, message: '理由至少 4 个字' },
                  ]}
                >
                  <Input.TextArea rows={3} />
                </Form.Item>
              )}
              <Form.Item name="publishAt" label="定时发布（不填为立即发布）">
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item name="unpublishAt" label="定时下线（如公示期满，可不填）">
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </>
          )}
          {open === 'withdraw' && (
            <Form.Item
              name="reason"
              label="撤回理由"
              extra="撤回后原网址将向公众说明该信息已撤回及理由。"
              rules={[
                { required: true, message: '请填写撤回理由' },
                { min: 4, message: '理由至少 4 个字' },
              ]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}

export function EventsCard({ article }: { article: ArticleDetail }) {
  return (
    <Card title="流转记录" size="small">
      <Timeline
        items={[...article.events].reverse().map((e) => ({
          color:
            e.action === 'reject' || e.action === 'withdraw' || e.action === 'publish_unreviewed'
              ? 'red'
              : e.action.startsWith('publish')
                ? 'green'
                : 'blue',
          content: (
            <div>
              <Typography.Text strong>{e.label}</Typography.Text>
              {e.step ? `（第 ${e.step} 级）` : ''} · 第 {e.edition} 版
              <br />
              <Typography.Text type="secondary">
                {e.actorName ?? '系统'} · {formatTime(e.at)}
              </Typography.Text>
              {e.comment && <div>{e.comment}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.op === 'insert' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional
          <ins key={i} style={{ background: '#d9f7be', textDecoration: 'none' }}>
            {p.text}
          </ins>
        ) : p.op === 'delete' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional
          <del key={i} style={{ background: '#ffccc7' }}>
            {p.text}
          </del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

export function EditionsCard({ article }: { article: ArticleDetail }) {
  const [pair, setPair] = useState<[number, number] | null>(null);
  const diff = useQuery({
    queryKey: [...ARTICLES_KEY, 'diff', article.id, pair],
    queryFn: () =>
      api.get(apiUrl('/api/portal/articles/{id}/diff', { id: article.id }), { from: pair![0], to: pair![1] }),
    enabled: pair !== null,
  });
  const editions = article.editions;
  const options = editions.map((e) => ({ value: e.edition, label: `第 ${e.edition} 版` }));
  return (
    <Card title="版本" size="small">
      <List
        size="small"
        dataSource={editions}
        renderItem={(e) => (
          <List.Item
            actions={
              e.edition > 1
                ? [
                    <Button
                      key="diff"
                      type="link"
                      size="small"
                      onClick={() => setPair([e.edition - 1, e.edition])}
                    >
                      与上一版比较
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={`第 ${e.edition} 版${e.edition === article.liveEdition ? '（网上）' : ''}`}
              description={`${e.createdByName ?? '系统'} · ${formatTime(e.createdAt)}${e.note ? ` · ${e.note}` : ''}`}
            />
          </List.Item>
        )}
      />
      <Modal open={pair !== null} title="版本差异" width={820} footer={null} onCancel={() => setPair(null)}>
        {pair && (
          <Space style={{ marginBottom: 12 }}>
            <Select
              value={pair[0]}
              options={options}
              onChange={(v) => setPair([v, pair[1]])}
              style={{ width: 110 }}
            />
            →
            <Select
              value={pair[1]}
              options={options}
              onChange={(v) => setPair([pair[0], v])}
              style={{ width: 110 }}
            />
          </Space>
        )}
        {diff.data ? (
          diff.data.fields.length === 0 && diff.data.body.every((b) => b.op === 'equal') ? (
            <Empty description="两个版本内容相同" />
          ) : (
            <>
              {diff.data.fields.map((f) => (
                <p key={f.field}>
                  <Typography.Text strong>{f.label}：</Typography.Text>
                  <Parts parts={f.parts} />
                </p>
              ))}
              <Typography.Text strong>正文：</Typography.Text>
              {diff.data.body.map((b, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are positional
                <p key={i} style={{ margin: '4px 0', opacity: b.op === 'equal' ? 0.6 : 1 }}>
                  <Parts parts={b.parts} />
                </p>
              ))}
            </>
          )
        ) : (
          diff.isPending && pair && <Typography.Text type="secondary">正在比较…</Typography.Text>
        )}
      </Modal>
    </Card>
  );
}
