import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types.ts';
import { type HomeCard, homeCardsFor } from './cards.ts';

const Empty = () => null;
const CARDS: HomeCard[] = [
  { key: 'notifications', order: 20, audience: 'everyone', component: Empty },
  { key: 'welcome', order: 0, audience: 'everyone', component: Empty },
  { key: 'calendar', order: 10, audience: 'business', permissions: ['system:calendar'], component: Empty },
  {
    key: 'admin.audit',
    order: 5,
    audience: 'permission',
    permissions: ['audit:read'],
    when: (me) => me.adminKind === 'audit',
    component: Empty,
  },
  {
    key: 'letters.overdue',
    order: 100,
    audience: 'permission',
    permissions: ['interaction:reply'],
    component: Empty,
  },
];

const me = (over: Partial<Me>): Me => ({
  id: 'x',
  kind: 'staff',
  username: 'x',
  displayName: 'x',
  unitId: null,
  unitPath: null,
  roles: [],
  permissions: {},
  adminKind: null,
  csrfToken: null,
  mustChangePassword: false,
  totpEnabled: false,
  roleNames: {},
  passwordChangedAt: null,
  ...over,
});

describe('home page cards', () => {
  it('a business user with letters to answer: welcome, calendar, inbox, then the module card', () => {
    const keys = homeCardsFor(me({ permissions: { 'interaction:reply': 'unit' } }), CARDS).map((c) => c.key);
    expect(keys).toEqual(['welcome', 'calendar', 'notifications', 'letters.overdue']);
  });

  it('the audit admin: welcome, their job, inbox — no business calendar', () => {
    const keys = homeCardsFor(me({ adminKind: 'audit', permissions: { 'audit:read': 'all' } }), CARDS).map(
      (c) => c.key,
    );
    expect(keys).toEqual(['welcome', 'admin.audit', 'notifications']);
  });
});
