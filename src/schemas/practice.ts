// Schema of a question file (自测题库): one topic's questions, each with its answer, a one-line
// explanation, the article or chapter it rests on (checked like any <Cite>) and its fact ids.
import { z } from 'astro/zod';
import { factIds, oneOf, positiveInt, slug, text, textList } from './fields';
import { PILLARS } from './guide';

export const QUESTION_TYPES = ['单选', '多选', '判断', '填空'] as const;
/** The blank a 填空 stem leaves for the answer. */
export const BLANK = '____';

export const questionSchema = z
  .object({
    /** Site-wide unique id (lowercase ascii, hyphens): progress is stored under it, so never reuse one. */
    id: slug('题目编号（questions.id）'),
    type: oneOf('题型（questions.type）', QUESTION_TYPES),
    /** The question; a 填空 stem holds ____ where the answer goes. */
    stem: text('题干（questions.stem）'),
    /** Choices of a 单选 or 多选 question, in display order. */
    options: textList('选项（questions.options）').optional(),
    /** 单选: one option; 多选: the list of correct options; 判断: true or false; 填空: the accepted answers. */
    answer: z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1), z.boolean()], {
      error: '答案（questions.answer）应当是选项文字、选项列表、true/false 或可接受的填空答案',
    }),
    /** One sentence in our own words: why this is the answer. */
    explain: text('解析（questions.explain）'),
    /** Regulation the answer rests on. */
    reg: slug('出处法规（questions.reg）'),
    /** Article (verified numbers only). */
    art: positiveInt('出处条号（questions.art）').optional(),
    /** Chapter, when no article number is verified. */
    ch: positiveInt('出处章号（questions.ch）').optional(),
    /** Fact-sheet ids the question rests on. */
    facts: factIds(),
    /** For a fact-sheet table without ids: which sheet and table (e.g. 第二轮清单1.2表). */
    sheetRef: z.string().trim().min(1).optional(),
    /** The answer rests on a single-source fact: shown with the 单一来源 mark. */
    singleSource: z.boolean({ error: 'singleSource 应当写 true 或 false' }).default(false),
  })
  .strict()
  .superRefine((q, ctx) => {
    const problem = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
    if (q.art !== undefined && q.ch !== undefined) problem('出处只能写 art 或 ch 之一', 'ch');
    const options = q.options ?? [];
    if (q.type === '单选' || q.type === '多选') {
      if (options.length < 2) problem(`${q.type}题至少要有2个选项`, 'options');
      if (new Set(options).size !== options.length) problem('选项不能重复', 'options');
      const answers = typeof q.answer === 'boolean' ? [] : [q.answer].flat();
      if (q.type === '单选' && (typeof q.answer !== 'string' || !options.includes(q.answer))) problem('单选题的答案必须是其中一个选项的文字', 'answer');
      if (q.type === '多选' && (!Array.isArray(q.answer) || answers.some((a) => !options.includes(a)))) problem('多选题的答案必须是选项文字的列表，且每一项都在选项中', 'answer');
    } else {
      if (options.length > 0) problem(`${q.type}题不写选项`, 'options');
      if (q.type === '判断' && typeof q.answer !== 'boolean') problem('判断题的答案写 true（对）或 false（错）', 'answer');
      if (q.type === '填空') {
        if (typeof q.answer === 'boolean') problem('填空题的答案写可以接受的文字（一个或多个）', 'answer');
        if (q.stem.split(BLANK).length !== 2) problem(`填空题的题干要有且只有一处 ${BLANK}`, 'stem');
      }
    }
  });

export const practiceFileSchema = z
  .object({
    /** Topic the questions practise, shown as a choice on /practice/, e.g. 任前公示与任职. */
    topic: text('专题（topic）'),
    pillar: oneOf('所属板块（pillar）', PILLARS),
    questions: z.array(questionSchema, { error: '题目（questions）应当写成列表' }).min(1, { error: '题库文件至少要有一道题' }),
  })
  .strict();

export type Question = z.output<typeof questionSchema>;
export type PracticeFileData = z.output<typeof practiceFileSchema>;
