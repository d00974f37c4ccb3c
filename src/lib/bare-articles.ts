// Finds article numbers typed by hand (第二十六条, 第26条) in prose. Every article number on the site
// must go through <Cite>, so the build can check it exists and readers can click it. Text inside
// <Cite …/> tags, MDX comments and code is not prose.

const ARTICLE = /第[零〇一二两三四五六七八九十百千0-9０-９]+条/g;

export function findBareArticleNumbers(body: string, firstLine = 1): Array<{ line: number; text: string }> {
  const prose = body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/<Cite\b[^>]*>/g, blank)
    .replace(/`[^`\n]*`/g, blank);
  const found: Array<{ line: number; text: string }> = [];
  prose.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(ARTICLE)) found.push({ line: firstLine + i, text: m[0] });
  });
  return found;
}

/** Same length, newlines kept, so line numbers do not move. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}
