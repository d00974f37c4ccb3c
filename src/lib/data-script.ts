// A data file of the site (a Pagefind index chunk, the search catalog) wrapped as a classic script,
// so a page opened from file:// — where fetch is blocked — can still load it with <script src>:
// running the script hands the bytes, base64-encoded, to window.zgzskData(path, base64).

/** The wrapper of the file at `path` (within the site, e.g. pagefind/fragment/x.pf_fragment). */
export function dataScript(path: string, bytes: Uint8Array): string {
  const base64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  return `window.zgzskData&&window.zgzskData(${JSON.stringify(path)},"${base64}");\n`;
}
