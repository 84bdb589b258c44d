import type { DatasetProblem } from './types';

/** Thrown by the loader; carries every problem found, not just the first. */
export class DatasetError extends Error {
  readonly problems: readonly DatasetProblem[];
  constructor(message: string, problems: readonly DatasetProblem[]) {
    super(message);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}
