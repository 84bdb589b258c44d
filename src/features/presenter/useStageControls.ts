import { useCallback, useEffect, useRef, useState } from 'react';
import { stepAfter } from '../../lib/presenterSteps';
import { gridMove, type GridKey } from '../../lib/gridMove';
import { useI18n } from '../../i18n/useI18n';
import { bindingFor, isTypingTarget, type PresenterAction, type StageMode } from './keyBindings';
import type { PresenterState } from './usePresenter';

/** A typed stop number is forgotten after this long without another digit or Enter. */
const TYPED_TIMEOUT_MS = 5000;

export interface StageControls {
  readonly mode: StageMode;
  readonly blank: 'black' | 'white';
  readonly typed: string;
  readonly laser: boolean;
  readonly qr: boolean;
  readonly notes: boolean;
  /** The stop picked in the overview. */
  readonly picked: number;
  /** The last change worth telling a screen reader about ("" for none). */
  readonly announcement: string;
  readonly run: (action: PresenterAction) => void;
  readonly setMode: (mode: StageMode) => void;
  readonly setPicked: (index: number) => void;
  /** Leaves the overview or the list for the slide of stop `index`. */
  readonly open: (index: number) => void;
}

/**
 * The stage's screens and toggles (overview, black or white screen, help, the list of stops,
 * the QR code, the laser pointer, the notes) and the one key handler that drives them from the
 * key table. Keys never act while the presenter types in a form control.
 */
export function useStageControls(
  presenter: PresenterState,
  actions: {
    /** False when the browser would not open it (pop-ups blocked). */
    readonly openSpeakerWindow: () => boolean;
    readonly requestFullscreen: () => void;
    /** How many thumbnails a row of the overview holds (read from its layout). */
    readonly overviewColumns: () => number;
  },
): StageControls {
  const { t } = useI18n();
  const { step, stopCount, goTo, exit } = presenter;
  const [mode, setModeState] = useState<StageMode>('slide');
  const [blank, setBlank] = useState<'black' | 'white'>('black');
  const [typed, setTyped] = useState('');
  const [laser, setLaser] = useState(false);
  const [qr, setQr] = useState(false);
  const [notes, setNotes] = useState(false);
  const [picked, setPicked] = useState(step);
  const [announcement, setAnnouncement] = useState('');
  const typedTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const say = useCallback((text: string) => {
    // The same words again must still be read: clear first, then set.
    setAnnouncement('');
    requestAnimationFrame(() => {
      setAnnouncement(text);
    });
  }, []);

  const setMode = useCallback(
    (next: StageMode) => {
      setModeState(next);
      if (next === 'overview') {
        setPicked(step);
        say(t('presenter.say.overview', { total: String(stopCount) }));
      }
    },
    [step, stopCount, say, t],
  );

  const open = useCallback(
    (index: number) => {
      setModeState('slide');
      goTo(index);
    },
    [goTo],
  );

  const typeDigit = useCallback(
    (digit: string) => {
      setTyped((prev) => {
        const next = (prev + digit).replace(/^0+/, '').slice(0, 4);
        if (next !== '') say(t('presenter.say.typed', { n: next }));
        return next;
      });
      if (typedTimer.current !== null) clearTimeout(typedTimer.current);
      typedTimer.current = setTimeout(() => {
        setTyped('');
      }, TYPED_TIMEOUT_MS);
    },
    [say, t],
  );

  const run = useCallback(
    (action: PresenterAction, key = '') => {
      const toggle = (set: typeof setQr, on: string, off: string) => {
        set((v) => {
          say(v ? off : on);
          return !v;
        });
      };
      switch (action) {
        case 'next':
        case 'previous':
        case 'first':
        case 'last':
          goTo(stepAfter(action, step, stopCount));
          return;
        case 'digit':
          typeDigit(key);
          return;
        case 'jumpToTyped': {
          const n = Number(typed);
          setTyped('');
          if (n >= 1 && n <= stopCount) goTo(n - 1);
          else say(t('presenter.say.noSuchStop', { n: typed, total: String(stopCount) }));
          return;
        }
        case 'clearTyped':
          setTyped('');
          say(t('presenter.say.typedCleared'));
          return;
        case 'jumpList':
          setModeState('jump');
          return;
        case 'overview':
          setMode('overview');
          return;
        case 'overviewMove':
          setPicked((p) => gridMove(p, key as GridKey, stopCount, actions.overviewColumns()));
          return;
        case 'overviewOpen':
          open(picked);
          return;
        case 'exit':
          exit();
          return;
        case 'blackout':
        case 'whiteout':
          setBlank(action === 'blackout' ? 'black' : 'white');
          setModeState('blank');
          say(t(action === 'blackout' ? 'presenter.say.black' : 'presenter.say.white'));
          return;
        case 'unblank':
          setModeState('slide');
          say(t('presenter.say.unblank'));
          return;
        case 'qr':
          toggle(setQr, t('presenter.say.qrOn'), t('presenter.say.qrOff'));
          return;
        case 'laser':
          toggle(setLaser, t('presenter.say.laserOn'), t('presenter.say.laserOff'));
          return;
        case 'notes':
          toggle(setNotes, t('presenter.say.notesOn'), t('presenter.say.notesOff'));
          return;
        case 'speakerWindow':
          // Pop-ups blocked: the notes show on the stage instead.
          if (!actions.openSpeakerWindow()) setNotes(true);
          return;
        case 'fullscreen':
          actions.requestFullscreen();
          return;
        case 'help':
          setModeState((m) => (m === 'help' ? 'slide' : 'help'));
          return;
        case 'closeDialog':
          setModeState('slide');
          return;
      }
    },
    [goTo, step, stopCount, typeDigit, typed, say, t, setMode, actions, open, picked, exit],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target)) return;
      const binding = bindingFor(e, { mode, typed });
      if (binding === null) return;
      // On the slide, a focused button keeps its own Enter (Next, Exit…) unless a stop number
      // was typed; Space moves on, as it always has.
      if (
        mode === 'slide' &&
        binding.action === 'jumpToTyped' &&
        e.target instanceof HTMLButtonElement &&
        typed === ''
      ) {
        return;
      }
      e.preventDefault();
      e.stopPropagation();
      run(binding.action, e.key);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [mode, typed, run]);

  useEffect(
    () => () => {
      if (typedTimer.current !== null) clearTimeout(typedTimer.current);
    },
    [],
  );

  return {
    mode,
    blank,
    typed,
    laser,
    qr,
    notes,
    picked,
    announcement,
    run,
    setMode,
    setPicked,
    open,
  };
}
