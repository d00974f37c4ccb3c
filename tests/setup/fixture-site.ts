// Assembles the fixture site the tests build once: the hand-written fixture pages, plus official-text
// stand-ins (written by this project) brought in through the real import tool — hostile lines in
// UTF-8, GBK and .docx, a text linked to its study guide, two versions of one text, a file in a
// subfolder. Returns what the tests need to know about it.
import fs from 'node:fs';
import path from 'node:path';
import { runImport } from '../../src/cli/import';
import { docxFromLines } from '../helpers/docx';

export const FIXTURE_ROOT = path.resolve('tests/.tmp/fixture-site');
export const FIXTURE_CONTENT = path.join(FIXTURE_ROOT, 'content');
export const FIXTURE_DIST = path.join(FIXTURE_ROOT, 'dist');
/** The fixture site is built for a sub-path, as a department deploying under /zgzsk/ would. */
export const FIXTURE_BASE = '/zgzsk/';

/** Source files imported into the fixture site, by the slug they get. */
export const IMPORTED_SOURCES = {
  'teshu-zifu': 'tests/fixtures/import/teshu-zifu.txt',
  'teshu-zifu-gbk': 'tests/fixtures/import/teshu-zifu-gbk.txt',
  'teshu-zifu-docx': path.join(FIXTURE_ROOT, 'in', 'teshu-zifu-docx.docx'),
} as const;

const SAMPLE = 'tests/fixtures/import/xianwei-changwei-guize.txt';

/** The 2025 version of the sample: one article changed, one added, the rest renumbered. */
export function sampleNextVersion(): string {
  const numbers = ['五', '六', '七', '八', '九', '十'];
  let text = fs.readFileSync(SAMPLE, 'utf8').replace('2024年5月8日', '2025年3月10日').replace('2024年5月10日', '2025年3月15日');
  for (let i = numbers.length - 1; i >= 0; i--) {
    const next = i === numbers.length - 1 ? '十一' : numbers[i + 1]!;
    text = text.replace(new RegExp(`^第${numbers[i]}条　`, 'm'), `第${next}条　`);
  }
  return text
    .replace('第四条　涉及群众切身利益的事项，提交常委会前应当广泛听取意见。', '第四条　涉及群众切身利益的事项，提交常委会前应当广泛听取意见，必要时进行风险评估。\n\n第五条　常委会议题由书记确定，示例新增的一条。')
    .replace('常委会会议必须有半数以上常委到会方能举行。', '常委会会议必须有半数以上常委到会方能举行；讨论决定干部任免事项，应当有三分之二以上常委到会。');
}

async function importInto(args: string[]) {
  const output: string[] = [];
  const code = await runImport(args, { out: (l) => output.push(l), err: (l) => output.push(l) }, { contentDir: FIXTURE_CONTENT, cwd: process.cwd() });
  if (code !== 0) throw new Error(`fixture import failed (${args.join(' ')}):\n${output.join('\n')}`);
}

export async function assembleFixtureSite() {
  fs.rmSync(FIXTURE_ROOT, { recursive: true, force: true });
  fs.cpSync('tests/fixtures/site-content', FIXTURE_CONTENT, { recursive: true });
  fs.mkdirSync(path.join(FIXTURE_ROOT, 'in'), { recursive: true });
  // A regulation page in a subfolder is read like any other.
  fs.mkdirSync(path.join(FIXTURE_CONTENT, 'regulations', 'extra'), { recursive: true });
  fs.writeFileSync(
    path.join(FIXTURE_CONTENT, 'regulations', 'extra', 'zi-mulu.mdx'),
    fs.readFileSync('tests/fixtures/site-content/regulations/shili.mdx', 'utf8').replace('（测试样本）', '（子文件夹样本）').replace('shortTitle: 测试样本', 'shortTitle: 子文件夹样本'),
  );
  // The hostile text as a .docx, with a table inside an article.
  const lines: Array<string | string[][]> = fs.readFileSync(IMPORTED_SOURCES['teshu-zifu'], 'utf8').replace('某镇党委议事规则', '某街道议事规则').split('\n');
  lines.splice(lines.findIndex((l) => typeof l === 'string' && l.startsWith('第四条')) + 1, 0, [['事项', '时限'], ['议题申报', '会前3日']]);
  fs.writeFileSync(IMPORTED_SOURCES['teshu-zifu-docx'], docxFromLines(lines));
  await importInto([IMPORTED_SOURCES['teshu-zifu'], IMPORTED_SOURCES['teshu-zifu-gbk'], IMPORTED_SOURCES['teshu-zifu-docx'], '--issuer', '中共某镇委员会']);
  // A study guide with its imported full text, then a newer version of that text.
  fs.writeFileSync(
    path.join(FIXTURE_CONTENT, 'regulations', 'changwei-daodu.mdx'),
    '---\ntitle: 某县委常委会议事规则（示例）\nshortTitle: 常委会规则\nissuer: 中共某县委员会\nissued: 2024-05-10\nstatus: 现行有效\ncategory: 规则\nkind: 导读\nversion: 测试用导读\nsummary: 测试用的导读。\n---\n\n## 第一章　总　则\n\n要点。\n',
  );
  fs.writeFileSync(
    path.join(FIXTURE_CONTENT, 'guides', 'changwei.mdx'),
    '---\ntitle: 常委会测试指南\nsummary: 测试用。\npillar: 议事规则\nregulations: [changwei-daodu]\nupdated: 2026-11-24\n---\n\n到会人数见<Cite reg="changwei-daodu" art={9} />，表决见<Cite reg="changwei-daodu" art={3} />。{/* 测试用清单 */}\n',
  );
  await importInto([SAMPLE, '--slug', 'changwei-guize', '--guide', 'changwei-daodu']);
  const next = path.join(FIXTURE_ROOT, 'in', '某县委常委会议事规则2025.txt');
  fs.writeFileSync(next, sampleNextVersion());
  await importInto([next, '--new-version-of', 'changwei-guize']);
}
