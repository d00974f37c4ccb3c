// Build hook: what build a page comes from — the build date and a content version (a fingerprint
// of every file under content/, so two builds of the same content show the same version) — offered
// to pages as `virtual:zgzsk/build-info` for the footer, and written to dist/build-info.json for
// the offline package.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent } from '../data/load-content';
import { virtualModule } from './virtual-module';

const MODULE_ID = 'virtual:zgzsk/build-info';

export interface BuildInfo {
  /** YYYY-MM-DD, local time of the build machine. */
  builtAt: string;
  /** First 8 hex digits of the content's fingerprint (every content file's path and bytes). */
  contentVersion: string;
}


function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function buildInfo(contentDir: string): AstroIntegration {
  let info: BuildInfo;
  return {
    name: 'zugong:build-info',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        info = { builtAt: today(), contentVersion: loadContent(contentDir).fingerprint.slice(0, 8) };
        updateConfig({ vite: { plugins: [virtualModule(MODULE_ID, () => `export const buildInfo = ${JSON.stringify(info)};`)] } });
      },
      'astro:build:done': ({ dir }) => {
        fs.writeFileSync(path.join(fileURLToPath(dir), 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`);
      },
    },
  };
}
