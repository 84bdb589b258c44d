import { Suspense, useCallback, useMemo, useState } from 'react';
import { preloadedLazy } from './preloadedLazy';
import { WhenIdle } from '../components/WhenIdle';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useQueryClient } from '@tanstack/react-query';
import { DatasetError } from '../domain/datasetError';
import type { LoadedDataset } from '../domain/indexes';
import { ErrorState } from '../components/DatasetStatus';
import { LoadingState } from './LoadingState';
import { AppBarPlaceholder } from './AppBarPlaceholder';
import { EmbedRoot } from '../features/embed/EmbedRoot';
import { isEmbedSearch } from '../store/embedMode';
import { currentLocation, readParam, SPEAKER_PARAM, writeParam } from '../store/browserUrl';
import { DATA_PARAM } from '../store/urlState';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { paddedBounds } from '../lib/viewport';
import { datasetQueryKey, useDataset } from '../queries/datasetQuery';
import { useTimelineStoreApi } from '../store/timelineStoreContext';
import type { UrlWhitelist } from '../store/urlState';
import { useUrlSync } from '../store/useUrlSync';
import { useI18n } from '../i18n/useI18n';
import {
  BUILTIN,
  needsConsent,
  sourceFromUrlParam,
  type DatasetSource,
} from '../queries/datasetSource';

// The chart and its panels (D3 and the rest) load in parallel with the dataset, so the first
// JavaScript the browser must run stays small; the import starts as soon as this module runs.
// `?embed=1` (read once) loads the embed's smaller composition instead.
const EMBED = isEmbedSearch(currentLocation().search);
const SPEAKER = readParam(SPEAKER_PARAM) === '1';
const TimelineView = preloadedLazy(
  () => import('./TimelineView').then((m) => m.TimelineView),
  !EMBED && !SPEAKER,
);
const SpeakerPage = preloadedLazy(
  () => import('./SpeakerPage').then((m) => m.SpeakerPage),
  SPEAKER,
);
const EmbedView = preloadedLazy(() => import('./EmbedView').then((m) => m.EmbedView), EMBED);
const SnapshotStatus = preloadedLazy(
  () => import('./SnapshotStatus').then((m) => m.SnapshotStatus),
  false,
);
// The printed list of sources, only for print: off the first visit's critical path, but
// loading from the start, so it is in long before anyone prints (or goes offline).
const PrintSources = preloadedLazy(
  () => import('../features/export/PrintSources').then((m) => m.PrintSources),
  !EMBED && !SPEAKER,
);

/** Sets (or, with null, drops) `?data=`: the address names the dataset on screen. */
function writeDataParam(url: string | null) {
  writeParam(DATA_PARAM, url);
}

export function TimelinePage({ dataUrl }: { dataUrl: string | null }) {
  const [source, setSource] = useState<DatasetSource>(() => sourceFromUrlParam(dataUrl));
  const consentFor = needsConsent(source, currentLocation().href);
  const query = useDataset(source, consentFor === null);
  const queryClient = useQueryClient();
  const store = useTimelineStoreApi();
  const { t } = useI18n();
  const data = query.data;
  const allow = useMemo<UrlWhitelist | null>(
    () =>
      data
        ? {
            themeIds: new Set(data.themesById.keys()),
            eventIds: new Set(data.eventsById.keys()),
            sourceIds: new Set(data.sourcesById.keys()),
            bounds: paddedBounds(data.span),
          }
        : null,
    [data],
  );
  useUrlSync(store, allow, { pushHistory: !EMBED });

  const backToBuiltin = useCallback(() => {
    writeDataParam(null);
    setSource(BUILTIN);
  }, []);

  // A web address the reader typed is their consent to fetch it.
  const openUrl = useCallback((url: string) => {
    writeDataParam(url);
    setSource({ kind: 'url', url, confirmed: true });
  }, []);

  const onImported = useCallback(
    (loaded: LoadedDataset, name: string) => {
      const next: DatasetSource = { kind: 'file', name, token: Date.now() };
      queryClient.setQueryData(datasetQueryKey(next), loaded);
      writeDataParam(null);
      store.getState().applyChoices({});
      setSource(next);
    },
    [queryClient, store],
  );

  let body;
  if (consentFor) {
    body = (
      <div className="status status--consent" role="alertdialog" aria-labelledby="consent-heading">
        <h2 id="consent-heading">{t('page.consentHeading')}</h2>
        <p>
          {t('page.consentBefore')} <code>{consentFor.href}</code>
          {t('page.consentAfter', { host: consentFor.host })}
        </p>
        <p className="status__actions">
          <button
            type="button"
            onClick={() => setSource({ kind: 'url', url: consentFor.href, confirmed: true })}
          >
            {t('page.consentLoad')}
          </button>
          <button type="button" onClick={backToBuiltin}>
            {t('page.consentBuiltIn')}
          </button>
        </p>
      </div>
    );
  } else if (data) {
    body = (
      <Suspense fallback={<LoadingState />}>
        {EMBED ? (
          <EmbedView data={data} />
        ) : (
          <TimelineView
            data={data}
            isBuiltIn={source.kind === 'builtin'}
            onImported={onImported}
            onBackToBuiltin={backToBuiltin}
            onOpenUrl={openUrl}
          />
        )}
      </Suspense>
    );
  } else if (query.isError) {
    const err = query.error;
    body = (
      <ErrorState
        title={err.message}
        problems={err instanceof DatasetError ? err.problems : []}
        onRetry={() => void query.refetch()}
        onBuiltIn={source.kind === 'builtin' ? null : backToBuiltin}
      />
    );
  } else {
    body = <LoadingState />;
  }

  if (EMBED) return <EmbedRoot>{body}</EmbedRoot>;

  if (SPEAKER) {
    return data ? (
      <Suspense fallback={<LoadingState />}>
        <SpeakerPage data={data} />
      </Suspense>
    ) : (
      body
    );
  }

  return (
    <>
      <UpdatePrompt />
      <a className="skip-link" href="#timeline-heading">
        {t('page.skipLink')}
      </a>
      {data?.snapshot && !consentFor && (
        <Suspense fallback={null}>
          <SnapshotStatus
            copy={data.snapshot}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
          />
        </Suspense>
      )}
      {data && !consentFor ? (
        body
      ) : (
        <>
          <AppBarPlaceholder
            title={source.kind === 'builtin' ? t('header.title') : t('page.otherTimeline')}
          />
          <main id="main" className="main main--status">
            {body}
          </main>
        </>
      )}
      {data && !consentFor && (
        <WhenIdle>
          {/* A chunk that failed to load costs the printout its list, never the page. */}
          <ErrorBoundary label={t('print.heading')} fallback={null}>
            <Suspense fallback={null}>
              <PrintSources data={data} />
            </Suspense>
          </ErrorBoundary>
        </WhenIdle>
      )}
    </>
  );
}
