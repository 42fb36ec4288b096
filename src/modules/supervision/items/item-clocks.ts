// Items as clock subjects: who may read their clocks, where one opens, the escalation steps on the
// item's timeline (and the item's escalation level for the board and the circular: a step whose
// name says 催办 is level 1, 督办 level 2 — the ladder is a setting, its names stay the office's
// words), and the item's copy of its due day when a calendar edit moves it.
import { chinaDay, type MovedClock, registerClockSubject } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { appendEvent } from '../../../platform/timeline/index.ts';
import { findItemForUpdate, updateItem } from '../supervision.repository.ts';
import { DEADLINE_CLOCK } from '../supervision.settings.ts';
import { ITEM_SUBJECT } from './item-common.ts';
import { readableItem } from './read-items.ts';

export function escalationLevelOf(stepName: string): number {
  if (stepName.includes('督办')) return 2;
  if (stepName.includes('催办')) return 1;
  return 0;
}

async function mayRead(ctx: Ctx, id: string): Promise<boolean> {
  try {
    await readableItem(ctx, id);
    return true;
  } catch (e) {
    if (e instanceof AppError) return false;
    throw e;
  }
}

async function moved(tx: Ctx, list: MovedClock[]): Promise<void> {
  for (const m of list) {
    if (m.clock.kind !== DEADLINE_CLOCK.kind || m.clock.status === 'stopped') continue;
    const row = await findItemForUpdate(tx.db, m.clock.subjectId);
    if (row && row.clockId === m.clock.id)
      await updateItem(tx.db, row.id, { dueDay: m.clock.dueAt ? chinaDay(m.clock.dueAt) : null });
  }
}

export function registerItemClockSubject(): void {
  registerClockSubject({
    type: ITEM_SUBJECT,
    canRead: mayRead,
    link: (id) => `/admin/supervision/items/${id}`,
    note: async (tx, id, note) => {
      await appendEvent(
        tx,
        { type: ITEM_SUBJECT, id },
        {
          kind: note.kind,
          text: note.title,
          staffNote: note.text,
          visibility: 'staff',
          data: note.data ?? null,
        },
      );
      const level = escalationLevelOf(String(note.data?.step ?? note.title));
      if (level > 0) {
        const row = await findItemForUpdate(tx.db, id);
        if (row && row.escalation < level) await updateItem(tx.db, id, { escalation: level });
      }
    },
    dueMoved: moved,
  });
}
