// The portal operations' home card (工作台首页): the site's health against the national veto checks.
import { lazy } from 'react';
import { registerHomeCard } from '../../home/cards.ts';

registerHomeCard({
  key: 'portal-ops.health',
  order: 110,
  span: 12,
  audience: 'permission',
  permissions: ['portal:freshness'],
  component: lazy(() => import('./HealthCard.tsx')),
});
