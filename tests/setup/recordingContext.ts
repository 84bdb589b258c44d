/**
 * A 2D canvas context that records every call (with the globalAlpha at the time) and keeps
 * every property set, for unit tests of the canvas painters.
 */
export type Call = {
  readonly name: string;
  readonly args: readonly unknown[];
  readonly alpha: number;
};

export function recordingContext() {
  const calls: Call[] = [];
  const gradients: { stops: [number, string][] }[] = [];
  const state: Record<string, unknown> = { globalAlpha: 1 };
  const ctx = new Proxy(state, {
    get(target, prop: string) {
      if (prop in target) return target[prop];
      if (prop === 'createLinearGradient')
        return (...args: unknown[]) => {
          const g = {
            stops: [] as [number, string][],
            addColorStop: (o: number, c: string) => g.stops.push([o, c]),
          };
          gradients.push(g);
          calls.push({ name: prop, args, alpha: target.globalAlpha as number });
          return g;
        };
      if (prop === 'measureText') return () => ({ width: 10 });
      return (...args: unknown[]) => {
        calls.push({ name: prop, args, alpha: target.globalAlpha as number });
      };
    },
    set(target, prop: string, value) {
      target[prop] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls, gradients };
}
