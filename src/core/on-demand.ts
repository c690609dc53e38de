/**
 * `load` (a dynamic import, in practice) run once and shared by every caller; a failed load is forgotten, so the
 * next call tries again rather than failing forever (a chunk that did not download while the network was down).
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const attempt = load();
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
    }
    return pending;
  };
}
