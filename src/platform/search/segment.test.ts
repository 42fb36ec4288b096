// Segmentation with the forestry dictionary: terms of art stay whole, documents also index the
// shorter words inside them, and highlighting marks what the reader searched for.
import { describe, expect, it } from 'vitest';
import { highlight, piecesToHtml, snippet } from './highlight.ts';
import { queryTerms, segment, segmentForIndex } from './segment.ts';

describe('segment', () => {
  it('keeps 林木采伐许可证 as one term (forestry dictionary)', () => {
    expect(segment('如何办理林木采伐许可证')).toEqual(['如何', '办理', '林木采伐许可证']);
  });

  it('keeps other terms of art whole', () => {
    expect(segment('松材线虫病防治')).toEqual(['松材线虫病', '防治']);
    expect(segment('古树名木保护')).toEqual(['古树名木', '保护']);
    expect(segment('退耕还林政策兑现')).toEqual(['退耕还林', '政策', '兑现']);
  });

  it('drops punctuation and function words, lower-cases Latin letters', () => {
    expect(segment('关于RSS的“订阅”。')).toEqual(['关于', 'rss', '订阅']);
  });

  it('indexes a document with the whole term and the words inside it', () => {
    expect(segmentForIndex('林木采伐许可证')).toEqual(['林木', '采伐', '许可', '许可证', '林木采伐许可证']);
  });

  it('gives a query its distinct terms once each', () => {
    expect(queryTerms('造林 造林 绿化')).toEqual(['造林', '绿化']);
  });
});

describe('highlight and snippet', () => {
  it('marks every occurrence of the terms, escaping the rest', () => {
    expect(piecesToHtml(highlight('<b>造林</b>与造林绿化', ['造林']))).toBe(
      '&lt;b&gt;<mark>造林</mark>&lt;/b&gt;与<mark>造林</mark>绿化',
    );
  });

  it('merges overlapping hits', () => {
    expect(piecesToHtml(highlight('林木采伐许可证', ['林木采伐许可证', '采伐']))).toBe(
      '<mark>林木采伐许可证</mark>',
    );
  });

  it('cuts a window around the first hit, with ellipses', () => {
    const text = `${'甲'.repeat(100)}松材线虫病${'乙'.repeat(100)}`;
    const html = piecesToHtml(snippet(text, ['松材线虫病'], 20));
    // 20 characters: 5 before the hit (a quarter), the hit, 10 after.
    expect(html).toBe(`…${'甲'.repeat(5)}<mark>松材线虫病</mark>${'乙'.repeat(10)}…`);
  });
});
