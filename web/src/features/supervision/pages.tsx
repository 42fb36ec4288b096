// Supervision's workbench pages (督查督办), in their own menu group.
import { FileTextOutlined, FlagOutlined, ProjectOutlined } from '@ant-design/icons';
import { lazy, type ReactNode } from 'react';
import type { AppPage } from '../../pages.tsx';

const GROUP = '督查督办';
const READ = ['supervision:read', 'supervision:manage', 'supervision:report', 'supervision:lead'];

export const SUPERVISION_PAGES: AppPage[] = [
  {
    path: '/supervision',
    title: '督办事项',
    group: GROUP,
    audience: 'permission',
    permissions: READ,
    icon: <ProjectOutlined />,
    component: lazy(() => import('./BoardPage.tsx')),
  },
  {
    path: '/supervision/circular',
    title: '督查通报',
    group: GROUP,
    audience: 'permission',
    permissions: ['supervision:read'],
    icon: <FileTextOutlined />,
    component: lazy(() => import('./CircularPage.tsx')),
  },
  {
    path: '/supervision/items/:id',
    title: '督办事项详情',
    group: GROUP,
    hidden: true,
    audience: 'permission',
    permissions: READ,
    component: lazy(() => import('./ItemPage.tsx')),
  },
];

export const SUPERVISION_MENU_GROUP_ICONS: Record<string, ReactNode> = { [GROUP]: <FlagOutlined /> };
