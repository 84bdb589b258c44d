/**
 * How the import worker hands a loaded dataset to the page. Structured cloning a million dated
 * events (each an object with nested date objects and lists) took 11 s to serialize in the
 * worker and 11 s more to read on the page. Instead the worker sends the validated events, in
 * date order, as JSON text in slices (JSON.stringify and JSON.parse are the engine's fastest
 * paths, and strings are copied whole), and the page works their dates out again and builds
 * the lookups, which is quicker than reading them. Everything else (themes, quotes, sources)
 * is cloned as it is.
 */
import { eventDates } from '../domain/eventDates';
import { dateFields, dateOrder, withLookups, type LoadedDataset } from '../domain/indexes';
import type { Dataset, DatasetProblem, DatedEvent, TimelineEvent } from '../domain/types';

/** Events per slice of JSON text (a string can hold at most about 500 million characters). */
export const EVENTS_PER_SLICE = 50_000;

export interface PackedDataset {
  /** The dataset without its events. */
  readonly dataset: Omit<Dataset, 'events'>;
  readonly warnings: readonly DatasetProblem[];
  readonly origin: string | null;
  /** The events in date order, as validated, as JSON text: arrays of up to EVENTS_PER_SLICE. */
  readonly eventsJson: string[];
}

const finite = (d: { startMs: number; endMs: number } | null) =>
  d === null || (Number.isFinite(d.startMs) && Number.isFinite(d.endMs));

/**
 * The dataset packed for the page, or null when its dates do not survive JSON unchanged
 * (parsed EDTF expressions, or a date outside the finite numbers): prepareDataset and clone
 * those as they are.
 */
export function packDataset(
  dataset: Dataset,
  warnings: readonly DatasetProblem[],
  origin: string | null,
  perSlice = EVENTS_PER_SLICE,
): PackedDataset | null {
  const { byDate, dates } = dateOrder(dataset.events);
  for (const d of dates) {
    if (d.edtf !== null || !finite(d) || !finite(d.startDate) || !finite(d.endDate)) return null;
  }
  const { events, ...rest } = dataset;
  const eventsJson: string[] = [];
  for (let i = 0; i < byDate.length; i += perSlice) {
    eventsJson.push(JSON.stringify(Array.from(byDate.subarray(i, i + perSlice), (k) => events[k])));
  }
  return { dataset: rest, warnings, origin, eventsJson };
}

/**
 * The dataset prepareDataset would have made. Each slice of text is let go once it is read
 * (its array is emptied), so the page never holds all the text and all the events at once.
 */
export function unpackDataset(packed: PackedDataset): LoadedDataset {
  const events: DatedEvent[] = [];
  const slices = packed.eventsJson;
  for (let i = 0; i < slices.length; i++) {
    // The events just read are this page's own: dated in place, not copied.
    for (const e of JSON.parse(slices[i] ?? '[]') as TimelineEvent[]) {
      events.push(Object.assign(e, dateFields(eventDates(e)), { order: events.length }));
    }
    slices[i] = '';
  }
  return withLookups(packed.dataset, events, packed.warnings, packed.origin);
}
