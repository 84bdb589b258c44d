import { act, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { preloadedLazy } from '../../src/app/preloadedLazy';

function Chart({ label }: { label: string }) {
  return <p>chart {label}</p>;
}

/** Renders `element` synchronously (as a query's data does) and records every fallback shown. */
function renderSync(Component: React.ComponentType<{ label: string }>) {
  const fallbacks: string[] = [];
  function Fallback() {
    fallbacks.push('loading');
    return <p>loading</p>;
  }
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => {
    root.render(
      <Suspense fallback={<Fallback />}>
        <Component label="one" />
      </Suspense>,
    );
  });
  return { host, fallbacks, root };
}

describe('preloadedLazy', () => {
  it('renders a chunk that has already loaded at once, with no fallback', async () => {
    const View = preloadedLazy(() => Promise.resolve(Chart), true);
    await act(async () => {
      await Promise.resolve();
    });
    const { host, fallbacks, root } = renderSync(View);
    expect(host.textContent).toBe('chart one');
    expect(fallbacks).toEqual([]);
    act(() => root.unmount());
  });

  it('(plain lazy, for contrast, shows its fallback even for a loaded chunk)', async () => {
    const loaded = Promise.resolve({ default: Chart });
    await loaded;
    const View = lazy(() => loaded);
    const { host, fallbacks, root } = renderSync(View);
    expect(host.textContent).toBe('loading');
    expect(fallbacks).toEqual(['loading']);
    act(() => root.unmount());
  });

  it('shows the fallback while a chunk is still loading, then the component', async () => {
    let finish: (c: typeof Chart) => void = () => undefined;
    const View = preloadedLazy(
      () =>
        new Promise<typeof Chart>((resolve) => {
          finish = resolve;
        }),
      false,
    );
    render(
      <Suspense fallback={<p>loading</p>}>
        <View label="two" />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    await act(async () => {
      finish(Chart);
      await Promise.resolve();
    });
    expect(await screen.findByText('chart two')).toBeInTheDocument();
  });

  it('starts loading with the page only when asked to', () => {
    let calls = 0;
    const load = () => {
      calls++;
      return Promise.resolve(Chart);
    };
    preloadedLazy(load, false);
    expect(calls).toBe(0);
    preloadedLazy(load, true);
    expect(calls).toBe(1);
  });
});
