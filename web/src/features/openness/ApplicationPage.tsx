// 依申请公开：申请详情 — who applied and for what, the clocks with 为什么是这一天, the timeline
// (public steps and staff notes), and the steps the state allows: 登记受理, 告知补正 (within 7
// working days), 登记补正, 征求第三方意见 and its end, 延长答复期限 (with approver; 20 working days in
// all), 作出答复 (reply type, reason category, text), 视为放弃; the 告知书 to download.
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
  InputNumber,
  Modal,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, apiUrl } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { errorText } from '../../components/errors.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { WhyThisDate } from '../calendar/WhyThisDate.tsx';
import { DaysLeft } from './ApplicationsPage.tsx';
import { APPLICATION_STATUS_COLORS, type Application, OPENNESS_KEY, useApplicationVocab } from './api.ts';

type StepKey = 'supplement-request' | 'supplement' | 'consult' | 'consult-end' | 'extend' | 'answer';

const STEP_TITLES: Record<StepKey, string> = {
  'supplement-request': '一次性告知补正',
  supplement: '登记申请人的补正',
  consult: '征求第三方意见',
  'consult-end': '结束征求第三方意见',
  extend: '延长答复期限',
  answer: '作出答复',
};

function StepModal({ a, step, onClose }: { a: Application; step: StepKey | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const vocab = useApplicationVocab();
  const replyType = Form.useWatch('replyType', form) as string | undefined;
  const chosen = vocab.data?.replyTypes.find((t) => t.value === replyType);
  const run = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post(
        apiUrl(`/api/openness/applications/{id}/${step}` as '/api/openness/applications/{id}/answer', {
          id: a.id,
        }),
        body,
      ),
    onSuccess: (data) => {
      qc.setQueryData([...OPENNESS_KEY, 'application', a.id], data);
      void qc.invalidateQueries({ queryKey: [...OPENNESS_KEY, 'applications'] });
      message.success(`${STEP_TITLES[step as StepKey]}：已完成`);
      form.resetFields();
      onClose();
    },
    onError: (e) => message.error(errorText(e)),
  });
  if (!step) return null;
  const left = (vocab.data?.maxExtensionDays ?? 20) - a.extendedDays;
  return (
    <Modal
      open
      title={STEP_TITLES[step]}
      okText="确定"
      cancelText="取消"
      confirmLoading={run.isPending}
      onCancel={onClose}
      onOk={() => form.validateFields().then((v) => run.mutate(v))}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark="optional">
        {step === 'supplement-request' ? (
          <Form.Item
            name="items"
            label="需要补正的事项"
            extra="一次性告知：写明需要补充或更正的内容；答复期限自收到补正之日起重新计算"
            rules={[{ required: true, message: '请写明需要补正的事项' }]}
          >
            <Input.TextArea rows={5} maxLength={2000} showCount />
          </Form.Item>
        ) : null}
        {step === 'supplement' ? (
          <Form.Item name="text" label="补正内容" rules={[{ required: true, message: '请填写补正内容' }]}>
            <Input.TextArea rows={5} maxLength={4000} showCount />
          </Form.Item>
        ) : null}
        {step === 'consult' ? (
          <>
            <Form.Item name="party" label="第三方" rules={[{ required: true, message: '请填写第三方名称' }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="matter" label="征求意见的事项">
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
            <Alert
              type="info"
              showIcon
              title="答复期限自今日起暂停计算；第三方有 15 个工作日提出意见，逾期自动恢复计算。"
            />
          </>
        ) : null}
        {step === 'consult-end' ? (
          <Form.Item
            name="outcome"
            label="第三方意见"
            rules={[{ required: true, message: '请填写第三方的意见' }]}
          >
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        ) : null}
        {step === 'extend' ? (
          <>
            <Form.Item
              name="days"
              label="延长工作日数"
              extra={`合计不超过 20 个工作日，已延长 ${a.extendedDays} 个，最多还可延长 ${left} 个`}
              rules={[{ required: true, message: '请填写延长的工作日数' }]}
            >
              <InputNumber min={1} max={20} precision={0} />
            </Form.Item>
            <Form.Item name="approvedBy" label="批准人" rules={[{ required: true, message: '请填写批准人' }]}>
              <Input maxLength={60} placeholder="政府信息公开工作机构负责人" />
            </Form.Item>
            <Form.Item name="reason" label="延长理由" rules={[{ required: true, message: '请填写延长理由' }]}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </>
        ) : null}
        {step === 'answer' ? (
          <>
            <Form.Item
              name="replyType"
              label="答复类型"
              rules={[{ required: true, message: '请选择答复类型' }]}
            >
              <Select options={vocab.data?.replyTypes.map((t) => ({ value: t.value, label: t.label }))} />
            </Form.Item>
            {chosen?.reasons.length ? (
              <Form.Item
                name="reason"
                label="理由类别"
                rules={[{ required: true, message: '请选择理由类别' }]}
              >
                <Select options={chosen.reasons} />
              </Form.Item>
            ) : null}
            {chosen?.needsWhere ? (
              <Form.Item
                name="where"
                label={replyType === 'not_ours' ? '负责公开该信息的机关及联系方式' : '获取该信息的方式和途径'}
                rules={[{ required: true, message: '请填写' }]}
              >
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            ) : null}
            <Form.Item
              name="text"
              label={chosen?.needsText ? '理由、依据或提供方式' : '补充说明'}
              rules={chosen?.needsText ? [{ required: true, message: '请写明理由和依据' }] : []}
            >
              <Input.TextArea rows={5} maxLength={6000} showCount />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}

export default function ApplicationPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const mayHandle = can(me, 'openness:apply');
  const [step, setStep] = useState<StepKey | null>(null);
  const q = useQuery({
    queryKey: [...OPENNESS_KEY, 'application', id],
    queryFn: () => api.get(apiUrl('/api/openness/applications/{id}', { id })),
  });
  const simple = useMutation({
    mutationFn: (path: 'accept' | 'abandon') =>
      api.post(
        apiUrl(`/api/openness/applications/{id}/${path}` as '/api/openness/applications/{id}/accept', { id }),
      ),
    onSuccess: (data) => {
      qc.setQueryData([...OPENNESS_KEY, 'application', id], data);
      void qc.invalidateQueries({ queryKey: [...OPENNESS_KEY, 'applications'] });
    },
    onError: (e) => message.error(errorText(e)),
  });
  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <Alert type="error" showIcon title="申请无法载入（可能不存在）" />;
  const a = q.data;
  const s = a.status;
  const actions: Array<{ key: string; label: string; onClick: () => void; primary?: boolean }> = [];
  if (mayHandle) {
    if (s === 'received') {
      actions.push({ key: 'accept', label: '登记受理（无需补正）', onClick: () => simple.mutate('accept') });
      actions.push({ key: 'sr', label: '告知补正', onClick: () => setStep('supplement-request') });
    }
    if (s === 'supplement') {
      actions.push({ key: 'sup', label: '登记补正', onClick: () => setStep('supplement') });
      actions.push({
        key: 'abandon',
        label: '视为放弃',
        onClick: () =>
          modal.confirm({
            title: '逾期未补正，视为放弃申请？',
            content: '补正期限届满后才能执行；系统也会在期限届满后自动处理。',
            okText: '视为放弃',
            cancelText: '取消',
            onOk: () => simple.mutate('abandon'),
          }),
      });
    }
    if (s === 'received' || s === 'processing')
      actions.push({ key: 'consult', label: '征求第三方意见', onClick: () => setStep('consult') });
    if (s === 'consulting')
      actions.push({ key: 'ce', label: '结束征求意见', onClick: () => setStep('consult-end') });
    if (s === 'processing' || s === 'consulting')
      actions.push({ key: 'extend', label: '延长答复期限', onClick: () => setStep('extend') });
    if (s === 'received' || s === 'processing' || s === 'consulting')
      actions.push({ key: 'answer', label: '作出答复', primary: true, onClick: () => setStep('answer') });
  }
  return (
    <PageContainer
      title={`政府信息公开申请 ${a.number}`}
      subTitle={<Tag color={APPLICATION_STATUS_COLORS[a.status]}>{a.statusLabel}</Tag>}
      extra={<Link to="/openness/applications">返回办理队列</Link>}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {actions.length ? (
              <Space wrap>
                {actions.map((x) => (
                  <Button
                    key={x.key}
                    type={x.primary ? 'primary' : 'default'}
                    onClick={x.onClick}
                    loading={simple.isPending && (x.key === 'accept' || x.key === 'abandon')}
                  >
                    {x.label}
                  </Button>
                ))}
              </Space>
            ) : null}
            <Card size="small" title="申请内容">
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="small"
                items={[
                  { key: 'n', label: '申请人', children: a.applicantName },
                  { key: 't', label: '申请人类型', children: a.applicantTypeLabel },
                  { key: 'id', label: a.idKindLabel, children: a.idNumberMasked },
                  ...(a.contactPerson ? [{ key: 'cp', label: '联系人', children: a.contactPerson }] : []),
                  { key: 'p', label: '联系电话', children: a.phone },
                  ...(a.email ? [{ key: 'e', label: '电子邮箱', children: a.email }] : []),
                  ...(a.address ? [{ key: 'ad', label: '通信地址', children: a.address }] : []),
                  { key: 'v', label: '提交方式', children: a.submittedVia },
                  { key: 'r', label: '收到日期', children: a.receivedDay },
                  { key: 'f', label: '获取方式', children: `${a.formWanted}，${a.channelWanted}` },
                  ...(a.docNumber ? [{ key: 'dn', label: '文号', children: a.docNumber }] : []),
                  {
                    key: 'd',
                    label: '所需信息',
                    span: 'filled' as const,
                    children: <span style={{ whiteSpace: 'pre-wrap' }}>{a.description}</span>,
                  },
                  ...(a.supplementRequest
                    ? [
                        {
                          key: 'sr',
                          label: '补正要求',
                          span: 'filled' as const,
                          children: a.supplementRequest,
                        },
                      ]
                    : []),
                  ...(a.supplementText
                    ? [{ key: 'st', label: '补正内容', span: 'filled' as const, children: a.supplementText }]
                    : []),
                  ...(a.consultParty
                    ? [{ key: 'cpy', label: '征求意见的第三方', children: a.consultParty }]
                    : []),
                ]}
              />
            </Card>
            {a.reply ? (
              <Card
                size="small"
                title={`答复：${a.reply.typeLabel}`}
                extra={
                  <Space>
                    <a
                      href={`/api/openness/applications/${a.id}/notice.pdf`}
                      target="_blank"
                      rel="noreferrer"
                    >
                      告知书 PDF
                    </a>
                    <a href={`/api/openness/applications/${a.id}/notice.docx`}>告知书 Word</a>
                  </Space>
                }
              >
                <Typography.Paragraph>
                  {a.reply.day}，告知书文号 {a.reply.number}
                  {a.reply.reasonLabel ? `；理由类别：${a.reply.reasonLabel}` : ''}
                </Typography.Paragraph>
                {a.reply.where ? <Typography.Paragraph>{a.reply.where}</Typography.Paragraph> : null}
                {a.reply.text ? (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                    {a.reply.text}
                  </Typography.Paragraph>
                ) : null}
              </Card>
            ) : null}
            <Card size="small" title="办理过程">
              <Timeline
                items={a.timeline.map((e, i) => ({
                  key: `${i}`,
                  color: e.visibility === 'public' ? 'blue' : 'gray',
                  content: (
                    <>
                      <Typography.Text strong>{e.text}</Typography.Text>{' '}
                      <Typography.Text type="secondary">
                        {new Date(e.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}
                        {e.actorName ? ` · ${e.actorName}` : ''}
                        {e.visibility === 'public' ? ' · 申请人可见' : ' · 仅工作人员可见'}
                      </Typography.Text>
                      {e.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div> : null}
                      {e.staffNote ? (
                        <div style={{ whiteSpace: 'pre-wrap', color: '#8c8c8c' }}>
                          内部记录：{e.staffNote}
                        </div>
                      ) : null}
                    </>
                  ),
                }))}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {a.clocks.map((c) => (
              <Card
                key={c.clockId}
                size="small"
                title={c.label}
                extra={
                  <Tag color={c.status === 'running' ? 'blue' : c.status === 'paused' ? 'gold' : 'default'}>
                    {c.statusLabel}
                  </Tag>
                }
              >
                <Space orientation="vertical" size={4}>
                  <Typography.Text>
                    届满日：<Typography.Text strong>{c.dueDay ?? '未能计算'}</Typography.Text>
                    {c.provisional ? (
                      <Tag color="gold" style={{ marginLeft: 8 }}>
                        暂定
                      </Tag>
                    ) : null}
                  </Typography.Text>
                  {c.status !== 'stopped' ? <DaysLeft days={c.daysLeft} /> : null}
                  <WhyThisDate clockId={c.clockId} title={c.label} />
                </Space>
              </Card>
            ))}
          </Space>
        </Col>
      </Row>
      <StepModal a={a} step={step} onClose={() => setStep(null)} />
    </PageContainer>
  );
}
