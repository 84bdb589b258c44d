/**
 * One table of presenter keys: what a keyboard or a wireless clicker sends, what it does, and
 * on which screen of the stage it works. The stage's key handler, the speaker window's and the
 * help overlay (?) all read it, and the README's key list is checked against it, so a key is
 * added in one place.
 *
 * Clickers send Page Down / Page Up (next, previous), B or "." (black screen) and sometimes
 * Esc or F5 for their "start/stop" button.
 */
import type { StepAction } from '../../lib/presenterSteps';

/** What the stage is showing, which decides what a key does. */
export type StageMode = 'slide' | 'overview' | 'blank' | 'help' | 'jump';

export type PresenterAction =
  | StepAction
  | 'digit'
  | 'jumpToTyped'
  | 'clearTyped'
  | 'jumpList'
  | 'overview'
  | 'overviewMove'
  | 'overviewOpen'
  | 'exit'
  | 'blackout'
  | 'whiteout'
  | 'unblank'
  | 'qr'
  | 'laser'
  | 'notes'
  | 'speakerWindow'
  | 'fullscreen'
  | 'help'
  | 'closeDialog';

/** The key's fields a binding reads (a KeyboardEvent has them all). */
export type KeyLike = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/** What else decides whether a key acts, besides the stage's mode. */
export interface KeyContext {
  readonly mode: StageMode;
  /** The stop number typed so far ("" when none). */
  readonly typed: string;
}

export interface KeyBinding {
  readonly action: PresenterAction;
  /**
   * The keys as the help overlay shows them: a key's name (`key.*` messages: Space, PageDown,
   * Esc…) or the character itself (B, ".", "?").
   */
  readonly keys: readonly string[];
  readonly test: (e: KeyLike) => boolean;
  /** The stage's modes in which the key works. */
  readonly when: readonly StageMode[];
  /** A further condition (Enter jumps only after a number was typed). */
  readonly enabled?: (c: KeyContext) => boolean;
}

const is =
  (...keys: string[]) =>
  (e: KeyLike) =>
    keys.includes(e.key);
const letter =
  (l: string) =>
  (e: KeyLike): boolean =>
    e.key.toLowerCase() === l;

/** Keys that never act alone (they only change another key). */
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn']);

export const PRESENTER_KEYS: readonly KeyBinding[] = [
  {
    action: 'next',
    keys: ['ArrowRight', 'Space', 'PageDown'],
    test: (e) => e.key === 'ArrowRight' || e.key === 'PageDown' || (e.key === ' ' && !e.shiftKey),
    when: ['slide'],
  },
  {
    action: 'previous',
    keys: ['ArrowLeft', 'Shift+Space', 'PageUp'],
    test: (e) => e.key === 'ArrowLeft' || e.key === 'PageUp' || (e.key === ' ' && e.shiftKey),
    when: ['slide'],
  },
  { action: 'first', keys: ['Home'], test: is('Home'), when: ['slide'] },
  { action: 'last', keys: ['End'], test: is('End'), when: ['slide'] },
  { action: 'digit', keys: ['0–9'], test: (e) => /^[0-9]$/.test(e.key), when: ['slide'] },
  {
    action: 'jumpToTyped',
    keys: ['Enter'],
    test: is('Enter'),
    when: ['slide'],
    enabled: (c) => c.typed !== '',
  },
  {
    action: 'clearTyped',
    keys: ['Esc'],
    test: is('Escape'),
    when: ['slide'],
    enabled: (c) => c.typed !== '',
  },
  { action: 'jumpList', keys: ['G'], test: letter('g'), when: ['slide', 'overview'] },
  {
    action: 'overview',
    keys: ['O', 'Esc'],
    test: is('o', 'O', 'Escape'),
    when: ['slide'],
    // Esc first forgets a typed stop number.
    enabled: (c) => c.typed === '',
  },
  {
    action: 'overviewMove',
    keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'],
    test: is('ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'),
    when: ['overview'],
  },
  {
    action: 'overviewOpen',
    keys: ['Enter', 'Space', 'O'],
    test: is('Enter', ' ', 'o', 'O'),
    when: ['overview'],
  },
  { action: 'exit', keys: ['Esc'], test: is('Escape'), when: ['overview'] },
  { action: 'blackout', keys: ['B', '.'], test: is('b', 'B', '.'), when: ['slide'] },
  { action: 'whiteout', keys: ['W'], test: letter('w'), when: ['slide'] },
  {
    action: 'unblank',
    keys: ['anyKey'],
    test: (e) => !MODIFIER_KEYS.has(e.key),
    when: ['blank'],
  },
  { action: 'qr', keys: ['Q'], test: letter('q'), when: ['slide'] },
  { action: 'laser', keys: ['L'], test: letter('l'), when: ['slide'] },
  { action: 'notes', keys: ['N'], test: letter('n'), when: ['slide'] },
  { action: 'speakerWindow', keys: ['S'], test: letter('s'), when: ['slide'] },
  { action: 'fullscreen', keys: ['F'], test: letter('f'), when: ['slide', 'overview'] },
  { action: 'help', keys: ['?'], test: is('?'), when: ['slide', 'overview', 'help'] },
  { action: 'closeDialog', keys: ['Esc'], test: is('Escape'), when: ['help', 'jump'] },
];

/**
 * The binding a key press triggers on the stage, or null. Ctrl, Alt and ⌘ combinations are
 * the browser's (Ctrl+L, ⌘+R…) and never the stage's; Shift only for keys that need it ("?").
 */
export function bindingFor(e: KeyLike, context: KeyContext): KeyBinding | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  return (
    PRESENTER_KEYS.find(
      (b) => b.when.includes(context.mode) && (b.enabled?.(context) ?? true) && b.test(e),
    ) ?? null
  );
}

/** The step a key moves to on the slide (the speaker window's keys): next, previous, … */
export function presenterAction(e: KeyLike): StepAction | null {
  const b = bindingFor(e, { mode: 'slide', typed: '' });
  const a = b?.action;
  return a === 'next' || a === 'previous' || a === 'first' || a === 'last' ? a : null;
}

/** The keys the help overlay lists for a mode, in the table's order. */
export function bindingsShownIn(mode: StageMode): readonly KeyBinding[] {
  return PRESENTER_KEYS.filter((b) => b.when.includes(mode));
}

/** Shortcuts never fire while the reader is typing. */
export function isTypingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  const tag = t.tagName;
  return (
    t.isContentEditable ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (tag === 'INPUT' &&
      !['checkbox', 'radio', 'button', 'submit'].includes((t as HTMLInputElement).type))
  );
}
