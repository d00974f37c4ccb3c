// Content audit against the shared fact sheets: every fact-sheet id the content refers to
// (frontmatter `facts` lists at any depth, and {/* 1-70 */} comments beside statements) exists, and
// every statement, glossary entry, figures row and question resting on a single-source fact (✅ 单源,
// never ✅✅) carries the single-source mark. The fact sheets live outside the repository
// (../shared/facts); without them the audit is skipped, saying so.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/lib/source-file';
import { bodyBlocks, parseMdx } from '../../src/lib/content/mdx';

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

/** Ids whose every confidence note is single-source: ✅ 单源 / 官方单源 / 全文单源, never ✅✅ or 多源. */
function singleSourceIds(): Set<string> {
  const single = new Set<string>();
  for (const f of fs.readdirSync(FACTS_DIR).filter((f) => f.endsWith('.md'))) {
    for (const m of fs.readFileSync(path.join(FACTS_DIR, f), 'utf8').matchAll(/^\|\s*(\d{1,2}-\d{2,3}[a-z]?)\s*\|(.*)\|\s*$/gm)) {
      const confidence = m[2]!.split('|').map((c) => c.trim()).find((c) => /^[✅⚠❗]/.test(c));
      if (confidence && confidence.startsWith('✅') && !confidence.includes('✅✅') && !confidence.includes('多源')) single.add(m[1]!);
    }
  }
  return single;
}

const ID = /(?<![\d.])\d{1,2}-\d{2,3}[a-z]?(?![\d-])/g;
/** A statement shows it rests on one source by the mark, or says so in words. */
const MARKED = /单一来源|以正式文本为准/;
/** A comment may say why a single-source id does not make the statement single-source. */
const NOT_SINGLE = /非单源/;

function unmarkedSingleSource(single: Set<string>): string[] {
  const found: string[] = [];
  const root = path.resolve('content');
  for (const rel of fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join('content', rel);
    if (rel.endsWith('.mdx')) {
      const source = parseSource({ path: file, text: fs.readFileSync(file, 'utf8') });
      const parsed = parseMdx(source.body, source.bodyLine);
      if (!parsed.ok) {
        found.push(`${file}:${parsed.line} 无法解析：${parsed.message}`);
        continue;
      }
      for (const block of bodyBlocks(parsed.tree, source.bodyLine)) {
        const ids = block.comments.filter((c) => !NOT_SINGLE.test(c)).flatMap((c) => c.match(ID) ?? []).filter((id) => single.has(id));
        if (ids.length && !block.tags.some((t) => t.name === 'SingleSource') && !MARKED.test(block.text)) found.push(`${file}:${block.line} (${ids.join(' ')})`);
      }
    } else if (/\.ya?ml$/.test(rel)) {
      const text = fs.readFileSync(file, 'utf8');
      const data = parseSource({ path: file, text }).data as Record<string, unknown>;
      const onlySingle = (facts: unknown) => Array.isArray(facts) && facts.some((id) => single.has(String(id)));
      // In YAML the reason goes in a comment on the entry: “# 非单源：…” (the whole file for a glossary
      // term, the lines of the row for a figures row or question).
      const entryText = (id: unknown) => {
        const start = text.indexOf(`- id: ${String(id)}\n`);
        const end = text.indexOf('\n  - id: ', start + 1);
        return start === -1 ? '' : text.slice(start, end === -1 ? undefined : end);
      };
      if (rel.startsWith('glossary') && onlySingle(data.facts) && data.singleSource !== true && !MARKED.test(String(data.definition)) && !NOT_SINGLE.test(text)) found.push(`${file} (singleSource)`);
      for (const row of (data.figures as Array<Record<string, unknown>> | undefined) ?? []) {
        if (onlySingle(row.facts) && row.status === '全国规定' && !NOT_SINGLE.test(entryText(row.id))) found.push(`${file} 数字 ${String(row.id)} (status)`);
      }
      for (const q of (data.questions as Array<Record<string, unknown>> | undefined) ?? []) {
        if (onlySingle(q.facts) && q.singleSource !== true && !NOT_SINGLE.test(entryText(q.id))) found.push(`${file} 题目 ${String(q.id)} (singleSource)`);
      }
    }
  }
  return found;
}

describe('single-source marks', () => {
  it.skipIf(!haveFacts)('every statement resting on a single-source fact is marked (or its comment says 非单源 and why)', () => {
    const single = singleSourceIds();
    expect(single.size).toBeGreaterThan(50);
    expect(unmarkedSingleSource(single)).toEqual([]);
  });
});

