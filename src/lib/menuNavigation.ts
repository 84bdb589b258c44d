/**
 * Keyboard movement inside a WAI-ARIA menu (the menu-button pattern): arrows wrap, Home and
 * End jump, disabled items are skipped, and a printable character moves to the next item
 * whose label starts with it. Pure, so the rules are unit-tested without a DOM.
 */

export type MenuMove = 'next' | 'previous' | 'first' | 'last';

/** The key's move, or null when the key is not a movement key. */
export function menuMoveForKey(key: string): MenuMove | null {
  switch (key) {
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'Home':
    case 'PageUp':
      return 'first';
    case 'End':
    case 'PageDown':
      return 'last';
    default:
      return null;
  }
}

/**
 * The index focus moves to. `enabled[i]` says whether item i can take focus; -1 when none
 * can. `current` may be -1 (nothing focused yet).
 */
export function moveInMenu(current: number, move: MenuMove, enabled: readonly boolean[]): number {
  const n = enabled.length;
  if (!enabled.some(Boolean)) return -1;
  const scan = (start: number, step: 1 | -1): number => {
    for (let k = 0; k < n; k++) {
      const i = (((start + step * k) % n) + n) % n;
      if (enabled[i]) return i;
    }
    return -1;
  };
  switch (move) {
    case 'first':
      return scan(0, 1);
    case 'last':
      return scan(n - 1, -1);
    case 'next':
      return scan(current < 0 ? 0 : current + 1, 1);
    case 'previous':
      return scan(current < 0 ? n - 1 : current - 1, -1);
  }
}

/**
 * Type-ahead: the next enabled item after `current` whose label starts with `char`
 * (case- and accent-insensitive, in the given locale), or `current` when none does.
 */
export function typeaheadIndex(
  current: number,
  char: string,
  labels: readonly string[],
  enabled: readonly boolean[],
  locale: string,
): number {
  if (char.length !== 1 || char.trim() === '') return current;
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
  const wanted = fold(char);
  const n = labels.length;
  for (let k = 1; k <= n; k++) {
    const i = (current + k + n) % n;
    if (
      enabled[i] &&
      fold(labels[i] ?? '')
        .trimStart()
        .startsWith(wanted)
    )
      return i;
  }
  return current;
}
