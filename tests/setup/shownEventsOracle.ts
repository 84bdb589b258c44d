/**
 * A plain reference for the chart's filtered view (lib/chart/chartItems.ts): every
 * event on the timeline under a filter, in date order, with its emphasis, worked out the
 * obvious way. Property tests compare the optimised view with it.
 */
import type { LoadedDataset } from '../../src/domain/indexes';
import {
  compileFilter,
  matchesWith,
  shownEmphasis,
  type ShownEvent,
  type ThemeFilter,
} from '../../src/lib/emphasis';

/** Events on the timeline under the filter, in date order (conferences included). */
export function selectShownEvents(
  data: LoadedDataset,
  filter: ThemeFilter,
  dimFiltered: boolean,
  spotlight: ReadonlySet<string> | null = null,
): ShownEvent[] {
  const out: ShownEvent[] = [];
  const active = compileFilter(filter);
  for (const event of data.events) {
    const emphasis = shownEmphasis(
      matchesWith(event, active),
      dimFiltered,
      spotlight === null || spotlight.has(event.id),
    );
    if (emphasis !== 'hidden') out.push({ event, emphasis });
  }
  return out;
}
