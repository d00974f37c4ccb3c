// Pure parts of search: pair tokens, query parsing, citation jumps, fallback pieces, highlighting,
// and the page preparation the indexer sees.
import { describe, expect, it } from 'vitest';
import { BREAK_TOKEN, indexTokens, isToken, phraseQuery, stripTokens, wordRuns } from '../../src/lib/search-tokens';
import { citationJumps, parseQuery, type CatalogRegulation } from '../../src/client/search/query';
import { fallbackPieces } from '../../src/client/search/engine';
import { highlight } from '../../src/client/search/document';
import { prepareForIndex } from '../../src/lib/index-html';

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
    expect(tokens).toEqual([tokens[0], BREAK_TOKEN, tokens[2], BREAK_TOKEN]);
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
  it('sees no citation in 第零条 or plain words', () => {
    expect(parseQuery('第零条').citation).toBeNull();
    expect(parseQuery('任前公示').citation).toBeNull();
  });
});

describe('citationJumps', () => {
  const catalog: CatalogRegulation[] = [
    { slug: 'a', title: '某某工作条例', shortTitle: '工作条例', aliases: ['甲条例'], status: '现行有效', url: '/regulations/a/', articles: [8, 26] },
    { slug: 'b', title: '某某工作条例（2014年）', shortTitle: '旧条例', aliases: [], status: '已修订', url: '/regulations/b/', articles: [26] },
    { slug: 'c', title: '另一规则', shortTitle: '另一规则', aliases: [], status: '现行有效', url: '/regulations/c/', articles: [1] },
  ];
  it('matches the named regulation by title, short title or alias', () => {
    expect(citationJumps({ article: 8, regulationHint: '甲条例' }, catalog).map((j) => j.url)).toEqual(['/regulations/a/#art-8']);
    expect(citationJumps({ article: 26, regulationHint: '工作条例' }, catalog).map((j) => j.label)).toEqual(['《某某工作条例》第二十六条', '《某某工作条例（2014年）》第二十六条']);
  });
  it('offers every regulation with the article when none is named, current first, and none for missing articles', () => {
    expect(citationJumps({ article: 26, regulationHint: '' }, catalog).map((j) => j.status)).toEqual(['现行有效', '已修订']);
    expect(citationJumps({ article: 99, regulationHint: '' }, catalog)).toEqual([]);
  });
});

describe('fallbackPieces', () => {
  it('tries the longest pieces of a phrase first', () => {
    const pieces = fallbackPieces(parseQuery('试用期多长').words);
    expect(pieces.slice(0, 3)).toEqual(['试用期多', '用期多长', '试用期']);
    expect(pieces).not.toContain('试用期多长');
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
  it('skips pages without an indexed region', () => {
    expect(prepareForIndex('<html><body><p>无</p></body></html>')).toBeNull();
  });
});
