// Global setup of the `site` tests: build the site exactly as `npm run build` does, then serve
// dist/ on a free local port. SKIP_BUILD=1 reuses an existing dist/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { servePreview } from './preview';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.SKIP_BUILD !== '1' || !fs.existsSync('dist/index.html')) {
    const build = spawnSync(process.execPath, ['scripts/astro.mjs', 'build'], { encoding: 'utf8', env: process.env });
    if (build.status !== 0) {
      throw new Error(`npm run build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
    }
  }
  const server = await servePreview();
  project.provide('siteUrl', server.url);
  return async () => {
    await server.stop();
  };
}
