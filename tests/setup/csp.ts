// The strict Content-Security-Policy the tests serve pages with: the one in deploy/nginx.conf.
import fs from 'node:fs';

export const STRICT_CSP = /add_header Content-Security-Policy "([^"]+)"/.exec(fs.readFileSync('deploy/nginx.conf', 'utf8'))![1]!;
