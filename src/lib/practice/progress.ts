// A learner's progress: per question, how often it was answered and rightly, and its review card;
// per learning-path step, when it was done. Kept in localStorage and moved between machines as a
// file, so reading it back is strict: anything that is not our format, or is damaged, is refused
// with one sentence saying why, and nothing is half-read.

export const PROGRESS_APP = 'zgzsk-practice';
export const PROGRESS_VERSION = 1;
/** A progress file larger than this is not ours (a full bank's progress is well under 1 MB). */
export const MAX_PROGRESS_BYTES = 2_000_000;

/** A review card as stored: ts-fsrs's Card with dates as ISO strings. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string;
}

export interface QuestionRecord {
  seen: number;
  correct: number;
  lastCorrect: boolean;
  lastAt: string;
  card: StoredCard;
}

export interface Progress {
  app: typeof PROGRESS_APP;
  version: typeof PROGRESS_VERSION;
  updatedAt: string;
  questions: Record<string, QuestionRecord>;
  /** Learning-path steps marked done: step id → ISO date. */
  steps: Record<string, string>;
}

export function emptyProgress(now = new Date()): Progress {
  return { app: PROGRESS_APP, version: PROGRESS_VERSION, updatedAt: now.toISOString(), questions: {}, steps: {} };
}

export type ParsedProgress = { ok: true; progress: Progress } | { ok: false; message: string };

const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e7;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function validCard(c: unknown): c is StoredCard {
  return (
    isObject(c) &&
    isDate(c.due) &&
    isNumber(c.stability) &&
    isNumber(c.difficulty) &&
    isNumber(c.elapsed_days) &&
    isNumber(c.scheduled_days) &&
    isCount(c.learning_steps) &&
    isCount(c.reps) &&
    isCount(c.lapses) &&
    isCount(c.state) &&
    (c.last_review === undefined || isDate(c.last_review))
  );
}

function validRecord(r: unknown): r is QuestionRecord {
  return isObject(r) && isCount(r.seen) && isCount(r.correct) && r.correct <= r.seen && typeof r.lastCorrect === 'boolean' && isDate(r.lastAt) && validCard(r.card);
}

/** Reads progress saved by this site (from storage or an exported file). */
export function parseProgress(text: string): ParsedProgress {
  if (text.length > MAX_PROGRESS_BYTES) return { ok: false, message: `文件太大（超过 ${MAX_PROGRESS_BYTES / 1_000_000} MB），不是本站导出的学习进度` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: '文件内容已损坏或不是本站导出的学习进度（无法读取）' };
  }
  if (!isObject(data) || data.app !== PROGRESS_APP) return { ok: false, message: '这不是本站导出的学习进度文件' };
  if (data.version !== PROGRESS_VERSION) return { ok: false, message: `学习进度文件的版本（${String(data.version).slice(0, 10)}）本站不认识，请用同一版本的知识库导出` };
  if (!isDate(data.updatedAt) || !isObject(data.questions) || !isObject(data.steps)) return { ok: false, message: '学习进度文件不完整（缺少必要的部分）' };
  const questions: Record<string, QuestionRecord> = Object.create(null);
  for (const [id, record] of Object.entries(data.questions)) {
    if (!ID.test(id) || !validRecord(record)) return { ok: false, message: `学习进度文件已损坏：题目记录“${id.slice(0, 40)}”格式不对` };
    questions[id] = { seen: record.seen, correct: record.correct, lastCorrect: record.lastCorrect, lastAt: record.lastAt, card: { ...record.card } };
  }
  const steps: Record<string, string> = Object.create(null);
  for (const [id, at] of Object.entries(data.steps)) {
    if (!ID.test(id) || !isDate(at)) return { ok: false, message: `学习进度文件已损坏：学习步骤记录“${id.slice(0, 40)}”格式不对` };
    steps[id] = at;
  }
  return { ok: true, progress: { app: PROGRESS_APP, version: PROGRESS_VERSION, updatedAt: data.updatedAt, questions, steps } };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** How much a progress holds, for confirmations: “已做 12 题，完成 3 个学习步骤”. */
export function progressSize(progress: Progress): { questions: number; steps: number } {
  return { questions: Object.keys(progress.questions).length, steps: Object.keys(progress.steps).length };
}
