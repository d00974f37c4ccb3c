// Choosing questions: a seeded shuffle, so a printed paper test can be made again from its number
// (the seed printed on it) and a session does not always start with the same question.

/** mulberry32: a small, well-known 32-bit generator; good enough to shuffle a question list. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = random(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** `count` of the items (all of them when there are fewer), in seeded random order. */
export function pick<T>(items: readonly T[], count: number, seed: number): T[] {
  return shuffled(items, seed).slice(0, Math.max(0, Math.min(count, items.length)));
}
