// The citation checker on the project's seeded set of drafted sentences (tests/fixtures/cite-check/
// seeded.yaml, each with the findings a careful reviewer expects), measured by precision and recall
// against the site's real content; and on hostile input.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadContent } from '../../src/data/load-content';
import { buildKnowledge } from '../../src/lib/cite-check/knowledge';
import { checkDraft, MAX_DRAFT_CHARS } from '../../src/lib/cite-check/find';

interface Seed {
  text: string;
  expect: Array<{ kind: string; text: string }>;
}

const knowledge = buildKnowledge(loadContent('content').model);
const seeds = parseYaml(fs.readFileSync('tests/fixtures/cite-check/seeded.yaml', 'utf8')) as Seed[];

describe('citation checker on the seeded set', () => {
  it('has at least 60 sentences covering every kind of finding the site can produce', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(seeds.flatMap((s) => s.expect.map((e) => e.kind)));
    for (const k of ['resolved', 'unknown-title', 'unverified', 'old-number', 'superseded', 'nonstandard', 'wrong-claim']) expect(kinds).toContain(k);
    expect(seeds.some((s) => s.expect.length === 0)).toBe(true);
  });

  it('finds what a reviewer would, with precision and recall of at least 0.95', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const seed of seeds) {
      const actual = checkDraft(seed.text, knowledge).map((f) => `${f.kind}｜${f.text}`);
      const expected = seed.expect.map((e) => `${e.kind}｜${e.text}`);
      const left = [...actual];
      for (const e of expected) {
        const i = left.indexOf(e);
        if (i === -1) {
          fn++;
          misses.push(`missed ${e} in “${seed.text}”`);
        } else {
          tp++;
          left.splice(i, 1);
        }
      }
      fp += left.length;
      for (const extra of left) misses.push(`extra ${extra} in “${seed.text}”`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`citation checker on ${seeds.length} seeded sentences: ${tp} right, ${fp} extra, ${fn} missed — precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    if (misses.length) console.log(misses.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('citation checker on hostile input', () => {
  it('reads markup, odd quotes and emoji as text, and stops at the length limit', () => {
    const hostile = '<script>alert(1)</script>《<img src=x onerror=alert(1)>》「党章」“干部任用条例”👩‍👩‍👧《党政领导干部选拔任用工作条例》第𝟐𝟔条\u202e《中国共产党章程》第五条';
    const draft = hostile.repeat(Math.ceil((MAX_DRAFT_CHARS + 5000) / hostile.length));
    const findings = checkDraft(draft, knowledge);
    expect(findings.every((f) => f.end <= MAX_DRAFT_CHARS && draft.slice(f.start, f.end) === f.text)).toBe(true);
    expect(findings.some((f) => f.kind === 'unknown-title' && f.text.includes('<img'))).toBe(true);
    expect(findings.some((f) => f.kind === 'resolved' && f.text === '《中国共产党章程》第五条')).toBe(true);
  });
});
