// Who may see and change the calendar and the clocks.
//  - the public computes due dates (GET /api/calendar/due) without signing in;
//  - staff read the calendar and its status; staff holding any business or admin permission read
//    a clock (the module owning the clock decides who sees the thing it times);
//  - only the system administrator (system:calendar) edits the calendar.
// Writes to clocks come from other modules' use cases, which authorize before calling them.
import type { Actor } from '../context.ts';
import { AppError } from '../errors.ts';

export const CALENDAR_EDIT = 'system:calendar';

// Every signed-in account reads its own inbox; that alone is no reason to see clocks.
const IMPLICIT_PERMISSIONS = new Set(['notify:self']);

export function requireStaff(actor: Actor): void {
  if (actor.kind === 'system') return;
  if (!actor.id) throw new AppError('UNAUTHENTICATED');
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN', { message: '仅限工作人员查看' });
}

export function requireStaffWithAnyPermission(actor: Actor): void {
  requireStaff(actor);
  if (actor.kind === 'system') return;
  if (!Object.keys(actor.permissions).some((p) => !IMPLICIT_PERMISSIONS.has(p)))
    throw new AppError('FORBIDDEN', { message: '没有权限查看计时信息' });
}
