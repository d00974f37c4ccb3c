// The import command in-process (runImport), on files the tests write: what it writes and where,
// what it refuses and how it says so, versions, several files at once. Every run happens in a fresh
// sandbox folder, and the sandbox is listed afterwards to prove nothing was written anywhere else.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/cli/import';
import { outlineOf as parseOutline } from '../helpers/mdx';
import { outlineOfFullText } from '../../src/lib/full-text';
import { docx, docxFromLines } from '../helpers/docx';

const SAMPLE = path.resolve('tests/fixtures/import/xianwei-changwei-guize.txt');
let sandbox: string;
let cwd: string;
let regulations: string;

async function run(...args: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await runImport(args, { out: (l) => lines.push(l), err: (l) => errors.push(l) }, { contentDir: path.join(cwd, 'content'), cwd });
  return { code, out: lines.join('\n'), err: errors.join('\n'), all: [...lines, ...errors].join('\n') };
}

/** Every file under the sandbox, relative to it. */
function filesIn(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const json = (slug: string) => JSON.parse(fs.readFileSync(path.join(regulations, `${slug}.json`), 'utf8'));
const write = (name: string, text: string | Buffer) => {
  const file = path.join(cwd, 'in', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};

beforeAll(() => {
  sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'zgzsk-import-'));
  cwd = path.join(sandbox, 'work');
  regulations = path.join(cwd, 'content', 'regulations');
  fs.mkdirSync(regulations, { recursive: true });
  fs.writeFileSync(path.join(regulations, 'dao-du.mdx'), '---\ntitle: 导读\n---\n');
});
afterAll(() => fs.rmSync(sandbox, { recursive: true, force: true }));

describe('npm run import', () => {
  it('imports a .txt as data, leaves the source untouched, and re-imports byte for byte', async () => {
    const before = sha(SAMPLE);
    const first = await run(SAMPLE);
    expect(first.code, first.all).toBe(0);
    const written = path.join(regulations, 'xianwei-changwei-guize.json');
    const bytes = fs.readFileSync(written);
    const data = JSON.parse(bytes.toString());
    expect(outlineOfFullText(data.text).articles).toHaveLength(10);
    expect(data).toMatchObject({ title: '某县委常委会议事规则（示例）', issuer: '中共某县委员会', issued: '2024-05-10', kind: '全文', source: { file: 'xianwei-changwei-guize.txt', sha256: before, format: 'utf-8' } });
    const again = await run(SAMPLE, '--force');
    expect(again.code, again.all).toBe(0);
    expect(fs.readFileSync(written).equals(bytes)).toBe(true);
    expect(sha(SAMPLE)).toBe(before);
    expect(filesIn(regulations).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite without --force and keeps the existing file', async () => {
    const written = path.join(regulations, 'xianwei-changwei-guize.json');
    const kept = fs.readFileSync(written, 'utf8');
    const r = await run(SAMPLE, '--title', '另一部规则');
    expect(r.code).toBe(1);
    expect(r.err).toContain('xianwei-changwei-guize.json 已经存在');
    expect(r.err).toContain('确认要用这个文件覆盖时加 --force');
    expect(fs.readFileSync(written, 'utf8')).toBe(kept);
  });

  it('refuses a numbering gap with its line, even with --force, and writes nothing', async () => {
    const broken = write('gap-sample.txt', fs.readFileSync(SAMPLE, 'utf8').replace('第五条　讨论决定', '第六条　讨论决定'));
    for (const extra of [[], ['--force']]) {
      const r = await run(broken, ...extra);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/gap-sample\.txt:\d+: 错误：条号不连续：第四条之后应为第五条，这里是第六条/);
      expect(fs.existsSync(path.join(regulations, 'gap-sample.json'))).toBe(false);
    }
  });

  it('prints the outline on --dry-run and writes nothing', async () => {
    const r = await run(SAMPLE, '--slug', 'dry-run-only', '--title', '试运行规则', '--dry-run');
    expect(r.code, r.all).toBe(0);
    expect(r.out).toContain('4 章 10 条');
    expect(r.out).toContain('第2章 议事范围（4 条）');
    expect(r.out).toContain('试运行：没有写入任何文件');
    expect(fs.existsSync(path.join(regulations, 'dry-run-only.json'))).toBe(false);
  });

  it('reads GBK (GB18030) text without being told', async () => {
    const r = await run(path.resolve('tests/fixtures/import/gbk-sample.txt'));
    expect(r.code, r.all).toBe(0);
    expect(r.out).toContain('（.txt，gb18030）');
    expect(JSON.stringify(json('gbk-sample'))).toContain('镇党委会议由书记召集。');
  });

  it('makes the slug from a Chinese file name with pinyin', async () => {
    const file = write('县委常委会议事规则.txt', fs.readFileSync(SAMPLE, 'utf8').replace('（示例）', '（拼音示例）'));
    const r = await run(file, '--dry-run');
    expect(r.code, r.all).toBe(0);
    expect(r.out).toContain('将写入 xian-wei-chang-wei-hui-yi-shi-gui-ze.json');
  });

  it('asks once for the issuer a 题注 does not name, with the flag to add', async () => {
    const file = write('no-issuer.txt', '某镇议事规则\n（2025年3月10日镇党委会议审议通过　2025年3月15日印发）\n第一条　甲。');
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain('题注中没有写发文机关：请加 --issuer "发文机关全称"');
    const fixed = await run(file, '--issuer', '中共某镇委员会');
    expect(fixed.code, fixed.all).toBe(0);
    expect(json('no-issuer')).toMatchObject({ issuer: '中共某镇委员会', issued: '2025-03-15', adopted: { date: '2025-03-10', by: '镇党委会议' } });
  });

  it('refuses unsupported, empty, huge and broken files with one sentence each', async () => {
    const cases: Array<[string, string | Buffer, string]> = [
      ['old.doc', 'x', '目前支持 .docx 和 .txt'],
      ['file.wps', 'x', '目前支持 .docx 和 .txt'],
      ['scan.pdf', '%PDF-1.4', '目前支持 .docx 和 .txt'],
      ['empty.txt', '', '文件是空的'],
      ['huge.txt', Buffer.alloc(11 * 1024 * 1024, 0x61), '文件太大（11.0 MB）'],
      ['not-a-zip.docx', '这不是 zip', '不是有效的 .docx 文件'],
      ['bomb.docx', docx(Buffer.alloc(40 * 1024 * 1024, '<w:p><w:r><w:t>aa</w:t></w:r></w:p>')), '拒绝读取'],
      ['entity.docx', docx('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p></w:body></w:document>'), '不是有效的 XML'],
      ['control.txt', '示例规则\n第一条　甲\u0007。', '控制字符'],
    ];
    for (const [name, content, expected] of cases) {
      const r = await run(write(name, content));
      expect(r.code, name).toBe(1);
      expect(r.all, name).toContain(expected);
      expect(r.err.split('\n'), `${name}: one line`).toHaveLength(1);
      expect(r.all, name).not.toMatch(/Error:|    at /);
    }
  });

  it('refuses --out outside the regulations folder and creates nothing anywhere', async () => {
    const before = filesIn(sandbox);
    fs.mkdirSync(path.join(cwd, 'content', 'guides'), { recursive: true });
    fs.symlinkSync(sandbox, path.join(regulations, 'escape'));
    for (const out of ['../../', '..', 'content/guides', '/tmp', path.join(regulations, '..'), path.join(regulations, 'escape')]) {
      const r = await run(SAMPLE, '--slug', 'out-test', '--title', '输出测试', '--out', out);
      expect(r.code, out).toBe(2);
      expect(r.err, out).toContain('--out 只能是');
    }
    fs.rmSync(path.join(regulations, 'escape'));
    expect(filesIn(sandbox)).toEqual(before);
    const inside = await run(SAMPLE, '--slug', 'nested-out', '--title', '子文件夹测试', '--out', path.join('content', 'regulations', 'imported'));
    expect(inside.code, inside.all).toBe(0);
    expect(fs.existsSync(path.join(regulations, 'imported', 'nested-out.json'))).toBe(true);
    expect(filesIn(sandbox).filter((f) => !before.includes(f))).toEqual(['work/content/regulations/imported/nested-out.json']);
  });

  it('says what is wrong with the command line in Chinese', async () => {
    expect((await run(SAMPLE, '--nope')).err).toContain('不认识的选项 --nope');
    expect((await run(SAMPLE, '--slug')).err).toContain('选项 --slug 后面需要一个值');
    expect((await run(SAMPLE, '--slug', 'Bad Slug')).err).toContain('不是有效的网址名');
    expect((await run(SAMPLE, '--issued', '2019-13-01')).err).toContain('不是有效日期');
    expect((await run(path.join(cwd, 'missing.txt'))).err).toContain('找不到文件或文件夹');
  });

  it('imports a folder in one process with one summary table', async () => {
    const dir = path.join(cwd, 'batch');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '县委规则.txt'), fs.readFileSync(SAMPLE, 'utf8').replace('（示例）', '（批量）'));
    fs.writeFileSync(path.join(dir, '坏文件.txt'), '示例规则\n第一条　甲。\n第三条　乙。');
    fs.writeFileSync(path.join(dir, '镇规则.docx'), docxFromLines(['某镇规则', '（2025年3月1日中共某镇委员会印发）', '第一条　甲。', [['表头', '值']], '第二条　乙。']));
    fs.writeFileSync(path.join(dir, '说明.md'), '不是法规');
    const r = await run(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('共 3 个文件：2 个已导入，1 个未导入');
    expect(r.out).toMatch(/\| batch\/坏文件\.txt \| 未导入 \| {2}\| {2}\| 发现 1 个问题/);
    expect(r.out).toContain('| batch/镇规则.docx | 已导入 | zhen-gui-ze | 2 |');
    expect(json('zhen-gui-ze').text[0].children[1]).toEqual({ type: 'table', rows: [['表头', '值']] });
    const perText = await run(dir, '--slug', 'x');
    expect(perText.code).toBe(2);
    expect(perText.err).toContain('一次导入多个文件时不能用 --slug');
  });

  it('keeps the old text as an earlier version when a new one is imported', async () => {
    const v1 = write('banben.txt', '某镇版本规则\n（2020年1月5日中共某镇委员会印发）\n第一条　甲。\n第二条　乙。');
    expect((await run(v1, '--guide', 'dao-du')).code).toBe(0);
    const v2 = write('banben-2024.txt', '某镇版本规则\n（2024年6月1日中共某镇委员会印发）\n第一条　甲，有改动。\n第二条　乙。\n第三条　新增。');
    const same = await run(v2, '--new-version-of', 'banben', '--dry-run');
    expect(same.code, same.all).toBe(0);
    const r = await run(v2, '--new-version-of', 'banben');
    expect(r.code, r.all).toBe(0);
    expect(r.out).toContain('2020-01-05 版保留为历史版本 banben-2020-01-05（已修订）');
    expect(json('banben')).toMatchObject({ issued: '2024-06-01', status: '现行有效', studyGuide: 'dao-du' });
    expect(json('banben').versionOf).toBeUndefined();
    expect(json('banben-2020-01-05')).toMatchObject({ issued: '2020-01-05', status: '已修订', versionOf: 'banben' });
    expect(json('banben-2020-01-05').studyGuide).toBeUndefined();
    // An older text found by its title becomes an earlier version too.
    const v0 = write('banben-2018.txt', '某镇版本规则\n（2018年2月1日中共某镇委员会印发）\n第一条　甲。');
    const older = await run(v0);
    expect(older.code, older.all).toBe(0);
    expect(older.out).toContain('作为历史版本 banben-2018-02-01 导入');
    expect(json('banben-2018-02-01')).toMatchObject({ status: '已修订', versionOf: 'banben' });
    // Refusals: same date, a page written in MDX, an earlier version named as current.
    expect((await run(v2, '--new-version-of', 'banben')).err).toContain('发布日期相同');
    expect((await run(v2, '--new-version-of', 'dao-du')).err).toContain('是本站编写的页面');
    expect((await run(v2, '--new-version-of', 'banben-2018-02-01')).err).toContain('--new-version-of banben');
    expect((await run(v2, '--new-version-of', 'nope')).err).toContain('没有网址名为 nope');
  });

  it('round-trips the project model text through .txt and .docx with the same outline', async () => {
    const slug = 'xiangzhen-dangwei-yishi-guize';
    const mdx = fs.readFileSync(`content/regulations/${slug}.mdx`, 'utf8');
    const body = mdx.slice(mdx.indexOf('\n---\n') + 5);
    const original = parseOutline(body);
    const title = /^title:\s*(.+)$/m.exec(mdx)![1]!.replace(/^["']|["']$/g, '');
    const lines = [title, ...body.slice(body.indexOf('## 第一章'))
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/<Cite[^>]*art=\{(\d+)\}[^>]*\/>/g, (_, n) => `第${n}条`)
      .replace(/<[^>]+>/g, '')
      .split('\n')
      .map((l) => l.replace(/^#+\s*/, '').replace(/\*\*/g, '').trim())
      .filter(Boolean)];
    const files = [write(`${slug}-rt.txt`, lines.join('\n')), write(`${slug}-rt-docx.docx`, docxFromLines(lines))];
    for (const file of files) {
      const r = await run(file, '--issuer', '组工知识库编写组', '--issued', '2026-11-24', '--category', '范本', '--title', path.basename(file));
      expect(r.code, r.all).toBe(0);
      const imported = outlineOfFullText(json(path.basename(file).replace(/\.[^.]+$/, '')).text);
      expect(imported.chapters.map((c) => [c.n, c.title])).toEqual(original.chapters.map((c) => [c.n, c.title]));
      expect(imported.articles.map((a) => [a.n, a.chapter])).toEqual(original.articles.map((a) => [a.n, a.chapter]));
    }
  });
});
