import { describe, expect, it } from 'vitest';
import { containing, startingWith } from './like.ts';

describe('LIKE patterns from typed text', () => {
  it('match %, _ and \\ as themselves', () => {
    expect(containing('林业')).toBe('%林业%');
    expect(containing('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
    expect(startingWith('portal.')).toBe('portal.%');
    expect(startingWith('a_b')).toBe('a\\_b%');
  });
});
