// A table of information items (the office's queue and a unit's own list share it): title linking
// to the item, unit, type and depth, state, adoption levels and points, when submitted.
import { Table, type TableColumnsType, type TablePaginationConfig, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatTime } from '../../components/format.ts';
import { type ItemListItem, LEVEL_COLORS, STATUS_COLORS } from './api.ts';

export function ItemsTable(props: {
  items: ItemListItem[];
  loading: boolean;
  pagination: TablePaginationConfig;
  showUnit?: boolean;
}) {
  const columns: TableColumnsType<ItemListItem> = [
    {
      title: '标题',
      key: 'title',
      render: (_, i) => (
        <>
          <Link to={`/info/items/${i.id}`}>{i.title}</Link>
          <br />
          <Typography.Text type="secondary">
            {i.typeLabel} · {i.depthLabel}
            {props.showUnit ? '' : ` · 撰稿：${i.authorName}`}
          </Typography.Text>
        </>
      ),
    },
    ...(props.showUnit
      ? [{ title: '报送单位', dataIndex: 'unitName', width: 150, responsive: ['md' as const] }]
      : []),
    {
      title: '状态',
      key: 'status',
      width: 100,
      render: (_, i) => <Tag color={STATUS_COLORS[i.status]}>{i.statusLabel}</Tag>,
    },
    {
      title: '采用',
      key: 'levels',
      width: 200,
      responsive: ['lg'],
      render: (_, i) =>
        i.levels.length ? (
          i.levels.map((l) => (
            <Tag key={l.level} color={LEVEL_COLORS[l.level]}>
              {l.label}
            </Tag>
          ))
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { title: '积分', dataIndex: 'points', width: 70, align: 'right', responsive: ['sm'] },
    {
      title: '报送时间',
      key: 'submittedAt',
      width: 150,
      responsive: ['sm'],
      render: (_, i) =>
        i.submittedAt ? (
          formatTime(i.submittedAt)
        ) : (
          <Typography.Text type="secondary">未报送</Typography.Text>
        ),
    },
  ];
  return (
    <Table
      rowKey="id"
      size="middle"
      loading={props.loading}
      columns={columns}
      dataSource={props.items}
      pagination={props.pagination}
    />
  );
}
