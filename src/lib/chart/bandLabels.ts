/**
 * Conference names in the chart's header strip: "WPC 2008 · Houston" where there is room
 * before the next conference, "WPC 2008" where there is not.
 */
import type { DatedEvent } from '../../domain/types';
import { splitConferenceTitle } from '../conferenceTitle';
import type { Measure } from './textMetrics';

/** Space kept after a conference name, in px. */
export const BAND_LABEL_PAD = 16;

/**
 * The name to draw for each conference (in the given order, which is date order) when the
 * chart shows `pxPerMs`: the name with its place when it fits before the next conference.
 * Work it out per zoom step, not per frame.
 */
export function bandLabelTexts(
  conferences: readonly DatedEvent[],
  pxPerMs: number,
  measure: Measure,
  fontPx: number,
): string[] {
  return conferences.map((event, i) => {
    const { label, place } = splitConferenceTitle(event.title);
    const next = conferences[i + 1];
    const roomPx = next ? (next.startMs - event.startMs) * pxPerMs : Infinity;
    const full = place ? `${label} · ${place}` : label;
    return measure(full, fontPx, true) + BAND_LABEL_PAD <= roomPx ? full : label;
  });
}

/** "9–13 July 2008 – WPC 2008 — Houston, Houston, Texas": a band's accessible name. */
export function bandAriaLabel(event: DatedEvent, date: string): string {
  return `${date} – ${event.title}${event.location ? `, ${event.location}` : ''}`;
}
