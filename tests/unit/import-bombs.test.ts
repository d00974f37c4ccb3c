// Compression bombs small on disk, refused by the real import command in a process of its own, fast
// and within a memory bound: the limits are checked before anything large is inflated.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx } from '../helpers/docx';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zgzsk-bombs-'));
  fs.mkdirSync(path.join(dir, 'content', 'regulations'), { recursive: true });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function measure(file: string) {
  const r = spawnSync(process.execPath, [path.resolve('scripts/run-ts.mjs'), path.resolve('tests/helpers/measure-import.ts'), file], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: path.join(dir, 'content'), ZGZSK_CLI_CACHE: path.join(process.cwd(), 'node_modules', '.cache', 'bombs-test') },
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(last) as { code: number; ms: number; maxRssMb: number; output: string };
}

const PARAGRAPH = '<w:p><w:r><w:t>条文条文条文条文</w:t></w:r></w:p>';

describe('compression bombs', () => {
  it('refuses each in under 2 s and 200 MB, with one Chinese sentence, writing nothing', () => {
    const honest = Buffer.alloc(105 * 1024 * 1024, PARAGRAPH);
    const bombs: Array<[string, Buffer]> = [
      ['honest-105mb.docx', docx(honest)], // really inflates to 105 MB
      ['declares-1gb.docx', docx(Buffer.alloc(2 * 1024 * 1024, PARAGRAPH), [], { declaredSize: 1024 * 1024 * 1024 })],
      ['lies-small.docx', docx(honest, [], { declaredSize: 512 * 1024 })], // says 0.5 MB, inflates to 105 MB
    ];
    for (const [name, bytes] of bombs) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      expect(bytes.length, name).toBeLessThan(1024 * 1024);
      const result = measure(file);
      console.log(`${name}: ${(bytes.length / 1024).toFixed(0)} KB on disk → refused in ${result.ms.toFixed(0)} ms, peak RSS ${result.maxRssMb.toFixed(0)} MB`);
      expect(result.code, result.output).toBe(1);
      expect(result.output).toMatch(/拒绝读取|解压出错/);
      expect(result.output).not.toMatch(/Error|    at /);
      expect(result.ms, name).toBeLessThan(2000);
      expect(result.maxRssMb, name).toBeLessThan(200);
    }
    expect(fs.readdirSync(path.join(dir, 'content', 'regulations'))).toEqual([]);
    // The runner removes its bundle on every exit, including the tool's own process.exit.
    expect(fs.readdirSync('node_modules/.cache/bombs-test')).toEqual([]);
  }, 120_000);
});
