// A year whose official holiday schedule is not entered yet: what due dates in it rest on meanwhile
// (暂定) — the statutory holidays of 《全国年节及纪念日放假办法》 and their 补假 — day by day, with why.
import { Alert, Button, Empty, Skeleton, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import type { CalendarDay, ProvisionalDay } from '../../api/types.ts';
import { errorText } from '../../components/errors.ts';
import { useProvisionalYear } from './api.ts';
import { YearView } from './YearView.tsx';

/** The provisional days as the rows the year editor starts from (补假 days under their holiday's name). */
export function provisionalAsEntry(days: readonly ProvisionalDay[]): CalendarDay[] {
  return days.map((d) => ({ day: d.day, kind: 'holiday', name: d.name.replace(/补假$/, '') }));
}

export function ProvisionalYearCard(props: {
  year: number;
  today: string;
  editable: boolean;
  onEnter: (days: CalendarDay[]) => void;
}) {
  const q = useProvisionalYear(props.year);
  if (props.year < 2025 || props.year > 2100)
    return <Empty description={`工作日历中没有${props.year}年的节假日安排，且该年度不适用现行放假办法`} />;
  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <Alert type="error" showIcon title={errorText(q.error)} />;
  const p = q.data;
  const days: CalendarDay[] = p.days.map((d) => ({ day: d.day, kind: 'holiday', name: d.name }));
  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={`${props.year}年尚未录入正式的节假日安排，期限暂按下列日历计算并标注“暂定”`}
        // The button sits under the text, not beside it: beside it, a phone's screen left the text
        // one character wide.
        description={
          <>
            {`${p.note}。国务院办公厅的通知发布后，请${props.editable ? '' : '系统管理员'}据此录入（含调休上班日）；录入后，进行中的期限自动重新计算，届满日改变的，承办人会收到通知。`}
            {props.editable ? (
              <div style={{ marginTop: 8 }}>
                <Button type="primary" size="small" onClick={() => props.onEnter(provisionalAsEntry(p.days))}>
                  以暂定日历为起点录入
                </Button>
              </div>
            ) : null}
          </>
        }
      />
      <Table<ProvisionalDay>
        size="small"
        rowKey="day"
        pagination={false}
        dataSource={p.days}
        style={{ marginBottom: 16 }}
        columns={[
          {
            title: '日期',
            dataIndex: 'day',
            render: (d: string) => dayjs(d).format('M月D日（ddd）'),
          },
          {
            title: '放假',
            dataIndex: 'name',
            render: (n: string) => (n.endsWith('补假') ? <Tag color="gold">{n}</Tag> : n),
          },
          { title: '依据', dataIndex: 'why' },
        ]}
      />
      <div className="lz-legend" aria-hidden="true">
        <span className="lz-day lz-day-holiday">休</span> 暂定放假（含补假）
        <span className="lz-day lz-day-weekend">六</span> 周末
      </div>
      <YearView year={props.year} days={days} today={props.today} />
    </>
  );
}
