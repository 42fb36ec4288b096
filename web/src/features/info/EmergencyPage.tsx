// 一起突发事件: its due time and the time left (or whether the initial report came in time), the
// initial report, its follow-ups and final report in order, each with its facts, and one timeline.
// The reporting unit completes a registration or writes the next follow-up; each report opens as an
// information item too, where the office reviews and adopts it.
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Grid,
  Row,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, apiUrl } from '../../api/client.ts';
import { formatTime } from '../../components/format.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { INFO_KEY, STANDING_COLORS } from './api.ts';
import { Countdown } from './Countdown.tsx';

const KIND_COLORS: Record<string, string> = { initial: 'red', followup: 'orange', final: 'default' };

export default function EmergencyPage() {
  const { id = '' } = useParams();
  const nav = useNavigate();
  const wide = Grid.useBreakpoint().md !== false;
  const q = useQuery({
    queryKey: [...INFO_KEY, 'emergency', id],
    queryFn: () => api.get(apiUrl('/api/info/emergencies/{id}', { id })),
    refetchInterval: 60_000,
  });
  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <Alert type="error" title="这起突发事件无法打开" description={String(q.error)} />;
  const e = q.data;
  return (
    <PageContainer
      title={e.title}
      subTitle={
        <Space wrap>
          <Tag color={STANDING_COLORS[e.standing]}>{e.standingLabel}</Tag>
          {e.closed && <Tag>已终报</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          {e.can.edit && (
            <Button type="primary" danger onClick={() => nav(`/info/emergencies/${e.id}/edit`)}>
              {e.status === 'returned' ? '修改后重新报送' : '补充并报送首报'}
            </Button>
          )}
          {e.can.followUp && (
            <Button type="primary" onClick={() => nav(`/info/emergencies/${e.id}/follow-up`)}>
              续报或终报
            </Button>
          )}
        </Space>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label="报送单位">{e.unitName}</Descriptions.Item>
          <Descriptions.Item label="事发时间">{formatTime(e.eventAt)}</Descriptions.Item>
          <Descriptions.Item label="首报时限">{formatTime(e.dueAt)}</Descriptions.Item>
          <Descriptions.Item label="首报">
            {e.submittedAt ? (
              <Typography.Text type={e.overdue ? 'danger' : undefined}>
                {formatTime(e.submittedAt)} 报送（{e.standingLabel}）
              </Typography.Text>
            ) : e.dueAt ? (
              <Countdown dueAt={e.dueAt} serverNow={e.now} strong />
            ) : (
              '—'
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          {e.reports.map((r) => (
            <Card
              key={r.id}
              size="small"
              style={{ marginBottom: 16 }}
              title={
                <Space wrap>
                  <Tag color={KIND_COLORS[r.kind]}>{r.kindLabel}</Tag>
                  <span>{r.title}</span>
                </Space>
              }
              extra={<Link to={`/info/items/${r.id}`}>信息详情</Link>}
            >
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                bordered
                layout={wide ? 'horizontal' : 'vertical'}
              >
                <Descriptions.Item label={r.kind === 'initial' ? '事发时间' : '情况截至时间'}>
                  {formatTime(r.eventAt)}
                </Descriptions.Item>
                <Descriptions.Item label="报送时间">
                  {r.submittedAt ? formatTime(r.submittedAt) : '尚未报送'}
                </Descriptions.Item>
                <Descriptions.Item label="事发地点" span={2}>
                  {r.countyName}
                  {r.facts.find((f) => f.field === 'place')?.value}
                </Descriptions.Item>
                {r.facts
                  .filter((f) => f.field !== 'place')
                  .map((f) => (
                    <Descriptions.Item key={f.field} label={f.label} span={2}>
                      {f.value || <Typography.Text type="secondary">待补充</Typography.Text>}
                    </Descriptions.Item>
                  ))}
                <Descriptions.Item label="报告人" span={2}>
                  {r.authorName}（{r.contact}）
                </Descriptions.Item>
              </Descriptions>
            </Card>
          ))}
        </Col>
        <Col xs={24} lg={8}>
          <Card title="办理过程" size="small">
            <Timeline
              items={e.events.map((x) => ({
                content: (
                  <>
                    <Typography.Text strong>{x.text}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {formatTime(x.at)} {x.actorName ?? ''}
                    </Typography.Text>
                    {x.note && <div>{x.note}</div>}
                  </>
                ),
              }))}
            />
          </Card>
          <div style={{ marginTop: 12 }}>
            <Link to="/info/emergencies">返回突发事件信息看板</Link>
          </div>
        </Col>
      </Row>
    </PageContainer>
  );
}
