// Public interaction (互动交流): letters to the 厅长信箱, misconduct reports (网上举报, confidential),
// expert consultations and online pre-reviews — receipt codes, routing, reply clocks, approval,
// published redacted replies, satisfaction. Other modules read letters only through this file.
export { loadInteractionDemoIfEmpty } from './demo.ts';
export { interactionModule } from './interaction.module.ts';
export type { MonthStats } from './letters/letters.repository.ts';
export { vetoFigures } from './letters/veto.ts';
