// Self-test logic without a browser: answer checking, the FSRS review schedule, the 错题本, and
// progress files read back strictly (round trip, damaged and foreign files refused, nothing half-read).
import { describe, expect, it } from 'vitest';
import { answerText, isCorrect } from '../../src/lib/practice/answers';
import { emptyProgress, parseProgress, serializeProgress, progressSize, MAX_PROGRESS_BYTES } from '../../src/lib/practice/progress';
import { coverage, dueToday, recordAnswer, wrongBook } from '../../src/lib/practice/schedule';
import { pick, shuffled } from '../../src/lib/practice/pick';

describe('isCorrect', () => {
  it('单选 and 判断 compare exactly; 多选 as a set', () => {
    expect(isCorrect({ type: '单选', answer: '5个工作日' }, '5个工作日')).toBe(true);
    expect(isCorrect({ type: '单选', answer: '5个工作日' }, '7天')).toBe(false);
    expect(isCorrect({ type: '判断', answer: false }, false)).toBe(true);
    expect(isCorrect({ type: '判断', answer: false }, 'false')).toBe(false);
    expect(isCorrect({ type: '多选', answer: ['甲', '丙'] }, ['丙', '甲'])).toBe(true);
    expect(isCorrect({ type: '多选', answer: ['甲', '丙'] }, ['甲'])).toBe(false);
    expect(isCorrect({ type: '多选', answer: ['甲', '丙'] }, ['甲', '丙', '乙'])).toBe(false);
  });

  it('填空 accepts any listed form, across full-width digits, spaces and a closing 。', () => {
    const q = { type: '填空' as const, answer: ['三分之二', '2/3'] };
    expect(isCorrect(q, ' ２／３。')).toBe(true);
    expect(isCorrect(q, '三分之二')).toBe(true);
    expect(isCorrect(q, '二分之一')).toBe(false);
    expect(isCorrect(q, '   ')).toBe(false);
    expect(answerText(q)).toBe('三分之二');
    expect(answerText({ type: '判断', answer: true })).toBe('对');
  });
});

describe('review schedule', () => {
  const day = (d: number) => new Date(2026, 11, d, 9, 0, 0);
  const known = new Set(['a', 'b', 'c']);

  it('brings a wrong answer back sooner than a right one, and keeps it in the 错题本 until answered right', () => {
    let p = recordAnswer(emptyProgress(day(1)), 'a', false, day(1));
    p = recordAnswer(p, 'b', true, day(1));
    expect(dueToday(p, known, day(1))).toEqual([]);
    expect(wrongBook(p, known)).toEqual(['a']);
    const aDue = new Date(p.questions.a!.card.due);
    const bDue = new Date(p.questions.b!.card.due);
    expect(aDue.getTime()).toBeGreaterThan(day(1).getTime());
    expect(aDue.getTime()).toBeLessThan(bDue.getTime());
    // The day each falls due, it is in that day's review queue, most overdue first.
    expect(dueToday(p, known, aDue)).toEqual(['a']);
    expect(dueToday(p, known, bDue)).toEqual(['a', 'b']);
    expect(wrongBook(recordAnswer(p, 'a', true, aDue), known)).toEqual([]);
  });

  it('spaces a question further apart each time it is answered right', () => {
    let p = emptyProgress(day(1));
    let now = day(1);
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      p = recordAnswer(p, 'c', true, now);
      const due = new Date(p.questions.c!.card.due);
      gaps.push(due.getTime() - now.getTime());
      now = due;
    }
    expect(gaps).toEqual([...gaps].sort((x, y) => x - y));
    expect(gaps[3]!).toBeGreaterThan(gaps[0]!);
    expect(p.questions.c).toMatchObject({ seen: 4, correct: 4, lastCorrect: true });
  });

  it('leaves the old progress unchanged and ignores ids the bank no longer has', () => {
    const before = emptyProgress(day(1));
    const after = recordAnswer(before, 'gone', false, day(1));
    expect(before.questions).toEqual({});
    expect(dueToday(after, known, day(1))).toEqual([]);
    expect(coverage(recordAnswer(after, 'a', true, day(1)), ['a', 'b'])).toEqual({ total: 2, answered: 1, right: 1 });
  });
});

describe('progress files', () => {
  const sample = () => recordAnswer(recordAnswer(emptyProgress(new Date('2026-12-01T08:00:00Z')), 'a', true), 'b', false);

  it('round-trips through a file', () => {
    const p = { ...sample(), steps: { 'xuanba-1': '2026-12-02T08:00:00.000Z' } };
    const back = parseProgress(serializeProgress(p));
    expect(back).toEqual({ ok: true, progress: JSON.parse(serializeProgress(p)) });
    expect(progressSize(p)).toEqual({ questions: 2, steps: 1 });
  });

  it('refuses foreign, damaged, oversized and tampered files with one Chinese sentence', () => {
    const good = JSON.parse(serializeProgress(sample()));
    const refuse = (text: string) => {
      const r = parseProgress(text);
      expect(r.ok).toBe(false);
      const message = (r as { message: string }).message;
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(message).not.toMatch(/\n|at .*\(/);
      return message;
    };
    expect(refuse('{"app":"zgzsk-practice"')).toMatch(/损坏/);
    expect(refuse('[1,2]')).toMatch(/不是本站/);
    expect(refuse(JSON.stringify({ ...good, app: 'other' }))).toMatch(/不是本站/);
    expect(refuse(JSON.stringify({ ...good, version: 9 }))).toMatch(/版本/);
    expect(refuse(JSON.stringify({ ...good, questions: { a: { ...good.questions.a, correct: 5 } } }))).toMatch(/题目记录“a”/);
    expect(refuse(JSON.stringify({ ...good, questions: { '<img src=x>': good.questions.a } }))).toMatch(/格式不对/);
    expect(refuse(JSON.stringify({ ...good, steps: { s: 'yesterday' } }))).toMatch(/学习步骤/);
    expect(refuse(' '.repeat(MAX_PROGRESS_BYTES + 1))).toMatch(/太大/);
  });

  it('does not let a file set properties on objects (__proto__ is just a bad id)', () => {
    const good = JSON.parse(serializeProgress(sample()));
    const text = serializeProgress(good).replace('"questions":{', '"questions":{"__proto__":{"polluted":true},');
    expect(parseProgress(text).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('pick', () => {
  it('is repeatable from its seed and never returns more than asked or than there are', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(pick(items, 10, 42)).toEqual(pick(items, 10, 42));
    expect(pick(items, 10, 42)).not.toEqual(pick(items, 10, 43));
    expect(new Set(pick(items, 10, 7)).size).toBe(10);
    expect(pick(items, 99, 1)).toHaveLength(30);
    expect([...shuffled(items, 5)].sort((a, b) => a - b)).toEqual(items);
  });
});
