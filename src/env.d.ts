// Lets plain `tsc` type-check .ts files that import .astro components (the Astro language
// server knows their real types; tsc only needs to know they are components).
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

/** URLs of the browser bundles (src/integrations/client-scripts.ts), with the base path. */
declare module 'virtual:zgzsk/client-scripts' {
  export const clientScripts: { site: string; search: string; practice: string; check: string };
}

/** Build date and content version (src/integrations/build-info.ts). */
declare module 'virtual:zgzsk/build-info' {
  export const buildInfo: { builtAt: string; contentVersion: string };
}
