// 办件详情: status and clocks, the actions, the timeline, the form as submitted, the materials viewer,
// documents and fees.
import {
  Alert,
  Card,
  Col,
  Descriptions,
  Empty,
  List,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useParams } from 'react-router-dom';
import { formatDate, formatReceiptCode, formatTime } from '../../components/format.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { ProvisionalTag } from '../calendar/ProvisionalTag.tsx';
import { WhyThisDate } from '../calendar/WhyThisDate.tsx';
import { type CaseDetail, type ClockView, daysLeftTag, useCase } from './api.ts';
import { CaseActions } from './CaseActions.tsx';

const CLOCK_STATUS: Record<ClockView['status'], { text: string; color: string }> = {
  running: { text: '计时中', color: 'green' },
  paused: { text: '已暂停', color: 'orange' },
  stopped: { text: '已停止', color: 'default' },
};

function ClockCard({ title, clock, stage }: { title: string; clock: ClockView | null; stage: string }) {
  if (!clock) return null;
  const tag = clock.status === 'stopped' ? null : daysLeftTag(clock.daysLeft, stage as 'review');
  return (
    <Card
      size="small"
      title={title}
      extra={<Tag color={CLOCK_STATUS[clock.status].color}>{CLOCK_STATUS[clock.status].text}</Tag>}
    >
      <Space orientation="vertical" size={4}>
        <Typography.Text strong>
          届满日 {formatDate(clock.dueAt)} <ProvisionalTag note={clock.provisional} />
          {tag ? <Tag color={tag.color}>{tag.text}</Tag> : null}
        </Typography.Text>
        {clock.provisional ? (
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            暂定：{clock.provisional}
          </Typography.Text>
        ) : null}
        {clock.dueError ? <Alert type="warning" showIcon title={clock.dueError} /> : null}
        <WhyThisDate clockId={clock.id} title={title} />
      </Space>
    </Card>
  );
}

/** 第四十五条: what this item does not count, each with its basis (现场核查 and 公示 only where named). */
function NotCountedCard({ detail }: { detail: CaseDetail }) {
  const named = new Set(detail.item.notCounted.map((p) => p.kind));
  return (
    <Card title="不计入办理时限的程序" style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">
        《中华人民共和国行政许可法》第四十五条所列程序及本事项规定的程序，进行时暂停计时并书面告知申请人。
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={detail.item.notCounted}
        renderItem={(p) => (
          <List.Item>
            <Space orientation="vertical" size={0}>
              <span>
                <strong>{p.name}</strong>：{p.basis}
              </span>
              {p.confidence !== 'verified' ? (
                <Typography.Text type="secondary">（内部）{p.confidence}</Typography.Text>
              ) : null}
            </Space>
          </List.Item>
        )}
      />
      {!named.has('site_check') || !named.has('public_notice') ? (
        <Typography.Text type="secondary">
          {[!named.has('site_check') ? '现场核查' : '', !named.has('public_notice') ? '许可前公示' : '']
            .filter(Boolean)
            .join('、')}
          ：本事项未规定其时间不计入办理时限，进行时照常计时。
        </Typography.Text>
      ) : null}
    </Card>
  );
}

export function CaseDetailView() {
  const { id } = useParams();
  const q = useCase(id);
  if (q.isPending) return <Skeleton active />;
  if (q.isError)
    return <Alert type="error" showIcon title="办件无法载入（可能不存在或不在您的数据权限范围内）" />;
  const d = q.data;
  return (
    <PageContainer
      title={`${d.item.name} · ${formatReceiptCode(d.receiptCode)}`}
      subTitle={
        <Space size={4}>
          <Tag color={d.stage === 'closed' ? 'default' : 'blue'}>{d.statusLabel}</Tag>
          {d.deemedAccepted ? <Tag color="purple">视为受理</Tag> : null}
          {d.notCounted ? <Tag color="orange">{d.notCounted.name}中 · 暂停计时</Tag> : null}
        </Space>
      }
      extra={
        <Space>
          <a href={d.receiptUrl} target="_blank" rel="noreferrer">
            打印收件回执
          </a>
          {d.acceptedAt ? (
            <a href={`/api/services/cases/${d.id}/receipt.pdf`} target="_blank" rel="noreferrer">
              下载受理通知书（PDF）
            </a>
          ) : null}
        </Space>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {d.deemedAccepted ? (
          <Alert
            type="info"
            showIcon
            title={`视为受理：受理审查期限届满未作决定，依照《中华人民共和国行政许可法》第三十二条，自收到申请材料之日（${formatDate(d.acceptedAt)}）起即为受理；法定期限自该日起算，不再告知补正。`}
          />
        ) : d.acceptanceOverdue ? (
          <Alert
            type="warning"
            showIcon
            title="受理审查期限已届满：依照《中华人民共和国行政许可法》第三十二条已视为受理，办理受理时期限自收到申请之日起算，不能再告知补正或不予受理。"
          />
        ) : null}
        {d.notCounted ? (
          <Alert
            type="warning"
            showIcon
            title={`${d.notCounted.name}进行中，自${formatDate(d.notCounted.startedAt)}起不计入办理时限${d.notCounted.expectedEnd ? `（预计${formatDate(d.notCounted.expectedEnd)}结束）` : ''}`}
            description={`事由：${d.notCounted.reason}。依据：${d.notCounted.basis}。已书面告知申请人（${d.notCounted.documentNumber}）。`}
          />
        ) : null}
        <Card>
          <CaseActions detail={d} />
          {d.actions.length === 0 ? (
            <Typography.Text type="secondary">当前没有您可以办理的操作。</Typography.Text>
          ) : null}
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} md={12} xl={6}>
            <ClockCard title="受理审查期限" clock={d.clocks.acceptance} stage={d.stage} />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <ClockCard title="法定办理期限" clock={d.clocks.statutory} stage={d.stage} />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <ClockCard title="承诺办结时限" clock={d.clocks.promised} stage={d.stage} />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <ClockCard title="发证期限" clock={d.clocks.certificate} stage={d.stage} />
          </Col>
        </Row>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card title="申请信息">
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label="申请人">
                  {d.applicant.name}（{d.applicant.kind === 'org' ? '法人' : '个人'}）{' '}
                  {d.applicant.idMask ?? ''}
                </Descriptions.Item>
                <Descriptions.Item label="联系电话">{d.applicant.phoneMask ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="渠道">
                  {d.channel === 'online' ? '网上申请' : '窗口收件'}
                </Descriptions.Item>
                <Descriptions.Item label="提交时间">{formatTime(d.submittedAt)}</Descriptions.Item>
                <Descriptions.Item label="承诺时限">
                  {d.promisedWorkdays} 个工作日{d.classifyNote ? `（${d.classifyNote}）` : ''}
                </Descriptions.Item>
                {d.valueTexts.map((v) => (
                  <Descriptions.Item key={v.name} label={v.label}>
                    {v.text}
                  </Descriptions.Item>
                ))}
                {d.certificate ? (
                  <Descriptions.Item label="证号（文号）">
                    {d.certificate.url ? (
                      <a href={d.certificate.url} target="_blank" rel="noreferrer">
                        {d.certificate.number}
                      </a>
                    ) : (
                      d.certificate.number
                    )}
                  </Descriptions.Item>
                ) : null}
                {d.usedWorkdays !== null ? (
                  <Descriptions.Item label="实际用时">
                    {d.usedWorkdays} 个工作日{' '}
                    {d.onTime === false ? <Tag color="red">超期</Tag> : <Tag color="green">按期</Tag>}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </Card>
            <Card title="办理材料" style={{ marginTop: 16 }}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={d.materials}
                columns={[
                  { title: '材料', dataIndex: 'specName' },
                  {
                    title: '形式',
                    key: 'form',
                    render: (_, m) =>
                      m.source === 'paper' ? (
                        `纸质 ${m.copies ?? 1} 份`
                      ) : m.url ? (
                        <a href={m.url} target="_blank" rel="noreferrer">
                          {m.fileName}
                        </a>
                      ) : (
                        m.fileName
                      ),
                  },
                  {
                    title: '批次',
                    dataIndex: 'round',
                    width: 90,
                    render: (r: number) => (r === 0 ? '申请时' : `第 ${r} 次补正`),
                  },
                  {
                    title: '收到时间',
                    dataIndex: 'receivedAt',
                    width: 150,
                    render: (v: string) => formatTime(v),
                  },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card title="办理过程">
              <Timeline
                items={d.timeline.map((e) => ({
                  color:
                    e.kind.includes('refus') || e.kind.includes('not_') || e.kind === 'revoked'
                      ? 'red'
                      : 'green',
                  content: (
                    <div>
                      <Typography.Text strong>{e.title}</Typography.Text>{' '}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatTime(e.at)} {e.actorName ?? ''}
                      </Typography.Text>
                      {e.publicNote ? <div>{e.publicNote}</div> : null}
                      {e.internalNote ? <div style={{ color: '#8c8c8c' }}>内部：{e.internalNote}</div> : null}
                    </div>
                  ),
                }))}
              />
            </Card>
            <Card title="文书" style={{ marginTop: 16 }}>
              {d.documents.length ? (
                <List
                  size="small"
                  dataSource={d.documents}
                  renderItem={(doc) => (
                    <List.Item>
                      <a href={doc.url} target="_blank" rel="noreferrer">
                        {doc.title}
                      </a>
                      <Typography.Text type="secondary">{doc.number}</Typography.Text>
                      <a href={doc.pdfUrl} target="_blank" rel="noreferrer">
                        PDF
                      </a>
                    </List.Item>
                  )}
                />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无文书" />
              )}
            </Card>
            <NotCountedCard detail={d} />
            {!d.item.fees.free ? (
              <Card title="收费" style={{ marginTop: 16 }}>
                <List
                  size="small"
                  dataSource={d.payments}
                  locale={{ emptyText: '尚未核定' }}
                  renderItem={(p) => (
                    <List.Item>
                      {p.feeName} {p.amountYuan.toFixed(2)} 元{' '}
                      {p.status === 'paid' ? (
                        <Tag color="green">已缴 {p.receiptNo}</Tag>
                      ) : (
                        <Tag color="orange">待缴</Tag>
                      )}
                    </List.Item>
                  )}
                />
              </Card>
            ) : null}
          </Col>
        </Row>
      </Space>
    </PageContainer>
  );
}
