/**
 * The columns of the app's own CSV layout (see appCsv.ts): which record kinds there are, which
 * columns each reads, the order an export writes them in, and the "~" lists.
 */
export const RECORD_KINDS = [
  'dataset',
  'theme',
  'source',
  'event',
  'quote',
  'era',
  'link',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

type FieldType = 'text' | 'list' | 'requiredList' | 'bool' | 'media' | 'standpoint';

interface FieldSpec {
  /** Column name. */
  readonly column: string;
  readonly type: FieldType;
  /** Key in the record (in `media` for media fields, in `standpoint` for standpoint fields). */
  readonly key: string;
}

const t = (column: string): FieldSpec => ({ column, type: 'text', key: column });
const list = (column: string, required = false): FieldSpec => ({
  column,
  type: required ? 'requiredList' : 'list',
  key: column,
});
const media = (column: string, key: string): FieldSpec => ({ column, type: 'media', key });
const standpoint = (column: string, key: string): FieldSpec => ({
  column,
  type: 'standpoint',
  key,
});

export const APP_CSV_FIELDS: Readonly<Record<RecordKind, readonly FieldSpec[]>> = {
  dataset: [
    t('title'),
    t('description'),
    t('descriptionHtml'),
    t('language'),
    media('mediaUrl', 'url'),
    media('mediaCaption', 'caption'),
    media('mediaCredit', 'credit'),
    media('mediaThumbnail', 'thumbnail'),
    media('mediaAlt', 'alt'),
  ],
  theme: [t('id'), t('label'), t('description'), t('color'), t('pattern'), t('glyph')],
  source: [
    t('id'),
    t('title'),
    t('outlet'),
    t('author'),
    t('authorNote'),
    t('date'),
    t('dateCertainty'),
    t('dateNote'),
    t('url'),
    t('kind'),
    t('note'),
    standpoint('standpointRelation', 'relation'),
    standpoint('standpointBasis', 'basis'),
    standpoint('standpointRepeats', 'repeats'),
    standpoint('standpointNote', 'note'),
    list('researchRefs'),
  ],
  event: [
    t('id'),
    t('kind'),
    t('title'),
    t('summary'),
    t('start'),
    t('end'),
    t('dateCertainty'),
    t('dateNote'),
    t('conference'),
    t('location'),
    list('themes', true),
    list('people'),
    list('sources', true),
    { column: 'context', type: 'bool', key: 'context' },
    list('researchRefs'),
    t('displayDate'),
    t('summaryHtml'),
    t('background'),
    media('mediaUrl', 'url'),
    media('mediaCaption', 'caption'),
    media('mediaCredit', 'credit'),
    media('mediaThumbnail', 'thumbnail'),
    media('mediaAlt', 'alt'),
  ],
  quote: [
    t('id'),
    t('text'),
    t('speaker'),
    t('speakerRole'),
    t('speakerGroup'),
    t('eventId'),
    t('sourceId'),
    list('themes', true),
    t('stance'),
    t('date'),
    t('dateCertainty'),
    t('dateNote'),
    t('setting'),
    t('note'),
    t('context'),
    list('researchRefs'),
  ],
  era: [t('id'), t('label'), t('start'), t('end')],
  link: [
    t('from'),
    t('to'),
    t('kind'),
    t('note'),
    list('sources', true),
    { column: 'reading', type: 'bool', key: 'reading' },
  ],
};

/** The header of an exported file, in this order. */
export const APP_CSV_COLUMNS = [
  'record',
  'id',
  'title',
  'label',
  'description',
  'descriptionHtml',
  'language',
  'color',
  'pattern',
  'glyph',
  'outlet',
  'author',
  'authorNote',
  'kind',
  'date',
  'start',
  'end',
  'dateCertainty',
  'dateNote',
  'url',
  'conference',
  'location',
  'themes',
  'people',
  'sources',
  'context',
  'researchRefs',
  'displayDate',
  'summary',
  'summaryHtml',
  'background',
  'mediaUrl',
  'mediaCaption',
  'mediaCredit',
  'mediaThumbnail',
  'mediaAlt',
  'text',
  'speaker',
  'speakerRole',
  'speakerGroup',
  'eventId',
  'sourceId',
  'stance',
  'setting',
  'note',
  'standpointRelation',
  'standpointBasis',
  'standpointRepeats',
  'standpointNote',
  'from',
  'to',
  'reading',
] as const;

export const COLUMN_BY_LOWER = new Map<string, string>(
  APP_CSV_COLUMNS.map((c) => [c.toLowerCase(), c]),
);

/** True for the header of this layout: it has a `record` column. */
export function isAppCsvHeader(header: readonly string[]): boolean {
  return header.some((h) => h.trim().toLowerCase() === 'record');
}

/** "a~b\~c" → ["a", "b~c"]; see the module comment for the escapes. */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charAt(i);
    const next = cell.charAt(i + 1);
    if (c === '\\' && (next === '\\' || next === '~')) {
      current += next;
      i++;
    } else if (c === '~') {
      items.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

export function joinList(items: readonly string[]): string {
  return items.map((s) => s.replace(/\\/g, '\\\\').replace(/~/g, '\\~')).join('~');
}
