// Bad content stops `astro build` before anything is rendered, with every problem as file:line and
// a sentence the author understands (the messages themselves are unit-tested in content-check and
// content-rules; this proves the build hook fails the real build with them).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const WORK = path.resolve('tests/.tmp/bad-input');

function replaceIn(file: string, from: string, to: string) {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
  fs.writeFileSync(file, text.replace(from, to));
}

describe('build with bad content', () => {
  it('fails before rendering, naming every problem with file and line', () => {
    fs.rmSync(WORK, { recursive: true, force: true });
    const content = path.join(WORK, 'content');
    fs.cpSync('tests/fixtures/site-content', content, { recursive: true });
    replaceIn(path.join(content, 'regulations', 'shili.mdx'), 'effective: 2024-05-01', 'effective: 2019-13-01');
    replaceIn(path.join(content, 'guides', 'shili.mdx'), 'reg="daodu" art={8}', 'reg="daodu" art={9}');
    replaceIn(path.join(content, 'templates', 'moban.mdx'), '## 样式', '## 样式\n\n<Chart />');
    const result = spawnSync(process.execPath, ['scripts/astro.mjs', 'build', '--outDir', path.join(WORK, 'dist')], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(WORK, 'cache') },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    const at = (file: string) => path.relative(process.cwd(), path.join(content, file));
    expect(output).toContain('内容检查发现 3 处问题');
    expect(output).toContain(`${at('guides/shili.mdx')}:13: 引用无效 <Cite reg="daodu" art={9} />：《某某工作条例（测试导读）》的导读没有列出第九条`);
    expect(output).toContain(`${at('regulations/shili.mdx')}:6: 施行日期（effective） "2019-13-01" 不是有效日期`);
    expect(output).toMatch(new RegExp(`${at('templates/moban.mdx').replace(/[.]/g, '\\.')}:\\d+: 不认识的组件 <Chart>`));
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
    expect(fs.existsSync(path.join(WORK, 'dist', 'index.html'))).toBe(false);
  });
});
