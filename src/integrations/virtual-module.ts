// A Vite plugin that serves one virtual module — how build hooks hand values to pages
// (import { x } from 'virtual:zgzsk/…').
import type { Plugin } from 'vite';

export function virtualModule(id: string, code: () => string): Plugin {
  const resolved = `\0${id}`;
  return {
    name: `zugong:${id}`,
    resolveId: (source: string) => (source === id ? resolved : undefined),
    load: (source: string) => (source === resolved ? code() : undefined),
  };
}
