// The human check's field (人机验证) for any public form: the question as text, the answer in a text
// box, the question's id hidden. No script, no image, no third-party service (platform/auth/human-check.ts).
import type { ReactNode } from 'react';
import type { HumanChallenge } from '../../platform/auth/human-check.ts';
import type { FieldError } from '../../platform/errors.ts';

export function HumanCheckField(props: {
  challenge: HumanChallenge | null;
  errors: FieldError[];
}): ReactNode {
  if (!props.challenge) return null;
  const error = props.errors.find((e) => e.field === 'humanCheck');
  return (
    <div className={`form-row human-check${error ? ' has-error' : ''}`}>
      <input type="hidden" name="humanCheckId" value={props.challenge.id} />
      <label htmlFor="f-humanCheck">验证问题：{props.challenge.question}</label>
      <p className="field-hint">为防止程序批量提交，请回答这个问题。</p>
      {error ? <p className="field-error">{error.message}</p> : null}
      <input
        id="f-humanCheck"
        name="humanCheckAnswer"
        type="text"
        className="input-short"
        autoComplete="off"
        maxLength={20}
      />
    </div>
  );
}

/** The challenge a HUMAN_CHECK_REQUIRED error carries, if e is one. */
export function challengeOf(e: unknown): HumanChallenge | null {
  const extra = (e as { code?: string; extra?: { humanCheck?: HumanChallenge } } | null) ?? null;
  return extra?.code === 'HUMAN_CHECK_REQUIRED' ? (extra.extra?.humanCheck ?? null) : null;
}
