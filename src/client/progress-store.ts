// A learner's progress (self-test answers, learning-path steps) in localStorage. A stored value that cannot be read is never overwritten silently: the
// store reports it and refuses to save until the learner imports a file or clears it on purpose.
// When the browser allows no storage at all (some file:// setups, private modes), progress lives for
// the session and the page says to export it.
import { emptyProgress, parseProgress, serializeProgress, type Progress } from '../lib/practice/progress';

const KEY = 'zgzsk.practice.v1';

export type StoreState =
  | { kind: 'ok' }
  | { kind: 'unavailable' }
  /** Something is stored but it is not readable progress: kept as it is until the learner decides. */
  | { kind: 'damaged'; message: string };

export interface ProgressStore {
  progress: Progress;
  state: StoreState;
  /** Saves unless the stored value is damaged; returns whether it was saved. */
  save(next: Progress): boolean;
  /** Replaces whatever is stored (import, or clearing after a warning). */
  replace(next: Progress): boolean;
}

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem(KEY);
    return s;
  } catch {
    return null;
  }
}

export function openStore(): ProgressStore {
  const s = storage();
  let state: StoreState = s ? { kind: 'ok' } : { kind: 'unavailable' };
  let progress = emptyProgress();
  const raw = s ? s.getItem(KEY) : null;
  if (raw !== null) {
    const parsed = parseProgress(raw);
    if (parsed.ok) progress = parsed.progress;
    else state = { kind: 'damaged', message: parsed.message };
  }
  const write = (next: Progress): boolean => {
    store.progress = next;
    if (!s) return false;
    try {
      s.setItem(KEY, serializeProgress(next));
      return true;
    } catch {
      return false; // quota or a storage turned off meanwhile: kept in memory for this visit
    }
  };
  const store: ProgressStore = {
    progress,
    state,
    save: (next) => (store.state.kind === 'damaged' ? ((store.progress = next), false) : write(next)),
    replace: (next) => {
      store.state = s ? { kind: 'ok' } : { kind: 'unavailable' };
      return write(next);
    },
  };
  return store;
}
