// What of a content page the search index leaves out: tools, version notes, lists of related pages —
// everything inside the indexed <article> that is not the page's own text. The indexer drops these
// elements before Pagefind sees the page, and the landing highlight skips them, by this one list.

export const NOT_INDEXED_CLASSES = [
  'art-tools', // 复制引用 / 链接 beside articles and chapters
  'cite-copy', // 复制 beside a citation in running text
  'term-tip', // a glossary term's definition shown on hover
  'js-required', // “needs JavaScript” notes, hidden once scripts run
  'reg-actions', // copy and print buttons in page headers
  'reg-counterpart', // link between a study guide and its full text
  'text-versions', // the versions of an imported text
  'cited-by', // 被引用
  'related', // 相关
  'entry-meta', // 内容核对于 …
  'term-links', // a glossary term's 见：… links
  'figure-filter', // 数字速查 filter buttons
  'dev-dates', // the 发展党员 date helper
] as const;

export const NOT_INDEXED_SELECTOR = NOT_INDEXED_CLASSES.map((c) => `.${c}`).join(', ');
