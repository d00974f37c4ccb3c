// Bad content must fail `astro build` with file, line and a sentence the author understands.
// Each case copies a small valid fixture, breaks one thing, and builds it for real.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURE = path.resolve('tests/fixtures/site-content');
const WORK = path.resolve('tests/.tmp/bad-input');

function buildWith(name: string, edit: (dir: string) => void) {
  const root = path.join(WORK, name);
  fs.rmSync(root, { recursive: true, force: true });
  fs.cpSync(FIXTURE, path.join(root, 'content'), { recursive: true });
  edit(path.join(root, 'content'));
  const result = spawnSync(process.execPath, ['scripts/astro.mjs', 'build', '--outDir', path.join(root, 'dist')], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: path.join(root, 'content'), ASTRO_CACHE_DIR: path.join(root, 'cache') },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, root };
}

function replaceIn(file: string, from: string, to: string) {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
  fs.writeFileSync(file, text.replace(from, to));
}

const REG = (dir: string) => path.join(dir, 'regulations', 'shili.mdx');
const GUIDE = (dir: string) => path.join(dir, 'guides', 'shili.mdx');
const REG_PATH = 'tests/.tmp/bad-input/%s/content/regulations/shili.mdx';

describe('build with bad content', () => {
  it('builds the unbroken fixture (control)', () => {
    const { status, output, root } = buildWith('valid', () => {});
    expect(status, output).toBe(0);
    expect(fs.readFileSync(path.join(root, 'dist', 'regulations', 'shili', 'index.html'), 'utf8')).toContain('id="art-3"');
  });

  it('fails on a missing title', () => {
    const { status, output } = buildWith('missing-title', (dir) => replaceIn(REG(dir), 'title: 某县委常委会议事规则（测试样本）\n', ''));
    expect(status).not.toBe(0);
    expect(output).toContain(`${REG_PATH.replace('%s', 'missing-title')}:2: 缺少全称（title）`);
  });

  it('fails on an invalid date', () => {
    const { status, output } = buildWith('invalid-date', (dir) => replaceIn(REG(dir), 'effective: 2024-05-01', 'effective: 2019-13-01'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${REG_PATH.replace('%s', 'invalid-date')}:6: 施行日期（effective） "2019-13-01" 不是有效日期`);
  });

  it('fails on an unknown 效力状态', () => {
    const { status, output } = buildWith('unknown-status', (dir) => replaceIn(REG(dir), 'status: 现行有效', 'status: 生效'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${REG_PATH.replace('%s', 'unknown-status')}:7: 效力状态（status） "生效" 不在可选范围内，可选：现行有效 / 已修订 / 已废止 / 试行`);
  });

  it('fails on a <Cite> to a missing article, naming file, line and target', () => {
    const { status, output } = buildWith('missing-article', (dir) => replaceIn(GUIDE(dir), 'art={2}', 'art={9}'));
    expect(status).not.toBe(0);
    expect(output).toContain('tests/.tmp/bad-input/missing-article/content/guides/shili.mdx:9: 引用无效 <Cite reg="shili" art={9} />：《某县委常委会议事规则（测试样本）》没有第九条');
  });

  it('fails on a <Cite> to a missing regulation', () => {
    const { status, output } = buildWith('missing-regulation', (dir) => replaceIn(GUIDE(dir), 'reg="shili"', 'reg="nope"'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/shili.mdx:9: 引用无效 <Cite reg="nope" art={2} />：找不到法规“nope”');
  });

  it('fails on a link in content to an anchor that does not exist', () => {
    const { status, output } = buildWith('broken-anchor', (dir) =>
      fs.appendFileSync(GUIDE(dir), '\n另见[附则中的一条](/regulations/shili/#art-9)。\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('/guides/shili/: /regulations/shili/index.html#art-9 — /regulations/shili/ 上没有锚点 #art-9');
  });
});
