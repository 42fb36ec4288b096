// Government information work's workbench pages (政务信息), in their own menu group.
import { AuditOutlined, EditOutlined, FileTextOutlined, ReadOutlined } from '@ant-design/icons';
import { lazy, type ReactNode } from 'react';
import type { AppPage } from '../../pages.tsx';

const GROUP = '政务信息';

export const INFO_PAGES: AppPage[] = [
  {
    path: '/info/mine',
    title: '本单位信息报送',
    group: GROUP,
    audience: 'permission',
    permissions: ['info:submit'],
    icon: <EditOutlined />,
    component: lazy(() => import('./MinePage.tsx')),
  },
  {
    path: '/info/new',
    title: '报送信息',
    group: GROUP,
    hidden: true,
    audience: 'permission',
    permissions: ['info:submit'],
    component: lazy(() => import('./ItemEditorPage.tsx')),
  },
  {
    path: '/info/items/:id/edit',
    title: '修改信息',
    group: GROUP,
    hidden: true,
    audience: 'permission',
    permissions: ['info:submit'],
    component: lazy(() => import('./ItemEditorPage.tsx')),
  },
  {
    path: '/info/review',
    title: '信息审核采用',
    group: GROUP,
    audience: 'permission',
    permissions: ['info:review', 'info:read'],
    icon: <AuditOutlined />,
    component: lazy(() => import('./ReviewPage.tsx')),
  },
  {
    path: '/info/bulletins',
    title: '信息专报',
    group: GROUP,
    audience: 'permission',
    permissions: ['info:review', 'info:read'],
    icon: <FileTextOutlined />,
    component: lazy(() => import('./BulletinsPage.tsx')),
  },
  {
    path: '/info/bulletins/:id',
    title: '信息专报',
    group: GROUP,
    hidden: true,
    audience: 'permission',
    permissions: ['info:review', 'info:read'],
    component: lazy(() => import('./BulletinPage.tsx')),
  },
  {
    path: '/info/items/:id',
    title: '信息详情',
    group: GROUP,
    hidden: true,
    audience: 'permission',
    permissions: ['info:submit', 'info:review', 'info:read'],
    component: lazy(() => import('./ItemPage.tsx')),
  },
];

export const INFO_MENU_GROUP_ICONS: Record<string, ReactNode> = { [GROUP]: <ReadOutlined /> };
