import { useEffect, useMemo, useRef, type Ref } from 'react';
import { LayoutGrid, LogOut } from 'lucide-react';
import type { LoadedDataset } from '../../domain/indexes';
import { buildExportSvg } from '../../lib/exportSvg';
import { useI18n } from '../../i18n/useI18n';
import type { PresenterState } from './usePresenter';
import './overview.css';

const THUMB = { width: 960, height: 540 } as const;

/** A small picture of each stop's view: the slide the SVG export makes of it. */
function useThumbnails(data: LoadedDataset, presenter: PresenterState): string[] {
  const { views, tour } = presenter;
  const i18n = useI18n();
  return useMemo(
    () =>
      views.map((v, i) => {
        const svg = buildExportSvg({
          data,
          choices: {
            themeFilter: v.themeFilter,
            dimFiltered: false,
            selectedEventId: v.selectedEventId,
            viewport: v.viewport,
          },
          ...THUMB,
          title: tour.stops[i]?.title ?? '',
          generatedAt: '2000-01-01',
          i18n,
        });
        return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      }),
    [data, views, tour, i18n],
  );
}

/**
 * The overview (O, or Esc on the slide): every stop as a thumbnail with its number and title.
 * The arrow keys move (the stage's key handler), Enter or a click opens one, a second Esc
 * leaves the presentation; the buttons above say so for the mouse.
 */
export function Overview({
  ref,
  data,
  presenter,
  lang,
  picked,
  onPick,
  onOpen,
  onBack,
}: {
  ref: Ref<HTMLOListElement>;
  data: LoadedDataset;
  presenter: PresenterState;
  lang: string;
  picked: number;
  onPick: (index: number) => void;
  onOpen: (index: number) => void;
  onBack: () => void;
}) {
  const { t } = useI18n();
  const thumbs = useThumbnails(data, presenter);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  // Focus follows the pick, so the browser scrolls it into view and shows its ring.
  useEffect(() => {
    buttons.current[picked]?.focus();
  }, [picked]);
  const { tour, step, exit } = presenter;
  return (
    <section className="stage-overview" aria-labelledby="stage-overview-title">
      <header className="stage-overview__head">
        <h2 id="stage-overview-title" className="stage-overview__title">
          <LayoutGrid aria-hidden="true" /> {t('presenter.overviewTitle')}
        </h2>
        <p className="stage-overview__hint">{t('presenter.overviewHint')}</p>
        <div className="stage-overview__actions">
          <button type="button" onClick={onBack}>
            {t('presenter.overviewBack')}
          </button>
          <button type="button" onClick={exit}>
            <LogOut size={20} aria-hidden="true" /> {t('presenter.exit')}
          </button>
        </div>
      </header>
      <ol className="stage-overview__grid" ref={ref}>
        {tour.stops.map((s, i) => (
          <li key={i}>
            <button
              type="button"
              ref={(el) => {
                buttons.current[i] = el;
              }}
              className="stage-overview__stop"
              tabIndex={i === picked ? 0 : -1}
              data-picked={i === picked ? 'true' : 'false'}
              aria-current={i === step ? 'step' : undefined}
              onClick={() => onOpen(i)}
              onFocus={() => onPick(i)}
            >
              <img src={thumbs[i]} alt="" width={THUMB.width} height={THUMB.height} />
              <span className="stage-overview__label">
                <span className="stage-overview__num">{i + 1}</span>{' '}
                <span lang={lang}>{s.title}</span>
                {i === step && (
                  <span className="stage-overview__here"> ({t('presenter.onScreen')})</span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
