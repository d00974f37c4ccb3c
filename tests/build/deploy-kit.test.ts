// The deploy kit: the IIS web.config is well-formed XML and registers every file type the built
// site ships; `npm run package` makes the offline zip with the site, its guide and the server
// settings, named and labelled with the build date and content version the pages show.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';

/** File extensions IIS serves without a mapping of its own. */
const IIS_KNOWN = new Set(['.html', '.css', '.png', '.txt', '.xml']);

function elements(xml: string): Array<{ name: string; attributes: Record<string, string> }> {
  const found: Array<{ name: string; attributes: Record<string, string> }> = [];
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => found.push({ name: tag.name, attributes: tag.attributes as Record<string, string> }));
  parser.write(xml).close();
  return found;
}

function zipNames(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.readEntry();
    });
  });
}

describe('deploy kit', () => {
  it('web.config is well-formed and maps every file type the site ships', () => {
    const tags = elements(fs.readFileSync('deploy/web.config', 'utf8'));
    const mapped = new Set(tags.filter((t) => t.name === 'mimeMap').map((t) => t.attributes.fileExtension));
    const shipped = new Set(fs.readdirSync('dist', { recursive: true, encoding: 'utf8' }).map((f) => path.extname(f)).filter(Boolean));
    const missing = [...shipped].filter((ext) => !IIS_KNOWN.has(ext) && !mapped.has(ext));
    expect(missing).toEqual([]);
    expect(tags.find((t) => t.name === 'error')?.attributes).toMatchObject({ statusCode: '404', path: '/404.html' });
    const csp = tags.find((t) => t.name === 'add' && t.attributes.name === 'Content-Security-Policy')?.attributes.value ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('nginx.conf adds the search index types to the standard map and sends the strict CSP', () => {
    const conf = fs.readFileSync('deploy/nginx.conf', 'utf8');
    expect(conf).toMatch(/include mime\.types;\s*\n\s*types \{/);
    for (const ext of ['pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter']) expect(conf).toMatch(new RegExp(`application/octet-stream[^;]*\\b${ext}\\b`));
    expect(conf).toMatch(/add_header Content-Security-Policy "[^"]*script-src 'self' 'wasm-unsafe-eval'/);
    expect(conf).not.toContain('unsafe-inline');
    expect(conf).toContain('error_page 404 /404.html;');
  });

  it('npm run package zips the site, its guide and the server settings', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'zgzsk-package-'));
    const r = spawnSync(process.execPath, ['scripts/package.mjs', '--dist', 'dist', '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const info = JSON.parse(fs.readFileSync('dist/build-info.json', 'utf8')) as { builtAt: string; contentVersion: string };
    const zipFile = path.join(out, `zgzsk-${info.builtAt}.zip`);
    const entries = await zipNames(zipFile);
    const siteFiles = fs.readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join('dist', f)).isFile());
    expect([...entries.keys()].filter((n) => n.startsWith('组工知识库/')).length).toBe(siteFiles.length);
    for (const name of ['使用说明.txt', '组工知识库/index.html', '组工知识库/pagefind/pagefind.js', '服务器配置/nginx.conf', '服务器配置/web.config']) expect(entries.has(name), name).toBe(true);
    const guide = entries.get('使用说明.txt')!.toString('utf8');
    expect(guide).toContain(`构建日期：${info.builtAt}`);
    expect(guide).toContain(`内容版本：${info.contentVersion}`);
    expect(guide).toContain('双击文件夹里的 index.html');
    expect(entries.get('组工知识库/index.html')!.toString('utf8')).toContain(`<span data-content-version>${info.contentVersion}</span>`);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
