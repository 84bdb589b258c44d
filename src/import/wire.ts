/**
 * How the import worker hands a loaded dataset to the page. Structured cloning a million events
 * (each an object with nested date objects and lists) took 11 s to serialize in the worker and
 * 11 s more to read on the page; the events as JSON text, in slices, cost a fraction of that
 * (JSON.stringify and JSON.parse are the engine's fastest paths, and strings are copied whole).
 * Everything else (themes, quotes, sources, their lookups) is still cloned as it is.
 */
import { eventDates } from '../domain/eventDates';
import { datedEvent, type LoadedDataset } from '../domain/indexes';
import type { DatedEvent, TimelineEvent } from '../domain/types';

/** Events per slice of JSON text (a string can hold at most about 500 million characters). */
export const EVENTS_PER_SLICE = 50_000;

export interface PackedDataset {
  /** The dataset without its events (`events`, `conferences` and `eventsById` are empty). */
  readonly loaded: LoadedDataset;
  /** The events in date order, as JSON text (as validated, without their dates worked out):
   * arrays of EVENTS_PER_SLICE events each. */
  readonly eventsJson: string[];
}

const finite = (d: { startMs: number; endMs: number } | null) =>
  d === null || (Number.isFinite(d.startMs) && Number.isFinite(d.endMs));

/**
 * The dataset packed for the page, or null when its events do not survive JSON unchanged
 * (parsed EDTF expressions, or a date outside the finite numbers): clone those as they are.
 * `raw` are the events `loaded` was prepared from: they go as text, in date order, without
 * the dates worked out from them (JSON.stringify took three times as long with those, and
 * working them out again on the page is quicker than reading them).
 */
export function packDataset(
  loaded: LoadedDataset,
  raw: readonly TimelineEvent[],
  perSlice = EVENTS_PER_SLICE,
): PackedDataset | null {
  for (const e of loaded.events) {
    if (e.edtf !== undefined || !finite(e) || !finite(e.startDate) || !finite(e.endDate)) {
      return null;
    }
  }
  const byId = new Map(raw.map((e) => [e.id, e]));
  const eventsJson: string[] = [];
  for (let i = 0; i < loaded.events.length; i += perSlice) {
    const slice = loaded.events.slice(i, i + perSlice).map((e) => byId.get(e.id));
    eventsJson.push(JSON.stringify(slice));
  }
  return {
    loaded: { ...loaded, events: [], conferences: [], eventsById: new Map() },
    eventsJson,
  };
}

/**
 * The dataset as it was before packing. Each slice of text is let go once it is read (pass
 * an array this may empty), so the page never holds all the text and all the events.
 */
export function unpackDataset(packed: {
  readonly loaded: LoadedDataset;
  readonly eventsJson: string[];
}): LoadedDataset {
  const events: DatedEvent[] = [];
  const slices = packed.eventsJson;
  for (let i = 0; i < slices.length; i++) {
    for (const e of JSON.parse(slices[i] ?? '[]') as TimelineEvent[]) {
      events.push(datedEvent(e, eventDates(e), events.length));
    }
    slices[i] = '';
  }
  return {
    ...packed.loaded,
    events,
    conferences: events.filter((e) => e.kind === 'conference'),
    eventsById: new Map(events.map((e) => [e.id, e])),
  };
}
