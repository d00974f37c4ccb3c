// Data for a page's script, shipped in <script type="application/json"> (never executed, so a strict
// CSP holds and file:// works): JSON in which no `<` can end the element early.
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
