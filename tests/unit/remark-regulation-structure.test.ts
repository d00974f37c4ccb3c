// The remark plugin through a real unified pipeline: chapter/section ids everywhere, article
// sections with label and toolbar only in full texts.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkRegulationStructure from '../../src/markdown/remark-regulation-structure';

async function render(markdown: string, kind?: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRegulationStructure)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process({ value: markdown, data: { astro: { frontmatter: kind ? { kind } : {} } } });
  return String(file);
}

const TEXT = '## 第二章　会　议\n\n### 第一节　一般规定\n\n第三条　会议由书记召集。\n\n会议应当有记录。\n\n（一）时间；\n\n## 使用说明\n\n说明文字。';

describe('remarkRegulationStructure', () => {
  it('wraps each article of a full text with its anchor, label and tools', async () => {
    const html = await render(TEXT, '全文');
    expect(html).toContain('<h2 id="ch-2" class="chapter">第二章　会　议</h2>');
    expect(html).toContain('<h3 id="ch-2-sec-1" class="section">第一节　一般规定</h3>');
    expect(html).toContain('<section id="art-3" class="article" data-article="3" data-search-title="第三条">');
    expect(html).toContain('<button type="button" class="copy-cite" data-cite="第三条"');
    expect(html).toContain('<a class="art-link" href="#art-3"');
    expect(html).toContain('<p><span class="art-no">第三条</span>　会议由书记召集。</p>');
    // 款 and 项 stay inside the article; a later non-chapter heading closes it.
    expect(html).toMatch(/<section id="art-3"[\s\S]*会议应当有记录。[\s\S]*<p class="item">（一）时间；<\/p><\/section>/);
    expect(html).toMatch(/<\/section>\s*<h2>使用说明<\/h2>/);
  });

  it('leaves articles alone in a study guide but still anchors chapters', async () => {
    const html = await render(TEXT, '导读');
    expect(html).toContain('<h2 id="ch-2" class="chapter">');
    expect(html).not.toContain('<section');
    expect(html).toContain('<p>第三条　会议由书记召集。</p>');
  });
});
