// Spaced review with FSRS (ts-fsrs): a right answer is rated Good, a wrong one Again, and the card
// says when the question is next due. Intervals are whole days (no same-day learning steps): a
// learner comes back tomorrow, not in ten minutes.
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import type { Progress, QuestionRecord, StoredCard } from './progress';

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

function toCard(s: StoredCard): Card {
  return { ...s, due: new Date(s.due), last_review: s.last_review ? new Date(s.last_review) : undefined } as Card;
}

function toStored(c: Card): StoredCard {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.last_review ? { last_review: c.last_review.toISOString() } : {}),
  };
}

/** Progress after answering one question (a new object; the old one is left as it was). */
export function recordAnswer(progress: Progress, id: string, correct: boolean, now = new Date()): Progress {
  const before = progress.questions[id];
  const card = before ? toCard(before.card) : createEmptyCard(now);
  const next = scheduler.next(card, now, correct ? Rating.Good : Rating.Again).card;
  const record: QuestionRecord = {
    seen: (before?.seen ?? 0) + 1,
    correct: (before?.correct ?? 0) + (correct ? 1 : 0),
    lastCorrect: correct,
    lastAt: now.toISOString(),
    card: toStored(next),
  };
  const questions = Object.assign(Object.create(null) as Record<string, QuestionRecord>, progress.questions, { [id]: record });
  return { ...progress, updatedAt: now.toISOString(), questions };
}

/** End of the learner's local day: a question due any time today is in today's review. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** Questions due for review today, most overdue first; only ids the bank still has. */
export function dueToday(progress: Progress, known: ReadonlySet<string>, now = new Date()): string[] {
  const limit = endOfDay(now).getTime();
  return Object.entries(progress.questions)
    .filter(([id, r]) => known.has(id) && Date.parse(r.card.due) <= limit)
    .sort((a, b) => Date.parse(a[1].card.due) - Date.parse(b[1].card.due))
    .map(([id]) => id);
}

/** The 错题本: questions whose last answer was wrong, most recent first. */
export function wrongBook(progress: Progress, known: ReadonlySet<string>): string[] {
  return Object.entries(progress.questions)
    .filter(([id, r]) => known.has(id) && !r.lastCorrect)
    .sort((a, b) => Date.parse(b[1].lastAt) - Date.parse(a[1].lastAt))
    .map(([id]) => id);
}

/** How far a learner is with a set of questions: answered at least once, and right the last time. */
export function coverage(progress: Progress, ids: readonly string[]): { total: number; answered: number; right: number } {
  let answered = 0;
  let right = 0;
  for (const id of ids) {
    const r = progress.questions[id];
    if (!r) continue;
    answered++;
    if (r.lastCorrect) right++;
  }
  return { total: ids.length, answered, right };
}
