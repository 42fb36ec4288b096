// 工作日历: a year's holidays and adjusted working days, the due-date calculator, and (for the
// system admin) editing a year.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { CalendarDay } from '../../api/types.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { errorText } from '../../components/errors.ts';
import { chinaNow, formatTime } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { useCalendarStatus, useCalendarYear } from './api.ts';
import { DueCalculator } from './DueCalculator.tsx';
import { ProvisionalTag } from './ProvisionalTag.tsx';
import { ProvisionalYearCard } from './ProvisionalYearCard.tsx';
import { type HolidayBlock, holidayBlocks } from './workdays.ts';
import { YearEditor } from './YearEditor.tsx';
import { YearView } from './YearView.tsx';

const NO_DAYS: CalendarDay[] = [];

const SOURCE_LABELS: Record<string, string> = { 'chinese-days': '数据包导入', manual: '手工录入' };

function span(b: HolidayBlock): string {
  const s = dayjs(b.start);
  const e = dayjs(b.end);
  return b.start === b.end ? s.format('M月D日') : `${s.format('M月D日')}至${e.format('M月D日')}`;
}

export default function CalendarPage() {
  const me = useMe();
  const { message } = App.useApp();
  const url = useUrlState();
  const status = useCalendarStatus();
  const today = chinaNow().day;
  const years = (status.data?.years ?? []).map((y) => y.year).sort((a, b) => a - b);
  // This year and next where not entered: due dates in them are 暂定, so they are listed to look at.
  const provisional = (status.data?.provisionalYears ?? []).map((p) => p.year);
  const wanted = Number(url.get('year')) || status.data?.currentYear || Number(today.slice(0, 4));
  const known = years.includes(wanted);
  const year = useCalendarYear(status.isSuccess && known ? wanted : undefined);
  const [editing, setEditing] = useState<number | null>(null);
  // Rows the editor opens with for a year not entered yet (the provisional calendar, or none).
  const [prefill, setPrefill] = useState<CalendarDay[]>(NO_DAYS);
  const [adding, setAdding] = useState(false);
  const [newYear, setNewYear] = useState<number | null>(null);
  const editable = can(me, 'system:calendar');
  const days = year.data?.days ?? NO_DAYS;
  const blocks = holidayBlocks(days);

  const startAdd = () => {
    const next = (years[years.length - 1] ?? dayjs().year() - 1) + 1;
    setNewYear(next);
    setAdding(true);
  };

  return (
    <PageContainer
      extra={
        <Space wrap>
          <Select
            aria-label="年度"
            value={wanted}
            style={{ width: 200 }}
            onChange={(y) => url.set({ year: y })}
            options={[...new Set([...years, ...provisional, wanted])]
              .sort((a, b) => a - b)
              .map((y) => ({
                value: y,
                label: `${y}年${years.includes(y) ? '' : '（未录入，暂定）'}`,
              }))}
          />
          {editable && known && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(wanted)} disabled={!year.data}>
              编辑本年度
            </Button>
          )}
          {editable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={startAdd}>
              录入新年度
            </Button>
          )}
        </Space>
      }
    >
      {status.data?.warning && (
        <Alert
          type="warning"
          showIcon
          title={status.data.warning}
          style={{ marginBottom: 16 }}
          action={
            status.data.nextYearMissing && wanted !== status.data.currentYear + 1 ? (
              // The provisional view of next year: what its dates rest on, and (for the system
              // administrator) entry starting from it.
              <Button size="small" onClick={() => url.set({ year: (status.data?.currentYear ?? 0) + 1 })}>
                查看暂定日历
              </Button>
            ) : undefined
          }
        />
      )}
      {status.isError && (
        <Alert type="error" showIcon title={errorText(status.error)} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card
            title={
              <span>
                {wanted}年节假日安排{' '}
                {!known && status.isSuccess ? <ProvisionalTag note={`${wanted}年尚未录入正式安排`} /> : null}
              </span>
            }
            extra={
              year.data && (
                <Space>
                  <Tag>{SOURCE_LABELS[year.data.source] ?? year.data.source}</Tag>
                  {year.data.updatedAt && (
                    <Typography.Text type="secondary">
                      更新于 {formatTime(year.data.updatedAt)}
                    </Typography.Text>
                  )}
                </Space>
              )
            }
            loading={status.isPending || (known && year.isPending)}
          >
            {!known ? (
              <ProvisionalYearCard
                year={wanted}
                today={today}
                editable={editable}
                onEnter={(rows) => {
                  setPrefill(rows);
                  setEditing(wanted);
                }}
              />
            ) : year.isError ? (
              <Alert type="error" showIcon title={errorText(year.error)} />
            ) : (
              <>
                {year.data?.note && (
                  <Typography.Paragraph type="secondary">说明：{year.data.note}</Typography.Paragraph>
                )}
                <Table<HolidayBlock>
                  size="small"
                  rowKey={(b) => b.start}
                  pagination={false}
                  dataSource={blocks}
                  columns={[
                    { title: '节日', dataIndex: 'name' },
                    { title: '放假时间', key: 'span', render: (_, b) => span(b) },
                    { title: '天数', dataIndex: 'days', render: (d: number) => `${d} 天` },
                    {
                      title: '调休上班',
                      dataIndex: 'workdays',
                      render: (w: string[]) =>
                        w.length ? w.map((d) => dayjs(d).format('M月D日（ddd）')).join('、') : '—',
                    },
                  ]}
                  style={{ marginBottom: 16 }}
                />
                <div className="lz-legend" aria-hidden="true">
                  <span className="lz-day lz-day-holiday">休</span> 法定节假日
                  <span className="lz-day lz-day-workday">班</span> 调休上班
                  <span className="lz-day lz-day-weekend">六</span> 周末
                </div>
                <YearView year={wanted} days={days} today={today} />
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <DueCalculator />
        </Col>
      </Row>
      <YearEditor
        year={editing}
        days={editing === wanted ? (known ? days : prefill) : NO_DAYS}
        note={editing === wanted ? (year.data?.note ?? null) : null}
        onClose={() => {
          setEditing(null);
          setPrefill(NO_DAYS);
        }}
      />
      <Modal
        title="录入新年度"
        open={adding}
        onCancel={() => setAdding(false)}
        okText="下一步"
        onOk={() => {
          if (!newYear || newYear < 2000 || newYear > 2100) {
            void message.error('请输入 2000 至 2100 之间的年份');
            return;
          }
          if (years.includes(newYear)) {
            void message.warning(`${newYear}年已录入，将打开编辑`);
          }
          setAdding(false);
          url.set({ year: newYear });
          setEditing(newYear);
        }}
      >
        <label htmlFor="lz-new-year">年份</label>
        <InputNumber
          id="lz-new-year"
          min={2000}
          max={2100}
          precision={0}
          value={newYear}
          onChange={(v) => setNewYear(v)}
          style={{ width: '100%', marginTop: 8 }}
          suffix="年"
        />
      </Modal>
    </PageContainer>
  );
}
