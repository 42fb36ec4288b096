// Differences between editions, as the reviewer reads them.
import { describe, expect, it } from 'vitest';
import { diffParagraphs, diffText } from './diff.ts';

describe('diffText', () => {
  it('shows a changed figure as one deletion and one insertion', () => {
    expect(diffText('完成造林10万亩', '完成造林12万亩')).toEqual([
      { op: 'equal', text: '完成造林1' },
      { op: 'delete', text: '0' },
      { op: 'insert', text: '2' },
      { op: 'equal', text: '万亩' },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffText('', '新')).toEqual([{ op: 'insert', text: '新' }]);
    expect(diffText('旧', '')).toEqual([{ op: 'delete', text: '旧' }]);
    expect(diffText('', '')).toEqual([]);
  });
});

describe('diffParagraphs', () => {
  it('keeps equal paragraphs, pairs a removed and an added one as a change', () => {
    expect(diffParagraphs('甲\n乙\n丙', '甲\n乙二\n丙\n丁')).toEqual([
      { op: 'equal', parts: [{ op: 'equal', text: '甲' }] },
      {
        op: 'change',
        parts: [
          { op: 'equal', text: '乙' },
          { op: 'insert', text: '二' },
        ],
      },
      { op: 'equal', parts: [{ op: 'equal', text: '丙' }] },
      { op: 'insert', parts: [{ op: 'insert', text: '丁' }] },
    ]);
  });

  it('shows a removed paragraph as deleted', () => {
    expect(diffParagraphs('甲\n乙', '乙')).toEqual([
      { op: 'delete', parts: [{ op: 'delete', text: '甲' }] },
      { op: 'equal', parts: [{ op: 'equal', text: '乙' }] },
    ]);
  });
});
