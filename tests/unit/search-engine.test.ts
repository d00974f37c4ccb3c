// The search engine driven by a fake Pagefind: pages given as blocks of text, stored the way Pagefind
// stores them (words with our pair tokens after each block, headings as anchors), and searched the
// way Pagefind searches (an exact phrase of tokens, or any of the tokens). What is tested is ours:
// exactness, sections and excerpts, ranking, the partial fallback, filters, and how much is fetched.
import { describe, expect, it } from 'vitest';
import { searchSite, type PagefindLike, type PagefindResult } from '../../src/client/search/engine';
import { analyseDocument, type FragmentData } from '../../src/client/search/document';
import { parseQuery } from '../../src/client/search/query';
import { emptyTokenSlots, indexTokens } from '../../src/lib/search-tokens';

interface FakePage {
  url: string;
  title: string;
  type: string;
  status?: string;
  blocks: Array<{ heading?: { id: string; text: string }; text: string }>;
}

/** A page's fragment as Pagefind returns it: words joined by U+200B, anchors at their word index. */
function fragmentOf(page: FakePage): FragmentData {
  const words: string[] = [];
  const anchors: FragmentData['anchors'] = [];
  const add = (text: string) => {
    words.push(text);
    const tokens = indexTokens(text);
    if (tokens) words.push(...tokens.split(' ').map((t) => ` ${t} `));
  };
  add(page.title);
  for (const block of page.blocks) {
    if (block.heading) {
      anchors.push({ element: 'h2', id: block.heading.id, text: block.heading.text, location: words.length });
      add(block.heading.text);
    }
    add(block.text);
  }
  const content = words.join('\u200b');
  return { url: `/${page.url}`, raw_url: page.url, content, raw_content: content, meta: { title: page.title, ...(page.status ? { status: page.status } : {}) }, filters: { 类型: [page.type] }, anchors };
}

/** Pagefind's search as the engine uses it: "exact phrase" over words, or any token (scored by count). */
function fakePagefind(pages: FakePage[]) {
  const fragments = pages.map(fragmentOf);
  const fetched: string[] = [];
  const pagefind: PagefindLike = {
    async search(term, options) {
      const wanted = options?.filters?.['类型'];
      const candidates = fragments.filter((f) => !wanted || wanted.includes(f.filters!['类型']![0]!));
      const words = (f: FragmentData) => f.raw_content!.split('\u200b').map((w) => w.trim());
      let scored: Array<[FragmentData, number]>;
      if (/^".*"$/.test(term)) {
        const phrase = term.slice(1, -1).split(' ');
        scored = candidates.filter((f) => words(f).some((_, i, all) => phrase.every((t, j) => all[i + j] === t))).map((f) => [f, 1]);
      } else {
        const terms = term.split(' ');
        scored = candidates.map((f) => [f, words(f).filter((w) => terms.some((t) => w.includes(t))).length] as [FragmentData, number]).filter(([, n]) => n > 0);
      }
      const counts: Record<string, number> = {};
      for (const [f] of scored) counts[f.filters!['类型']![0]!] = (counts[f.filters!['类型']![0]!] ?? 0) + 1;
      const results: PagefindResult[] = scored.map(([f, score]) => ({
        id: f.raw_url!,
        score,
        data: async () => {
          fetched.push(f.raw_url!);
          return f;
        },
      }));
      return { results, filters: { 类型: counts } };
    },
  };
  return { pagefind, fetched };
}

const PAGES: FakePage[] = [
  { url: 'guides/gongshi/index.html', title: '任前公示', type: '指南', blocks: [{ heading: { id: 'qixian', text: '公示期' }, text: '公示期不少于5个工作日。' }, { heading: { id: 'neirong', text: '公示什么' }, text: '公示人选的基本情况。' }] },
  { url: 'regulations/tiaoli/index.html', title: '《某某工作条例》', type: '法规', blocks: [{ heading: { id: 'art-3', text: '第三条' }, text: '提拔任职前应当公示，公示期不少于5个工作日。' }] },
  { url: 'regulations/tiaoli-2014/index.html', title: '《某某工作条例（2014年）》', type: '法规', status: '已修订', blocks: [{ heading: { id: 'art-3', text: '第三条' }, text: '提拔任职前应当公示，公示期不少于5个工作日。' }] },
  { url: 'glossary/index.html', title: '术语', type: '术语', blocks: [{ heading: { id: 'term-a', text: '试用期' }, text: '试用期为1年。' }, { heading: { id: 'term-b', text: '党组' }, text: '党组在党的领导机关设立。' }] },
];

describe('searchSite with a fake Pagefind', () => {
  it('finds exactly the pages containing every word, with the matching section and its excerpt', async () => {
    const { pagefind } = fakePagefind(PAGES);
    const out = await searchSite(pagefind, '公示期 工作日');
    expect(out.mode).toBe('exact');
    expect(out.documents.map((d) => d.url).sort()).toEqual(['guides/gongshi/index.html', 'regulations/tiaoli-2014/index.html', 'regulations/tiaoli/index.html']);
    for (const d of out.documents) expect(d.containsAll).toBe(true);
    const guide = out.documents.find((d) => d.url.startsWith('guides'))!;
    expect(guide.sections[0]).toMatchObject({ title: '公示期', url: 'guides/gongshi/index.html#qixian', headingMatch: true });
    expect(guide.sections[0]!.excerpt.some((p) => p.match && p.text === '公示期')).toBe(true);
  });

  it('ranks the current text above its superseded version', async () => {
    const { pagefind } = fakePagefind(PAGES);
    const urls = (await searchSite(pagefind, '提拔任职前')).documents.map((d) => d.url);
    expect(urls).toEqual(['regulations/tiaoli/index.html', 'regulations/tiaoli-2014/index.html']);
  });

  it('falls back to the longest piece some page contains, and says so', async () => {
    const { pagefind } = fakePagefind(PAGES);
    const out = await searchSite(pagefind, '试用期届满');
    expect(out).toMatchObject({ mode: 'partial', partialTerm: '试用期' });
    expect(out.documents.map((d) => d.url)).toEqual(['glossary/index.html']);
    expect((await searchSite(pagefind, '完全没有的词')).mode).toBe('none');
  });

  it('checks one-character words and quoted pieces against the text itself', async () => {
    const { pagefind } = fakePagefind(PAGES);
    expect((await searchSite(pagefind, '党 领导')).documents.map((d) => d.url)).toEqual(['glossary/index.html']);
    expect((await searchSite(pagefind, '年 党组')).documents.map((d) => d.url)).toEqual(['glossary/index.html']);
    expect((await searchSite(pagefind, '岁 党组')).mode).not.toBe('exact');
  });

  it('passes filters through and reports counts per type', async () => {
    const { pagefind } = fakePagefind(PAGES);
    const all = await searchSite(pagefind, '公示期');
    expect(all.filterCounts['类型']).toEqual({ 指南: 1, 法规: 2 });
    const guides = await searchSite(pagefind, '公示期', { filters: { 类型: ['指南'] } });
    expect(guides.documents.map((d) => d.url)).toEqual(['guides/gongshi/index.html']);
  });

  it('fetches fragments only for the pages it shows', async () => {
    const many: FakePage[] = Array.from({ length: 30 }, (_, i) => ({ url: `guides/p${i}/index.html`, title: `页${i}`, type: '指南', blocks: [{ text: '会议记录归档。' }] }));
    const { pagefind, fetched } = fakePagefind(many);
    const out = await searchSite(pagefind, '会议记录', { limit: 5 });
    expect(out.total).toBe(30);
    expect(out.documents).toHaveLength(5);
    expect(fetched).toHaveLength(5);
  });
});

describe('questions, other names and whole terms', () => {
  const pages: FakePage[] = [
    { url: 'guides/dangzuzhi/index.html', title: '村党组织设置', type: '指南', blocks: [{ text: '村党组织按党员人数设置。村党组织每届任期5年。' }, { text: '村党组织书记由党员大会选举。' }] },
    { url: 'guides/dangzu/index.html', title: '党组的设立', type: '指南', blocks: [{ heading: { id: 'sheli', text: '设立' }, text: '党组在有关单位的领导机关设立。' }] },
    { url: 'regulations/tiaoli/index.html', title: '《某某干部工作条例》', type: '法规', blocks: [{ heading: { id: 'art-3', text: '第三条' }, text: '提拔任职前应当公示，公示期不少于5个工作日。' }] },
    { url: 'guides/gongshi/index.html', title: '任前公示', type: '指南', blocks: [{ heading: { id: 'shenme', text: '公示什么' }, text: '公示拟任人选的基本情况。' }, { heading: { id: 'qixian', text: '公示期' }, text: '依照《干部工作条例》，公示期不少于5个工作日。' }] },
  ];
  const words = { synonyms: [['干部工作条例', '某某干部工作条例', '干部条例']], names: ['村党组织', '党组', '党组工作条例'], regulationNames: ['干部工作条例', '某某干部工作条例', '干部条例', '党组工作条例'] };

  it('search a question for its content words and put the section stating the figure first', async () => {
    const { pagefind } = fakePagefind(pages);
    const out = await searchSite(pagefind, '公示期 几天', { words });
    expect(out.query).toMatchObject({ searchedAs: '公示期', asks: 'figure' });
    expect(out.mode).toBe('exact');
    const guide = out.documents.find((d) => d.url === 'guides/gongshi/index.html')!;
    expect(guide.sections[0]!.url).toBe('guides/gongshi/index.html#qixian');
    expect(guide.sections[0]!.statesFigure).toBe(true);
    expect(guide.sections[0]!.excerpt.map((p) => p.text).join('')).toContain('不少于5个工作日');
  });

  it('find pages by another name of what was typed, and say which name matched', async () => {
    const { pagefind } = fakePagefind(pages);
    const out = await searchSite(pagefind, '干部条例', { words });
    expect(out.documents.map((d) => d.url).sort()).toEqual(['guides/gongshi/index.html', 'regulations/tiaoli/index.html']);
    const guide = out.documents.find((d) => d.url === 'guides/gongshi/index.html')!;
    expect(guide.matchedForms).toEqual(['干部工作条例']);
    expect(guide.sections[0]!.excerpt.some((p) => p.match && p.text === '干部工作条例')).toBe(true);
    // Without the synonym list the same query finds nothing exact.
    expect((await searchSite(pagefind, '干部条例')).mode).not.toBe('exact');
  });

  it('rank pages using a term itself before pages that have it only inside a longer name', async () => {
    const { pagefind } = fakePagefind(pages);
    const out = await searchSite(pagefind, '党组', { words });
    expect(out.documents.map((d) => d.url)).toEqual(['guides/dangzu/index.html', 'guides/dangzuzhi/index.html']);
    expect(out.documents.map((d) => d.wholeTerm)).toEqual([true, false]);
  });

  it('count chips from the pages when several searches decided the matches, never from one of them alone', async () => {
    const { pagefind } = fakePagefind(pages);
    const out = await searchSite(pagefind, '公示 工作日', { words });
    expect(out.filterCounts['类型']).toEqual({ 法规: 1, 指南: 1 });
    const capped = await searchSite(pagefind, '公示 工作日', { words, limit: 1 });
    expect(capped.filterCounts['类型']).toEqual({ 法规: -1, 指南: -1 });
  });
});

describe('analyseDocument', () => {
  it('reads a stored fragment whose tokens the build emptied exactly as one with its tokens', () => {
    for (const page of PAGES) {
      const withTokens = fragmentOf(page);
      const emptied = { ...withTokens, content: emptyTokenSlots(withTokens.content), raw_content: emptyTokenSlots(withTokens.raw_content!) };
      expect(emptied.raw_content).not.toMatch(/\bq[0-9a-z]{6}\b/);
      for (const q of ['公示', '公示期 工作日', '试用期', '党 领导', '第三条']) {
        expect(analyseDocument(emptied, parseQuery(q).words), `${page.url} ${q}`).toEqual(analyseDocument(withTokens, parseQuery(q).words));
      }
    }
  });
  it('gives an empty heading the title of the section it resumes', () => {
    const data = fragmentOf({ url: 'guides/x/index.html', title: '某页', type: '指南', blocks: [{ heading: { id: 'shuzi', text: '数字' }, text: '表前说明。' }, { heading: { id: 'fig-a', text: '甲行' }, text: '甲行内容。' }, { heading: { id: 'shuzi', text: '' }, text: '表后说明内容。' }] });
    const doc = analyseDocument(data, parseQuery('表后说明').words);
    expect(doc.sections.map((s) => [s.title, s.url])).toEqual([['数字', 'guides/x/index.html#shuzi']]);
  });
  it('shows the text under a heading, not the heading again, when only the heading matches', () => {
    const doc = analyseDocument(fragmentOf(PAGES[0]!), parseQuery('什么').words);
    const section = doc.sections.find((s) => s.url.endsWith('#neirong'))!;
    expect(section.excerpt.map((p) => p.text).join('')).toBe('公示人选的基本情况。');
  });
  it('orders a page\'s sections: heading matches first, then by words found, then by position', () => {
    const doc = analyseDocument(fragmentOf(PAGES[0]!), parseQuery('公示').words);
    // The title block (before any heading) is the page itself.
    expect(doc.sections.map((s) => [s.title, s.url, s.headingMatch])).toEqual([
      ['任前公示', 'guides/gongshi/index.html', true],
      ['公示期', 'guides/gongshi/index.html#qixian', true],
      ['公示什么', 'guides/gongshi/index.html#neirong', true],
    ]);
    const text = analyseDocument(fragmentOf(PAGES[3]!), parseQuery('1年').words);
    expect(text.sections.map((s) => s.url)).toEqual(['glossary/index.html#term-a']);
  });
});
