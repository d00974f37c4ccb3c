// The check that fails a build when Markdown shows as text on a page.
import { describe, expect, it } from 'vitest';
import { literalMarkup } from '../../src/lib/rendered-text';

describe('literalMarkup', () => {
  it('finds ** left in page text, but not in imported texts, code or outside main', () => {
    const page = (body: string) => `<html><body><header>**页头**</header><main>${body}</main></body></html>`;
    const found = literalMarkup(page('<p>**递交入党申请书。**一般</p>'));
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('**递交入党申请书。**');
    expect(literalMarkup(page('<p><strong>递交入党申请书。</strong>一般</p>'))).toEqual([]);
    expect(literalMarkup(page('<div class="imported-text"><p>*星号* 与 **加粗**</p></div><pre>**</pre><code>**x**</code>'))).toEqual([]);
  });
});
