// The import command end to end: .txt (UTF-8 and GBK) and .docx in, an MDX full text out that the
// site builds with working article anchors; refusals that lose nothing; byte-identical re-imports;
// and a round trip of the project's own model text through .txt and .docx.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/lib/outline';

const WORK = path.resolve('tests/.tmp/import');
const OUT = path.join(WORK, 'out');
const SAMPLE = path.resolve('tests/fixtures/import/xianwei-changwei-guize.txt');

function runImport(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'src/cli/import.ts', ...args, '--out', OUT], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const bodyOf = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n') + 5);

/** A minimal .docx (one w:p per line), written with JSZip as Word would store it. */
async function writeDocx(file: string, lines: string[]) {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${escape(l)}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

/** The project's model text exported as the plain lines an official .docx would have. */
function exportModelText(slug: string): string[] {
  const mdx = fs.readFileSync(`content/regulations/${slug}.mdx`, 'utf8');
  const title = /^title:\s*(.+)$/m.exec(mdx)![1]!.replace(/^["']|["']$/g, '');
  const body = bodyOf(mdx);
  const fromFirstChapter = body.slice(body.indexOf('## 第一章'));
  const lines = fromFirstChapter
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<Cite[^>]*art=\{(\d+)\}[^>]*\/>/g, (_, n) => `第${n}条`)
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').replace(/\*\*/g, '').trim())
    .filter(Boolean);
  return [title, ...lines];
}

beforeAll(() => {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
});

describe('npm run import', () => {
  it('imports a .txt, leaves the source untouched, and re-imports byte for byte', () => {
    const before = sha(SAMPLE);
    const first = runImport(SAMPLE);
    expect(first.status, first.output).toBe(0);
    const written = path.join(OUT, 'xianwei-changwei-guize.mdx');
    const bytes = fs.readFileSync(written);
    expect(parseOutline(bodyOf(bytes.toString())).articles).toHaveLength(10);
    const again = runImport(SAMPLE, '--force');
    expect(again.status, again.output).toBe(0);
    expect(fs.readFileSync(written).equals(bytes)).toBe(true);
    expect(sha(SAMPLE)).toBe(before);
    expect(fs.readdirSync(OUT).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite without --force and keeps the existing file', () => {
    const written = path.join(OUT, 'xianwei-changwei-guize.mdx');
    fs.writeFileSync(written, '手工修改过的文件');
    const r = runImport(SAMPLE);
    expect(r.status).toBe(1);
    expect(r.output).toContain('已经存在。确认要用新文本覆盖时加 --force');
    expect(fs.readFileSync(written, 'utf8')).toBe('手工修改过的文件');
  });

  it('refuses a numbering gap with its line, writes with --force', () => {
    const broken = path.join(WORK, 'gap-sample.txt');
    fs.writeFileSync(broken, fs.readFileSync(SAMPLE, 'utf8').replace('第五条　讨论决定', '第六条　讨论决定'));
    const r = runImport(broken);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/gap-sample\.txt:\d+: 错误：条号不连续：第4条之后应为第5条，这里是第6条/);
    expect(fs.existsSync(path.join(OUT, 'gap-sample.mdx'))).toBe(false);
    expect(runImport(broken, '--force').status).toBe(0);
  });

  it('prints the outline on --dry-run and writes nothing', () => {
    const r = runImport(SAMPLE, '--slug', 'dry-run-only', '--dry-run');
    expect(r.status).toBe(0);
    expect(r.output).toContain('4 章 10 条');
    expect(r.output).toContain('第2章 议事范围（4 条）');
    expect(fs.existsSync(path.join(OUT, 'dry-run-only.mdx'))).toBe(false);
  });

  it('reads GBK (GB18030) text without being told', () => {
    const r = runImport(path.resolve('tests/fixtures/import/gbk-sample.txt'));
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('（.txt，gb18030）');
    expect(fs.readFileSync(path.join(OUT, 'gbk-sample.mdx'), 'utf8')).toContain('第二条　镇党委会议由书记召集。');
  });

  it('refuses unsupported formats, empty files and huge files with a clear message', () => {
    for (const name of ['old.doc', 'file.wps', 'scan.pdf']) {
      fs.writeFileSync(path.join(WORK, name), 'x');
      const r = runImport(path.join(WORK, name));
      expect(r.status).toBe(1);
      expect(r.output).toContain('目前支持 .docx 和 .txt');
    }
    fs.writeFileSync(path.join(WORK, 'empty.txt'), '');
    expect(runImport(path.join(WORK, 'empty.txt')).output).toContain('文件是空的');
    const huge = path.join(WORK, 'huge.txt');
    fs.writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x61));
    const r = runImport(huge);
    expect(r.status).toBe(1);
    expect(r.output).toContain('文件太大（50.0 MB）');
    fs.rmSync(huge);
  });

  it('round-trips the project model texts through .txt and .docx with the same outline', async () => {
    for (const slug of ['xiangzhen-dangwei-yishi-guize']) {
      const original = parseOutline(bodyOf(fs.readFileSync(`content/regulations/${slug}.mdx`, 'utf8')));
      const lines = exportModelText(slug);
      const txt = path.join(WORK, `${slug}-rt.txt`);
      fs.writeFileSync(txt, lines.join('\n'));
      const docx = path.join(WORK, `${slug}-rt-docx.docx`);
      await writeDocx(docx, lines);
      for (const file of [txt, docx]) {
        const r = runImport(file, '--issuer', '组工知识库编写组', '--issued', '2026-11-24', '--category', '范本');
        expect(r.status, r.output).toBe(0);
        const imported = parseOutline(bodyOf(fs.readFileSync(path.join(OUT, `${path.basename(file).replace(/\.[^.]+$/, '')}.mdx`), 'utf8')));
        expect(imported.chapters.map((c) => [c.n, c.title])).toEqual(original.chapters.map((c) => [c.n, c.title]));
        expect(imported.articles.map((a) => [a.n, a.chapter])).toEqual(original.articles.map((a) => [a.n, a.chapter]));
      }
    }
  });

  it('builds an imported text into a page with article anchors, linked to its study guide', () => {
    const content = path.join(WORK, 'site', 'content');
    fs.cpSync('tests/fixtures/site-content', content, { recursive: true });
    // The fixture regulation becomes the study guide of the imported text.
    const guide = path.join(content, 'regulations', 'shili.mdx');
    fs.writeFileSync(guide, fs.readFileSync(guide, 'utf8').replace('kind: 全文', 'kind: 导读').replace(/\n## 第一章[\s\S]*$/, '\n## 第一章　总　则\n\n要点。\n'));
    fs.writeFileSync(path.join(content, 'guides', 'shili.mdx'), fs.readFileSync(path.join(content, 'guides', 'shili.mdx'), 'utf8').replace('art={2}', 'art={8}'));
    const imported = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'src/cli/import.ts', SAMPLE, '--guide', 'shili', '--out', path.join(content, 'regulations')], { encoding: 'utf8' });
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    const dist = path.join(WORK, 'site', 'dist');
    const build = spawnSync(process.execPath, ['scripts/astro.mjs', 'build', '--outDir', dist], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(WORK, 'site', 'cache') },
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const page = fs.readFileSync(path.join(dist, 'regulations', 'xianwei-changwei-guize', 'index.html'), 'utf8');
    expect(page).toContain('id="art-10"');
    expect(page).toContain('href="/regulations/shili/"'); // 全文 → 导读
    expect(fs.readFileSync(path.join(dist, 'regulations', 'shili', 'index.html'), 'utf8')).toContain('href="/regulations/xianwei-changwei-guize/"'); // 导读 → 全文
    // The guide cites 第八条 of the study guide: it now resolves to the imported text's anchor.
    expect(fs.readFileSync(path.join(dist, 'guides', 'shili', 'index.html'), 'utf8')).toContain('href="/regulations/xianwei-changwei-guize/#art-8"');
  });
});
