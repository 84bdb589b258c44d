/**
 * One table of presenter keys: what a keyboard or a wireless clicker sends, and what it does.
 * The handler and the help text both read it.
 */
export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

export const PRESENTER_KEYS: readonly {
  action: PresenterAction;
  keys: string;
  test: (e: KeyboardEvent) => boolean;
}[] = [
  {
    action: 'next',
    keys: '→, Space, Page Down',
    test: (e) => e.key === 'ArrowRight' || e.key === 'PageDown' || (e.key === ' ' && !e.shiftKey),
  },
  {
    action: 'previous',
    keys: '←, Shift+Space, Page Up',
    test: (e) => e.key === 'ArrowLeft' || e.key === 'PageUp' || (e.key === ' ' && e.shiftKey),
  },
  { action: 'first', keys: 'Home', test: (e) => e.key === 'Home' },
  { action: 'last', keys: 'End', test: (e) => e.key === 'End' },
  { action: 'exit', keys: 'Esc', test: (e) => e.key === 'Escape' },
];

export function presenterAction(e: KeyboardEvent): PresenterAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  return PRESENTER_KEYS.find((k) => k.test(e))?.action ?? null;
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
