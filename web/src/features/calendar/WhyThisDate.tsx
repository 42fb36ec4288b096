// 为什么是这一天: how a clock's due date was reached, step by step — the start, the limit and its
// extensions, the weekends, holidays and adjusted working days passed over, the pauses, and the
// due date itself (暂定 with its reason when it rests on a year not published yet). One component for
// every kind of item: it reads the platform's clock (/api/clocks/:id), not the module's copy.
import { Alert, Button, Descriptions, Modal, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ClockExplanation } from '../../api/types.ts';
import { errorText } from '../../components/errors.ts';
import { useClock } from './api.ts';
import { dueLine, explanationRows } from './why-this-date.ts';

export function ClockExplanationView({ explanation: ex }: { explanation: ClockExplanation }) {
  const provisionalYear = ex.provisional?.years[0];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 104, whiteSpace: 'nowrap' } }}
        items={[
          ...explanationRows(ex).map((r, i) => ({ key: `${i}`, label: r.label, children: r.text })),
          {
            key: 'due',
            label: '届满日',
            children: (
              <Space wrap size={4}>
                <Typography.Text strong>{dueLine(ex)}</Typography.Text>
                {ex.provisional ? <Tag color="gold">暂定</Tag> : null}
              </Space>
            ),
          },
        ]}
      />
      {ex.provisional ? (
        <Alert
          type="warning"
          showIcon
          title="这一届满日是暂定的"
          description={
            <>
              {ex.provisional.note}。
              {provisionalYear ? (
                <Link to={`/calendar?year=${provisionalYear}`}>查看{provisionalYear}年暂定日历</Link>
              ) : null}
            </>
          }
        />
      ) : null}
    </Space>
  );
}

/** A link under a due date that opens the explanation; the summary sentence is its accessible description. */
export function WhyThisDate({ clockId, title }: { clockId: string; title: string }) {
  const [open, setOpen] = useState(false);
  const q = useClock(clockId, open);
  return (
    <>
      <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setOpen(true)}>
        为什么是这一天？
      </Button>
      <Modal
        open={open}
        title={`${title}：届满日是怎么算的`}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>关闭</Button>}
        width={640}
        destroyOnHidden
      >
        {q.isPending ? (
          <Skeleton active />
        ) : q.isError ? (
          <Alert type="error" showIcon title={errorText(q.error)} />
        ) : q.data.explanation ? (
          <ClockExplanationView explanation={q.data.explanation} />
        ) : (
          <Alert type="info" showIcon title="该计时没有保存计算过程" />
        )}
      </Modal>
    </>
  );
}
