// Global setup of the `site` tests: build the real site exactly as `npm run build` does, and the
// fixture site (tests/setup/fixture-site.ts) for the sub-path /zgzsk/; serve both on free local
// ports. SKIP_BUILD=1 reuses existing builds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';
import { assembleFixtureSite, FIXTURE_BASE, FIXTURE_CONTENT, FIXTURE_DIST, FIXTURE_ROOT } from './fixture-site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site, served at the root: http://127.0.0.1:port (no trailing slash) */
    siteUrl: string;
    /** The fixture site, served under its sub-path: http://127.0.0.1:port/zgzsk/ */
    fixtureUrl: string;
  }
}

function build(env: Record<string, string>, outDir?: string) {
  const args = ['scripts/astro.mjs', 'build', ...(outDir ? ['--outDir', outDir] : [])];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}

export default async function setup(project: TestProject) {
  const reuse = process.env.SKIP_BUILD === '1';
  if (!reuse || !fs.existsSync('dist/index.html')) build({});
  if (!reuse || !fs.existsSync(path.join(FIXTURE_DIST, 'index.html'))) {
    await assembleFixtureSite();
    build({ CONTENT_DIR: FIXTURE_CONTENT, BASE_PATH: FIXTURE_BASE, ASTRO_CACHE_DIR: path.join(FIXTURE_ROOT, 'cache') }, FIXTURE_DIST);
  }
  const site = await serveStatic({ root: path.resolve('dist') });
  const fixture = await serveStatic({ root: FIXTURE_DIST, prefix: FIXTURE_BASE });
  project.provide('siteUrl', site.url.replace(/\/$/, ''));
  project.provide('fixtureUrl', fixture.url);
  return async () => {
    await site.stop();
    await fixture.stop();
  };
}
