// Global setup of the `site` tests: build the site exactly as `npm run build` does, then serve
// dist/ with Astro's preview server on a free local port. SKIP_BUILD=1 reuses an existing dist/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject) {
  if (process.env.SKIP_BUILD !== '1' || !fs.existsSync('dist/index.html')) {
    const build = spawnSync(process.execPath, ['scripts/astro.mjs', 'build'], { encoding: 'utf8', env: process.env });
    if (build.status !== 0) {
      throw new Error(`npm run build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
    }
  }
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { preview } = await import('astro');
  const port = await freePort();
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
  project.provide('siteUrl', `http://127.0.0.1:${port}`);
  return async () => {
    await server.stop();
  };
}
