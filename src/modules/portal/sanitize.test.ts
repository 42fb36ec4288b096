// The body sanitizer against known XSS payloads (OWASP filter-evasion cheat sheet and friends):
// whatever an editor pastes, nothing that runs code or loads a foreign frame is kept.
import { describe, expect, it } from 'vitest';
import { extractLinks, htmlToText, sanitizeBody } from './sanitize.ts';

const PAYLOADS: Array<[string, string]> = [
  ['<p>造林</p><script>alert(1)</script>', '<p>造林</p>'],
  ['<SCRIPT SRC=//evil.example/xss.js></SCRIPT><p>绿化</p>', '<p>绿化</p>'],
  ['<img src="x" onerror="alert(1)">', '<img src="x" />'],
  ['<img src=x onerror=alert(1)//>', '<img src="x" />'],
  ['<a href="javascript:alert(1)">点击</a>', '<a>点击</a>'],
  ['<a href="JaVaScRiPt:alert(1)">点击</a>', '<a>点击</a>'],
  ['<a href="jav&#x09;ascript:alert(1)">点击</a>', '<a>点击</a>'],
  ['<a href=" javascript:alert(1)">点击</a>', '<a>点击</a>'],
  ['<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">下载</a>', '<a>下载</a>'],
  ['<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
  ['<iframe src="https://evil.example/"></iframe><p>正文</p>', '<p>正文</p>'],
  ['<iframe src="//evil.example/"></iframe>', ''],
  ['<iframe src="javascript:alert(1)"></iframe>', ''],
  ['<svg onload="alert(1)"><circle r="1"/></svg><p>湿地</p>', '<p>湿地</p>'],
  ['<svg><script>alert(1)</script></svg>', ''],
  ['<body onload=alert(1)><p>x</p></body>', '<p>x</p>'],
  ['<p onclick="alert(1)" style="background:url(javascript:alert(1))">x</p>', '<p>x</p>'],
  ['<div style="width: expression(alert(1))">x</div>', '<div>x</div>'],
  ['<object data="evil.swf"></object><embed src="evil.swf">', ''],
  ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', ''],
  ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', '<img />'],
  ['<form action="https://evil.example"><input name=a></form>', ''],
  ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', ''],
  ['<link rel=stylesheet href="https://evil.example/x.css">', ''],
  ['<style>body{display:none}</style><p>y</p>', '<p>y</p>'],
  ['<base href="https://evil.example/">', ''],
  ['<details open ontoggle=alert(1)>', ''],
  ['<p>a</p><!-- <script>alert(1)</script> -->', '<p>a</p>'],
  [
    '<a href="https://www.forestry.gov.cn/" target="_blank">国家林草局</a>',
    '<a href="https://www.forestry.gov.cn/" target="_blank" rel="noopener noreferrer">国家林草局</a>',
  ],
];

describe('sanitizeBody', () => {
  it.each(PAYLOADS)('cleans %s', (input, expected) => {
    expect(sanitizeBody(input)).toBe(expected);
  });

  it('never lets an event handler, script or javascript: through, whatever the payload', () => {
    for (const [input] of PAYLOADS) {
      const out = sanitizeBody(input).toLowerCase();
      expect(out).not.toMatch(
        /<script|\son\w+=|javascript:|vbscript:|data:|<svg|<iframe|<object|<embed|style=/,
      );
    }
  });

  it('keeps ordinary article formatting: headings, lists, tables, links, images', () => {
    const body =
      '<h2>一、工作进展</h2><p>全省完成<strong>造林</strong> 120 万亩。</p>' +
      '<ul><li>郑州</li><li>洛阳</li></ul>' +
      '<table><thead><tr><th scope="col">市</th></tr></thead><tbody><tr><td colspan="2">郑州</td></tr></tbody></table>' +
      '<p><a href="/columns/lydt">林业动态</a> <img src="/files/abc" alt="图片" /></p>';
    expect(sanitizeBody(body)).toBe(body);
  });

  it('turns a pasted <h1> into <h2>, because the page already has its title as <h1>', () => {
    expect(sanitizeBody('<h1>标题</h1>')).toBe('<h2>标题</h2>');
  });

  it('keeps iframes of this site (relative addresses) only', () => {
    expect(sanitizeBody('<iframe src="/services/guide/1" title="办事指南"></iframe>')).toBe(
      '<iframe src="/services/guide/1" title="办事指南"></iframe>',
    );
  });
});

describe('htmlToText', () => {
  it('gives one line per paragraph, entities decoded, script text dropped', () => {
    expect(
      htmlToText(
        '<p>第一段&amp;说明</p><script>x()</script><p>第二段<br>换行</p><ul><li>甲</li><li>乙</li></ul>',
      ),
    ).toBe('第一段&说明\n第二段\n换行\n甲\n乙');
  });
});

describe('extractLinks', () => {
  it('lists links, images and iframes with their addresses', () => {
    expect(
      extractLinks('<p><a href="https://a.example/x?a=1&amp;b=2">a</a><img src="/files/1"><a>no</a></p>'),
    ).toEqual([
      { tag: 'a', url: 'https://a.example/x?a=1&b=2' },
      { tag: 'img', url: '/files/1' },
    ]);
  });
});
