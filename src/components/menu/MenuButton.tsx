import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { ChevronDown } from 'lucide-react';
import { menuMoveForKey, moveInMenu, typeaheadIndex } from '../../lib/menuNavigation';
import { useI18n } from '../../i18n/useI18n';
import './menu.css';

/** One entry of a menu: an action, a checkbox, a radio choice, or a separator. */
export type MenuEntry =
  | {
      readonly kind: 'action';
      readonly id: string;
      readonly label: string;
      readonly onSelect: () => void;
      readonly icon?: ReactNode;
      /** A second line of smaller text (part of the accessible description, not the name). */
      readonly hint?: string;
      readonly disabled?: boolean;
      readonly lang?: string | undefined;
      readonly shortcut?: string;
    }
  | {
      readonly kind: 'checkbox';
      readonly id: string;
      readonly label: string;
      readonly checked: boolean;
      readonly onToggle: () => void;
      readonly disabled?: boolean;
    }
  | {
      readonly kind: 'radio';
      readonly id: string;
      readonly label: string;
      readonly checked: boolean;
      readonly onSelect: () => void;
      readonly lang?: string | undefined;
      readonly disabled?: boolean;
    }
  | { readonly kind: 'separator'; readonly id: string }
  /** Items under a visible heading, announced as a named group (radio choices, say). */
  | {
      readonly kind: 'group';
      readonly id: string;
      readonly label: string;
      readonly entries: readonly MenuEntry[];
    };

type Focusable = Exclude<MenuEntry, { kind: 'separator' } | { kind: 'group' }>;

/** The items that take focus, in order, groups flattened. */
function focusableOf(entries: readonly MenuEntry[]): Focusable[] {
  return entries.flatMap((e) =>
    e.kind === 'separator' ? [] : e.kind === 'group' ? focusableOf(e.entries) : [e],
  );
}

interface MenuButtonProps {
  /** The button's visible text; also its accessible name (WCAG 2.5.3). */
  readonly label: string;
  readonly icon?: ReactNode;
  readonly entries: readonly MenuEntry[];
  /** Shown icon-only below this class's breakpoint (the label stays the accessible name). */
  readonly compact?: boolean;
  readonly align?: 'start' | 'end';
  readonly className?: string;
  readonly testId?: string;
}

/**
 * A menu button after the WAI-ARIA Authoring Practices pattern: Enter, Space or ↓ opens it on
 * the first item, ↑ on the last; arrows, Home and End move (wrapping, skipping disabled
 * items); a letter jumps to the next item starting with it; Enter or Space activates; Escape
 * closes and returns focus to the button; Tab closes and moves on. A checkbox or radio item
 * keeps the menu open, so several settings can be changed in one visit.
 */
export function MenuButton({
  label,
  icon,
  entries,
  compact = false,
  align = 'start',
  className,
  testId,
}: MenuButtonProps) {
  const { locale } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusable = focusableOf(entries);
  const enabled = focusable.map((e) => e.disabled !== true);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    setActive(-1);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  const openAt = (where: 'first' | 'last') => {
    setOpen(true);
    setActive(moveInMenu(-1, where, enabled));
  };

  // Focus follows the active item.
  useEffect(() => {
    if (!open || active < 0) return;
    const el = menuRef.current?.querySelectorAll<HTMLElement>('[data-menu-item]')[active];
    el?.focus();
  }, [open, active]);

  // A click or focus outside closes the menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent | FocusEvent) => {
      if (e.target instanceof Node && rootRef.current?.contains(e.target)) return;
      close(false);
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('focusin', onDown);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('focusin', onDown);
    };
  }, [open, close]);

  const activate = (entry: Focusable) => {
    if (entry.disabled) return;
    if (entry.kind === 'checkbox') {
      entry.onToggle();
      return;
    }
    if (entry.kind === 'radio') {
      entry.onSelect();
      return;
    }
    close(true);
    entry.onSelect();
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt('first');
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt('last');
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const move = menuMoveForKey(e.key);
    if (move) {
      e.preventDefault();
      setActive((a) => moveInMenu(a, move, enabled));
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
      return;
    }
    if (e.key === 'Tab') {
      close(false);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const entry = focusable[active];
      if (entry) activate(entry);
      return;
    }
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const next = typeaheadIndex(
        active,
        e.key,
        focusable.map((f) => f.label),
        enabled,
        locale,
      );
      if (next !== active) {
        e.preventDefault();
        setActive(next);
      }
    }
  };

  let index = -1;
  const renderItem = (entry: Focusable) => {
    index++;
    const i = index;
    const role =
      entry.kind === 'checkbox'
        ? 'menuitemcheckbox'
        : entry.kind === 'radio'
          ? 'menuitemradio'
          : 'menuitem';
    const checked = entry.kind === 'action' ? undefined : entry.checked;
    const hintId = entry.kind === 'action' && entry.hint ? `${id}-${entry.id}-hint` : null;
    return (
      // Keys are handled once, by the menu (roving focus, as the WAI-ARIA pattern has it).
      // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
      <li
        key={entry.id}
        role={role}
        data-menu-item=""
        tabIndex={i === active ? 0 : -1}
        aria-checked={checked}
        aria-disabled={entry.disabled === true ? true : undefined}
        aria-labelledby={`${id}-${entry.id}-label`}
        aria-describedby={hintId ?? undefined}
        lang={'lang' in entry ? entry.lang : undefined}
        className={`menu__item menu__item--${entry.kind}`}
        onClick={() => activate(entry)}
        onPointerMove={() => {
          if (i !== active && entry.disabled !== true) setActive(i);
        }}
      >
        <span className="menu__mark" aria-hidden="true">
          {entry.kind === 'action' ? entry.icon : checked ? '✓' : ''}
        </span>
        <span className="menu__text">
          <span id={`${id}-${entry.id}-label`}>{entry.label}</span>
          {hintId !== null && entry.kind === 'action' && (
            <span className="menu__hint" id={hintId}>
              {entry.hint}
            </span>
          )}
        </span>
        {entry.kind === 'action' && entry.shortcut && (
          <kbd className="menu__shortcut" aria-hidden="true">
            {entry.shortcut}
          </kbd>
        )}
      </li>
    );
  };
  const renderEntries = (list: readonly MenuEntry[]): ReactNode[] =>
    list.map((entry) => {
      if (entry.kind === 'separator') {
        return <li key={entry.id} role="separator" className="menu__separator" />;
      }
      if (entry.kind === 'group') {
        return (
          <li key={entry.id} role="none" className="menu__group">
            <span className="menu__heading" aria-hidden="true">
              {entry.label}
            </span>
            <ul role="group" aria-label={entry.label} className="menu__group-list">
              {renderEntries(entry.entries)}
            </ul>
          </li>
        );
      }
      return renderItem(entry);
    });

  return (
    <div
      ref={rootRef}
      className={['menu', compact ? 'menu--compact' : '', className ?? ''].join(' ').trim()}
    >
      <button
        ref={buttonRef}
        type="button"
        id={`${id}-button`}
        className="menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        data-testid={testId}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKey}
      >
        {icon}
        <span className="menu__label">{label}</span>
        <ChevronDown className="menu__chevron" size={16} aria-hidden="true" />
      </button>
      <ul
        ref={menuRef}
        id={`${id}-menu`}
        role="menu"
        aria-labelledby={`${id}-button`}
        className={`menu__list menu__list--${align}`}
        hidden={!open}
        onKeyDown={onMenuKey}
      >
        {renderEntries(entries)}
      </ul>
    </div>
  );
}
