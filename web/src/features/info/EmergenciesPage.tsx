// 突发事件信息: the emergency board. A unit sees its own reports and registrations with the time left
// to report; the office and leaders see every reported one in their scope, and which units have
// registered one due when. Overdue reports are flagged and counted; each row opens its emergency.
import { AlertOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Grid,
  List,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { formatTime } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { type EmergencyBoard, type EmergencyBoardRow, INFO_KEY, STANDING_COLORS } from './api.ts';
import { Countdown } from './Countdown.tsx';

type Timed = Pick<EmergencyBoardRow, 'standing' | 'standingLabel' | 'dueAt' | 'submittedAt'>;

function Standing({ r, now }: { r: Timed; now: string }) {
  return (
    <Space orientation="vertical" size={0}>
      <Tag color={STANDING_COLORS[r.standing]}>{r.standingLabel}</Tag>
      {!r.submittedAt && r.dueAt ? (
        <Countdown dueAt={r.dueAt} serverNow={now} strong />
      ) : (
        <Typography.Text type="secondary">报送 {formatTime(r.submittedAt)}</Typography.Text>
      )}
    </Space>
  );
}

function Chain({ r }: { r: EmergencyBoardRow }) {
  if (r.finalAt) return <Tag>已终报{r.followUps ? `（续报 ${r.followUps} 次）` : ''}</Tag>;
  if (!r.submittedAt) return <Typography.Text type="secondary">—</Typography.Text>;
  return <Typography.Text>{r.followUps ? `续报 ${r.followUps} 次，待终报` : '待续报'}</Typography.Text>;
}

function Counts({ b }: { b: EmergencyBoard }) {
  const c = b.counts;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {[
        { title: '待报送', value: c.pending },
        { title: '已超时未报', value: c.overduePending, danger: c.overduePending > 0 },
        { title: '超时报送', value: c.late, danger: c.late > 0 },
        { title: '按时报送', value: c.onTime },
        { title: '待终报', value: c.open },
      ].map((s) => (
        <Col key={s.title} xs={12} sm={8} lg={4}>
          <Card size="small">
            <Statistic
              title={s.title}
              value={s.value}
              suffix="起"
              styles={s.danger ? { content: { color: '#cf1322' } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export default function EmergenciesPage() {
  const me = useMe();
  const url = useUrlState();
  const wide = Grid.useBreakpoint().md !== false;
  const submits = can(me, 'info:submit');
  const reads = can(me, 'info:review') || can(me, 'info:read');
  const view = submits && (!reads || url.get('view') === 'mine') ? 'mine' : undefined;
  const board = useQuery({
    queryKey: [...INFO_KEY, 'emergencies', view],
    queryFn: () => api.get('/api/info/emergencies', { view }),
    refetchInterval: 60_000,
  });
  const b = board.data;
  return (
    <PageContainer
      title="突发事件信息"
      subTitle={b ? `事发后 ${b.limitHours} 小时内报送首报，夜间、节假日连续计时` : undefined}
      extra={
        submits && (
          <Link to="/info/emergencies/new">
            <Button type="primary" danger icon={<AlertOutlined />}>
              报告突发事件
            </Button>
          </Link>
        )
      }
    >
      {submits && reads && (
        <Segmented
          style={{ marginBottom: 16 }}
          value={view ?? 'all'}
          onChange={(v) => url.set({ view: v === 'mine' ? 'mine' : null })}
          options={[
            { value: 'all', label: '全部单位' },
            { value: 'mine', label: '本单位' },
          ]}
        />
      )}
      {b && <Counts b={b} />}
      {b && b.registrations.length > 0 && (
        <Card size="small" title="已登记、尚未报送首报的单位" style={{ marginBottom: 16 }}>
          <Table
            size="small"
            rowKey={(r) => `${r.unitName}${r.eventAt}`}
            pagination={false}
            dataSource={b.registrations}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '单位', dataIndex: 'unitName' },
              { title: '事发地', dataIndex: 'countyName' },
              { title: '事发时间', key: 'eventAt', render: (_, r) => formatTime(r.eventAt) },
              { title: '报送时限', key: 'dueAt', render: (_, r) => formatTime(r.dueAt) },
              { title: '状态', key: 'standing', render: (_, r) => <Standing r={r} now={b.now} /> },
            ]}
          />
        </Card>
      )}
      {b && b.counts.overduePending > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`有 ${b.counts.overduePending} 起突发事件已超过报送时限仍未报送首报`}
        />
      )}
      {!wide ? (
        <List
          loading={board.isPending}
          dataSource={b?.reports ?? []}
          locale={{ emptyText: '暂无突发事件信息' }}
          renderItem={(r) => (
            <Card size="small" style={{ marginBottom: 12 }}>
              <Link to={`/info/emergencies/${r.id}`}>{r.title}</Link>
              {r.overdue && (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  超时
                </Tag>
              )}
              <div>
                <Typography.Text type="secondary">
                  {view === 'mine' ? '' : `${r.unitName} · `}
                  {r.countyName}
                  {r.place}
                </Typography.Text>
              </div>
              <div>
                事发 {formatTime(r.eventAt)}，时限 {formatTime(r.dueAt)}
              </div>
              <Space wrap style={{ marginTop: 4 }}>
                <Standing r={r} now={b?.now ?? new Date().toISOString()} />
                <Chain r={r} />
              </Space>
            </Card>
          )}
        />
      ) : (
        <Table
          rowKey="id"
          loading={board.isPending}
          dataSource={b?.reports ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 960 }}
          locale={{ emptyText: '暂无突发事件信息' }}
          columns={[
            {
              title: '事件',
              key: 'title',
              render: (_, r) => (
                <>
                  <Link to={`/info/emergencies/${r.id}`}>{r.title}</Link>
                  {r.overdue && (
                    <Tag color="red" style={{ marginLeft: 8 }}>
                      超时
                    </Tag>
                  )}
                  <br />
                  <Typography.Text type="secondary">
                    {r.countyName}
                    {r.place} · {r.nature}
                  </Typography.Text>
                </>
              ),
            },
            ...(view === 'mine' ? [] : [{ title: '报送单位', dataIndex: 'unitName', width: 140 }]),
            { title: '事发时间', key: 'eventAt', width: 150, render: (_, r) => formatTime(r.eventAt) },
            { title: '报送时限', key: 'dueAt', width: 150, render: (_, r) => formatTime(r.dueAt) },
            {
              title: '首报',
              key: 'standing',
              width: 170,
              render: (_, r) => <Standing r={r} now={b?.now ?? new Date().toISOString()} />,
            },
            {
              title: '续报与终报',
              key: 'chain',
              width: 130,
              render: (_, r) => <Chain r={r} />,
            },
          ]}
        />
      )}
    </PageContainer>
  );
}
