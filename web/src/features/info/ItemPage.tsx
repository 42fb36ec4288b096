// 政务信息：详情 — the text (and the office's edited text beside the original), the adoptions with
// their points, the timeline, and the steps the state allows: the unit edits, resubmits or
// withdraws; the office starts review, adopts at a level, returns for changes or does not adopt.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, apiUrl } from '../../api/client.ts';
import { useFormErrors, useShowError } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { HtmlEditor } from '../portal/HtmlEditor.tsx';
import { INFO_KEY, type Item, LEVEL_COLORS, STATUS_COLORS } from './api.ts';

type Step = 'adopt' | 'return' | 'reject' | null;

function StepModal({ item, step, onClose }: { item: Item; step: Step; onClose: () => void }) {
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showErrors = useFormErrors();
  const run = useMutation({
    mutationFn: (v: Record<string, string>) => {
      const id = item.id;
      if (step === 'adopt')
        return api.post(apiUrl('/api/info/items/{id}/adoptions', { id }), {
          level: v.level,
          note: v.note || null,
          editedBody: v.editedBody && v.editedBody !== item.body ? v.editedBody : null,
        });
      if (step === 'return')
        return api.post(apiUrl('/api/info/items/{id}/return', { id }), { reason: v.reason });
      return api.post(apiUrl('/api/info/items/{id}/rejection', { id }), { reason: v.reason });
    },
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: INFO_KEY });
      void message.success(`已${r.statusLabel}`);
      form.resetFields();
      onClose();
    },
    onError: (e) => showErrors(form, e, { level: '采用级别', reason: '理由', note: '说明' }),
  });
  const title = step === 'adopt' ? '采用信息' : step === 'return' ? '退回修改' : '不予采用';
  return (
    <Modal
      open={step !== null}
      title={title}
      width={step === 'adopt' ? 900 : 520}
      onCancel={onClose}
      okText="确定"
      confirmLoading={run.isPending}
      onOk={() => form.validateFields().then((v) => run.mutate(v))}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ editedBody: item.editedBody ?? item.body }}>
        {step === 'adopt' ? (
          <>
            <Form.Item name="level" label="采用级别" rules={[{ required: true, message: '请选择采用级别' }]}>
              <Select
                options={item.can.adoptLevels.map((l) => ({
                  value: l.level,
                  label: `${l.label}（${l.points} 分）`,
                }))}
              />
            </Form.Item>
            <Form.Item name="note" label="说明（如刊用的刊物与期号）">
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item name="editedBody" label="编辑后的文字（原文保留）">
              <EditorField />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="reason"
            label="理由（报送单位会看到）"
            rules={[{ required: true, min: 4, message: '请写明理由（至少 4 个字）' }]}
          >
            <Input.TextArea rows={4} maxLength={500} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function EditorField(props: { value?: string; onChange?: (v: string) => void }) {
  return <HtmlEditor value={props.value ?? ''} onChange={(v) => props.onChange?.(v)} />;
}

export default function ItemPage() {
  const { id = '' } = useParams();
  const [step, setStep] = useState<Step>(null);
  const qc = useQueryClient();
  const nav = useNavigate();
  const showError = useShowError();
  const q = useQuery({
    queryKey: [...INFO_KEY, 'item', id],
    queryFn: () => api.get(apiUrl('/api/info/items/{id}', { id })),
  });
  const simple = useMutation({
    mutationFn: (what: 'withdraw' | 'review') =>
      what === 'withdraw'
        ? api.post(apiUrl('/api/info/items/{id}/withdrawal', { id }))
        : api.post(apiUrl('/api/info/items/{id}/review', { id })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: INFO_KEY }),
    onError: showError,
  });
  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <Alert type="error" title="这条信息无法打开" description={String(q.error)} />;
  const i = q.data;
  const actions = (
    <Space wrap>
      {i.can.edit && <Button onClick={() => nav(`/info/items/${i.id}/edit`)}>修改</Button>}
      {i.can.withdraw && (
        <Button danger loading={simple.isPending} onClick={() => simple.mutate('withdraw')}>
          撤回
        </Button>
      )}
      {i.can.startReview && (
        <Button loading={simple.isPending} onClick={() => simple.mutate('review')}>
          开始审核
        </Button>
      )}
      {i.can.adoptLevels.length > 0 && (
        <Button type="primary" onClick={() => setStep('adopt')}>
          {i.status === 'adopted' ? '再次采用（其他级别）' : '采用'}
        </Button>
      )}
      {i.can.review && <Button onClick={() => setStep('return')}>退回修改</Button>}
      {i.can.review && (
        <Button danger onClick={() => setStep('reject')}>
          不予采用
        </Button>
      )}
    </Space>
  );
  return (
    <PageContainer
      title={i.title}
      subTitle={
        <Space wrap>
          <Tag color={STATUS_COLORS[i.status]}>{i.statusLabel}</Tag>
          {i.levels.map((l) => (
            <Tag key={l.level} color={LEVEL_COLORS[l.level]}>
              {l.label}
            </Tag>
          ))}
        </Space>
      }
      extra={actions}
    >
      {i.emergencyId && (
        <Alert
          style={{ marginBottom: 16 }}
          type="warning"
          showIcon
          title={
            <>
              这是突发事件信息（{i.reportKindLabel}）。
              <Link to={`/info/emergencies/${i.emergencyId}`}>查看报送时限、续报和终报</Link>
            </>
          }
        />
      )}
      {i.reviewNote && (
        <Alert
          style={{ marginBottom: 16 }}
          type={i.status === 'returned' ? 'warning' : 'info'}
          showIcon
          title={i.status === 'returned' ? '办公室退回修改' : '办公室意见'}
          description={i.reviewNote}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
              <Descriptions.Item label="报送单位">{i.unitName}</Descriptions.Item>
              <Descriptions.Item label="撰稿人">
                {i.authorName}
                {i.contact ? `（${i.contact}）` : ''}
              </Descriptions.Item>
              <Descriptions.Item label="类型与层次">
                {i.typeLabel} · {i.depthLabel}
              </Descriptions.Item>
              <Descriptions.Item label="报送时间">{formatTime(i.submittedAt) || '未报送'}</Descriptions.Item>
              {i.keywords.length > 0 && (
                <Descriptions.Item label="关键词">{i.keywords.join('、')}</Descriptions.Item>
              )}
              {i.classified && <Descriptions.Item label="密级">涉密或不宜公开</Descriptions.Item>}
            </Descriptions>
            <Tabs
              items={[
                {
                  key: 'original',
                  label: '原文',
                  children: (
                    // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by the server on save (portal's sanitizeBody)
                    <div className="article-body" dangerouslySetInnerHTML={{ __html: i.body }} />
                  ),
                },
                ...(i.editedBody
                  ? [
                      {
                        key: 'edited',
                        label: '办公室编辑稿',
                        children: (
                          // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by the server on save (portal's sanitizeBody)
                          <div className="article-body" dangerouslySetInnerHTML={{ __html: i.editedBody }} />
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={`采用与积分（共 ${i.points} 分）`} size="small" style={{ marginBottom: 16 }}>
            {i.adoptions.length ? (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={i.pointEntries.map((p, k) => ({ ...p, id: String(k) }))}
                columns={[
                  { title: '事项', dataIndex: 'label' },
                  { title: '积分', dataIndex: 'points', width: 60, align: 'right' },
                  { title: '时间', key: 'at', width: 130, render: (_, p) => formatTime(p.at) },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">尚未采用</Typography.Text>
            )}
          </Card>
          <Card title="办理过程" size="small">
            <Timeline
              items={i.events.map((e) => ({
                content: (
                  <>
                    <Typography.Text strong>{e.text}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {formatTime(e.at)} {e.actorName ?? ''}
                    </Typography.Text>
                    {e.note && <div>{e.note}</div>}
                  </>
                ),
              }))}
            />
          </Card>
          <div style={{ marginTop: 12 }}>
            <Link to="/info/review">返回审核队列</Link>
          </div>
        </Col>
      </Row>
      <StepModal item={i} step={step} onClose={() => setStep(null)} />
    </PageContainer>
  );
}
