/**
 * The visible time window ("viewport") as a pure [fromMs, toMs] domain.
 * Zoom-at-point, pan, clamping and the mapping to and from d3-zoom's transform live here,
 * so the gesture hook stays thin and all of it is unit-tested without a DOM.
 */

import { MEAN_YEAR_MS, withinDate } from '../domain/dates';

export type Domain = readonly [number, number];

export const DAY_MS = 86_400_000;
/** Closest zoom: a week across the chart. */
export const MIN_SPAN_MS = 7 * DAY_MS;
/** Closest zoom on the cosmological scale: a thousand years across the chart. */
export const MIN_COSMIC_SPAN_MS = 1000 * MEAN_YEAR_MS;

export function span(d: Domain): number {
  return d[1] - d[0];
}

/**
 * The closest zoom for a chart with these bounds: a week, or a thousand years when the bounds
 * reach beyond Date (a file on the cosmological scale), where days mean nothing.
 */
export function minSpanFor(bounds: Domain): number {
  return withinDate(bounds[0]) && withinDate(bounds[1] - 1) ? MIN_SPAN_MS : MIN_COSMIC_SPAN_MS;
}

/** Keeps the window inside bounds and at least minSpan wide (never wider than bounds). */
export function clampDomain(d: Domain, bounds: Domain, minSpan = minSpanFor(bounds)): Domain {
  const boundsSpan = span(bounds);
  const width = Math.min(Math.max(span(d), Math.min(minSpan, boundsSpan)), boundsSpan);
  let from = d[0] + (span(d) - width) / 2;
  if (from < bounds[0]) from = bounds[0];
  if (from + width > bounds[1]) from = bounds[1] - width;
  return [from, from + width];
}

/** Zooms by `factor` (> 1 zooms in) keeping the instant `atMs` under the same pixel. */
export function zoomAt(d: Domain, factor: number, atMs: number, bounds: Domain): Domain {
  const f = factor > 0 ? factor : 1;
  const from = atMs - (atMs - d[0]) / f;
  const to = atMs + (d[1] - atMs) / f;
  const clamped = clampDomain([from, to], bounds);
  // When the minimum span stops the zoom, keep the anchor where it was rather than recentring.
  if (span(clamped) !== to - from) {
    const w = span(clamped);
    const ratio = span(d) > 0 ? (atMs - d[0]) / span(d) : 0.5;
    return clampDomain([atMs - ratio * w, atMs + (1 - ratio) * w], bounds);
  }
  return clamped;
}

export function panBy(d: Domain, deltaMs: number, bounds: Domain): Domain {
  return clampDomain([d[0] + deltaMs, d[1] + deltaMs], bounds);
}

/** Moves the window (same width) so that `ms` is in view, centring it when it was outside. */
export function revealInstant(d: Domain, startMs: number, endMs: number, bounds: Domain): Domain {
  const margin = span(d) * 0.08;
  if (startMs >= d[0] + margin && endMs <= d[1] - margin) return d;
  const centre = (startMs + Math.min(endMs, startMs + span(d) * 0.8)) / 2;
  return clampDomain([centre - span(d) / 2, centre + span(d) / 2], bounds);
}

/** Adds breathing room around the data's span so first and last marks are not on the edge. */
export function paddedBounds(dataSpan: Domain): Domain {
  const pad = Math.max(span(dataSpan) * 0.03, 15 * DAY_MS);
  // More room on the right: labels run rightwards from their marks.
  return [dataSpan[0] - pad, dataSpan[1] + pad * 4];
}

export interface ZoomTransformLike {
  readonly k: number;
  readonly x: number;
}

/**
 * d3-zoom works in pixels: the base scale maps `bounds` onto [0, width]; a transform (k, x)
 * shows bounds' pixel p at k·p + x. These two functions convert between that and a domain.
 */
export function domainFromTransform(t: ZoomTransformLike, bounds: Domain, width: number): Domain {
  const msPerPx = span(bounds) / width;
  const from = bounds[0] + ((0 - t.x) / t.k) * msPerPx;
  const to = bounds[0] + ((width - t.x) / t.k) * msPerPx;
  return [from, to];
}

export function transformFromDomain(d: Domain, bounds: Domain, width: number): ZoomTransformLike {
  const k = span(bounds) / span(d);
  const x = (-(d[0] - bounds[0]) / span(bounds)) * width * k;
  return { k, x };
}

export function sameDomain(a: Domain, b: Domain, toleranceMs = 1000): boolean {
  // Deep in time a double's own step is larger than a second: allow for it.
  const tolerance = Math.max(toleranceMs, Math.abs(a[0]) * 1e-12, Math.abs(a[1]) * 1e-12);
  return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}
