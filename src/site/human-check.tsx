// The human check's field in a public form: the question as the label, its id hidden beside it.
// A failed, used or expired answer is shown with a new question (the caller makes one).
import type { ReactNode } from 'react';
import { HUMAN_ANSWER_FIELD, HUMAN_ID_FIELD, type HumanChallenge } from '../platform/human-check/index.ts';
import { TextInput } from './forms.tsx';

export function HumanCheck({
  challenge,
  error,
}: {
  challenge: HumanChallenge;
  error?: string | null;
}): ReactNode {
  return (
    <>
      <input type="hidden" name={HUMAN_ID_FIELD} value={challenge.id} />
      <TextInput
        name={HUMAN_ANSWER_FIELD}
        label={`验证问题：${challenge.question}`}
        hint="用于确认是您本人在填写，防止机器批量提交；每道问题只能回答一次"
        required
        width="short"
        autoComplete="off"
        maxLength={10}
        value=""
        error={error}
      />
    </>
  );
}

/** The new question a HUMAN_CHECK_REQUIRED error carries, if e is one. */
export function challengeOf(e: unknown): HumanChallenge | null {
  const err = (e as { code?: string; extra?: { humanCheck?: HumanChallenge } } | null) ?? null;
  return err?.code === 'HUMAN_CHECK_REQUIRED' ? (err.extra?.humanCheck ?? null) : null;
}
