// Whether a learner's response answers a question. 填空 accepts any listed form, compared after
// normalising width (NFKC: ２ → 2, ／ → /), spaces and closing punctuation, so 5个工作日 and ５个工作日。
// count alike; choices compare as sets, so the order of a 多选 response does not matter.
export type QuestionType = '单选' | '多选' | '判断' | '填空';

export interface Answerable {
  type: QuestionType;
  answer: string | string[] | boolean;
}

export type Response = string | string[] | boolean;

export function normalizeBlank(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/[。．.，,；;]+$/u, '');
}

export function isCorrect(question: Answerable, response: Response): boolean {
  switch (question.type) {
    case '单选':
      return typeof response === 'string' && response === question.answer;
    case '多选': {
      if (!Array.isArray(response) || !Array.isArray(question.answer)) return false;
      const want = new Set(question.answer);
      return response.length === want.size && response.every((r) => want.has(r));
    }
    case '判断':
      return response === question.answer;
    case '填空': {
      if (typeof response !== 'string') return false;
      const given = normalizeBlank(response);
      return given !== '' && [question.answer].flat().some((a) => typeof a === 'string' && normalizeBlank(a) === given);
    }
  }
}

/** The answer as a reader sees it under the question. */
export function answerText(question: Answerable): string {
  if (question.type === '判断') return question.answer ? '对' : '错';
  if (question.type === '填空') return [question.answer].flat()[0] as string;
  return [question.answer].flat().join('；');
}
