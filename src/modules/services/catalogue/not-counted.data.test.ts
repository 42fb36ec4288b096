// What the applicant reads as the basis of time not counted: the law where it is the law, never a
// citation the department has still to confirm (the harvest item's own 办理规程).
import { describe, expect, it } from 'vitest';
import { notCountedFor, publicBasis } from './not-counted.data.ts';

describe('the public basis of time not counted', () => {
  it('cites the law for 专家评审, and the item’s rules only in general while they are unconfirmed', () => {
    const harvest = notCountedFor('LIC-01');
    const expert = harvest.find((p) => p.kind === 'expert_review')!;
    expect(publicBasis(expert)).toBe('《中华人民共和国行政许可法》第四十五条');
    for (const kind of ['site_check', 'public_notice']) {
      const p = harvest.find((x) => x.kind === kind)!;
      // Staff keep the full citation; the public reads no document the department has not confirmed.
      expect(p.basis).toContain('本局林木采伐许可办理规程');
      expect(publicBasis(p)).toBe('本事项的办理规定');
    }
  });
});
