// The kinds of page the site has, declared once: what each is called, where it lives, how search
// labels and ranks it, and which content collection (with which file types) it renders. Routes,
// schemas, layouts, navigation, the search engine and tests all read this table; adding a kind of
// content starts here (docs/adding-a-content-type.md).

export const PAGE_KINDS = {
  regulations: { label: '法规', searchType: '法规', boost: 0.3, inNav: true, extensions: ['mdx', 'json'], pagePerEntry: true },
  guides: { label: '实务指南', searchType: '指南', boost: 0.2, inNav: true, extensions: ['mdx'], pagePerEntry: true },
  templates: { label: '文书范本', searchType: '范本', boost: 0.1, inNav: true, extensions: ['mdx'], pagePerEntry: true },
  glossary: { label: '术语', searchType: '术语', boost: 0.15, inNav: true, extensions: ['yaml'], pagePerEntry: false },
  study: { label: '学习', searchType: '学习', boost: 0, inNav: true, extensions: ['yaml'], pagePerEntry: false },
  figures: { label: '数字速查', searchType: '数字', boost: 0.1, inNav: false, extensions: ['yaml'], pagePerEntry: false },
  practice: { label: '自测', searchType: '自测', boost: 0, inNav: true, extensions: ['yaml'], pagePerEntry: false },
  check: { label: '引用体检', searchType: '工具', boost: 0, inNav: false, extensions: ['yaml'], pagePerEntry: false },
} as const;

export type PageKindKey = keyof typeof PAGE_KINDS;
/** Kinds with one page per entry, at /<kind>/<slug>/. */
export type EntryKindKey = { [K in PageKindKey]: (typeof PAGE_KINDS)[K]['pagePerEntry'] extends true ? K : never }[PageKindKey];

/** Search type of the list pages (/regulations/, /guides/ …): they index as 栏目. */
export const LIST_SEARCH_TYPE = '栏目';

export const PAGE_KIND_KEYS = Object.keys(PAGE_KINDS) as PageKindKey[];

/** Ranking boost of a page by its search type (0 for list pages and unknown types). */
export function searchBoost(searchType: string): number {
  for (const key of PAGE_KIND_KEYS) if (PAGE_KINDS[key].searchType === searchType) return PAGE_KINDS[key].boost;
  return 0;
}
