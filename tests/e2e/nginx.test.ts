// The shipped nginx settings (deploy/nginx.conf) on Debian's real nginx, serving this build: pages
// render (not downloaded), every file has its proper type, the strict CSP header and the 404 page
// are in place, and a user can read, search and open a result — without a single CSP violation.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type Session } from './browser';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
let dir: string;
let nginx: ChildProcess;
let url: string;
let session: Session;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zgzsk-nginx-'));
  const port = await freePort();
  // The shipped server block with only its two site-specific lines changed: address and folder.
  const site = fs
    .readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/srv\/zgzsk\/dist;/, `root ${path.resolve('dist')};`);
  if (site === fs.readFileSync('deploy/nginx.conf', 'utf8')) throw new Error('deploy/nginx.conf no longer has the listen/root lines the test replaces');
  fs.writeFileSync(path.join(dir, 'site.conf'), site);
  fs.copyFileSync('/etc/nginx/mime.types', path.join(dir, 'mime.types'));
  const temp = ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t === 'body' ? 'client_body' : t}_temp_path ${dir}/${t};`).join(' ');
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;' : ''}\nworker_processes 1;\ndaemon off;\nerror_log ${dir}/error.log;\npid ${dir}/nginx.pid;\nevents { worker_connections 64; }\nhttp { access_log off; ${temp} include site.conf; }\n`,
  );
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
  url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  session = await startBrowser(url);
});

afterAll(async () => {
  await session?.close();
  nginx?.kill('SIGQUIT');
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('deploy/nginx.conf on real nginx', () => {
  it('serves each kind of file with its type, the CSP header and the 404 page', async () => {
    const site = fs.readdirSync('dist/_zgzsk')[0]!;
    const css = fs.readdirSync('dist/_astro').find((f) => f.endsWith('.css'))!;
    const expectations: Array<[string, number, RegExp]> = [
      ['', 200, /^text\/html/],
      ['regulations/', 200, /^text\/html/],
      [`_astro/${css}`, 200, /^text\/css/],
      [`_zgzsk/${site}`, 200, /javascript/],
      ['pagefind/pagefind.js', 200, /javascript/],
      ['pagefind/wasm.unknown.pagefind', 200, /^application\/octet-stream/],
      ['search-catalog.json', 200, /^application\/json/],
      ['favicon.svg', 200, /^image\/svg\+xml/],
      ['no/such/page/', 404, /^text\/html/],
    ];
    for (const [file, status, type] of expectations) {
      const response = await fetch(`${url}${file}`);
      expect(response.status, file).toBe(status);
      expect(response.headers.get('content-type'), file).toMatch(type);
      expect(response.headers.get('content-security-policy'), file).toContain("script-src 'self' 'wasm-unsafe-eval'");
    }
    expect(await (await fetch(`${url}no/such/page/`)).text()).toContain('页面不存在');
    expect((await fetch(`${url}_zgzsk/${site}`)).headers.get('cache-control')).toMatch(/max-age=31536000/);
    expect((await fetch(url)).headers.get('cache-control')).toBe('no-cache');
  });

  it('lets a user read, search and open a result, with no CSP violation', async () => {
    const { page, context } = await session.open();
    await context.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(e.violatedDirective));
    });
    await page.goto(url);
    await page.locator('.site-nav a', { hasText: '法规' }).click();
    await page.locator('a.card-title').first().click();
    await page.waitForLoadState('load');
    await page.locator('#site-search-q').fill('任前公示');
    await page.locator('#site-search-list .search-option-doc').first().waitFor();
    await page.locator('#site-search-list .search-option-doc').first().click();
    await page.waitForLoadState('load');
    await expect(page.locator('mark.search-hit').count()).resolves.toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await context.close();
  });
});
