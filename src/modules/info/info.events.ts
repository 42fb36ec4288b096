// The domain events information work publishes (platform/events). Supervision listens to the first:
// a leader's instruction recorded on a bulletin (or on one item of it) opens a supervision item
// (批示件) in the same transaction, and answers with the item it opened, which the instruction keeps
// — the link both ways.
export interface InstructionRecorded {
  instructionId: string;
  bulletinId: string;
  /** 2026年第5期 */
  bulletinNumber: string;
  /** 林业信息专报 (the publication setting) */
  publication: string;
  /** The item instructed on; null for an instruction on the whole issue. */
  itemId: string | null;
  /** The item's title as printed, or the title. */
  title: string;
  /** The unit that submitted the item (null for the whole issue). */
  unitId: string | null;
  leaderName: string;
  leaderTitle: string;
  /** When the leader wrote it (ISO instant). */
  instructedAt: string;
  /** The instruction's words. */
  text: string;
  /** Where the instruction is shown in the workbench ('/admin/info/bulletins/<id>'). */
  link: string;
}

/** What a listener that opens a supervision item answers, kept on the instruction. */
export interface InstructionAnswer {
  supervisionItemId: string;
  /** 督字〔2026〕17号 */
  number: string;
}

declare module '../../platform/events/index.ts' {
  interface DomainEvents {
    'info.instruction.recorded': InstructionRecorded;
  }
}

export const INSTRUCTION_RECORDED = 'info.instruction.recorded' as const;
