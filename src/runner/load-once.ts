/**
 * A loader that runs `load` (a dynamic import) on its first call and hands every call the same
 * promise. Started early (once a command runs) and awaited later, its failure is not an
 * unhandled rejection while nobody awaits it: it surfaces where it is awaited.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (loading === undefined) {
      loading = load();
      loading.catch(() => undefined);
    }
    return loading;
  };
}
