/**
 * The app CSV layout's record kinds and columns (see appCsv.ts for the layout itself): which
 * fields each kind of row carries, and the header of an exported file.
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

export type FieldType = 'text' | 'list' | 'requiredList' | 'bool' | 'media';

export interface FieldSpec {
  /** Column name. */
  readonly column: string;
  readonly type: FieldType;
  /** Key in the record (in `media` for media fields). */
  readonly key: string;
}

const t = (column: string): FieldSpec => ({ column, type: 'text', key: column });
const list = (column: string, required = false): FieldSpec => ({
  column,
  type: required ? 'requiredList' : 'list',
  key: column,
});
const media = (column: string, key: string): FieldSpec => ({ column, type: 'media', key });

export const APP_CSV_FIELDS: Readonly<Record<RecordKind, readonly FieldSpec[]>> = {
  dataset: [t('title'), t('description'), t('language')],
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
    media('mediaUrl', 'url'),
    media('mediaCaption', 'caption'),
    media('mediaCredit', 'credit'),
    media('mediaThumbnail', 'thumbnail'),
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
  'mediaUrl',
  'mediaCaption',
  'mediaCredit',
  'mediaThumbnail',
  'text',
  'speaker',
  'speakerRole',
  'speakerGroup',
  'eventId',
  'sourceId',
  'stance',
  'setting',
  'note',
  'from',
  'to',
  'reading',
] as const;
