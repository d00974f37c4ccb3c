// A small static file server for tests: serves a built site under any path prefix (/ or /zgzsk/),
// with the MIME types a web server is configured with, optional extra headers (a strict CSP), and
// optional faults per request (404, 500, a response that never comes, a truncated body, an HTML
// page instead of JSON) so tests can drive every failure a user's server can produce.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export type Fault = '404' | '500' | 'hang' | 'truncate' | 'html';

export interface StaticServerOptions {
  /** Folder to serve. */
  root: string;
  /** URL path the folder is served under, e.g. '/zgzsk/'. */
  prefix?: string;
  /** Headers added to every response. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** Where the site is: origin and prefix, ending in '/'. */
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  /** Sets a fault for request paths matching the pattern (null clears all faults). */
  fault(pattern: RegExp | null, fault?: Fault): void;
  stop(): Promise<void>;
}

export async function serveStatic({ root, prefix = '/', headers = {} }: StaticServerOptions): Promise<StaticServer> {
  const faults: Array<[RegExp, Fault]> = [];
  const requests: string[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    requests.push(pathname);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const fault = faults.find(([pattern]) => pattern.test(pathname))?.[1];
    if (fault === 'hang') {
      hanging.add(res);
      return;
    }
    if (fault === '404' || fault === '500') {
      res.writeHead(Number(fault), { 'Content-Type': 'text/html' }).end(`<h1>${fault}</h1>`);
      return;
    }
    if (fault === 'html') {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>登录</title><p>请先登录内网门户</p>');
      return;
    }
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = path.join(root, pathname.slice(prefix.length));
    if (!path.resolve(file).startsWith(path.resolve(root))) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file)) {
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! }).end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : '');
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fault === 'truncate' ? body.subarray(0, Math.floor(body.length / 2)) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    fault(pattern, fault) {
      if (pattern === null) faults.length = 0;
      else faults.unshift([pattern, fault ?? '404']);
    },
    async stop() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
