/**
 * The search index of a dataset: one document per event, quote, glossary term, person and
 * place, each with its texts in ranking order (title, aliases, body), over a word index
 * (wordIndex.ts). Built once per dataset; search.ts queries it.
 */
import type { LoadedDataset } from '../domain/indexes';
import type { DatedEvent } from '../domain/types';
import type { Translator } from '../i18n/i18n';
import { formatEventDate } from './formatDate';
import { foldText } from './textFold';
import { indexWords, type WordIndex } from './wordIndex';

export type ResultKind = 'event' | 'quote' | 'person' | 'place' | 'glossary';

/** The order of kinds among results with equal scores. */
export const RESULT_KIND_ORDER: readonly ResultKind[] = [
  'event',
  'quote',
  'glossary',
  'person',
  'place',
];

export type Tier = 'title' | 'alias' | 'body';

export interface Doc {
  readonly kind: ResultKind;
  readonly id: string;
  readonly title: string;
  /** The searchable texts: texts[0] is the title, then `aliasCount` aliases, then the body. */
  readonly texts: readonly string[];
  readonly aliasCount: number;
  /**
   * texts[sharedFrom] and after are the kind that many documents share (people, places,
   * dates, roles): the index reads each distinct one once.
   */
  readonly sharedFrom: number;
  /** Shown when no body text matches: the start of the main text, or a short description. */
  readonly fallback: string;
  readonly eventId?: string;
  readonly eventIds?: readonly string[];
  /** The texts folded; made the first time a query looks at this document. */
  folded?: readonly string[];
}

export function tierOf(doc: Doc, i: number): Tier {
  return i === 0 ? 'title' : i <= doc.aliasCount ? 'alias' : 'body';
}

export function foldedTexts(doc: Doc): readonly string[] {
  doc.folded ??= doc.texts.map(foldText);
  return doc.folded;
}

/** Built once per dataset by buildSearchIndex; treat as opaque. */
export interface SearchIndex extends WordIndex {
  readonly docs: readonly Doc[];
  readonly eventsById: ReadonlyMap<string, DatedEvent>;
}

function pushText(texts: string[], text: string | undefined): void {
  if (text !== undefined && text.trim() !== '') texts.push(text);
}

function distinctSorted(names: Iterable<string>): string[] {
  const keyed = [...new Set(names)].map((n) => [foldText(n), n] as const);
  keyed.sort((a, b) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0,
  );
  return keyed.map(([, n]) => n);
}

/** Appends id to the key's list unless it is already the last one (ids arrive in order). */
function pushId(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

function eventDocs(events: readonly DatedEvent[], i18n: Translator): Doc[] {
  const dateLabels = new Map<string, string>();
  return events.map((e): Doc => {
    let date = e.displayDate;
    if (date === undefined) {
      const key =
        e.end === undefined && e.dateCertainty === undefined
          ? e.start
          : `${e.start}|${e.end ?? ''}|${e.dateCertainty ?? ''}`;
      date = dateLabels.get(key);
      if (date === undefined) {
        date = formatEventDate(e, i18n);
        dateLabels.set(key, date);
      }
    }
    const texts = [e.title];
    pushText(texts, e.summary);
    const sharedFrom = texts.length;
    pushText(texts, e.people?.join(', '));
    pushText(texts, e.location);
    pushText(texts, e.conference);
    pushText(texts, date);
    return {
      kind: 'event',
      id: e.id,
      title: e.title,
      texts,
      aliasCount: 0,
      sharedFrom,
      fallback: texts[1] ?? '',
    };
  });
}

/** Builds the search index of a dataset; do it once per dataset. */
export function buildSearchIndex(data: LoadedDataset, i18n: Translator): SearchIndex {
  const docs: Doc[] = eventDocs(data.events, i18n);

  for (const q of data.dataset.quotes) {
    const texts = [q.speaker];
    pushText(texts, q.text);
    pushText(texts, q.speakerRole);
    pushText(texts, q.setting);
    docs.push({
      kind: 'quote',
      id: q.id,
      title: q.speaker,
      texts,
      aliasCount: 0,
      sharedFrom: 2,
      fallback: q.text,
      eventId: q.eventId,
    });
  }

  for (const g of data.dataset.glossary ?? []) {
    const texts = [g.term];
    for (const alias of g.aliases ?? []) pushText(texts, alias);
    const aliasCount = texts.length - 1;
    pushText(texts, g.definition);
    docs.push({
      kind: 'glossary',
      id: g.id,
      title: g.term,
      texts,
      aliasCount,
      sharedFrom: texts.length,
      fallback: g.definition,
    });
  }

  // People (named in an event or speaking in a quote) and places (event locations and
  // conferences), each with their events. Events are visited in date order, so the lists come
  // out in date order.
  const personEvents = new Map<string, string[]>();
  const placeEvents = new Map<string, string[]>();
  for (const e of data.events) {
    for (const p of e.people ?? []) pushId(personEvents, p, e.id);
    for (const q of data.quotesByEventId.get(e.id) ?? []) pushId(personEvents, q.speaker, e.id);
    if (e.location !== undefined) pushId(placeEvents, e.location, e.id);
    if (e.conference !== undefined) pushId(placeEvents, e.conference, e.id);
  }
  const personRoles = new Map<string, Set<string>>();
  for (const q of data.dataset.quotes) {
    if (!personEvents.has(q.speaker)) personEvents.set(q.speaker, []);
    if (q.speakerRole === undefined) continue;
    const roles = personRoles.get(q.speaker);
    if (roles) roles.add(q.speakerRole);
    else personRoles.set(q.speaker, new Set([q.speakerRole]));
  }
  for (const name of distinctSorted(personEvents.keys())) {
    if (name.trim() === '') continue;
    docs.push({
      kind: 'person',
      id: `person:${name}`,
      title: name,
      texts: [name],
      aliasCount: 0,
      sharedFrom: 1,
      fallback: [...(personRoles.get(name) ?? [])].join('; '),
      eventIds: personEvents.get(name) ?? [],
    });
  }
  for (const name of distinctSorted(placeEvents.keys())) {
    if (name.trim() === '') continue;
    // The description (the conferences held at a location, or a conference's locations) is
    // made when the place is shown: see placeDescription.
    docs.push({
      kind: 'place',
      id: `place:${name}`,
      title: name,
      texts: [name],
      aliasCount: 0,
      sharedFrom: 1,
      fallback: '',
      eventIds: placeEvents.get(name) ?? [],
    });
  }

  return { docs, ...indexWords(docs), eventsById: data.eventsById };
}

/** For a location, the conferences held there; for a conference, where it was held. */
export function placeDescription(index: SearchIndex, doc: Doc): string {
  const related = new Set<string>();
  for (const id of doc.eventIds ?? []) {
    const e = index.eventsById.get(id);
    if (e?.location === undefined || e.conference === undefined) continue;
    if (e.location === doc.title && e.conference !== doc.title) related.add(e.conference);
    else if (e.conference === doc.title && e.location !== doc.title) related.add(e.location);
  }
  return [...related].join('; ');
}
