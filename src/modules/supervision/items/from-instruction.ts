// 批示件 from information work: a leader's instruction recorded on a bulletin (信息专报) opens a
// supervision item in the same transaction (platform domain event 'info.instruction.recorded').
// The item keeps the bulletin (bulletinId, shown as a link on its page) and the instruction keeps
// the item (the listener's answer: its id and number) — the link both ways. The unit that
// submitted the item instructed on leads it, assigned at once with the default deadline; an
// instruction on the whole issue waits for the office to assign it.
import type { Ctx } from '../../../platform/context.ts';
import { listen } from '../../../platform/events/index.ts';
import { INSTRUCTION_RECORDED, type InstructionAnswer, type InstructionRecorded } from '../../info/index.ts';
import { listLeaderRows } from '../../org/index.ts';
import { registerItem } from './register-item.ts';

export async function openItemFromInstruction(tx: Ctx, e: InstructionRecorded): Promise<InstructionAnswer> {
  const leader = (await listLeaderRows(tx.db)).find((l) => l.name === e.leaderName);
  const { item } = await registerItem(
    tx,
    {
      source: 'instruction',
      title:
        `${e.leaderName}${e.leaderTitle}对《${e.publication}》${e.bulletinNumber}“${e.title}”的批示`.slice(
          0,
          200,
        ),
      sourceDoc: `《${e.publication}》${e.bulletinNumber}`,
      sourceText: e.text,
      instructingLeaderId: leader?.id ?? null,
      instructingLeaderName: leader ? undefined : e.leaderName,
      leadUnitId: e.unitId ?? undefined,
      bulletinId: e.bulletinId,
      origin: `由政务信息《${e.publication}》${e.bulletinNumber}上的领导批示转立`,
    },
    { authorized: true },
  );
  return { supervisionItemId: item.id, number: item.number };
}

export const SUPERVISION_LISTENERS = [
  listen(INSTRUCTION_RECORDED, '领导在信息专报上的批示转为督办事项（批示件）', openItemFromInstruction),
];
