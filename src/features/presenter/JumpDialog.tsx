import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n/useI18n';
import type { PresenterState } from './usePresenter';

/**
 * The list of stops (G): a listbox in a dialog. ↑ ↓ Home End choose, Enter or a click goes
 * there, Esc closes; the stop on screen is chosen to begin with.
 */
export function JumpDialog({
  presenter,
  lang,
  onChoose,
  onClose,
}: {
  presenter: PresenterState;
  lang: string;
  onChoose: (index: number) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const { tour, step } = presenter;
  const count = tour.stops.length;
  const [active, setActive] = useState(step);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.focus();
  }, []);
  useEffect(() => {
    document.getElementById(`${id}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, active]);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const to: Record<string, number> = {
      ArrowDown: Math.min(count - 1, active + 1),
      ArrowUp: Math.max(0, active - 1),
      Home: 0,
      End: count - 1,
    };
    const next = to[e.key];
    if (next !== undefined) {
      e.preventDefault();
      setActive(next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onChoose(active);
    }
  };

  return (
    <Dialog title={t('presenter.jumpTitle')} onClose={onClose} className="stage-dialog stage-jump">
      <p id={`${id}-hint`}>{t('presenter.jumpHint')}</p>
      <ul
        ref={list}
        role="listbox"
        tabIndex={0}
        className="stage-jump__list"
        aria-label={t('presenter.jumpList')}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={`${id}-${active}`}
        onKeyDown={onKeyDown}
      >
        {tour.stops.map((s, i) => (
          // The listbox takes the keys; a click on an option chooses it.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={i}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            aria-current={i === step ? 'step' : undefined}
            className="stage-jump__option"
            onClick={() => onChoose(i)}
          >
            <span className="stage-jump__num">{i + 1}</span> <span lang={lang}>{s.title}</span>
            {i === step && <span className="stage-jump__here"> ({t('presenter.onScreen')})</span>}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
