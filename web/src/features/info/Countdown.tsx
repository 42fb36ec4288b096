// The time left to report an emergency, ticking each second on the server's clock (the offset
// between the server's `now` and the browser's is taken when the data arrives): "剩余 3:49:59",
// red "已超时 0:10:00" once overdue.
import { Typography } from 'antd';
import { useEffect, useState } from 'react';

function clock(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** `serverNow` is the reply's now; `dueAt` the report's due time. */
export function Countdown(props: { dueAt: string; serverNow: string; strong?: boolean }) {
  const [offset] = useState(() => Date.parse(props.serverNow) - Date.now());
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + offset), 1000);
    return () => clearInterval(timer);
  }, [offset]);
  const left = Date.parse(props.dueAt) - now;
  return left >= 0 ? (
    <Typography.Text strong={props.strong} type={left < 3_600_000 ? 'warning' : undefined}>
      剩余 {clock(left)}
    </Typography.Text>
  ) : (
    <Typography.Text strong={props.strong} type="danger">
      已超时 {clock(left)}
    </Typography.Text>
  );
}
