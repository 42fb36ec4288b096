// Page header: breadcrumb (首页 / group / page), title, actions; sets the document title.
import { Breadcrumb, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useSiteName } from '../auth/site.ts';
import { PAGES } from '../pages.tsx';
import { pageFor } from './menu.ts';

export function PageContainer(props: {
  title?: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const location = useLocation();
  const page = pageFor(PAGES, location.pathname);
  const title = props.title ?? page?.title ?? '';
  const plainTitle = typeof title === 'string' ? title : (page?.title ?? '');
  const siteName = useSiteName();

  useEffect(() => {
    document.title = plainTitle
      ? `${plainTitle} · 林政工作台`
      : siteName
        ? `林政工作台 · ${siteName}`
        : '林政工作台';
  }, [plainTitle, siteName]);

  const crumbs = [{ title: <Link to="/">首页</Link> }];
  if (page && page.path !== '/') {
    if (page.group) crumbs.push({ title: <span>{page.group}</span> });
    crumbs.push({ title: <span>{page.title}</span> });
  }

  return (
    <div>
      <div className="lz-page-header">
        <Breadcrumb items={crumbs} />
        <div style={{ display: 'flex', alignItems: 'center', gap: 16, marginTop: 8, flexWrap: 'wrap' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {props.subTitle && <Typography.Text type="secondary">{props.subTitle}</Typography.Text>}
          <div style={{ marginLeft: 'auto' }}>{props.extra}</div>
        </div>
      </div>
      <div className="lz-page-body">{props.children}</div>
    </div>
  );
}
