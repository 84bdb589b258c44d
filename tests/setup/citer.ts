/** The CSL formatter for component tests (loaded once), and choosing a style as a reader does. */
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { loadCiter, type Citer } from '../../src/lib/citations';
import type { CitationStyle } from '../../src/lib/citations/styles';

let citer: Promise<Citer> | null = null;

/** All prose styles loaded; the components share the same engine, so they render at once. */
export function getCiter(): Promise<Citer> {
  citer ??= loadCiter();
  return citer;
}

/** Picks a style in the "Citation style" picker (the first one, or the one inside `scope`). */
export async function chooseStyle(
  user: UserEvent,
  style: CitationStyle,
  scope: HTMLElement | null = null,
): Promise<void> {
  const q = scope === null ? screen : within(scope);
  await user.selectOptions(q.getAllByRole('combobox', { name: 'Citation style' })[0]!, style);
}
