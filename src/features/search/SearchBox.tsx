import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import { highlightSegments } from '../../lib/highlight';
import { search, type SearchResult } from '../../lib/search';
import { buildSearchIndex, type ResultKind } from '../../lib/searchIndex';
import { useTimelineStore, useTimelineStoreApi } from '../../store/timelineStoreContext';
import { useI18n } from '../../i18n/useI18n';
import type { Translator } from '../../i18n/i18n';
import { contentLangOf } from '../../i18n/locales';
import './search.css';

const KIND_KEY = {
  event: 'search.kind.event',
  quote: 'search.kind.quote',
  person: 'search.kind.person',
  place: 'search.kind.place',
  glossary: 'search.kind.glossary',
} as const satisfies Record<ResultKind, string>;

/** One index per dataset and language (result dates are in the reader's language). */
const indexCache = new WeakMap<LoadedDataset, Map<string, ReturnType<typeof buildSearchIndex>>>();
function indexFor(data: LoadedDataset, i18n: Translator) {
  let byLocale = indexCache.get(data);
  if (!byLocale) {
    byLocale = new Map();
    indexCache.set(data, byLocale);
  }
  let index = byLocale.get(i18n.locale);
  if (!index) {
    index = buildSearchIndex(data, i18n);
    byLocale.set(i18n.locale, index);
  }
  return index;
}

function Highlighted({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly (readonly [number, number])[];
}) {
  return (
    <>
      {highlightSegments(text, ranges).map((s, i) =>
        s.match ? <mark key={i}>{s.text}</mark> : s.text,
      )}
    </>
  );
}

interface SearchBoxProps {
  data: LoadedDataset;
  /** Called with the chosen result; the caller selects it on the timeline or opens its page. */
  onChoose: (result: SearchResult) => void;
}

/**
 * Full-text search as an ARIA combobox: results as you type, arrow keys move through them,
 * Enter chooses, Escape closes. The query lives in the URL (`q`).
 */
export function SearchBox({ data, onChoose }: SearchBoxProps) {
  const store = useTimelineStoreApi();
  const i18n = useI18n();
  const { t } = i18n;
  const lang = contentLangOf(data.dataset.language);
  const query = useTimelineStore((s) => s.query);
  const deferred = useDeferredValue(query);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-results`;

  const results = useMemo(
    () =>
      deferred.trim().length === 0 ? [] : search(indexFor(data, i18n), deferred, { limit: 30 }),
    [data, deferred, i18n],
  );
  const showList = open && query.trim().length > 0;
  const activeIndex = Math.min(active, Math.max(0, results.length - 1));
  const optionId = (i: number) => `${id}-r${i}`;

  const choose = (r: SearchResult | undefined) => {
    if (!r) return;
    setOpen(false);
    onChoose(r);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(results.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Home' && showList) {
      e.preventDefault();
      setActive(0);
    } else if (e.key === 'End' && showList) {
      e.preventDefault();
      setActive(Math.max(0, results.length - 1));
    } else if (e.key === 'Enter') {
      if (showList) {
        e.preventDefault();
        choose(results[activeIndex]);
      }
    } else if (e.key === 'Escape') {
      if (showList) {
        e.preventDefault();
        setOpen(false);
      } else if (query !== '') {
        e.preventDefault();
        store.getState().setQuery('');
      }
    }
  };

  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="search__label">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        className="search__input"
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results.length > 0 ? optionId(activeIndex) : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={t('search.placeholder')}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          store.getState().setQuery(e.target.value.slice(0, 200));
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('search.hint')}
      </span>
      <p className="visually-hidden" role="status" aria-live="polite">
        {query.trim() === ''
          ? ''
          : results.length === 30
            ? t('search.atLeast', { count: 30 })
            : t('search.count', { count: results.length })}
      </p>
      {showList && (
        <ul className="search__results" id={listId} role="listbox" aria-label={t('search.results')}>
          {results.length === 0 && (
            <li className="search__empty" role="option" aria-selected={false} aria-disabled="true">
              {t('search.nothing', { query })}
            </li>
          )}
          {results.map((r, i) => (
            <li
              key={`${r.kind}:${r.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'search__result is-active' : 'search__result'}
              onMouseDown={(e) => {
                e.preventDefault(); // keep focus in the box
                choose(r);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="search__kind">{t(KIND_KEY[r.kind])}</span>{' '}
              <span className="search__title" lang={lang}>
                <Highlighted text={r.title} ranges={r.titleMatches} />
              </span>
              {r.snippet && (
                <span className="search__snippet" lang={lang}>
                  <Highlighted text={r.snippet} ranges={r.matches} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
