// How search reads the site's data files (Pagefind's index and wasm, the regulation catalog): over
// http with fetch and a time limit; from file://, where fetch is blocked, through the same files
// wrapped as classic scripts (<file>.js calls window.zgzskData(path, base64), written at build).
// Every failure — status, timeout, broken file, and the ones Pagefind itself reports — is kept, so
// the page can say "the index could not be loaded" instead of "nothing found".
import { loadScript } from '../load-script';
import { openedFromFile, siteRoot } from '../site-root';

/** How long any one file may take before search gives up on it. */
export const LOAD_TIMEOUT_MS = 8000;

export interface LoadFailure {
  /** Path of the file within the site (pagefind/…), or what Pagefind said. */
  file: string;
  reason: 'timeout' | 'status' | 'network' | 'broken';
  status?: number;
}

let failures: LoadFailure[] = [];

/** The failures since the last call that `which` accepts (all by default); forgets them. */
export function takeFailures(which: (failure: LoadFailure) => boolean = () => true): LoadFailure[] {
  const taken = failures.filter(which);
  failures = failures.filter((f) => !which(f));
  return taken;
}

function record(failure: LoadFailure): Error {
  failures.push(failure);
  return new Error(`${failure.reason} ${failure.file}`);
}

/** Path within the site of an absolute URL: pagefind/fragment/x.pf_fragment (no query). */
function sitePath(url: string): string {
  const root = siteRoot();
  const clean = url.replace(/[?#].*$/, '');
  return decodeURIComponent(clean.startsWith(root) ? clean.slice(root.length) : clean);
}

const waiting: Record<string, ((bytes: Uint8Array) => void) | undefined> = {};

/** Called by the script-wrapped data files. */
function receive(path: string, base64: string) {
  const deliver = waiting[path];
  if (!deliver) return;
  const binary = window.atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  deliver(bytes);
}

async function fromScript(url: string, path: string): Promise<Uint8Array> {
  // The wrapped file calls zgzskData while it runs, before the script's load event.
  let delivered: Uint8Array | null = null;
  waiting[path] = (bytes) => {
    delivered = bytes;
  };
  try {
    await loadScript(`${url.replace(/[?#].*$/, '')}.js`, LOAD_TIMEOUT_MS);
  } catch (error) {
    throw record({ file: path, reason: /timeout/.test(String(error)) ? 'timeout' : 'network' });
  } finally {
    delete waiting[path];
  }
  if (!delivered) throw record({ file: path, reason: 'broken' }); // a script, but not one of our data files
  return delivered;
}

async function fromServer(url: string, path: string): Promise<Uint8Array> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = window.setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, LOAD_TIMEOUT_MS);
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await window.fetch(url, { signal: controller.signal });
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    throw record({ file: path, reason: timedOut ? 'timeout' : 'network' });
  } finally {
    window.clearTimeout(timer);
  }
  if (!response.ok) throw record({ file: path, reason: 'status', status: response.status });
  if (looksLikeHtml(bytes) && !/\.html$/.test(path)) throw record({ file: path, reason: 'broken' });
  return bytes;
}

/** A login page or error page served in place of a data file. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && i < 64 && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09 || bytes[i] === 0xef || bytes[i] === 0xbb || bytes[i] === 0xbf)) i++;
  return bytes[i] === 0x3c; // '<'
}

/** Reads a file of the site by URL, the way the page was opened; a fetch-compatible Response. */
export async function fetchSiteFile(input: string | URL | Request): Promise<Response> {
  const url = new URL(typeof input === 'string' ? input : 'url' in input ? input.url : input.href, window.location.href).href;
  const path = sitePath(url);
  const bytes = openedFromFile() ? await fromScript(url, path) : await fromServer(url, path);
  return new Response(bytes as Uint8Array<ArrayBuffer>);
}

/** Pagefind reports the files it could not use on console.error; the build routes those calls here. */
function reportFromPagefind(...args: unknown[]) {
  const text = args.map(String).join(' ');
  if (/Failed to load|appears to have failed|WASM Error/.test(text)) {
    const file = /(pagefind\/[^\s:]+|fragment [0-9a-z_-]+)/i.exec(text);
    failures.push({ file: file ? file[1]! : text.split('\n')[0]!.slice(0, 80), reason: 'broken' });
  }
  window.console.error(...args);
}

/** Makes the loaders above the ones Pagefind's bundle uses (see src/client/search/pagefind-shim.ts). */
export function installSiteFileLoaders() {
  const w = window as unknown as Record<string, unknown>;
  w.zgzskFetch = fetchSiteFile;
  w.zgzskPagefindError = reportFromPagefind;
  w.zgzskData = receive;
}
