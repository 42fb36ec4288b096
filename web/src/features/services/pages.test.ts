// The 事项表单 editor is in the workbench menu for the acceptance centre (services:items), and not
// for the system administrator (三员分立) or staff without the permission.
import { describe, expect, it } from 'vitest';
import type { Permissions } from '../../auth/access.ts';
import { menuFor } from '../../layout/menu.ts';
import { SERVICES_PAGES } from './pages.tsx';

const menu = (me: Permissions) =>
  menuFor(SERVICES_PAGES, me).flatMap((g) => g.pages.map((p) => `${g.group}/${p.title} ${p.path}`));

describe('the services menu', () => {
  it('shows 事项表单 to the window staff', () => {
    const window: Permissions = {
      adminKind: null,
      permissions: { 'services:read': 'unit', 'services:counter': 'unit', 'services:items': 'unit' },
    };
    expect(menu(window)).toContain('网上办事/事项表单 /services/items');
  });

  it('hides it from the system administrator and from the resources division', () => {
    const sysadmin: Permissions = {
      adminKind: 'system',
      permissions: { 'system:units': 'all', 'system:accounts': 'all', 'system:calendar': 'all' },
    };
    const ziyuan: Permissions = {
      adminKind: null,
      permissions: { 'services:read': 'unit', 'services:decide': 'unit', 'harvest:revoke': 'unit' },
    };
    expect(menu(sysadmin).some((p) => p.includes('/services/items'))).toBe(false);
    expect(menu(ziyuan).some((p) => p.includes('/services/items'))).toBe(false);
  });
});
