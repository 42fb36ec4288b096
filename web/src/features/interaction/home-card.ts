// Registers the letters card on the workbench home page.
import { lazy } from 'react';
import { registerHomeCard } from '../../home/cards.ts';

registerHomeCard({
  key: 'interaction.letters',
  order: 120,
  span: 12,
  audience: 'permission',
  permissions: ['letters:triage', 'letters:read', 'letters:reply', 'letters:approve', 'letters:reports'],
  component: lazy(() => import('./LettersHomeCard.tsx')),
});
