// The question bank as the practice page ships it: each question with its topic and its citation
// resolved at build (the label a drafter would write, and the page and anchor it lands on, as a path
// within the site that the browser resolves from the site's root however the site was opened).
import type { PracticeFileData, Question } from '../../schemas/practice';
import { resolveCitation, type RegulationIndex } from '../citations';
import { pageFile } from '../routes';

export interface BankQuestion {
  id: string;
  type: Question['type'];
  stem: string;
  options: string[];
  answer: Question['answer'];
  explain: string;
  topic: string;
  pillar: string;
  /** Slug of the regulation, for practising by regulation. */
  reg: string;
  /** 《简称》第N条, as shown. */
  cite: string;
  /** 《全称》第N条, as copied into documents. */
  citeFull: string;
  /** regulations/x/index.html#art-8 */
  href: string;
  singleSource: boolean;
}

export interface Bank {
  topics: Array<{ id: string; topic: string; pillar: string; count: number }>;
  regulations: Array<{ slug: string; title: string; count: number }>;
  questions: BankQuestion[];
}

export function buildBank(files: Array<{ id: string; data: PracticeFileData }>, index: RegulationIndex): Bank {
  const questions: BankQuestion[] = [];
  for (const file of files) {
    for (const q of file.data.questions) {
      const resolved = resolveCitation(index, { reg: q.reg, art: q.art, ch: q.ch });
      if (!resolved.ok) throw new Error(`question ${q.id}: ${resolved.message}`); // the content check reports it first
      const [path, hash] = resolved.href.split('#');
      questions.push({
        id: q.id,
        type: q.type,
        stem: q.stem,
        options: q.options ?? [],
        answer: q.answer,
        explain: q.explain,
        topic: file.id,
        pillar: file.data.pillar,
        reg: q.reg,
        cite: resolved.label,
        citeFull: resolved.fullLabel,
        href: pageFile(path!) + (hash ? `#${hash}` : ''),
        singleSource: q.singleSource,
      });
    }
  }
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.reg, (counts.get(q.reg) ?? 0) + 1);
  return {
    topics: files.map((f) => ({ id: f.id, topic: f.data.topic, pillar: f.data.pillar, count: f.data.questions.length })),
    regulations: [...counts]
      .map(([slug, count]) => ({ slug, title: index.get(slug)!.shortTitle, count }))
      .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'zh-CN')),
    questions,
  };
}
