/**
 * The accessible names of the chart's options: "9 July 2008 – Title (Theme, Theme)", and
 * ", filtered out" for a dimmed one, ", date disputed: 2 claims" for one whose sources give
 * another date (issue 18), ", with my note" for one the reader has a note on (the
 * note glyph's words). Made per dataset and language (the chart memoises the
 * labeller on both), each event's name worked out once and remembered by the labeller.
 */
import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent } from '../../domain/types';
import type { I18n } from '../../i18n/i18n';
import { competingClaims } from '../disputed';
import { formatEventDate, spokenEventDate } from '../formatDate';
import { bandAriaLabel } from './bandLabels';

export type AriaLabeller = (e: DatedEvent, dimmed: boolean) => string;

export function makeAriaLabeller(
  data: Pick<LoadedDataset, 'themesById'>,
  i18n: Pick<I18n, 't' | 'locale'>,
  noted: ReadonlySet<string> | null = null,
): AriaLabeller {
  const names = new WeakMap<DatedEvent, string>();
  return (e, dimmed) => {
    let label = names.get(e);
    if (label === undefined) {
      const themes = e.themes
        .map((t) => data.themesById.get(t)?.label)
        .filter((l): l is string => l !== undefined);
      // "c." is for the eye; a screen reader says "circa".
      const date = spokenEventDate(e, i18n);
      label = `${date} – ${e.title}${themes.length ? ` (${themes.join(', ')})` : ''}`;
      if (competingClaims(e).length > 0)
        label += i18n.t('chart.dateDisputed', { count: e.dateClaims?.length ?? 0 });
      if (noted?.has(e.id)) label += i18n.t('chart.hasNote');
      names.set(e, label);
    }
    return dimmed ? i18n.t('chart.filteredOut', { label }) : label;
  };
}

/** A conference band's accessible name, in the given language. */
export function bandName(e: DatedEvent, i18n: Pick<I18n, 'locale' | 't'>): string {
  return bandAriaLabel(e, formatEventDate(e, i18n));
}
