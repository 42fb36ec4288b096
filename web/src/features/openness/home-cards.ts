// Government openness' home card (工作台首页): the catalogue by category and the guide's version.
import { lazy } from 'react';
import { registerHomeCard } from '../../home/cards.ts';

registerHomeCard({
  key: 'openness.catalogue',
  order: 130,
  span: 12,
  audience: 'permission',
  permissions: ['openness:read'],
  component: lazy(() => import('./OpennessCard.tsx')),
});
