/**
 * How much the importer reads, in one module without dependencies, so the page can refuse a
 * file that is too large before reading it (the importer itself is a lazy chunk).
 *
 * 384 MB: a 1,000,000-event TimelineJS3 JSON file with 200-character summaries is 310–350 MB
 * (see the README, Performance, for what it takes to load).
 */
export const MAX_IMPORT_BYTES = 384 * 1024 * 1024;

/** The most events a file may have (see the README, Performance). */
export const MAX_IMPORT_EVENTS = 1_000_000;

/**
 * "the file has 1,000,001 events, 1 more than the 1,000,000 that can be imported" (`what` names
 * what was counted: "the file", "the timeline").
 */
export function tooManyEventsMessage(what: string, count: number): string {
  const n = (v: number): string => v.toLocaleString('en');
  return `${what} has ${n(count)} events, ${n(count - MAX_IMPORT_EVENTS)} more than the ${n(MAX_IMPORT_EVENTS)} that can be imported`;
}
