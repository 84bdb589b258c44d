/**
 * The chart's keys, as one table from a key press to what it means. Pure, so the handler is
 * a lookup and the help text and tests read the same table.
 */
export type ChartIntent =
  | { readonly kind: 'move'; readonly to: 'next' | 'previous' | 'first' | 'last' }
  | { readonly kind: 'pan'; readonly direction: -1 | 1 }
  | { readonly kind: 'select' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'zoom'; readonly direction: 1 | -1 }
  | { readonly kind: 'reset' };

/** Key (as `KeyboardEvent.key`) → intent; Shift+arrows pan instead of moving. */
export const KEY_INTENTS: Readonly<Record<string, ChartIntent>> = {
  ArrowRight: { kind: 'move', to: 'next' },
  ArrowDown: { kind: 'move', to: 'next' },
  ArrowLeft: { kind: 'move', to: 'previous' },
  ArrowUp: { kind: 'move', to: 'previous' },
  Home: { kind: 'move', to: 'first' },
  End: { kind: 'move', to: 'last' },
  Enter: { kind: 'select' },
  ' ': { kind: 'select' },
  Escape: { kind: 'clear' },
  '+': { kind: 'zoom', direction: 1 },
  '=': { kind: 'zoom', direction: 1 },
  '-': { kind: 'zoom', direction: -1 },
  _: { kind: 'zoom', direction: -1 },
  '0': { kind: 'reset' },
};

export function keyIntent(key: string, shiftKey = false): ChartIntent | null {
  if (shiftKey && (key === 'ArrowLeft' || key === 'ArrowRight')) {
    return { kind: 'pan', direction: key === 'ArrowLeft' ? -1 : 1 };
  }
  return Object.hasOwn(KEY_INTENTS, key) ? (KEY_INTENTS[key] ?? null) : null;
}

/** Position a move lands on in a list of `length` (from `index`, -1 when none is focused). */
export function moveTarget(
  index: number,
  length: number,
  to: 'next' | 'previous' | 'first' | 'last',
): number {
  if (length === 0) return -1;
  const target =
    to === 'first' ? 0 : to === 'last' ? length - 1 : to === 'next' ? index + 1 : index - 1;
  return Math.max(0, Math.min(length - 1, target));
}
