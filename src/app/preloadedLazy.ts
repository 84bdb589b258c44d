import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * `React.lazy` for a chunk that starts loading early (with the page, `startNow`) and is often
 * in by the time it is first rendered. Plain `lazy` suspends on its first render even when
 * the import has long finished; when that render is synchronous (the dataset arriving from a
 * query) React commits the fallback and then holds the content back for its Suspense
 * throttle (about 300 ms), which on the WPC page delayed the timeline by that much. Once the
 * module is in, this hands React a thenable that answers at once, so nothing suspends.
 */
export function preloadedLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
  startNow: boolean,
): LazyExoticComponent<ComponentType<P>> {
  let loaded: { default: ComponentType<P> } | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const start = () => {
    pending ??= load().then((component) => (loaded = { default: component }));
    return pending;
  };
  if (startNow) {
    // A failure surfaces when the component renders (lazy rethrows it); not here.
    start().catch(() => undefined);
  }
  return lazy(() => {
    if (loaded === null) return start();
    const module = loaded;
    // A settled thenable: React's lazy reads a synchronous callback as "already loaded".
    const settled = {
      then: (resolve: (m: typeof module) => void) => {
        resolve(module);
      },
    };
    return settled as unknown as Promise<typeof module>;
  });
}
