/**
 * A thread as a tour: one stop per step of the thread, in date order, each with its event
 * selected, a window that shows the event together with the earlier events of the thread it
 * is linked to (so the arrow between them is on screen), and those links' notes as the stop's
 * speaker notes.
 * Pure; the wording comes from the caller's translator.
 */
import type { EventLink } from '../domain/types';
import type { Translator } from '../i18n/i18n';
import { linkLabelKey } from './links';
import type { ThreadStep } from './thread';
import { stopFromView, type Tour, type TourStop } from './tours';
import { DAY_MS, type Domain } from './viewport';

/** The schema's lengths for a title and for notes. */
const MAX_TITLE = 300;
const MAX_NOTES = 8000;
/** At least this much room on either side of what a stop shows. */
const MIN_PAD_MS = 60 * DAY_MS;

interface ThreadEvent {
  readonly title: string;
  readonly startMs: number;
  readonly endMs: number;
}

function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

/** The window of one stop: its event and the thread's events it is linked to, padded. */
export function stopWindow(
  eventId: string,
  via: readonly EventLink[],
  events: ReadonlyMap<string, ThreadEvent>,
): Domain | null {
  const own = events.get(eventId);
  if (!own) return null;
  let lo = own.startMs;
  let hi = own.endMs;
  for (const link of via) {
    const other = events.get(link.from === eventId ? link.to : link.from);
    if (!other) continue;
    lo = Math.min(lo, other.startMs);
    hi = Math.max(hi, other.endMs);
  }
  const pad = Math.max(MIN_PAD_MS, (hi - lo) * 0.08);
  return [lo - pad, hi + pad];
}

/** The speaker notes of a stop: each link that joins it to the thread, in our words. */
export function stopNotes(
  eventId: string,
  via: readonly EventLink[],
  events: ReadonlyMap<string, ThreadEvent>,
  { t }: Pick<Translator, 't'>,
): string | undefined {
  const lines = via.map((link) => {
    const out = link.from === eventId;
    const other = events.get(out ? link.to : link.from);
    const reading = link.reading === true ? ` (${t('links.reading')})` : '';
    return `${t(linkLabelKey(link.kind, out ? 'out' : 'in'))} ${other?.title ?? ''}${reading}: ${link.note}`;
  });
  const text = lines.join('\n\n').trim();
  return text === '' ? undefined : clip(text, MAX_NOTES);
}

/**
 * The tour of a thread, or null when the thread is empty. Each stop is told from its own
 * event looking back: its notes and window cover the thread's links that join it to earlier
 * stops ("Responds to …"), so the tour reads forwards in time. `bounds` is the dataset's
 * padded span (windows are written to the day, as a stop made from a view is).
 */
export function tourFromThread(
  steps: readonly ThreadStep[],
  events: ReadonlyMap<string, ThreadEvent>,
  i18n: Pick<Translator, 't'>,
  tour: { readonly id: string; readonly title: string; readonly bounds: Domain },
): Tour | null {
  const threadLinks = [...new Set(steps.flatMap((s) => s.via))];
  const earlier = new Set<string>();
  const stops: TourStop[] = [];
  for (const step of steps) {
    const id = step.eventId;
    const e = events.get(id);
    if (!e) continue;
    const joins = threadLinks.filter(
      (l) => (l.from === id && earlier.has(l.to)) || (l.to === id && earlier.has(l.from)),
    );
    earlier.add(id);
    const stop = stopFromView(
      { themeFilter: null, selectedEventId: id, viewport: stopWindow(id, joins, events) },
      clip(e.title, MAX_TITLE),
      tour.bounds,
    );
    const notes = stopNotes(id, joins, events, i18n);
    stops.push(notes === undefined ? stop : { ...stop, notes });
  }
  if (stops.length === 0) return null;
  return { id: tour.id, title: clip(tour.title, MAX_TITLE), stops };
}
