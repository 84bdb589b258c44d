/**
 * How much the importer reads, in one module without dependencies, so the page can refuse a
 * file that is too large before reading it (the importer itself is a lazy chunk).
 *
 * 64 MB: a 100,000-event TimelineJS JSON file with 200-character summaries is about 35 MB and
 * imports in about 6 s (Node, 2 cores); a 97 MB file of 300,000 such events took 16 s and
 * about 780 MB of memory, because the whole text and the parsed objects are held at once.
 * Larger files need a streaming reader (not built yet).
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** The most events a file may have: the timeline draws 100,000 smoothly (see the README). */
export const MAX_IMPORT_EVENTS = 200_000;
