// The self-test page (/practice/): practice by topic, by regulation, today's review or the 错题本;
// after each answer the explanation and a link to the article; progress saved in this browser and
// moved by file; a printable paper test. Everything shown comes from the bank's JSON and is set as
// text, never as markup.
import type { Bank, BankQuestion } from '../lib/practice/bank';
import { answerText, isCorrect, type Response } from '../lib/practice/answers';
import { emptyProgress, MAX_PROGRESS_BYTES, parseProgress, progressSize, serializeProgress } from '../lib/practice/progress';
import { coverage, dueToday, recordAnswer, wrongBook } from '../lib/practice/schedule';
import { pick, shuffled } from '../lib/practice/pick';
import { openStore } from './progress-store';
import { siteUrl } from './site-root';


function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const $ = <T extends Element = HTMLElement>(scope: ParentNode, selector: string) => scope.querySelector<T & Element>(selector) as T;
const LETTERS = 'ABCDEFGH';

/** 正确答案 as the learner saw the choices: “A、C（text；text）”. */
function answerWithLetters(q: BankQuestion): string {
  if (!q.options.length) return answerText(q);
  const letters = [q.answer].flat().map((a) => LETTERS[q.options.indexOf(String(a))]).join('、');
  return `${letters}（${answerText(q)}）`;
}

function wirePractice(page: HTMLElement, bank: Bank) {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const known = new Set(byId.keys());
  const topicName = new Map(bank.topics.map((t) => [t.id, t.topic]));
  const store = openStore();
  const storageLine = $(page, '[data-storage]');

  function showStorageState(extra?: string) {
    const s = store.state;
    const base =
      s.kind === 'damaged'
        ? `本机保存的进度无法读取：${s.message}。为免覆盖，本次练习不会保存；可以导入备份文件，或清除本机进度后重新开始。`
        : s.kind === 'unavailable'
          ? '这个浏览器不允许保存进度（常见于直接从文件夹打开或无痕模式）：练习结束前请“导出进度”。'
          : '';
    storageLine.textContent = [extra, base].filter(Boolean).join(' ');
  }

  function renderOverview() {
    const p = store.progress;
    const due = dueToday(p, known).length;
    const wrong = wrongBook(p, known).length;
    const all = coverage(p, [...known]);
    $(page, '[data-summary]').textContent = `今天要复习 ${due} 题；错题本 ${wrong} 题；全部 ${all.total} 题中已做 ${all.answered} 题，最近一次答对 ${all.right} 题。`;
    $<HTMLButtonElement>(page, '[data-start="due"]').disabled = due === 0;
    $<HTMLButtonElement>(page, '[data-start="wrong"]').disabled = wrong === 0;
    $(page, '[data-practice-today]').hidden = false;
    for (const slot of Array.prototype.slice.call(page.querySelectorAll('[data-topic-progress]')) as HTMLElement[]) {
      const ids = bank.questions.filter((q) => q.topic === slot.getAttribute('data-topic-progress')).map((q) => q.id);
      const c = coverage(p, ids);
      slot.textContent = c.answered === 0 ? '未开始' : `已做 ${c.answered}，答对 ${c.right}`;
    }
  }

  // ---- a practice session ----
  const quiz = $(page, '[data-quiz]');
  const form = $<HTMLFormElement>(quiz, '[data-quiz-form]');
  const choices = $(quiz, '[data-choices]');
  const feedback = $(quiz, '[data-feedback]');
  const submit = $<HTMLButtonElement>(quiz, '[data-submit]');
  const next = $<HTMLButtonElement>(quiz, '[data-next]');
  let session: { title: string; ids: string[]; at: number; right: number } | null = null;

  function start(title: string, ids: string[]) {
    if (ids.length === 0) return;
    session = { title, ids, at: 0, right: 0 };
    quiz.hidden = false;
    $(quiz, '[data-quiz-title]').textContent = title;
    showQuestion();
    $(quiz, '[data-quiz-title]').focus();
  }

  function current(): BankQuestion {
    return byId.get(session!.ids[session!.at]!)!;
  }

  function showQuestion() {
    const q = current();
    $(quiz, '[data-quiz-count]').textContent = `第 ${session!.at + 1} / ${session!.ids.length} 题 · ${q.type}题 · ${topicName.get(q.topic) ?? ''}`;
    $(quiz, '[data-stem]').textContent = q.stem;
    choices.textContent = '';
    feedback.textContent = '';
    if (q.type === '填空') {
      const label = el('label', '填写答案：');
      const input = el('input');
      input.type = 'text';
      input.name = 'blank';
      input.autocomplete = 'off';
      input.maxLength = 100;
      label.appendChild(input);
      choices.appendChild(label);
    } else {
      const options = q.type === '判断' ? ['对', '错'] : q.options;
      options.forEach((text, i) => {
        const label = el('label', undefined, 'practice-option');
        const input = el('input');
        input.type = q.type === '多选' ? 'checkbox' : 'radio';
        input.name = 'choice';
        input.value = text;
        label.appendChild(input);
        label.appendChild(el('span', q.type === '判断' ? text : `${LETTERS[i]}. ${text}`));
        choices.appendChild(label);
      });
    }
    submit.hidden = false;
    submit.disabled = false;
    next.hidden = true;
  }

  function response(q: BankQuestion): Response | null {
    if (q.type === '填空') {
      const value = (form.elements.namedItem('blank') as HTMLInputElement).value;
      return value.trim() ? value : null;
    }
    const checked = (Array.prototype.slice.call(choices.querySelectorAll('input:checked')) as HTMLInputElement[]).map((i) => i.value);
    if (checked.length === 0) return null;
    if (q.type === '判断') return checked[0] === '对';
    return q.type === '多选' ? checked : checked[0]!;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!session || submit.hidden) return;
    const q = current();
    const given = response(q);
    if (given === null) {
      feedback.textContent = '请先作答。';
      return;
    }
    const right = isCorrect(q, given);
    if (right) session.right++;
    const saved = store.save(recordAnswer(store.progress, q.id, right));
    for (const input of Array.prototype.slice.call(choices.querySelectorAll('input')) as HTMLInputElement[]) {
      input.disabled = true;
      const correctChoice = q.type === '判断' ? (input.value === '对') === q.answer : [q.answer].flat().indexOf(input.value) !== -1;
      if (input.type !== 'text') input.parentElement!.classList.add(correctChoice ? 'is-answer' : 'not-answer');
    }
    showFeedback(q, right, saved);
    submit.hidden = true;
    next.hidden = false;
    next.textContent = session.at + 1 < session.ids.length ? '下一题' : '看结果';
    next.focus();
    renderOverview();
  });

  function showFeedback(q: BankQuestion, right: boolean, saved: boolean) {
    feedback.textContent = '';
    feedback.appendChild(el('p', right ? '回答正确。' : `回答错误。正确答案：${answerWithLetters(q)}`, right ? 'practice-right' : 'practice-wrong'));
    feedback.appendChild(el('p', q.explain));
    const source = el('p', '依据：');
    const link = el('a', q.cite);
    link.href = siteUrl(q.href);
    source.appendChild(link);
    if (q.singleSource) {
      const mark = el('span', '单一来源', 'single-source');
      mark.title = '本站只找到一个来源支持这一说法，引用前请以正式文本为准';
      source.appendChild(mark);
    }
    const copy = el('button', '复制引用', 'copy-text');
    copy.type = 'button';
    copy.setAttribute('data-copy', q.citeFull);
    source.appendChild(document.createTextNode(' '));
    source.appendChild(copy);
    feedback.appendChild(source);
    if (!saved) showStorageState('这道题的结果没有保存到本机。');
  }

  next.addEventListener('click', () => {
    if (!session) return;
    session.at++;
    if (session.at < session.ids.length) {
      showQuestion();
      $(quiz, '[data-stem]').focus();
      return;
    }
    const done = session;
    session = null;
    choices.textContent = '';
    $(quiz, '[data-stem]').textContent = `本次练习结束：${done.ids.length} 题，答对 ${done.right} 题。`;
    $(quiz, '[data-quiz-count]').textContent = '';
    next.hidden = true;
    submit.hidden = true;
    feedback.textContent = '答错的题已记入错题本，到期会出现在“今天的复习”里。';
    $(quiz, '[data-quiz-title]').focus();
  });

  $(quiz, '[data-stop]').addEventListener('click', () => {
    session = null;
    quiz.hidden = true;
    $(page, '[data-practice-today]').focus();
  });
  $(quiz, '[data-stem]').setAttribute('tabindex', '-1');
  $(page, '[data-practice-today]').setAttribute('tabindex', '-1');

  page.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-start]');
    if (!button) return;
    const kind = button.getAttribute('data-start');
    const seed = Date.now() % 100000;
    if (kind === 'due') start('今天的复习', dueToday(store.progress, known));
    else if (kind === 'wrong') start('错题本', wrongBook(store.progress, known));
    else if (kind === 'topic') {
      const topic = button.getAttribute('data-topic')!;
      start(topicName.get(topic) ?? '练习', shuffled(bank.questions.filter((q) => q.topic === topic).map((q) => q.id), seed));
    } else if (kind === 'reg') {
      const select = $<HTMLSelectElement>(page, '[data-reg-select]');
      const title = select.options[select.selectedIndex]?.text ?? '按法规练习';
      start(title, shuffled(bank.questions.filter((q) => q.reg === select.value).map((q) => q.id), seed));
    }
  });

  // ---- moving progress between machines ----
  $(page, '[data-export]').addEventListener('click', () => {
    const blob = new Blob([serializeProgress(store.progress)], { type: 'application/json' });
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    const d = new Date();
    a.download = `组工知识库-学习进度-${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    const size = progressSize(store.progress);
    showStorageState(`已导出：${size.questions} 道题的记录。`);
  });

  const importInput = $<HTMLInputElement>(page, '[data-import]');
  importInput.addEventListener('change', () => {
    const file = importInput.files && importInput.files[0];
    importInput.value = '';
    if (!file) return;
    if (file.size > MAX_PROGRESS_BYTES) return showStorageState('没有导入：文件太大，不是本站导出的学习进度。');
    const reader = new FileReader();
    reader.onload = () => {
      const parsed = parseProgress(String(reader.result));
      if (!parsed.ok) return showStorageState(`没有导入：${parsed.message}。本机进度没有改动。`);
      const incoming = progressSize(parsed.progress);
      const mine = progressSize(store.progress);
      const replacing = mine.questions > 0 || mine.steps > 0 || store.state.kind === 'damaged';
      if (replacing && !window.confirm(`导入的进度有 ${incoming.questions} 道题的记录，将替换本机现有进度（${mine.questions} 道题）。继续吗？`)) {
        return showStorageState('已取消导入，本机进度没有改动。');
      }
      const saved = store.replace(parsed.progress);
      renderOverview();
      showStorageState(saved ? `已导入：${incoming.questions} 道题的记录。` : `已导入 ${incoming.questions} 道题的记录，但只在本次打开期间有效。`);
    };
    reader.onerror = () => showStorageState('没有导入：文件读取失败。');
    reader.readAsText(file);
  });

  $(page, '[data-reset]').addEventListener('click', () => {
    if (!window.confirm('清除这台电脑上保存的全部自测进度？清除前可以先导出。')) return;
    store.replace(emptyProgress());
    renderOverview();
    showStorageState('本机进度已清除。');
  });

  // ---- paper test ----
  $(page, '[data-paper]').addEventListener('click', () => {
    const topic = $<HTMLSelectElement>(page, '[data-paper-topic]').value;
    const count = Math.max(5, Math.min(100, Number($<HTMLInputElement>(page, '[data-paper-count]').value) || 20));
    const seed = Math.floor(Math.random() * 90000) + 10000;
    const pool = bank.questions.filter((q) => !topic || q.topic === topic);
    renderPaper(pick(pool, count, seed), topic ? (topicName.get(topic) ?? '') : '全部专题', seed);
    document.documentElement.classList.add('printing-paper');
    window.print();
  });
  window.addEventListener('afterprint', () => document.documentElement.classList.remove('printing-paper'));

  function renderPaper(questions: BankQuestion[], topic: string, seed: number) {
    const sheet = $(page, '[data-paper-sheet]');
    sheet.textContent = '';
    sheet.appendChild(el('h2', `组工知识库自测试卷：${topic}`));
    sheet.appendChild(el('p', `共 ${questions.length} 题 · 试卷编号 ${seed} · 姓名＿＿＿＿＿＿ 得分＿＿＿＿`, 'paper-meta'));
    const list = el('ol', undefined, 'paper-questions');
    for (const q of questions) {
      const item = el('li');
      item.appendChild(el('p', `（${q.type}）${q.type === '判断' ? `${q.stem}（　　）` : q.stem}`));
      if (q.options.length) {
        const opts = el('p', q.options.map((o, i) => `${LETTERS[i]}. ${o}`).join('　　'), 'paper-options');
        item.appendChild(opts);
      }
      list.appendChild(item);
    }
    sheet.appendChild(list);
    const answers = el('section', undefined, 'paper-answers');
    answers.appendChild(el('h2', `答案（试卷编号 ${seed}）`));
    const keys = el('ol');
    for (const q of questions) {
      keys.appendChild(el('li', `${answerWithLetters(q)}。${q.explain} 依据：${q.citeFull}${q.singleSource ? '（单一来源，以正式文本为准）' : ''}`));
    }
    answers.appendChild(keys);
    sheet.appendChild(answers);
    sheet.hidden = false;
  }

  renderOverview();
  showStorageState();

  // A learning path's short check arrives as ?questions=a,b,c&title=… (links on /study/).
  const params = new URLSearchParams(window.location.search);
  const asked = (params.get('questions') || '').split(',').filter((id) => known.has(id));
  if (asked.length) start((params.get('title') || '单元小测').slice(0, 40), asked);
}

const root = document.querySelector<HTMLElement>('[data-practice]');
const bankScript = document.getElementById('practice-bank');
if (root && bankScript) wirePractice(root, JSON.parse(bankScript.textContent || '{}') as Bank);
