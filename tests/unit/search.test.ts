// Pure parts of search: pair tokens, query parsing, citation jumps, fallback pieces, highlighting,
// and the page preparation the indexer sees.
import { describe, expect, it } from 'vitest';
import { breakToken, indexTokens, isToken, phraseQuery, stripTokens, wordRuns } from '../../src/lib/search-tokens';
import { citationJumps, parseQuery, type CatalogRegulation } from '../../src/client/search/query';
import { fallbackPieces } from '../../src/client/search/engine';
import { answerExcerpt, cleanBlockText, highlight } from '../../src/client/search/document';
import { prepareForIndex } from '../../src/lib/index-html';
import { alternativesOf, compoundEdges, synonymGroups } from '../../src/lib/search-vocabulary';

describe('pair tokens', () => {
  it('encode neighbouring characters so a phrase query is a run of index tokens', () => {
    const index = indexTokens('任前公示期不少于5个工作日。').split(' ');
    const phrase = phraseQuery('公示期')!.replace(/"/g, '').split(' ');
    expect(phrase).toHaveLength(2);
    const at = index.indexOf(phrase[0]!);
    expect(index.slice(at, at + 2)).toEqual(phrase);
    expect(index.every(isToken)).toBe(true);
  });
  it('break at punctuation so pairs never bridge two runs', () => {
    expect(wordRuns('党委（党组），第26条')).toEqual(['党委', '党组', '第26条']);
    const tokens = indexTokens('甲乙，丙丁').split(' ');
    expect(tokens).toEqual([tokens[0], breakToken('甲乙'), tokens[2], breakToken('丙丁')]);
    expect(breakToken('甲乙')).not.toBe(breakToken('丙丁'));
    expect(tokens.every(isToken)).toBe(true);
    expect(phraseQuery('乙丙')).not.toBeNull();
    expect(indexTokens('甲乙，丙丁')).not.toContain(phraseQuery('乙丙')!.replace(/"/g, ''));
  });
  it('fold full-width digits and Latin case, and ignore single characters', () => {
    expect(phraseQuery('第２６条')).toBe(phraseQuery('第26条'));
    expect(phraseQuery('ABC')).toBe(phraseQuery('abc'));
    expect(phraseQuery('党')).toBeNull();
    expect(phraseQuery('。，')).toBeNull();
  });
  it('strip back to the text', () => {
    expect(stripTokens(`任前公示 ${indexTokens('任前公示')}\u200b期`).replace(/\s+/g, '')).toBe('任前公示期');
  });
});

describe('parseQuery', () => {
  it('splits words on spaces, drops duplicates and pure punctuation, caps length', () => {
    expect(parseQuery('试用期  一年 试用期 。。').words.map((w) => w.normalized)).toEqual(['试用期', '一年']);
    expect(parseQuery('x'.repeat(10_000)).words[0]!.normalized).toHaveLength(100);
    expect(parseQuery('<img src=x onerror=alert(1)>').words.length).toBeGreaterThan(0);
  });
  it.each([
    ['第二十六条', 26, ''],
    ['干部任用条例第26条', 26, '干部任用条例'],
    ['条例 26', 26, '条例'],
    ['《干部任用条例》第 8 条', 8, '干部任用条例'],
  ])('reads the citation in %s', (q, article, hint) => {
    expect(parseQuery(q).citation).toEqual({ article, regulationHint: hint });
  });
  it('keeps Chinese quotes and marks words the tokens cannot cover whole', () => {
    const [quoted] = parseQuery('村“两委”').words;
    expect(quoted).toMatchObject({ normalized: '村“两委”', phrase: phraseQuery('两委'), exact: false });
    expect(parseQuery('"会议记录"').words[0]).toMatchObject({ normalized: '会议记录', exact: true });
    expect(parseQuery('第26条').words[0]!.exact).toBe(true);
  });
  it.each([
    ['任前公示 几天', ['任前公示'], 'figure'],
    ['任前公示要几天？', ['任前公示'], 'figure'],
    ['试用期多长时间', ['试用期'], 'figure'],
    ['发展党员 公示 多久', ['发展党员', '公示'], 'figure'],
    ['什么是一肩挑', ['一肩挑'], null],
    ['任职有什么要求', ['任职', '要求'], null],
    ['谁决定干部任免', ['决定干部任免'], null],
    ['是否可以连任吗', ['可以连任'], null],
  ])('drops the question words of %s and searches for the content words', (q, words, asks) => {
    const parsed = parseQuery(q);
    expect(parsed.words.map((w) => w.normalized)).toEqual(words);
    expect(parsed.searchedAs).toBe(words.join(' '));
    expect(parsed.asks).toBe(asks);
  });
  it('keeps a query that is only a question word, plain words, and known terms that contain one', () => {
    expect(parseQuery('几天')).toMatchObject({ searchedAs: null, asks: null });
    expect(parseQuery('几天').words.map((w) => w.normalized)).toEqual(['几天']);
    expect(parseQuery('党组 讨论').searchedAs).toBeNull();
    expect(parseQuery('谁主管谁负责', { isTerm: (w) => w === '谁主管谁负责' }).words.map((w) => w.normalized)).toEqual(['谁主管谁负责']);
  });
  it('sees no citation in 第零条 or plain words', () => {
    expect(parseQuery('第零条').citation).toBeNull();
    expect(parseQuery('任前公示').citation).toBeNull();
  });
});

describe('citationJumps', () => {
  const catalog: CatalogRegulation[] = [
    { slug: 'm', title: '某某会议规则（范本）', shortTitle: '会议规则范本', aliases: [], status: '现行有效', category: '范本', url: '/regulations/m/', articles: [26] },
    { slug: 'a', title: '某某工作条例', shortTitle: '工作条例', aliases: ['甲条例'], status: '现行有效', category: '条例', url: '/regulations/a/', articles: [8, 26] },
    { slug: 'b', title: '某某工作条例（2014年）', shortTitle: '旧条例', aliases: [], status: '已修订', category: '条例', url: '/regulations/b/', articles: [26] },
    { slug: 'c', title: '另一规则', shortTitle: '另一规则', aliases: [], status: '现行有效', category: '规则', url: '/regulations/c/', articles: [1] },
  ];
  it('matches the named regulation by title, short title or alias', () => {
    expect(citationJumps({ article: 8, regulationHint: '甲条例' }, catalog).map((j) => j.url)).toEqual(['/regulations/a/#art-8']);
    expect(citationJumps({ article: 26, regulationHint: '工作条例' }, catalog).map((j) => j.label)).toEqual(['《某某工作条例》第二十六条', '《某某工作条例（2014年）》第二十六条']);
  });
  it('offers every regulation with the article when none is named, current first, 范本 after regulations, none for missing articles', () => {
    expect(citationJumps({ article: 26, regulationHint: '' }, catalog).map((j) => j.url)).toEqual(['/regulations/a/#art-26', '/regulations/m/#art-26', '/regulations/b/#art-26']);
    expect(citationJumps({ article: 99, regulationHint: '' }, catalog)).toEqual([]);
  });
});

describe('fallbackPieces', () => {
  it('tries the longest pieces of a phrase first', () => {
    const pieces = fallbackPieces(parseQuery('试用期届满').words);
    expect(pieces.slice(0, 3)).toEqual(['试用期届', '用期届满', '试用期']);
    expect(pieces).not.toContain('试用期届满');
  });
});

describe('highlight', () => {
  it('marks every occurrence, comparing normalized text', () => {
    expect(highlight('公示期不少于５个工作日，公示期满', ['公示期', '5个工作日'])).toEqual([
      { text: '公示期', match: true },
      { text: '不少于', match: false },
      { text: '５个工作日', match: true },
      { text: '，', match: false },
      { text: '公示期', match: true },
      { text: '满', match: false },
    ]);
  });
});

describe('compoundEdges', () => {
  it('collects the word characters that continue a word into longer names, not punctuation', () => {
    expect(compoundEdges('党组', ['村党组织', '分党组', '党委（党组）讨论决定干部任免事项守则', '党组'])).toEqual({ before: '村分', after: '织' });
    expect(compoundEdges('一肩挑', ['一肩挑'])).toEqual({ before: '', after: '' });
  });
});

describe('synonymGroups and alternativesOf', () => {
  it('merge lists sharing a form, drop one-character forms, and leave out forms that contain the typed word', () => {
    const groups = synonymGroups([['干部任用条例', '党政领导干部选拔任用工作条例', '选拔任用条例'], ['干部任用条例', '党政领导干部选拔任用工作条例（2014年）'], ['罢免', '罢免村委会成员', '免']]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toEqual(expect.arrayContaining(['选拔任用条例', '党政领导干部选拔任用工作条例（2014年）']));
    expect(alternativesOf('选拔任用条例', groups)).toEqual(expect.arrayContaining(['干部任用条例', '党政领导干部选拔任用工作条例']));
    expect(alternativesOf('罢免', groups)).toEqual([]);
    expect(alternativesOf('罢免村委会成员', groups)).toEqual(['罢免']);
    expect(alternativesOf('无关', groups)).toEqual([]);
  });
});

describe('answerExcerpt', () => {
  const text = cleanBlockText(
    '提拔担任厅局级以下领导职务的人选，在讨论决定之后、下发任职通知之前，要先公示拟任情况、听取干部群众反映。公示期不少于5个工作日。依据是某某条例，本页按现行版本编写；公示规定单一来源，以正式文本为准。特殊岗位的人选，以及换届时已经公示过的人选，不再公示。其他情形按本地规定办理。',
  );
  const shown = (parts: ReturnType<typeof highlight>) => parts.map((p) => p.text).join('');
  it('shows the whole sentence holding the match, with the next when it is short', () => {
    const out = shown(answerExcerpt(text, ['公示期']));
    expect(out).toContain('公示期不少于5个工作日。');
    expect(out.startsWith('…公示期')).toBe(true);
    expect(answerExcerpt(text, ['公示期']).some((p) => p.match && p.text === '公示期')).toBe(true);
  });
  it('cuts a long sentence on clause boundaries around the match', () => {
    const long = `${'甲乙丙丁，'.repeat(30)}任前公示期不少于5个工作日，${'戊己庚辛，'.repeat(30)}`;
    const out = shown(answerExcerpt(long, ['公示期']));
    expect(out).toContain('任前公示期不少于5个工作日，');
    expect([...out].length).toBeLessThanOrEqual(122);
    expect(out).toMatch(/^…甲乙丙丁，/);
  });
  it('starts a long block without a match (the text under a matching heading) at its first sentence', () => {
    const out = shown(answerExcerpt(text, ['不在文中']));
    expect(out.startsWith('提拔担任厅局级以下领导职务的人选')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
  });
  it('drops the full stops Pagefind puts after headings and cells', () => {
    expect(cleanBlockText('公示什么. 任前公示期 不少于5个工作日.')).toBe('公示什么 任前公示期 不少于5个工作日');
    expect(cleanBlockText('第3.5条 version 1.0.')).toBe('第3.5条 version 1.0.');
  });
});

describe('prepareForIndex', () => {
  const page = `<html><body><nav>导航</nav><article data-pagefind-body><h1>标题甲乙</h1>
    <section id="art-2" class="article" data-search-title="第二条"><span class="art-tools"><button>复制引用</button></span><p>会议记录。</p></section></article></body></html>`;
  it('adds tokens after text blocks, headings for marked sections, and leaves chrome alone', () => {
    const html = prepareForIndex(page)!;
    expect(html).toContain('<h4 id="art-2">第二条</h4>');
    expect(html).not.toMatch(/<section id="art-2"/);
    expect(html).toContain(`<h1>标题甲乙</h1><span data-pagefind-weight="7"> ${indexTokens('标题甲乙')} </span>`);
    expect(html).toContain(`<p>会议记录。<span> ${indexTokens('会议记录。')} </span></p>`);
    expect(html).not.toContain(indexTokens('复制引用'));
    expect(html).not.toContain(indexTokens('导航'));
  });
  it('makes a table row one block, its tokens after the last cell, and a marked row a section', () => {
    const html = prepareForIndex(`<article data-pagefind-body><table><tbody><tr id="fig-a" data-search-title="任前公示期"><td>任前公示期</td><td>不少于5个工作日</td></tr></tbody></table></article>`)!;
    expect(html).toContain('<h4 id="fig-a">任前公示期</h4>');
    expect(html).toContain(`<td>不少于5个工作日<span> ${indexTokens('任前公示期 ｜ 不少于5个工作日')} </span></td>`);
    expect(html).toContain('<td>任前公示期</td>');
    // The break between cells: no pair bridges 期 and 不.
    expect(indexTokens('任前公示期 ｜ 不少于5个工作日')).not.toContain(phraseQuery('期不')!.replace(/"/g, ''));
  });
  it('puts an element\'s tokens right after its own text, before a nested block', () => {
    const html = prepareForIndex(`<article data-pagefind-body><ul><li><a href="x">村“两委”换届</a><p>资格联审。</p></li></ul></article>`)!;
    expect(html).toContain(`<a href="x">村“两委”换届</a><span> ${indexTokens('村“两委”换届')} </span><p>资格联审。`);
  });
  it('after the last row of a table, resumes the section the table sits in', () => {
    const html = prepareForIndex(`<article data-pagefind-body><h2 id="shuzi">数字</h2><table><tbody><tr id="fig-a" data-search-title="甲"><td>甲</td></tr><tr id="fig-b" data-search-title="乙"><td>乙</td></tr></tbody></table><p>表后说明。</p></article>`)!;
    expect(html.match(/<h4 id="shuzi"><\/h4>/g)).toHaveLength(1);
    expect(html.indexOf('<h4 id="shuzi"></h4>')).toBeGreaterThan(html.indexOf('<h4 id="fig-b">'));
    expect(html.indexOf('<h4 id="shuzi"></h4>')).toBeLessThan(html.indexOf('表后说明'));
  });
  it('skips pages without an indexed region', () => {
    expect(prepareForIndex('<html><body><p>无</p></body></html>')).toBeNull();
  });
  it('never takes its own tokens for text: a heading\'s tokens are not tokenized again as its parent\'s text', () => {
    const html = prepareForIndex('<article data-pagefind-body><h2>甲乙</h2><p>丙丁</p></article>')!;
    expect(html.match(/<span/g)).toHaveLength(2);
    expect(html).toBe(`<article data-pagefind-body><h2>甲乙</h2><span data-pagefind-weight="6"> ${indexTokens('甲乙')} </span><p>丙丁<span> ${indexTokens('丙丁')} </span></p></article>`);
  });
  it('copies the page as written outside the insertions: other regions, comments, attributes, entities', () => {
    const page = '<html lang="zh-CN"><head><title>甲 &amp; 乙</title></head><body><nav class="x">导航<!-- c --></nav><main data-pagefind-body data-a=\'1\'><p title="a&quot;b">&#x7532;乙&nbsp;丙</p></main><footer>页脚</footer></body></html>';
    const html = prepareForIndex(page)!;
    expect(html).toBe(page.replace('&nbsp;丙</p>', `&nbsp;丙<span> ${indexTokens('甲乙')} </span></p>`));
  });
  it('drops excluded elements whole, nested elements of the same name included', () => {
    const html = prepareForIndex('<article data-pagefind-body><div class="related"><div>相关甲</div><br><div>相关乙</div></div><p>正文</p></article>')!;
    expect(html).toBe(`<article data-pagefind-body><p>正文<span> ${indexTokens('正文')} </span></p></article>`);
  });
  it('puts tokens inside elements whose end the next tag implies', () => {
    const html = prepareForIndex('<article data-pagefind-body><ul><li>甲乙<li>丙丁</ul></article>')!;
    expect(html).toBe(`<article data-pagefind-body><ul><li>甲乙<span> ${indexTokens('甲乙')} </span><li>丙丁<span> ${indexTokens('丙丁')} </span></ul></article>`);
  });
  it('writes a marked element\'s title and id as text, never as markup', () => {
    const html = prepareForIndex('<article data-pagefind-body><section id="a&quot;b" data-search-title="&lt;img src=x onerror=alert(1)&gt;第一条"><p>甲乙</p></section></article>')!;
    expect(html).toContain('<h4 id="a&quot;b">&lt;img src=x onerror=alert(1)&gt;第一条</h4>');
    expect(html).not.toContain('<img');
  });
  it('leaves hidden elements, buttons and scripts out of the text', () => {
    const html = prepareForIndex('<article data-pagefind-body><p>甲乙<button>复制</button><span hidden>隐藏</span><script>var a="脚本"</script></p></article>')!;
    expect(html).toContain(`<span> ${indexTokens('甲乙')} </span></p>`);
    for (const word of ['复制', '隐藏', '脚本']) expect(html).not.toContain(phraseQuery(word)!.replace(/"/g, ''));
  });
});
