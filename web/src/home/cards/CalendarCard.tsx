import { CalendarOutlined } from '@ant-design/icons';
import { Alert, Card, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { chinaNow } from '../../components/format.ts';
import { useCalendarStatus, useCalendarYear } from '../../features/calendar/api.ts';
import {
  dayInfo,
  daysBetween,
  nextHoliday,
  WEEKDAY_NAMES,
  weekday,
} from '../../features/calendar/workdays.ts';

function shortDate(day: string): string {
  return dayjs(day).format('M月D日');
}

export default function CalendarCard() {
  const today = chinaNow().day;
  const year = Number(today.slice(0, 4));
  const status = useCalendarStatus();
  const hasThisYear = status.data ? status.data.years.some((y) => y.year === year) : true;
  const hasNextYear = status.data?.years.some((y) => y.year === year + 1) ?? false;
  const thisYear = useCalendarYear(status.isSuccess && hasThisYear ? year : undefined);
  const nextYear = useCalendarYear(status.isSuccess && hasNextYear ? year + 1 : undefined);

  const title = (
    <Space>
      <CalendarOutlined />
      工作日历
    </Space>
  );
  const extra = <Link to="/calendar">查看日历</Link>;

  if (status.isPending || (hasThisYear && thisYear.isPending))
    return (
      <Card title={title} extra={extra}>
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  if (status.isError)
    return (
      <Card title={title} extra={extra}>
        <Typography.Text type="secondary">工作日历暂时无法载入。</Typography.Text>
      </Card>
    );

  const days = [...(thisYear.data?.days ?? []), ...(nextYear.data?.days ?? [])];
  const info = dayInfo(today, days);
  const holiday = nextHoliday(today, days);
  const holidayUnderway = holiday && holiday.start <= today;

  return (
    <Card title={title} extra={extra}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <div>
          <Typography.Text strong style={{ fontSize: 16 }}>
            今天 {shortDate(today)} {WEEKDAY_NAMES[weekday(today)]}
          </Typography.Text>{' '}
          {!hasThisYear ? (
            <Tag color="orange">本年度日历缺失</Tag>
          ) : info.working ? (
            <Tag color="green">{info.kind === 'workday' ? `工作日（${info.name}调休上班）` : '工作日'}</Tag>
          ) : (
            <Tag color="red">{info.kind === 'holiday' ? `休息（${info.name}）` : '休息日'}</Tag>
          )}
        </div>
        {holiday ? (
          <Typography.Text>
            {holidayUnderway ? '正值' : '下一个节假日：'}
            <strong>{holiday.name}</strong>，{shortDate(holiday.start)}至{shortDate(holiday.end)}放假，共{' '}
            {holiday.days} 天{!holidayUnderway && `（还有 ${daysBetween(today, holiday.start)} 天）`}
            {holiday.workdays.length > 0 && `；${holiday.workdays.map(shortDate).join('、')}调休上班`}。
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">日历中没有更多节假日安排。</Typography.Text>
        )}
        {status.data.warning && <Alert type="warning" showIcon title={status.data.warning} />}
      </Space>
    </Card>
  );
}
