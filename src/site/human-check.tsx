// The human check's field in a public form: the question as the label, the signed token hidden
// beside it. A failed or expired answer is shown with a new question (the caller makes one).
import type { ReactNode } from 'react';
import type { HumanChallenge } from '../platform/human-check/index.ts';
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
      <input type="hidden" name="humanToken" value={challenge.token} />
      <TextInput
        name="humanAnswer"
        label={`验证问题：${challenge.question}`}
        hint="用于确认是您本人在填写，防止机器批量提交"
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
