// Injected into Pagefind's own bundle when the build turns it into a classic script
// (src/integrations/pagefind.ts): its fetch calls go through the site's loader (time limits,
// file:// support; src/client/search/site-files.ts) once a page has installed it, and the files it
// reports as failed (its console.error calls) reach the loader too, so search can say what failed.
type Loader = typeof window.fetch;
type Reporter = (...args: unknown[]) => void;

export function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const loader = (window as unknown as { zgzskFetch?: Loader }).zgzskFetch;
  return loader ? loader(input, init) : window.fetch(input, init);
}

export function zgzskReportError(...args: unknown[]) {
  const report = (window as unknown as { zgzskPagefindError?: Reporter }).zgzskPagefindError;
  if (report) report(...args);
  else window.console.error(...args);
}
