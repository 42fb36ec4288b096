// The numbered documents (文书) a case receives — 受理通知书, 不予受理通知书, 补正材料通知书 and the
// decisions — numbered by platform numbering without gaps per series and year: 豫林许受〔2026〕00001号
// (the prefix, 豫林许, is the services setting; the series letter and padding are fixed here).
import type { Ctx } from '../../platform/context.ts';
import { defineSeries, type NumberSeries, takeNumber } from '../../platform/documents/index.ts';
import { type DocumentRow, insertDocument } from './case.repository.ts';
import type { DocumentKind } from './services.table.ts';

const series = (letter: string): NumberSeries =>
  defineSeries(`services.doc:${letter}`, `{prefix}${letter}〔{year}〕{serial:5}号`);

export const DOCUMENT_TITLES: Record<DocumentKind, { title: string; series: NumberSeries }> = {
  acceptance_notice: { title: '受理通知书', series: series('受') },
  not_accepted_notice: { title: '不予受理通知书', series: series('不受') },
  completion_notice: { title: '补正材料通知书', series: series('补') },
  approval_decision: { title: '准予行政许可决定书', series: series('准') },
  refusal_decision: { title: '不予行政许可决定书', series: series('不准') },
  not_counted_notice: { title: '不计入办理时限告知书', series: series('告') },
};

export async function issueDocument(
  tx: Ctx,
  caseId: string,
  kind: DocumentKind,
  prefix: string,
  body: string,
): Promise<DocumentRow> {
  const { title, series } = DOCUMENT_TITLES[kind];
  const { number } = await takeNumber(tx, series, { vars: { prefix } });
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
