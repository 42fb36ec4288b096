// 暂定: a due date that rests on a year whose holiday schedule is not published yet. The tag says so
// wherever a due date is shown; its reason is one tap (or hover) away, and read out to screen readers.
import { Tag, Tooltip } from 'antd';

export function ProvisionalTag({ note }: { note: string | null | undefined }) {
  if (!note) return null;
  return (
    <Tooltip title={`暂定：${note}`}>
      <Tag color="gold" aria-label={`暂定：${note}`} style={{ cursor: 'help' }}>
        暂定
      </Tag>
    </Tooltip>
  );
}
