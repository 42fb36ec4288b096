// Home card: what the catalogue holds (public and internal categories) and whether the guide is
// published — an unpublished guide is a legal obligation unmet.
import { FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Card, Skeleton, Space, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useCategories, useGuide } from './api.ts';

export default function OpennessCard() {
  const categories = useCategories();
  const guide = useGuide();
  const title = (
    <Space>
      <FolderOpenOutlined />
      政务公开
    </Space>
  );
  const extra = <Link to="/openness/catalogue">公开目录</Link>;
  if (categories.isPending || guide.isPending)
    return (
      <Card title={title} extra={extra}>
        <Skeleton active paragraph={{ rows: 2 }} />
      </Card>
    );
  const list = categories.data ?? [];
  const pub = list.filter((c) => c.audience === 'public').reduce((n, c) => n + c.entries, 0);
  const internal = list.filter((c) => c.audience === 'internal').reduce((n, c) => n + c.entries, 0);
  const current = guide.data?.current;
  return (
    <Card title={title} extra={extra}>
      <Space size={32} wrap>
        <Statistic title="向社会公开的信息" value={pub} suffix="条" />
        <Statistic title="机关内部公开的信息" value={internal} suffix="条" />
        <Statistic title="目录类别" value={list.length} suffix="类" />
      </Space>
      <div style={{ marginTop: 12 }}>
        {current ? (
          <Typography.Text type="secondary">
            政府信息公开指南现行第 {current.version} 版（<Link to="/openness/guide">修订</Link>）
          </Typography.Text>
        ) : (
          <Alert type="warning" showIcon title={<Link to="/openness/guide">政府信息公开指南尚未发布</Link>} />
        )}
      </div>
    </Card>
  );
}
