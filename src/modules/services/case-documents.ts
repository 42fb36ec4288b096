// The numbered documents (文书) a case receives — 受理通知书, 不予受理通知书, 补正材料通知书 and the
// decisions — numbered without gaps per series and year: 豫林许受〔2026〕00001号.
import { chinaDay } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { type DocumentRow, insertDocument, nextCounterValue } from './case.repository.ts';
import type { DocumentKind } from './services.table.ts';

/** The next number of a series in a year, without gaps: the counter row is locked until commit. */
export async function nextSerial(tx: Ctx, series: string, year: number): Promise<number> {
  return nextCounterValue(tx.db, series, year);
}

export const DOCUMENT_TITLES: Record<DocumentKind, { title: string; series: string }> = {
  acceptance_notice: { title: '受理通知书', series: '受' },
  not_accepted_notice: { title: '不予受理通知书', series: '不受' },
  completion_notice: { title: '补正材料通知书', series: '补' },
  approval_decision: { title: '准予行政许可决定书', series: '准' },
  refusal_decision: { title: '不予行政许可决定书', series: '不准' },
};

export async function issueDocument(
  tx: Ctx,
  caseId: string,
  kind: DocumentKind,
  prefix: string,
  body: string,
): Promise<DocumentRow> {
  const year = Number(chinaDay(tx.now).slice(0, 4));
  const { title, series } = DOCUMENT_TITLES[kind];
  const n = await nextSerial(tx, `doc:${series}`, year);
  const number = `${prefix}${series}〔${year}〕${String(n).padStart(5, '0')}号`;
  return insertDocument(tx.db, {
    caseId,
    kind,
    number,
    title,
    body,
    issuedAt: tx.now,
    issuedBy: tx.actor.id,
  });
}
