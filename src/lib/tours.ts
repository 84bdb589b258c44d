/**
 * Tours as pure data: which view a stop shows, a stop made from the current view, and a
 * tour packed into a link. No React, no DOM.
 */
import {
  describeDateProblem,
  formatDatasetYear,
  parsePartialDate,
  withinDate,
  yearAtMs,
} from '../domain/dates';
import type { Dataset } from '../domain/types';
import { clampDomain, DAY_MS, type Domain } from './viewport';

export type Tour = NonNullable<Dataset['tours']>[number];
export type TourStop = Tour['stops'][number];

export interface StopView {
  readonly themeFilter: readonly string[] | null;
  readonly selectedEventId: string | null;
  readonly viewport: Domain | null;
  readonly quoteId: string | null;
}

/** Half-width of the window around an event when a stop names only the event. */
const AROUND_EVENT_MS = 90 * DAY_MS;

/**
 * The view a stop asks for, fitted to the dataset: unknown ids are dropped, the window is
 * clamped to the data, a stop with only an event gets a window around it, and a stop with
 * neither shows everything.
 */
export function viewForStop(
  stop: TourStop,
  known: {
    readonly themeIds: ReadonlySet<string>;
    readonly events: ReadonlyMap<string, { startMs: number; endMs: number }>;
    readonly quoteIds: ReadonlySet<string>;
    readonly bounds: Domain;
  },
): StopView {
  const v = stop.view;
  const eventId = v.eventId !== undefined && known.events.has(v.eventId) ? v.eventId : null;
  const themes = v.themes ?? null;
  const themeFilter = themes === null ? null : themes.filter((t) => known.themeIds.has(t));
  let viewport: Domain | null = null;
  const ok = (d: string | undefined): d is string =>
    d !== undefined && describeDateProblem(d) === null;
  if (ok(v.from) && ok(v.to)) {
    viewport = [parsePartialDate(v.from).startMs, parsePartialDate(v.to).endMs];
  } else if (eventId !== null) {
    const e = known.events.get(eventId);
    if (e) viewport = [e.startMs - AROUND_EVENT_MS, e.endMs + AROUND_EVENT_MS];
  }
  if (viewport !== null) {
    viewport = clampDomain(viewport, known.bounds);
    if (viewport[0] === known.bounds[0] && viewport[1] === known.bounds[1]) viewport = null;
  }
  return {
    themeFilter:
      themeFilter !== null && themeFilter.length === 0 && themes !== null && themes.length > 0
        ? null
        : themeFilter,
    selectedEventId: eventId,
    viewport,
    quoteId: v.quoteId !== undefined && known.quoteIds.has(v.quoteId) ? v.quoteId : null,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
function dayString(ms: number): string {
  if (!withinDate(ms)) return formatDatasetYear(yearAtMs(ms));
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A stop that reproduces the current view (window to the day). */
export function stopFromView(
  view: {
    readonly themeFilter: readonly string[] | null;
    readonly selectedEventId: string | null;
    readonly viewport: Domain | null;
  },
  title: string,
  bounds: Domain,
): TourStop {
  const [from, to] = view.viewport ?? bounds;
  return {
    title,
    view: {
      from: dayString(from),
      // The window's end is exclusive: the last day shown is the day before.
      to: dayString(Math.max(from, to - 1)),
      themes: view.themeFilter === null ? null : [...view.themeFilter],
      ...(view.selectedEventId !== null ? { eventId: view.selectedEventId } : {}),
    },
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Packs a tour into a URL-safe string (base64url of its JSON), for "share as a link". */
export function encodeTour(tour: Tour): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(tour)));
}

/** The JSON inside a shared tour link, or null when the text is not one. Validate the result. */
export function decodeTour(text: string): unknown {
  try {
    return JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(text)),
    ) as unknown;
  } catch {
    return null;
  }
}

/** The quote a stop features: the one it names, else the first quote of its event. */
export function featuredQuoteId(
  view: Pick<StopView, 'quoteId' | 'selectedEventId'>,
  quotesByEventId: ReadonlyMap<string, readonly { readonly id: string }[]>,
): string | null {
  if (view.quoteId !== null) return view.quoteId;
  if (view.selectedEventId === null) return null;
  return quotesByEventId.get(view.selectedEventId)?.[0]?.id ?? null;
}
