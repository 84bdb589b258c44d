/**
 * The shape of a catalogue, worked out from the English one. A module of its own, so the
 * translations depend on the English catalogue only, never on the runtime that loads them.
 */
import type { CatalogueOf } from '../catalogue';
import type { en } from './en';

export type English = typeof en;
export type MessageKey = keyof English;
/** What every translation must provide: each English key, plural where English is plural. */
export type Messages = CatalogueOf<English>;
