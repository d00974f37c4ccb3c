// Content audit: every fact-sheet id the content refers to (frontmatter `facts` lists at any depth,
// and {/* 1-70 */} comments beside statements) exists in the shared fact sheets. The fact sheets
// live outside the repository (../shared/facts); without them the audit is skipped, saying so.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/lib/source-file';

const FACTS_DIR = path.resolve('../shared/facts');
const haveFacts = fs.existsSync(path.join(FACTS_DIR, 'factsheet.md'));
if (!haveFacts) console.warn(`fact audit skipped: ${FACTS_DIR}/factsheet.md not found (CI has it beside the clone)`);

/** Ids in the first column of the fact sheets' tables: | 1-70 | … (and lettered ones: | 11-00a | …) */
function knownIds(): Set<string> {
  const ids = new Set<string>();
  for (const f of fs.readdirSync(FACTS_DIR).filter((f) => f.endsWith('.md'))) {
    for (const m of fs.readFileSync(path.join(FACTS_DIR, f), 'utf8').matchAll(/^\|\s*(\d{1,2}-\d{2,3}[a-z]?)\s*\|/gm)) ids.add(m[1]!);
  }
  return ids;
}

function collectFacts(value: unknown, into: string[]) {
  if (Array.isArray(value)) value.forEach((v) => collectFacts(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'facts' && Array.isArray(v)) into.push(...v.map(String));
      else collectFacts(v, into);
    }
  }
}

/** Every fact id used in content, with where it was found. */
function usedIds(): Array<{ id: string; where: string }> {
  const used: Array<{ id: string; where: string }> = [];
  const root = path.resolve('content');
  for (const rel of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(mdx|ya?ml)$/.test(rel)) continue;
    const file = path.join('content', rel);
    const parsed = parseSource({ path: file, text: fs.readFileSync(file, 'utf8') });
    const fromData: string[] = [];
    collectFacts(parsed.data, fromData);
    fromData.forEach((id) => used.push({ id, where: `${file} (frontmatter)` }));
    for (const comment of parsed.body.matchAll(/\{\/\*([\s\S]*?)\*\/\}/g)) {
      for (const id of comment[1]!.match(/(?<![\d.])\d{1,2}-\d{2,3}[a-z]?(?![\d-])/g) ?? []) used.push({ id, where: `${file} (comment)` });
    }
  }
  return used;
}

describe('fact audit', () => {
  it('finds fact ids used in the content', () => {
    expect(usedIds().length).toBeGreaterThan(100);
  });

  it.skipIf(!haveFacts)('refers only to ids the fact sheets define', () => {
    const known = knownIds();
    expect(known.size).toBeGreaterThan(100);
    const unknown = usedIds().filter((u) => !known.has(u.id));
    expect(unknown).toEqual([]);
  });
});
