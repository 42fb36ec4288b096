// The portal's workbench pages (门户网站), listed in the workbench's page registry (pages.tsx).
import {
  AuditOutlined,
  ClockCircleOutlined,
  FileTextOutlined,
  GlobalOutlined,
  PartitionOutlined,
} from '@ant-design/icons';
import { lazy, type ReactNode } from 'react';
import type { AppPage } from '../../pages.tsx';

const GROUP = '门户网站';

export const PORTAL_PAGES: AppPage[] = [
  {
    path: '/portal/articles',
    title: '稿件管理',
    group: GROUP,
    audience: 'permission',
    permissions: ['portal:edit', 'portal:review', 'portal:publish'],
    icon: <FileTextOutlined />,
    component: lazy(() => import('./ArticlesPage.tsx')),
  },
  {
    path: '/portal/review',
    title: '待审稿件',
    group: GROUP,
    audience: 'permission',
    permissions: ['portal:review'],
    icon: <AuditOutlined />,
    component: lazy(() => import('./ReviewQueuePage.tsx')),
  },
  {
    path: '/portal/scheduled',
    title: '定时发布',
    group: GROUP,
    audience: 'permission',
    permissions: ['portal:publish'],
    icon: <ClockCircleOutlined />,
    component: lazy(() => import('./ScheduledPage.tsx')),
  },
  {
    path: '/portal/columns',
    title: '栏目管理',
    group: GROUP,
    audience: 'permission',
    permissions: ['portal:columns'],
    icon: <PartitionOutlined />,
    component: lazy(() => import('./ColumnsPage.tsx')),
  },
];

export const PORTAL_MENU_GROUP_ICONS: Record<string, ReactNode> = { [GROUP]: <GlobalOutlined /> };
