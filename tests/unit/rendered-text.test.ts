// The check that fails a build when a page shows Markdown as text or a fact-sheet id.
import { describe, expect, it } from 'vitest';
import { renderedDefects } from '../../src/lib/rendered-text';

const page = (body: string) => `<html><body><header>**页头** 1-70</header><main>${body}</main></body></html>`;
const of = (kind: string, html: string) => renderedDefects(html).filter((d) => d.kind === kind).map((d) => d.excerpt);

describe('renderedDefects', () => {
  it('finds ** left in page text, but not in imported texts, code or outside main', () => {
    const found = of('markup', page('<p>**递交入党申请书。**一般</p>'));
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('**递交入党申请书。**');
    expect(of('markup', page('<p><strong>递交入党申请书。</strong>一般</p>'))).toEqual([]);
    expect(of('markup', page('<div class="imported-text"><p>*星号* 与 **加粗**</p></div><pre>**</pre><code>**x**</code>'))).toEqual([]);
  });

  it('finds fact-sheet ids and the words that label them, in any form the sheets use', () => {
    expect(of('fact-id', page('<p>核查编号：1-01、11-00a、12-109</p>'))).toHaveLength(4);
    expect(of('fact-id', page('<td class="fact-ids">7-12</td>'))).toHaveLength(1);
  });

  it('leaves dates, times, ranges written with ～ and imported texts alone', () => {
    expect(of('fact-id', page('<p>2019-03-17，14:30-16:00，3～5人，1/2，v1.2-10</p><div class="imported-text">附件1-12</div>'))).toEqual([]);
  });

  it('finds a space between two Chinese characters in running text, across links and in the footer', () => {
    const html = '<html><body><main><p>点依据直接到对应条文。 答错的题</p><li>浏览 <a href="x">法规</a>、<a href="y">术语</a> 或数字</li></main><footer><p>内容；\n        起草</p></footer></body></html>';
    expect(of('space', html)).toHaveLength(4);
    expect(of('space', html)[0]).toContain('条文。 答错');
  });

  it('leaves alone spaces that are not inside a sentence: between boxes, beside digits, in what to type, in imported texts', () => {
    const html = page(
      '<ul><li>甲项</li> <li>乙项</li></ul><p>共 234 道题，第一章　总则</p><p>例如“<kbd>试用期 一年</kbd>”</p>' +
        '<td>任前公示期 <span class="figure-note">按工作日计算</span></td><span class="term"><a>党组</a><span class="term-tip">党组：定义。</span></span>' +
        '<div class="imported-text"><p>第一条 原文</p></div><p>“（ ）”处填写</p>',
    );
    expect(of('space', html)).toEqual([]);
  });
});

