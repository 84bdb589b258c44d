/**
 * Shared types of the import pipeline ("Bring your own timeline"). Plain TypeScript: no React,
 * no DOM, so every module under src/import also runs inside a Web Worker.
 */
import type { Dataset, DatasetProblem } from '../domain/types';

export type { Dataset, DatasetProblem };

/** The formats a file can be read as. */
export type ImportFormat =
  'app-json' | 'app-csv' | 'timelinejs-json' | 'timelinejs2-json' | 'timelinejs-csv';

export type ImportOutcome =
  | { ok: true; dataset: Dataset; warnings: DatasetProblem[]; format: ImportFormat }
  | { ok: false; problems: DatasetProblem[]; format: ImportFormat | null };

/** What the importer knows about where the file came from. */
export interface ImportOptions {
  /** The URL the file was fetched from (`?data=`); null or absent for a file from this computer. */
  readonly baseUrl?: string | null | undefined;
}

export type ImportPhase = 'decoding' | 'parsing' | 'validating';

/** Called at the start of each phase; `fraction` is the share of the whole import done (0–1). */
export type ImportProgress = (phase: ImportPhase, fraction: number) => void;

/** What a converter hands to the validator: a raw schema-v2 object, or nothing on errors. */
export interface Conversion {
  readonly raw: Record<string, unknown> | null;
  readonly problems: DatasetProblem[];
  /** Rewrites a validator problem (dataset paths) to point into the imported file. */
  readonly relocate?: (problem: DatasetProblem) => DatasetProblem;
}

export function error(path: string, message: string): DatasetProblem {
  return { path, message, severity: 'error' };
}

export function warning(path: string, message: string): DatasetProblem {
  return { path, message, severity: 'warning' };
}

export function hasErrors(problems: readonly DatasetProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** 12345 → "12,345", the same in every locale (tests and messages must not vary). */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Quotes a value for a message, shortened so a megabyte of junk does not end up in the UI. */
export function quoteValue(value: string, max = 60): string {
  const short = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(short);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "an array", "null", "a number": how a JSON value's type reads in a message. */
export function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'object':
      return 'an object';
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    default:
      return typeof v;
  }
}
