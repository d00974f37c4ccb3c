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
});
