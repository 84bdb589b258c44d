import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../../domain/indexes';
import { movePacing, startPacing, type PacingLog } from '../../lib/pacing';
import { viewForStop, type StopView, type Tour, type TourStop } from '../../lib/tours';
import { clampStep } from '../../lib/presenterSteps';
import { paddedBounds, sameDomain, type Domain } from '../../lib/viewport';
import type { StopChoices } from '../../store/createTimelineStore';
import { useTimelineStore, useTimelineStoreApi } from '../../store/timelineStoreContext';
import { PRESENTER_CHANNEL, type PresenterMessage } from './channel';

const TRANSITION_MS = 650;

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function sameFilter(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((t) => b.includes(t));
}

export interface PresenterState {
  readonly tour: Tour;
  readonly stop: TourStop;
  readonly step: number;
  readonly stopCount: number;
  /** The stop's view as fitted to the dataset (its quote id among it). */
  readonly view: StopView;
  /** Every stop's view, in order (the overview's thumbnails). */
  readonly views: readonly StopView[];
  readonly goTo: (index: number, animate?: boolean) => void;
  readonly exit: () => void;
}

/**
 * Presenting a tour: the stop's view (animated between stops unless the reader prefers
 * reduced motion), clicker and keyboard keys, leaving full screen, and the speaker's window
 * kept in step. Null when nothing is being presented.
 */
export function usePresenter(
  data: LoadedDataset,
  tours: readonly Tour[],
  /** Whether every tour (the reader's own too) is known; until then a link's tour waits. */
  ready = true,
): PresenterState | null {
  const store = useTimelineStoreApi();
  const presenting = useTimelineStore(useShallow((s) => s.presenting));
  const tour = presenting ? tours.find((t) => t.id === presenting.tourId) : undefined;
  const stopCount = tour?.stops.length ?? 0;
  const step = presenting ? clampStep(presenting.step, stopCount) : 0;
  const stop = tour?.stops[step];

  const known = useMemo(
    () => ({
      themeIds: new Set(data.themesById.keys()),
      events: data.eventsById,
      quoteIds: new Set(data.quotesById.keys()),
      bounds: paddedBounds(data.span),
    }),
    [data],
  );

  // Animate the window between stops (unless the reader prefers reduced motion).
  const animation = useRef(0);
  const show = useCallback(
    (tourId: string, index: number, view: StopView, animate: boolean) => {
      cancelAnimationFrame(animation.current);
      const s = store.getState();
      const from: Domain = s.viewport ?? known.bounds;
      const to: Domain = view.viewport ?? known.bounds;
      const choices: StopChoices = {
        themeFilter: view.themeFilter,
        selectedEventId: view.selectedEventId,
        viewport: animate ? from : view.viewport,
      };
      s.presentStop({ tourId, step: index }, choices);
      if (!animate || sameDomain(from, to)) {
        s.setViewport(view.viewport);
        return;
      }
      const start = performance.now();
      const tick = (now: number) => {
        const t = Math.min(1, (now - start) / TRANSITION_MS);
        const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
        if (t < 1) {
          store
            .getState()
            .setViewport([from[0] + (to[0] - from[0]) * e, from[1] + (to[1] - from[1]) * e]);
          animation.current = requestAnimationFrame(tick);
        } else {
          store.getState().setViewport(view.viewport);
        }
      };
      animation.current = requestAnimationFrame(tick);
    },
    [store, known.bounds],
  );

  const goTo = useCallback(
    (index: number, animate = true) => {
      if (!tour || !presenting) return;
      const i = clampStep(index, tour.stops.length);
      const target = tour.stops[i];
      if (!target) return;
      show(tour.id, i, viewForStop(target, known), animate && !prefersReducedMotion());
    },
    [tour, presenting, show, known],
  );

  // `?kiosk=1` with no tour named runs the dataset's first tour.
  const kiosk = useTimelineStore((s) => s.kiosk);
  const firstTour = tours[0];
  useEffect(() => {
    if (!kiosk || presenting || !ready || !firstTour?.stops[0]) return;
    store
      .getState()
      .presentStop({ tourId: firstTour.id, step: 0 }, viewForStop(firstTour.stops[0], known), true);
  }, [kiosk, presenting, ready, firstTour, known, store]);

  // A link or Back/Forward may name a stop whose view is not on screen yet: show it.
  useEffect(() => {
    if (!presenting || !ready) return;
    if (!tour) {
      store.getState().stopPresenting();
      return;
    }
    if (!stop) return;
    const view = viewForStop(stop, known);
    const s = store.getState();
    const current = s.viewport ?? known.bounds;
    const wanted = view.viewport ?? known.bounds;
    const matches =
      sameFilter(s.themeFilter, view.themeFilter) &&
      s.selectedEventId === view.selectedEventId &&
      sameDomain(current, wanted, 120_000) &&
      presenting.step === step;
    if (!matches) show(tour.id, step, view, false);
  }, [presenting, ready, tour, stop, step, known, store, show]);

  const exit = useCallback(() => {
    cancelAnimationFrame(animation.current);
    store.getState().stopPresenting();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, [store]);

  // Leaving full screen (Esc there) leaves the presentation too.
  const wasFullscreen = useRef(false);
  useEffect(() => {
    if (!presenting) return;
    const root = document.documentElement;
    root.classList.add('is-presenting');
    const onChange = () => {
      if (document.fullscreenElement) wasFullscreen.current = true;
      else if (wasFullscreen.current) {
        wasFullscreen.current = false;
        store.getState().stopPresenting();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      root.classList.remove('is-presenting');
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, [presenting, store]);

  // The talk's pacing: when it began and how long each stop has had (the speaker's timer).
  const pacing = useRef<PacingLog | null>(null);
  const tourId = presenting?.tourId ?? null;
  useEffect(() => {
    const now = Date.now();
    if (tourId === null) pacing.current = null;
    else if (pacing.current === null) pacing.current = startPacing(now, step);
    else pacing.current = movePacing(pacing.current, step, now);
  }, [tourId, step]);

  // The speaker's window: tell it where we are; follow it when it moves.
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(PRESENTER_CHANNEL);
    channel.current = ch;
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);
  useEffect(() => {
    const ch = channel.current;
    if (!ch) return;
    const tell = () => {
      if (presenting) {
        ch.postMessage({
          type: 'at',
          tourId: presenting.tourId,
          step,
          pacing: pacing.current ?? undefined,
        } satisfies PresenterMessage);
      }
    };
    const onMessage = ({ data: msg }: MessageEvent<PresenterMessage>) => {
      if (msg.type === 'go' && tour && msg.tourId === tour.id) goTo(msg.step);
      if (msg.type === 'restartTimer' && presenting) pacing.current = startPacing(Date.now(), step);
      if (msg.type === 'hello' || msg.type === 'restartTimer') tell();
    };
    ch.addEventListener('message', onMessage);
    tell();
    return () => {
      ch.removeEventListener('message', onMessage);
    };
  }, [presenting, tour, step, goTo]);

  const views = useMemo(
    () => (tour ? tour.stops.map((s) => viewForStop(s, known)) : []),
    [tour, known],
  );
  const view = views[step];
  if (!presenting || !tour || !stop || !view) return null;
  return { tour, stop, step, stopCount, view, views, goTo, exit };
}
