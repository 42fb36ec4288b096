// The letters as clock subjects (platform/calendar): who may read a letter's clock (whoever may read
// the letter), where a reminder opens a letter, the ladder's steps written on the letter's timeline
// (staff only), and the letter's copy of its due date following a calendar edit.
import { registerClockSubject } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { appendEvent } from '../../../platform/timeline/index.ts';
import { LETTER_CLOCK } from './letter-keys.ts';
import { setLetterDue } from './letters.repository.ts';
import { getLetter } from './read-letters.ts';

/** The letter page's own rule (channel, scope, expert, pre-review): readable, or not at all. */
async function mayReadLetter(ctx: Ctx, id: string): Promise<boolean> {
  try {
    await getLetter(ctx, id);
    return true;
  } catch (e) {
    if (e instanceof AppError && ['LETTER_NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'].includes(e.code))
      return false;
    throw e;
  }
}

export function registerLetterClockSubject(): void {
  registerClockSubject({
    type: LETTER_CLOCK,
    canRead: mayReadLetter,
    link: (id) => `/admin/interaction/letters/${id}`,
    note: (tx, id, note) =>
      appendEvent(
        tx,
        { type: LETTER_CLOCK, id },
        { kind: note.kind, text: note.title, staffNote: note.text, visibility: 'staff' },
      ),
    async dueMoved(tx, moved) {
      for (const m of moved) await setLetterDue(tx.db, m.clock.id, m.clock.dueAt);
    },
  });
}
