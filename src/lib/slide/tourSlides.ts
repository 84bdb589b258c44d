/**
 * A tour as the slides of a deck, handout or image sequence: per stop its title, notes, the
 * view it shows (as export choices), the featured quote with speaker and source, and the
 * sources it cites; then every source the deck cites, numbered in order of first citation.
 * Pure: the dataset, the tour and the reader's language in, plain data out.
 */
import type { LoadedDataset } from '../../domain/indexes';
import type { Quote, Source } from '../../domain/types';
import type { I18n } from '../../i18n/i18n';
import type { ExportChoices } from '../exportScope';
import { formatPartialDate } from '../formatDate';
import { parsePartialDate } from '../../domain/dates';
import { featuredQuoteId, viewForStop, type Tour } from '../tours';
import { paddedBounds } from '../viewport';
import type { SlideQuoteText } from './slideLayout';

export interface StopSlide {
  /** 1-based. */
  readonly number: number;
  readonly title: string;
  readonly notes: string;
  readonly choices: ExportChoices;
  readonly quote: Quote | null;
  readonly quoteText: SlideQuoteText | null;
  /** What the slide cites: the stop's event's sources, then its quote's. */
  readonly sources: readonly Source[];
  /** Their numbers in the deck's bibliography (1-based). */
  readonly sourceNumbers: readonly number[];
  /** The slide's source line: "Sources: [1] RCP, “…”, 9 July 2008; [2] …". */
  readonly sourceLine: string;
}

export interface TourDeck {
  readonly title: string;
  readonly description: string;
  readonly slides: readonly StopSlide[];
  /** Every source the slides cite, in order of first citation (the bibliography). */
  readonly sources: readonly Source[];
}

/** "RCP, “Ballmer the therapist”, 9 July 2008". */
export function sourceLine(source: Source, i18n: I18n): string {
  const date = source.date ? formatPartialDate(parsePartialDate(source.date), i18n.locale) : '';
  return [source.outlet, `“${source.title}”`, date].filter((p) => p !== '').join(', ');
}

export function quoteTextOf(quote: Quote, data: LoadedDataset, i18n: I18n): SlideQuoteText {
  const source = data.sourcesById.get(quote.sourceId);
  return {
    text: quote.text,
    speaker: quote.speakerRole ? `${quote.speaker}, ${quote.speakerRole}` : quote.speaker,
    source: `${i18n.t('stage.source')} ${source ? sourceLine(source, i18n) : quote.sourceId}`,
  };
}

/**
 * The deck of a tour. With `noteOf` (the reader's private note on `event:<id>` or
 * `quote:<id>`, a choice of the export), each slide's notes end with the reader's notes on
 * its event and its featured quote.
 */
export function tourDeck(
  data: LoadedDataset,
  tour: Tour,
  i18n: I18n,
  noteOf?: (key: string) => string | undefined,
): TourDeck {
  const known = {
    themeIds: new Set(data.themesById.keys()),
    events: data.eventsById,
    quoteIds: new Set(data.quotesById.keys()),
    bounds: paddedBounds(data.span),
  };
  const all = new Map<string, { source: Source; n: number }>();
  const number = (s: Source) => {
    let known = all.get(s.id);
    if (!known) {
      known = { source: s, n: all.size + 1 };
      all.set(s.id, known);
    }
    return known.n;
  };
  const slides = tour.stops.map((stop, i): StopSlide => {
    const view = viewForStop(stop, known);
    const choices: ExportChoices = {
      themeFilter: view.themeFilter,
      dimFiltered: false,
      selectedEventId: view.selectedEventId,
      viewport: view.viewport,
    };
    const quoteId = featuredQuoteId(view, data.quotesByEventId);
    const quote = quoteId === null ? null : (data.quotesById.get(quoteId) ?? null);
    const event =
      view.selectedEventId === null ? undefined : data.eventsById.get(view.selectedEventId);
    const ids = [...(event?.sources ?? []), ...(quote ? [quote.sourceId] : [])];
    const sources = [...new Set(ids)].flatMap((id) => {
      const s = data.sourcesById.get(id);
      return s ? [s] : [];
    });
    const sourceNumbers = sources.map(number);
    const list = sources.map((s, j) => `[${sourceNumbers[j] ?? 0}] ${sourceLine(s, i18n)}`);
    const mine = noteOf
      ? [event && noteOf(`event:${event.id}`), quote && noteOf(`quote:${quote.id}`)].flatMap(
          (text) => (text ? [i18n.t('slide.myNote', { text })] : []),
        )
      : [];
    return {
      number: i + 1,
      title: stop.title,
      notes: [stop.notes ?? '', ...mine].filter((x) => x !== '').join('\n\n'),
      choices,
      quote,
      quoteText: quote ? quoteTextOf(quote, data, i18n) : null,
      sources,
      sourceNumbers,
      sourceLine:
        list.length === 0
          ? i18n.t('slide.noSources')
          : i18n.t('slide.stopSources', { list: list.join('; ') }),
    };
  });
  return {
    title: tour.title,
    description: tour.description ?? '',
    slides,
    sources: [...all.values()].map((x) => x.source),
  };
}
