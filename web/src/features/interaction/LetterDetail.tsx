// 来信详情: the letter, where it stands and its deadline, the actions the reader may take now, the
// reply editor for the handling unit, the reply as sent and the writer's rating. The writer's
// contact details are shown only on request (每次查看记入审计); a reporter's only to 纪检.
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Modal,
  Row,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorText } from '../../components/errors.ts';
import { formatDate, formatTime } from '../../components/format.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { fetchWriter, type LetterDetail, STATUS_COLORS, useLetter, type Writer } from './api.ts';
import { LetterActions } from './LetterActions.tsx';
import { DueCell } from './LetterQueue.tsx';
import { ReplyEditor } from './ReplyEditor.tsx';

function WriterButton({ letter }: { letter: LetterDetail }) {
  const [writer, setWriter] = useState<Writer | null>(null);
  const [loading, setLoading] = useState(false);
  const { message } = App.useApp();
  return (
    <>
      <Button
        loading={loading}
        onClick={async () => {
          setLoading(true);
          try {
            setWriter(await fetchWriter(letter.id));
          } catch (e) {
            void message.error(errorText(e));
          } finally {
            setLoading(false);
          }
        }}
      >
        {letter.channel === 'report' ? '查看举报人' : '查看联系方式'}
      </Button>
      <Modal
        open={Boolean(writer)}
        title={letter.channel === 'report' ? '举报人（严格保密）' : '来信人联系方式'}
        footer={null}
        onCancel={() => setWriter(null)}
      >
        <Descriptions column={1} size="small">
          <Descriptions.Item label="姓名">{writer?.name || '（未填写）'}</Descriptions.Item>
          <Descriptions.Item label="电话">{writer?.phone || '（未填写）'}</Descriptions.Item>
          <Descriptions.Item label="邮箱">{writer?.email || '（未填写）'}</Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">本次查看已记入审计日志。请勿转告与办理无关的人员。</Typography.Text>
      </Modal>
    </>
  );
}

export function LetterDetailView() {
  const { id } = useParams();
  const q = useLetter(id);
  if (q.isPending) return <Skeleton active />;
  if (q.isError)
    return <Alert type="error" showIcon title="来信无法载入（可能不存在或不在您的办理范围内）" />;
  const l = q.data;
  const outcome =
    l.status === 'rejected'
      ? `不予受理：${l.rejectReason ?? ''}`
      : l.status === 'forwarded'
        ? `已转${l.forwardedTo ?? '其他机关'}办理`
        : null;
  return (
    <PageContainer
      title={l.subject}
      subTitle={
        <Space size={4}>
          {l.number}
          <Tag color={STATUS_COLORS[l.status]}>{l.statusLabel}</Tag>
          {l.overdue ? <Tag color="red">已超期</Tag> : null}
        </Space>
      }
      extra={<Link to="/interaction/letters">返回来信队列</Link>}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {l.flaggedWords.length ? (
              <Alert
                type="warning"
                showIcon
                title={`来信含敏感词：${l.flaggedWords.join('、')}`}
                description="请办公室关注，按规定及时处置；来信照常办理。"
              />
            ) : null}
            <Card size="small" title="来信内容">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{l.body}</Typography.Paragraph>
            </Card>
            {l.actions.includes('draft') ? <ReplyEditor letter={l} /> : null}
            {!l.actions.includes('draft') && l.replyDraft && !l.replyText ? (
              <Card size="small" title={`答复草稿（${l.draftedBy ?? '承办单位'}起草）`}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{l.replyDraft}</Typography.Paragraph>
                {l.publishRequested ? (
                  <>
                    <Typography.Title level={5}>拟公开的内容（已脱敏）</Typography.Title>
                    <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                      问：{l.publicQuestion}
                    </Typography.Paragraph>
                    <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                      答：{l.publicAnswer}
                    </Typography.Paragraph>
                  </>
                ) : null}
              </Card>
            ) : null}
            {l.replyText ? (
              <Card size="small" title={`答复（${formatDate(l.answeredAt)}）`}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{l.replyText}</Typography.Paragraph>
                <Space wrap>
                  {l.answeredOnTime === false ? (
                    <Tag color="red">超期答复</Tag>
                  ) : (
                    <Tag color="green">按期答复</Tag>
                  )}
                  {l.answerWorkdays !== null ? <span>用时 {l.answerWorkdays} 个工作日</span> : null}
                  {l.published ? <Tag color="blue">已公开</Tag> : null}
                </Space>
              </Card>
            ) : null}
            {l.ratingLabel ? (
              <Card size="small" title="来信人评价">
                <Tag color={l.rating === 'unsatisfied' ? 'red' : 'green'}>{l.ratingLabel}</Tag>
                {l.ratingComment ? <Typography.Text>{l.ratingComment}</Typography.Text> : null}
              </Card>
            ) : null}
            {outcome ? <Alert type="info" showIcon title={outcome} /> : null}
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title="办理">
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                <LetterActions letter={l} />
                {l.actions.includes('writer') ? <WriterButton letter={l} /> : null}
              </Space>
            </Card>
            <Card size="small" title="来信信息">
              <Descriptions column={1} size="small">
                <Descriptions.Item label="栏目">{l.channelName}</Descriptions.Item>
                <Descriptions.Item label="类别">{l.category}</Descriptions.Item>
                <Descriptions.Item label="来信人">
                  {l.channel === 'report' ? '保密' : l.writerMask}
                </Descriptions.Item>
                <Descriptions.Item label="收信时间">{formatTime(l.submittedAt)}</Descriptions.Item>
                <Descriptions.Item label="受理时间">{formatTime(l.acceptedAt)}</Descriptions.Item>
                <Descriptions.Item label="承办单位">{l.unitName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="答复期限">
                  <Space orientation="vertical" size={0}>
                    <DueCell letter={l} />
                    <Typography.Text type="secondary">
                      {l.limitWorkdays} 个工作日{l.complex ? '（复杂来信）' : ''}
                    </Typography.Text>
                  </Space>
                </Descriptions.Item>
                <Descriptions.Item label="同意公开">{l.consentPublish ? '是' : '否'}</Descriptions.Item>
                <Descriptions.Item label="来源">
                  {l.source === 'open311' ? '第三方接口' : '网站'}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card size="small" title="办理过程">
              <Timeline
                items={l.timeline.map((e) => ({
                  color: e.kind === 'rejected' || e.kind === 'returned' ? 'red' : e.public ? 'green' : 'gray',
                  content: (
                    <div>
                      <Typography.Text strong>{e.text}</Typography.Text>{' '}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatTime(e.at)} {e.actorName ?? ''}
                      </Typography.Text>
                      {e.note ? <div>{e.note}</div> : null}
                      {e.staffNote ? <div style={{ color: '#8c8c8c' }}>内部：{e.staffNote}</div> : null}
                      {e.public ? null : (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          来信人看不到这一步
                        </Typography.Text>
                      )}
                    </div>
                  ),
                }))}
              />
            </Card>
          </Space>
        </Col>
      </Row>
    </PageContainer>
  );
}
