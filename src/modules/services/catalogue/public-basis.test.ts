import { describe, expect, it } from 'vitest';
import { publicLegalBasis } from './public-basis.ts';

const texts = (entries: Parameters<typeof publicLegalBasis>[0]) =>
  publicLegalBasis(entries).map((c) => c.text);

describe('the legal basis as the public reads it', () => {
  it('cites the 2019 Forest Law by its full title and leaves the repealed 1998 text out', () => {
    expect(
      texts([
        { instrument: '森林法 (2019修订)', article: '第五十六条、第五十七条', confidence: 'medium' },
        {
          instrument: '森林法 (1998) / 森林法实施条例',
          article: '森林法 第三十二条; 实施条例 第三十条、第三十一条',
          confidence: 'verified (兰考县林业局 2014 service guide)',
        },
      ]),
    ).toEqual(['《中华人民共和国森林法》（2019年修订）第五十六条、第五十七条']);
  });

  it('drops research notes and English from articles, and an article marked as the old basis', () => {
    expect(
      texts([
        {
          instrument: '植物检疫条例 (国务院令第98号)',
          article: '第七条、第八条 (福建 list cites 第七条、第十条)',
          confidence: 'medium',
        },
        {
          instrument: '森林法实施条例',
          article: '第十八条 (old basis)',
          confidence: 'verified (福建自贸区 list)',
        },
      ]),
    ).toEqual(['《植物检疫条例》（国务院令第98号）第七条、第八条']);
  });

  it('cites the newest text of a law once, and the law alone where the article is uncertain', () => {
    expect(
      texts([
        { instrument: '野生动物保护法 (2016)', article: '第二十七条', confidence: 'verified' },
        {
          instrument: '野生动物保护法 (2022修订)',
          article: '第二十八条',
          confidence: 'uncertain renumbering',
        },
        { instrument: '自然保护区条例', article: '第二十七条、第二十九条 (uncertain)', confidence: 'low' },
      ]),
    ).toEqual(['《中华人民共和国野生动物保护法》（2022年修订）', '《中华人民共和国自然保护区条例》']);
  });

  it('keeps the part of an article for the law in force when the data gives several texts', () => {
    expect(
      texts([
        {
          instrument: '野生动物保护法',
          article: '第二十一条 (2016/2022); 第十六条 (1988/2004 text)',
          confidence: '1988 article verified',
        },
      ]),
    ).toEqual(['《中华人民共和国野生动物保护法》第二十一条']);
  });

  it('quotes a title inside a title with 〈〉 and leaves provincial rules and 办法 without 中华人民共和国', () => {
    expect(
      texts([
        { instrument: '河南省实施《野生动物保护法》办法', article: '第二十条', confidence: 'verified' },
        { instrument: '河南省林地保护管理条例', article: '第二十三条', confidence: 'verified' },
        { instrument: '森林防火条例 (2008)', article: '第二十五条', confidence: 'medium' },
      ]),
    ).toEqual([
      '《河南省实施〈中华人民共和国野生动物保护法〉办法》第二十条',
      '《河南省林地保护管理条例》第二十三条',
      '《森林防火条例》第二十五条',
    ]);
  });
});
